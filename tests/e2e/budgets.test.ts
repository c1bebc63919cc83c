// Weight budgets, read from the build output: Monaco is never among a page's initial scripts (it loads on
// interaction).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { initialScripts, reachableChunks } from '../../src/cli/shared/chunks.ts';
import { builtPages } from './support.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const astroDir = `${dist}_astro`;
const pages = builtPages();
const html = (page: string) => readFileSync(`${dist}${page}index.html`, 'utf8');
const isMonaco = (file: string) => /monaco|^editor\.|editor\.worker|yaml\.worker/i.test(file);

describe('weight budgets', () => {
	test.each(pages)('/%s loads no Monaco code up front', (page) => {
		const scripts = initialScripts(html(page));
		expect(scripts.length).toBeGreaterThan(0);
		// Initial: the page's scripts and what they import statically; on-demand imports come later.
		const initial = scripts.flatMap((script) => reachableChunks(astroDir, script, false));
		expect(initial.filter(isMonaco)).toEqual([]);
	});

});
