// After one visit the course works with the network off: pages in both languages, search, and every
// other file the build made (scripts of the widgets, the search index, the PDFs when built), all served
// by the Workbox service worker from its precache.
import { describe, expect, test } from 'vitest';
import { expectNoErrors, openPage, siteUrl, useBrowser } from './support.ts';

const browser = useBrowser();

describe('offline', () => {
	test('one visit, then the network off: lessons, search and every built file still load', async () => {
		const tracked = await openPage(browser(), { serviceWorkers: 'allow' });
		const { page } = tracked;
		await page.goto(siteUrl(''));
		// `ready` resolves once the worker is active, which is after its install step precached everything.
		const precached = await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			const keys = await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()));
			return keys.flat().map((request) => new URL(request.url).pathname);
		});
		expect(precached).toContain('/zh-cn/lessons/probes/index.html');
		expect(precached.some((path) => path.startsWith('/pagefind/'))).toBe(true);

		// Controlled from here on (the worker claims open pages when it activates).
		await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

		await page.context().setOffline(true);
		const response = await page.goto(siteUrl('zh-cn/lessons/probes/'));
		expect(response?.ok()).toBe(true);
		expect(await page.locator('main h1').textContent()).toBe('探针');

		// Every precached file answers from the cache with the network off.
		const failures = await page.evaluate(async (paths) => {
			const failed: string[] = [];
			for (const path of paths) {
				const res = await fetch(path).catch(() => undefined);
				if (!res?.ok) failed.push(path);
			}
			return failed;
		}, precached);
		expect(failures).toEqual([]);

		// Search, offline, in the page's language.
		const open = page.locator('site-search button[data-open-modal]').first();
		await expect.poll(() => open.isEnabled()).toBe(true);
		await open.click();
		const input = page.locator('.pagefind-ui__search-input');
		await input.waitFor({ timeout: 20_000 }).catch(() => {
			throw new Error(`the search box never appeared offline; page errors: ${JSON.stringify(tracked.errors)}`);
		});
		await input.fill('探针');
		const first = page.locator('.pagefind-ui__result-link').first();
		await first.waitFor();
		expect(new URL((await first.getAttribute('href')) ?? '', page.url()).pathname.startsWith('/zh-cn/')).toBe(true);
		expectNoErrors(tracked);
	});
});
