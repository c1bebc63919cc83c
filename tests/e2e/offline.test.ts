// Offline, in Chromium with the service worker on. The first visit precaches the pages and what they load
// as they open: every lesson then reads with the network off, in both languages, while Monaco, the search
// index and the print books stay out of the precache. An editor or a search used once works offline. The
// start page's "make the whole course available offline" states the manifest's size, downloads it, and then
// the editor, search, the print books and the PDFs work offline; it says why when it cannot, and a later
// visit shows it done, offers to update what a new deploy changed, and removes it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../../src/cli/shared/free-port.ts';
import { formatSize } from '../../src/lib/offline/course-download.ts';
import type { OfflineManifest } from '../../src/lib/offline/offline-plan.ts';
import { OFFLINE_STRINGS } from '../../src/components/offline/offline-strings.ts';
import { builtPages, expectNoErrors, openPage, startPlayground, useBrowser, type TrackedPage } from './support.ts';

const browser = useBrowser();
const manifest = JSON.parse(readFileSync(new URL('../../dist/offline-course.json', import.meta.url), 'utf8')) as OfflineManifest;

// Playwright's setOffline does not reach the service worker's own fetches (Chromium runs them outside the
// page), so this file serves the site itself and "the network off" also stops that server: whatever the
// worker cannot answer from its caches then fails, as on a train.
const root = fileURLToPath(new URL('../../', import.meta.url));
let port = 0;
let server: Awaited<ReturnType<typeof preview>> | undefined;
const startServer = async () => {
	server = await preview({ root, outDir: './dist/', base: '/', logLevel: 'warn', server: { host: '127.0.0.1', port } });
};
const siteUrl = (path = '') => `http://127.0.0.1:${port}/${path}`;
beforeAll(async () => {
	port = await freePort();
	await startServer();
});
afterAll(async () => {
	await server?.stop();
});

async function networkOff(page: Page): Promise<void> {
	await page.context().setOffline(true);
	await server?.stop();
	server = undefined;
}
async function networkOn(page: Page): Promise<void> {
	if (!server) await startServer();
	await page.context().setOffline(false);
}

let open: TrackedPage[] = [];
afterEach(async () => {
	for (const { page } of open) await page.context().close();
	open = [];
	if (!server) await startServer();
});

/** A fresh context with the worker allowed, on `path`, once the worker controls the page. */
async function firstVisit(path: string): Promise<TrackedPage> {
	const tracked = await openPage(browser(), { serviceWorkers: 'allow' });
	open.push(tracked);
	await tracked.page.goto(siteUrl(path));
	// `ready` resolves once the worker is active, which is after its install step precached everything;
	// it claims open pages when it activates.
	await tracked.page.evaluate(() => navigator.serviceWorker.ready);
	await expect.poll(() => tracked.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	return tracked;
}

/** The paths in the caches whose names pass `which`. */
function cachedPaths(page: Page, which: 'precache' | 'runtime'): Promise<string[]> {
	return page.evaluate(async (kind) => {
		const names = (await caches.keys()).filter((name) => name.startsWith('workbox-precache') === (kind === 'precache'));
		const keys = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
		return keys.flat().map((request) => new URL(request.url).pathname);
	}, which);
}

/** What axe-core finds wrong inside the offline section: rule and elements. */
async function axeInSection(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axe.source });
	return page.evaluate(async () => {
		const { axe: checker } = window as unknown as { axe: typeof axe };
		const { violations } = await checker.run({ include: [['kc-offline-course']] }, { resultTypes: ['violations'] });
		return violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}

/** Clicks the static manifest of the lesson's first editor and waits until Monaco has the focus. */
async function openEditor(page: Page): Promise<void> {
	await page.locator('kc-manifest-editor .kc-me-box').first().click();
	const input = page.locator('kc-manifest-editor .monaco-editor [role="textbox"]').first();
	await expect.poll(() => input.evaluate((el) => el === document.activeElement).catch(() => false), { timeout: 20_000 }).toBe(true);
}

/** Searches from the header and returns the first result's path. */
async function search(page: Page, query: string): Promise<string> {
	const button = page.locator('site-search button[data-open-modal]').first();
	await expect.poll(() => button.isEnabled()).toBe(true);
	await button.click();
	const input = page.locator('.pagefind-ui__search-input');
	await input.waitFor({ timeout: 20_000 });
	await input.fill(query);
	const first = page.locator('.pagefind-ui__result-link').first();
	await first.waitFor();
	return new URL((await first.getAttribute('href')) ?? '', page.url()).pathname;
}

describe('offline', () => {
	test('the first visit precaches every lesson in both languages, and no Monaco, search index or print book', async () => {
		const tracked = await firstVisit('');
		const { page } = tracked;
		const precached = await cachedPaths(page, 'precache');
		const readingPages = builtPages().filter((path) => !/(^|\/)print\/$/.test(path));
		expect(readingPages.filter((path) => path.startsWith('zh-cn/lessons/')).length).toBeGreaterThan(10);
		for (const path of readingPages) expect(precached).toContain(`/${path}index.html`);
		expect(precached.filter((path) => /monaco|\.worker-|codicon|^\/pagefind\/|\/print\/|\.pdf$/.test(path))).toEqual([]);
		// What the manifest lists is exactly what the precache leaves out.
		const later = Object.values(manifest.caches).flat().map(([url]) => `/${url}`);
		expect(later.some((path) => /\/_astro\/monaco\.[^/]+\.js$/.test(path))).toBe(true);
		expect(later.some((path) => path.startsWith('/pagefind/'))).toBe(true);
		expect(later.filter((path) => precached.includes(path) || precached.includes(`${path}index.html`))).toEqual([]);
		// The course books `npm run pdf` made are in the whole-course download, handouts are not.
		const pdfDir = new URL('../../dist/pdf/', import.meta.url);
		const books = existsSync(pdfDir) ? readdirSync(pdfDir).filter((name) => /^kube-classroom-(en|zh-cn)\.pdf$/.test(name)) : [];
		expect(later.filter((path) => path.endsWith('.pdf')).sort()).toEqual(books.map((name) => `/pdf/${name}`).sort());

		await networkOff(page);
		for (const [path, title] of [
			['lessons/probes/', 'Probes'],
			['zh-cn/lessons/probes/', '探针'],
		]) {
			const response = await page.goto(siteUrl(path!));
			expect(response?.ok(), path).toBe(true);
			expect(await page.locator('main h1').textContent()).toBe(title);
		}
		expectNoErrors(tracked);
	});

	test('an editor and a search used once work offline: Monaco and the index are cached when first used', async () => {
		const tracked = await firstVisit('lessons/pod-manifests/');
		const { page } = tracked;
		await openEditor(page);
		expect(await search(page, 'liveness')).toMatch(/^\/lessons\//);
		await expect.poll(async () => (await cachedPaths(page, 'runtime')).some((path) => /\/_astro\/monaco\.[^/]+\.js$/.test(path))).toBe(true);
		await expect.poll(async () => (await cachedPaths(page, 'runtime')).includes('/pagefind/pagefind-entry.json')).toBe(true);

		await networkOff(page);
		await page.reload();
		await openEditor(page);
		expect(await search(page, 'liveness')).toMatch(/^\/lessons\//);
		expectNoErrors(tracked);
	});

	test('a lab used once works offline: its island and the terminal library (xterm.js) are cached when first used', async () => {
		const tracked = await firstVisit('lessons/replication-controllers/');
		const { page } = tracked;
		const pg = page.locator('kc-cluster-playground').first();
		const getRc = async () => {
			await startPlayground(pg);
			await pg.getByRole('textbox', { name: 'Command' }).focus();
			await page.keyboard.type('kubectl get rc web');
			await page.keyboard.press('Enter');
			await expect.poll(() => pg.locator('[data-output]').innerText()).toMatch(/\$ kubectl get rc web\nNAME +DESIRED/);
		};
		await getRc();
		await expect.poll(async () => (await cachedPaths(page, 'runtime')).some((path) => /\/_astro\/xterm-screen\.[^/]+\.js$/.test(path))).toBe(true);

		await networkOff(page);
		await page.reload();
		await getRc();
		await expect.poll(() => pg.locator('.xterm-accessibility-tree').innerText()).toMatch(/\$ kubectl get rc web\s*\nNAME +DESIRED/);
		expectNoErrors(tracked);
	});

	test('"make the whole course available offline" states the manifest\'s size, then the editor, search and print books work offline', async () => {
		const tracked = await firstVisit('');
		const { page } = tracked;
		const en = OFFLINE_STRINGS.en;
		const download = page.getByRole('button', { name: en.offer(formatSize(manifest.bytes)), exact: true });
		await download.waitFor();
		expect(await axeInSection(page)).toEqual([]);
		await download.focus();
		await page.keyboard.press('Enter');
		const status = page.getByRole('status').filter({ hasText: en.done(formatSize(manifest.bytes)) });
		await status.waitFor({ timeout: 30_000 });
		await expect.poll(() => download.isHidden()).toBe(true);
		// Keyboard focus stays in the section, on the outcome; the section stays clean for axe.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
		expect(await axeInSection(page)).toEqual([]);
		// Every file of the manifest is in the cache its route reads.
		const missing = await page.evaluate(async (caches_) => {
			const absent: string[] = [];
			for (const [name, files] of Object.entries(caches_)) {
				const cache = await caches.open(name);
				for (const [url] of files) if (!(await cache.match(new URL(url, document.baseURI).href))) absent.push(url);
			}
			return absent;
		}, manifest.caches);
		expect(missing).toEqual([]);

		await networkOff(page);
		await page.goto(siteUrl('lessons/pod-manifests/'));
		await openEditor(page);
		await page.goto(siteUrl('zh-cn/lessons/probes/'));
		expect((await search(page, '探针')).startsWith('/zh-cn/')).toBe(true);
		for (const path of ['print/', 'zh-cn/print/']) expect((await page.goto(siteUrl(path)))?.ok(), path).toBe(true);
		const pdfs = (manifest.caches['kube-classroom-pdf'] ?? []).map(([url, bytes]) => ({ url: siteUrl(url), bytes }));
		const served = await page.evaluate((list) => Promise.all(list.map(async ({ url }) => (await (await fetch(url)).arrayBuffer()).byteLength)), pdfs);
		expect(served).toEqual(pdfs.map(({ bytes }) => bytes));

		// A later visit shows it done, in the page's language; after a deploy with a new Monaco it offers to
		// update (only what is missing); and it can remove it.
		await networkOn(page);
		await page.goto(siteUrl('zh-cn/'));
		const zh = OFFLINE_STRINGS['zh-CN'];
		await page.getByRole('status').filter({ hasText: zh.done(formatSize(manifest.bytes)) }).waitFor();
		const [monaco, monacoBytes] = manifest.caches['kube-classroom-assets']!.find(([url]) => /^_astro\/monaco\./.test(url))!;
		await page.evaluate(async (url) => (await caches.open('kube-classroom-assets')).delete(url, { ignoreVary: true }), siteUrl(monaco));
		await page.reload();
		await page.getByRole('status').filter({ hasText: zh.outdated }).waitFor();
		await page.getByRole('button', { name: zh.update(formatSize(monacoBytes)), exact: true }).click();
		await page.getByRole('status').filter({ hasText: zh.done(formatSize(manifest.bytes)) }).waitFor();
		await page.getByRole('button', { name: zh.remove }).click();
		await page.getByRole('status').filter({ hasText: zh.removed }).waitFor();
		await page.getByRole('button', { name: zh.offer(formatSize(manifest.bytes)), exact: true }).waitFor();
		expect(await cachedPaths(page, 'runtime')).toEqual([]);
		expectNoErrors(tracked);
	});

	test('offline, the choice says so in the page\'s language and keeps the offer', async () => {
		const tracked = await firstVisit('zh-cn/');
		const { page } = tracked;
		await networkOff(page);
		await page.reload();
		const zh = OFFLINE_STRINGS['zh-CN'];
		const download = page.getByRole('button', { name: zh.offer(formatSize(manifest.bytes)), exact: true });
		await download.click();
		await page.getByRole('status').filter({ hasText: zh.failed.offline }).waitFor();
		expect(await download.isVisible()).toBe(true);
		// The only console errors are the failed fetches of the download itself.
		const listed = Object.values(manifest.caches).flat().map(([url]) => siteUrl(url));
		expect(tracked.errors.filter((line) => !listed.some((url) => line === `console: Failed to load resource: net::ERR_FAILED (${url})`))).toEqual([]);
	});

	test('the exam, started once, works offline: the page, its cluster and the grading', async () => {
		const tracked = await firstVisit('exam/');
		const { page } = tracked;
		const exam = page.locator('kc-exam');
		await exam.getByRole('button', { name: 'Start the exam' }).click();
		await exam.locator('kc-cluster-playground[data-state="live"]').waitFor({ timeout: 30_000 });
		await networkOff(page);
		await page.reload();
		await exam.getByRole('button', { name: 'Start the exam' }).click();
		await exam.locator('kc-cluster-playground[data-state="live"]').waitFor({ timeout: 30_000 });
		await exam.getByRole('button', { name: 'Finish and grade' }).click();
		await exam.getByRole('button', { name: 'Finish now' }).click();
		await exam.getByRole('region', { name: 'Results' }).waitFor();
		expect(await exam.locator('[data-result-list] > li').count()).toBe(12);
		expectNoErrors(tracked);
	});
});

