// Every built page that shows an Expressive Code block links Expressive Code's stylesheet. The stylesheet
// comes with the first block on a page; a manifest editor that wraps that block keeps it (slot-code.ts
// `expressiveCodeAssets`), or every code block on the page would lose its frame and its wrapping.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { builtPages } from './support.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const withCode = builtPages().filter((page) => readFileSync(`${dist}${page}index.html`, 'utf8').includes('class="expressive-code'));

describe('code block styles', () => {
	test('lessons show code blocks', () => {
		expect(withCode.length).toBeGreaterThan(20);
	});

	test.each(withCode)('/%s links Expressive Code’s stylesheet', (page) => {
		expect(readFileSync(`${dist}${page}index.html`, 'utf8')).toMatch(/<link rel="stylesheet" href="[^"]*\/ec\.[\w-]+\.css"/);
	});
});
