// Which chunks a built page's script can load: what it imports statically, and on demand (Vite's
// `__vite__mapDeps` lists and `import("./x.js")`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const STATIC_IMPORT = /(?:from\s*|import\s*)["'`]\.\/([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\s*\(\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
const MAPPED_DEPS = /m\.f=\[([^\]]*)\]/g;
const MAPPED_FILE = /"_astro\/([^"]+\.js)"/g;

/**
 * `entry` (a file in `astroDir`) and every chunk it can load, by file name.
 * @param onDemand also follow dynamic imports (what the script may load later). @default true
 */
export function reachableChunks(astroDir: string, entry: string, onDemand = true): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || !existsSync(join(astroDir, file))) return;
		seen.add(file);
		const code = readFileSync(join(astroDir, file), 'utf8');
		for (const [, dep] of code.matchAll(STATIC_IMPORT)) visit(dep!);
		if (!onDemand) return;
		for (const [, dep] of code.matchAll(DYNAMIC_IMPORT)) visit(dep!);
		for (const [, list] of code.matchAll(MAPPED_DEPS)) for (const [, dep] of list!.matchAll(MAPPED_FILE)) visit(dep!);
	};
	visit(entry);
	return [...seen].sort();
}

/** Module scripts a page's HTML loads at once (`<script type="module" src>`), as `_astro` file names. */
export function initialScripts(html: string): string[] {
	return [...html.matchAll(/<script[^>]*\bsrc="[^"]*\/_astro\/([^"/]+\.js)"/g)].map((m) => m[1]!);
}
