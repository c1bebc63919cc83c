// Every region that can scroll is reachable by keyboard, whatever the fonts (WCAG 2.1.1). axe's
// scrollable-region-focusable looks only at what overflows on this machine, with its fonts: a Chinese table
// that fits with a CJK system font scrolls without one. So each page is checked on a desktop and on a phone,
// with its widgets started, twice: as it renders here, and with every line of text made much wider (as a
// wider fallback font would make it). Whatever overflows a scroll container in either case must be
// focusable itself or hold something focusable.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, openPage, siteUrl, startPlayground, useBrowser } from './support.ts';

const browser = useBrowser();
const pages = builtPages();

const VIEWPORTS = {
	desktop: { name: 'desktop', width: 1280, height: 800 },
	phone: { name: 'phone', width: 390, height: 844 },
} as const;

/** Starts every editor and playground with a click, as a reader would. */
async function startWidgets(page: Page): Promise<void> {
	if ((await page.locator('[data-kc-book]').count()) > 0) return;
	for (const editor of await page.locator('kc-manifest-editor .kc-me-box').all()) {
		await editor.scrollIntoViewIfNeeded();
		await editor.click();
	}
	const editors = await page.locator('kc-manifest-editor').count();
	if (editors > 0) await expect.poll(() => page.locator('kc-manifest-editor .monaco-editor').count()).toBe(editors);
	for (const playground of await page.locator('kc-cluster-playground').all()) await startPlayground(playground);
}

/** Scroll containers (outside Monaco, which manages its own focus) that overflow and that a keyboard cannot reach. */
function unreachableScrollers(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
		const scrolls = (value: string) => value === 'auto' || value === 'scroll';
		const name = (el: Element) => {
			const id = el.id ? `#${el.id}` : '';
			const cls = [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
			return `${el.tagName.toLowerCase()}${id}${cls} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
		};
		const found: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('body *')) {
			if (el.closest('.monaco-editor')) continue;
			const style = getComputedStyle(el);
			const overflows =
				(scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
				(scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + 1);
			if (!overflows || el.getClientRects().length === 0) continue;
			if (el.matches(FOCUSABLE) || el.querySelector(FOCUSABLE)) continue;
			found.push(name(el));
		}
		return found;
	});
}

/** Makes every line of text much wider, as a wider fallback font would (Monaco measures its own font: left alone). */
async function widenText(page: Page): Promise<void> {
	await page.addStyleTag({
		content: ':where(body) :not(.monaco-editor, .monaco-editor *) { letter-spacing: 0.35em !important; word-spacing: 0.5em !important; }',
	});
}

test.each(pages)('/%s: every region that scrolls is reachable by keyboard, on a phone and a desktop, with any fonts', async (path) => {
	const { phone, desktop } = VIEWPORTS;
	const { page } = await openPage(browser(), { viewport: { width: phone.width, height: phone.height } });
	await page.goto(siteUrl(path));
	await startWidgets(page);
	// Expressive Code makes a wrapped block focusable once it sees it overflow (a ResizeObserver, then an idle
	// callback), so each layout gets a moment to settle: the poll passes once nothing is left unreachable. The
	// print books hold every lesson's blocks, and on a busy machine their idle callbacks come late (the zh book,
	// 18 lessons, was not settled after 5 s during the full suite, and is when tested alone), hence 15 s.
	const settled = (label: string) => expect.poll(() => unreachableScrollers(page), { message: label, timeout: 15_000 }).toEqual([]);
	await settled(phone.name);
	await page.setViewportSize({ width: desktop.width, height: desktop.height });
	await settled(desktop.name);
	await widenText(page);
	await settled(`${desktop.name}, wide text`);
	await page.setViewportSize({ width: phone.width, height: phone.height });
	await settled(`${phone.name}, wide text`);
	await page.context().close();
});

test('a table that fits here but scrolls with a wider font is caught', async () => {
	const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
	await page.goto(siteUrl('lessons/orchestrators/'));
	const table = page.locator('.sl-markdown-content table').first();
	const overflows = () => table.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
	expect(await overflows()).toBe(false);
	expect(await table.getAttribute('tabindex')).toBe('0');
	await widenText(page);
	expect(await overflows()).toBe(true);
	expect(await unreachableScrollers(page)).toEqual([]);
	// Without its tabindex the table would be a region no keyboard reaches.
	await table.evaluate((el) => el.removeAttribute('tabindex'));
	expect((await unreachableScrollers(page)).some((found) => found.startsWith('table'))).toBe(true);
	await page.context().close();
});
