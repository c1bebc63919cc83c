// Chinese on a machine without a CJK font (src/integrations/cjk-web-fonts.mjs). CI hides every CJK font
// from the browser (tests/e2e/fonts-without-cjk.conf), so there the Chinese pages must fetch Noto Sans SC
// and draw Han with it; on a machine that has a CJK font they must fetch nothing. Each test asks the page
// which case it is in, the same way the page decides, and checks that case's promise: it holds on both.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoErrors, openPage, siteUrl, useBrowser } from './support.ts';

const browser = useBrowser();

/** Whether this browser's own fonts lack Han: 中文 as wide as two last-resort boxes. */
function lacksCjkFont(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const context = document.createElement('canvas').getContext('2d')!;
		context.font = '20px sans-serif';
		const width = (text: string) => context.measureText(text).width;
		return width('中文') === width('\u{10FFFD}\u{10FFFD}');
	});
}

/** Font files the page fetches, with their HTTP status. */
function fontResponses(page: Page): { url: string; status: number }[] {
	const seen: { url: string; status: number }[] = [];
	page.on('response', (response) => {
		if (/\.woff2?$/.test(new URL(response.url()).pathname)) seen.push({ url: response.url(), status: response.status() });
	});
	return seen;
}

/** The fonts Chromium drew `selector`'s text with, and how many glyphs each (DevTools' "Rendered Fonts"). */
async function renderedFonts(page: Page, selector: string): Promise<Record<string, number>> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	return Object.fromEntries(fonts.map((font) => [font.familyName, font.glyphCount]));
}

/** Glyphs drawn in the bundled face, whose name table calls it "Noto Sans SC Thin" (the family's first master). */
const notoGlyphs = (fonts: Record<string, number>) =>
	Object.entries(fonts).reduce((sum, [family, glyphs]) => sum + (family.startsWith('Noto Sans SC') ? glyphs : 0), 0);

describe.each([
	{ site: 'root', url: (path: string) => siteUrl(path) },
	{ site: 'sub-path', url: (path: string) => new URL(path, inject('subpathUrl')).href },
])('Chinese text on the $site build', ({ url }) => {
	test('a Chinese lesson draws Han in Noto Sans SC where no CJK font is installed, and fetches nothing where one is', async () => {
		const tracked = await openPage(browser());
		const { page } = tracked;
		const fonts = fontResponses(page);
		await page.goto(url('zh-cn/lessons/pods/'), { waitUntil: 'load' });
		if (await lacksCjkFont(page)) {
			// The slices the page's text needs are fetched after load and added together.
			await page.waitForFunction(() => [...document.fonts].some((face) => face.family.includes('Noto Sans SC') && face.status === 'loaded'));
			await page.evaluate(() => document.fonts.ready);
			expect(await page.evaluate(() => document.fonts.check('20px "Noto Sans SC"', '容器'))).toBe(true);
			// "为什么不直接用容器？": its eight Han characters are Noto Sans SC's.
			expect(notoGlyphs(await renderedFonts(page, 'main h2#why-pods'))).toBeGreaterThanOrEqual(8);
			expect(fonts.length).toBeGreaterThan(0);
			for (const font of fonts) {
				expect(font.status).toBe(200);
				expect(new URL(font.url).pathname).toMatch(/\/_astro\/noto-sans-sc-web-\d+\.[\w-]+\.woff2$/);
			}
		} else {
			await page.waitForLoadState('networkidle');
			expect(fonts).toEqual([]);
			expect(notoGlyphs(await renderedFonts(page, 'main h2#why-pods'))).toBe(0);
		}
		expectNoErrors(tracked);
	});

	test('an English lesson fetches no Chinese font', async () => {
		const tracked = await openPage(browser());
		const fonts = fontResponses(tracked.page);
		await tracked.page.goto(url('lessons/pods/'), { waitUntil: 'networkidle' });
		expect(fonts).toEqual([]);
		expect(await tracked.page.locator('script[data-kc-cjk-fonts]').count()).toBe(0);
		expectNoErrors(tracked);
	});
});
