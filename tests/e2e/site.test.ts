// What Starlight gives must still work with the lessons in the top-level content/ folder: rendering, locale
// routing and the language picker, a sidebar per locale, search in both languages, previous/next links,
// last-updated dates, themes and the 404 page.
import { describe, expect, test } from 'vitest';
import { expectNoErrors, openPage, siteUrl, useBrowser } from './support.ts';

const browser = useBrowser();

const locales = [
	{ prefix: '', lang: 'en', home: 'Learn how Kubernetes works inside', lastUpdated: 'Last updated:' },
	{ prefix: 'zh-cn/', lang: 'zh-CN', home: '从内部理解 Kubernetes', lastUpdated: '最近更新：' },
] as const;

const LESSON = 'lessons/why-kubernetes/';

describe.each(locales)('$lang', ({ prefix, lang, home, lastUpdated }) => {
	test('the home page renders its hero and the course outline', async () => {
		const tracked = await openPage(browser());
		const { page } = tracked;
		const response = await page.goto(siteUrl(prefix));
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(home);
		const outline = page.locator('.course-outline a');
		expect(await outline.count()).toBeGreaterThan(0);
		for (const href of await outline.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(new RegExp(`^/${prefix}lessons/[a-z-]+/$`));
		}
		expectNoErrors(tracked);
	});

	test('a lesson page renders with its sidebar, previous/next links and last-updated date', async () => {
		const tracked = await openPage(browser());
		const { page } = tracked;
		const response = await page.goto(siteUrl(prefix + LESSON));
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		expect(await page.locator('main h1').count()).toBe(1);
		// The sidebar lists this locale's lessons, and only them.
		const sidebarLinks = await page
			.locator('#starlight__sidebar a[href*="lessons/"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(sidebarLinks).toContain(`/${prefix}${LESSON}`);
		for (const href of sidebarLinks) expect(href.startsWith(`/${prefix}lessons/`)).toBe(true);
		expect(await page.locator(`#starlight__sidebar a[aria-current="page"]`).getAttribute('href')).toBe(
			`/${prefix}${LESSON}`,
		);
		// Previous/next: at least one, pointing into the same locale.
		const pagination = await page
			.locator('.pagination-links a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(pagination.length).toBeGreaterThan(0);
		for (const href of pagination) expect(href.startsWith(`/${prefix}`)).toBe(true);
		// Last updated comes from git history of content/docs/…: a real date, not the build time's fallback.
		const meta = page.locator('footer time');
		expect(await page.locator('footer').textContent()).toContain(lastUpdated);
		const stamp = Date.parse((await meta.getAttribute('datetime')) ?? '');
		expect(Number.isNaN(stamp)).toBe(false);
		expectNoErrors(tracked);
	});

	test('the theme picker switches between dark and light and remembers the choice', async () => {
		const tracked = await openPage(browser(), { colorScheme: 'light' });
		const { page } = tracked;
		await page.goto(siteUrl(prefix + LESSON));
		expect(await page.getAttribute('html', 'data-theme')).toBe('light');
		const select = page.locator('starlight-theme-select select').first();
		await select.selectOption('dark');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		await page.reload();
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await select.selectOption('light');
		expect(await page.getAttribute('html', 'data-theme')).toBe('light');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(background);
		expectNoErrors(tracked);
	});
});

describe('language picker', () => {
	test.each([
		{ from: LESSON, to: `zh-cn/${LESSON}`, option: 'zh-cn' },
		{ from: `zh-cn/${LESSON}`, to: LESSON, option: '' },
		{ from: '', to: 'zh-cn/', option: 'zh-cn' },
	])('switches from /$from to its twin /$to', async ({ from, to }) => {
		const tracked = await openPage(browser());
		const { page } = tracked;
		await page.goto(siteUrl(from));
		const select = page.locator('starlight-lang-select select').first();
		const target = await select.locator('option').evaluateAll(
			(options, wanted) => options.map((o) => (o as HTMLOptionElement).value).find((v) => new URL(v, location.href).pathname === wanted),
			`/${to}`,
		);
		expect(target, `an option leading to /${to}`).toBeDefined();
		await Promise.all([page.waitForURL(siteUrl(to)), select.selectOption(target!)]);
		expect(new URL(page.url()).pathname).toBe(`/${to}`);
		expectNoErrors(tracked);
	});
});

describe('search', () => {
	test.each([
		{ prefix: '', query: 'self-healing', expected: `/${LESSON}` },
		{ prefix: 'zh-cn/', query: '自我修复', expected: `/zh-cn/${LESSON}` },
	])('finds the lesson for "$query" in its own language', async ({ prefix, query, expected }) => {
		const tracked = await openPage(browser());
		const { page } = tracked;
		await page.goto(siteUrl(prefix));
		const open = page.locator('site-search button[data-open-modal]').first();
		await expect.poll(() => open.isEnabled()).toBe(true);
		await open.click();
		const input = page.locator('.pagefind-ui__search-input');
		await input.fill(query);
		const results = page.locator('.pagefind-ui__result-link');
		await results.first().waitFor();
		const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toContain(expected);
		for (const href of hrefs) expect(href.startsWith(`/${prefix}`)).toBe(true);
		expectNoErrors(tracked);
	});
});

describe('404', () => {
	test('an unknown address answers 404 with a page that leads back home', async () => {
		const tracked = await openPage(browser());
		const { page } = tracked;
		const response = await page.goto(siteUrl('no-such-lesson/'));
		expect(response?.status()).toBe(404);
		expect(await page.locator('main h1').textContent()).toBe('Page not found');
		expect(await page.locator('main').textContent()).toContain('页面未找到');
		expect(await page.locator('main a[href="/"]').count()).toBe(1);
		expect(await page.locator('main a[href="/zh-cn/"]').count()).toBe(1);
		// Chromium logs the document's own 404 as a console error; anything else is a real problem.
		expect(tracked.errors.filter((error) => !error.includes('/no-such-lesson/'))).toEqual([]);
	});
});
