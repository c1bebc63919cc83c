// The validator is pure TypeScript that runs in Node, the browser and Web Workers: no Node built-ins,
// no DOM, no Astro in src/lib/validate.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../src/lib/validate');
const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('src/lib/validate is portable', () => {
	it.each(files(ROOT).map((f) => [f.slice(ROOT.length + 1), f]))('%s imports only portable modules', (_name, file) => {
		const text = readFileSync(file, 'utf8');
		const imports = [...text.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
		for (const spec of imports) expect(spec, spec).toMatch(/^(\.{1,2}\/|yaml$)/);
		expect(text).not.toMatch(/\b(document|window|process|Buffer|require)\.[a-zA-Z]/);
	});
});
