// Weight budgets, read from the build output: Monaco is never among a page's initial scripts (it loads on
// interaction); a page loads a widget's code only if it has that widget; and what a cluster playground
// downloads when the reader starts it, as Chromium fetches it, stays within its budget.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { initialScripts, reachableChunks } from '../../src/cli/shared/chunks.ts';
import { builtPages, expectNoErrors, fetchedScripts, openPage, siteUrl, useBrowser } from './support.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const astroDir = `${dist}_astro`;
const pages = builtPages();
const html = (page: string) => readFileSync(`${dist}${page}index.html`, 'utf8');
const chunk = (file: string) => readFileSync(`${astroDir}/${file}`, 'utf8');
const isMonaco = (file: string) => /monaco|^editor\.|editor\.worker|yaml\.worker/i.test(file);
/** The page's scripts and what they import statically: what the page loads before any widget starts. */
const pageLoad = (page: string) => initialScripts(html(page)).flatMap((script) => reachableChunks(astroDir, script, false));
const gzip = (file: string) => gzipSync(readFileSync(`${astroDir}/${file}`), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What starting a playground may download, gzip (issue 6); the terminal library is not in it (issue 14). */
const PLAYGROUND_BUDGET = 60 * 1024;

const browser = useBrowser();

describe('weight budgets', () => {
	test.each(pages)('/%s loads no Monaco code up front', (page) => {
		const scripts = initialScripts(html(page));
		expect(scripts.length).toBeGreaterThan(0);
		// Initial: the page's scripts and what they import statically; on-demand imports come later.
		const initial = pageLoad(page);
		expect(initial.filter(isMonaco)).toEqual([]);
	});

	test.each(pages)('/%s loads the code of a widget only if it has one', (page) => {
		const defined = pageLoad(page).flatMap((file) => [...chunk(file).matchAll(/customElements\.define\(\s*["'`](kc-[a-z-]+)["'`]/g)].map((m) => m[1]!));
		expect(defined.filter((name) => !html(page).includes(`<${name}`))).toEqual([]);
	});

	// Widgets write their styles into the page (shared/WidgetStyle.astro): a page carries the styles of the
	// widgets it has, once each, and no stylesheet it links holds a widget's styles (issue 13).
	const widgetStyles = [
		['kc-cluster-playground', '.kc-pg{'],
		['kc-manifest-editor', '.kc-me{'],
		['kc-quiz', 'kc-quiz .kc-quiz-options{'],
		['kc-course-progress', '.course-outline{'],
	] as const;
	test.each(pages)('/%s carries the styles of the widgets it has, once each, and links none', (page) => {
		const text = html(page);
		const inline = [...text.matchAll(/<style>(.*?)<\/style>/gs)].map((m) => m[1]!);
		const linked = [...text.matchAll(/<link rel="stylesheet" href="[^"]*\/_astro\/([^"]+\.css)"/g)].map((m) => chunk(m[1]!));
		for (const [tag, start] of widgetStyles) {
			expect(inline.filter((css) => css.startsWith(start)), `${tag}'s styles`).toHaveLength(text.includes(`<${tag}`) ? 1 : 0);
			expect(linked.filter((css) => css.includes(start)), `a linked stylesheet with ${tag}'s styles`).toEqual([]);
		}
	});

	// In the print book a playground is its storyboard and never starts.
	const playgroundPages = pages.filter((page) => html(page).includes('<kc-cluster-playground') && !html(page).includes('data-kc-book'));

	test('the playground is on lessons in both languages', () => {
		expect(playgroundPages.some((p) => p.startsWith('zh-cn/'))).toBe(true);
		expect(playgroundPages.some((p) => !p.startsWith('zh-cn/'))).toBe(true);
	});

	test.each(playgroundPages)('/%s: what starting the playground downloads is within budget', async (page) => {
		const loaded = new Set(pageLoad(page));
		const loader = [...loaded].find((file) => chunk(file).includes('kc-cluster-playground'));
		const island = loader && /import\(\s*["'`]\.\/(playground\.[^"'`]+\.js)["'`]\s*\)/.exec(chunk(loader))?.[1];
		expect(island, 'the playground loader and the island it imports').toBeTruthy();
		// What the island fetches until the playground runs: its code, the words of the page's language
		// (island/load-texts.ts) and the code the scenario's replay needs (a command, a cluster add-on);
		// not what the page already loaded.
		const islandCode = new Set(reachableChunks(astroDir, island!));
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
		const scripts = fetchedScripts(tracked.page);
		await tracked.page.goto(siteUrl(page));
		// Started from the clock's speed, not from the terminal: the terminal library (xterm.js) loads on the
		// terminal's first use, in a chunk of its own, and is not the island's weight.
		const playground = tracked.page.locator('kc-cluster-playground').first();
		// The exam page (src/components/exam) shows its cluster once the exam starts.
		const examStart = tracked.page.locator('kc-exam[data-state="intro"] [data-start]');
		if ((await examStart.count()) > 0) await examStart.click();
		await playground.locator('select[data-action="speed"]').focus();
		await playground.and(tracked.page.locator('[data-state="live"]')).waitFor({ timeout: 20_000 });
		expect(scripts.filter((file) => file.startsWith('xterm-screen.')), 'the terminal library, before the terminal is used').toEqual([]);
		const fetched = new Set(scripts.filter((file) => islandCode.has(file) && !loaded.has(file)));
		const lang = page.startsWith('zh-cn/') ? 'zh-cn' : 'en';
		expect([...fetched].filter((file) => file === island || file.startsWith(`texts-${lang}.`)), `the island and the ${lang} texts`).toHaveLength(2);
		const sizes = [...fetched].sort().map((file) => ({ file, gzip: gzip(file) }));
		const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
		const listing = sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ');
		expect(total, `gzip of what loads on starting the playground: ${kb(total)} (${listing})`).toBeLessThan(PLAYGROUND_BUDGET);
		expectNoErrors(tracked);
		await tracked.page.context().close();
	});
});
