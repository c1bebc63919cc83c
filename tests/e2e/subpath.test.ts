// The same site built with BASE=/kube-classroom/ (as for GitHub Pages project sites): every page's links,
// assets and anchors must resolve under the sub-path, and search must load its index from there.
import { describe, expect, inject, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { builtPages, expectNoErrors, openPage, useBrowser } from './support.ts';
import { SUBPATH_BASE, SUBPATH_OUT_DIR } from './sites.ts';

const browser = useBrowser();
const root = new URL('../../', import.meta.url);
const pages = builtPages(fileURLToPath(new URL(SUBPATH_OUT_DIR, root)));
const at = (path: string) => new URL(path, inject('subpathUrl')).href;

interface PageLinks {
	/** Same-origin URLs of links, stylesheets, scripts, images and icons, without their hash. */
	resources: string[];
	/** Same-origin links with a hash: [page URL, id]. */
	anchors: [string, string][];
	ids: string[];
}

async function collect(path: string): Promise<PageLinks> {
	const tracked = await openPage(browser());
	await tracked.page.goto(at(path));
	const found = await tracked.page.evaluate(() => {
		const urls = [
			...[...document.querySelectorAll('a[href], link[href]')].map((e) => (e as HTMLAnchorElement).href),
			...[...document.querySelectorAll('script[src], img[src], source[src]')].map((e) => (e as HTMLImageElement).src),
		];
		return { urls, ids: [...document.querySelectorAll('[id]')].map((e) => e.id) };
	});
	expectNoErrors(tracked);
	await tracked.page.context().close();
	const origin = new URL(inject('subpathUrl')).origin;
	const resources: string[] = [];
	const anchors: [string, string][] = [];
	for (const raw of found.urls) {
		const url = new URL(raw);
		if (url.origin !== origin) continue;
		if (url.hash.length > 1) anchors.push([url.origin + url.pathname, decodeURIComponent(url.hash.slice(1))]);
		url.hash = '';
		resources.push(url.href);
	}
	return { resources, anchors, ids: found.ids };
}

describe(`a build under ${SUBPATH_BASE}`, () => {
	test('has the same pages as the root build', () => {
		expect(pages).toEqual(builtPages());
	});

	test('every internal link, asset and anchor on every page resolves', async () => {
		const resources = new Set<string>();
		const anchors: [string, string, string][] = [];
		const idsByPage = new Map<string, string[]>();
		for (const path of pages) {
			const links = await collect(path);
			idsByPage.set(at(path), links.ids);
			links.resources.forEach((r) => resources.add(r));
			links.anchors.forEach(([target, id]) => anchors.push([path, target, id]));
		}
		const broken: string[] = [];
		for (const url of resources) {
			if (!new URL(url).pathname.startsWith(SUBPATH_BASE)) broken.push(`${url} (outside ${SUBPATH_BASE})`);
			const response = await fetch(url);
			if (response.status !== 200) broken.push(`${url} → ${response.status}`);
		}
		for (const [from, target, id] of anchors) {
			const ids = idsByPage.get(target);
			if (ids && !ids.includes(id)) broken.push(`/${from} links to ${target}#${id}, which has no such id`);
		}
		expect(broken).toEqual([]);
		expect(resources.size).toBeGreaterThan(pages.length);
	});

	test('search loads its index from the sub-path and finds a lesson', async () => {
		const tracked = await openPage(browser());
		const { page } = tracked;
		await page.goto(at('zh-cn/'));
		const open = page.locator('site-search button[data-open-modal]').first();
		await expect.poll(() => open.isEnabled()).toBe(true);
		await open.click();
		await page.locator('.pagefind-ui__search-input').fill('Kubernetes');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		const hrefs = await page
			.locator('.pagefind-ui__result-link')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href.startsWith(`${SUBPATH_BASE}zh-cn/`)).toBe(true);
		expectNoErrors(tracked);
	});
});
