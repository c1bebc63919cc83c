/**
 * The manifest editor in Chromium (issue 13, "Weight and speed: Editor"), against an anchor built in the
 * same run: plain Monaco with monaco-yaml in its default setup (tests/bench/monaco-anchor/, the whole
 * `monaco-editor` package and monaco-yaml's Vite example, given the same Kubernetes schema), built here
 * with Vite into node_modules/.cache/. Needs the site's build (`npm run build`; another build folder
 * with OUT_DIR); asserts nothing, prints figures, each as an absolute figure, as a ratio to the anchor,
 * and against the aim:
 *
 * - Weight: every response after the click until the editor takes a keystroke ("first interaction":
 *   Monaco, the validator worker) and what arrives from then until the first hover over a field shows
 *   its docs (the field docs, which the worker loads after its first check; the anchor's codicon font),
 *   compressed here with
 *   gzip (level 9) and brotli (quality 11) because the preview servers may send them uncompressed.
 *   Aim: ≤ 800 KB gzip all in.
 * - Click → live: performance marks in the page, from the pointerdown of the click to the first `input`
 *   event after which the editor holds the typed character, while the bench keeps typing; each run in a
 *   fresh browser context (cold cache, no service worker). Aim: ≤ 1.1× the anchor (medians).
 * - Markers: from the last of two keystrokes 80 ms apart (`image` → `imageXy`, an unknown field) to the
 *   first frame in which the editor's markers hold the error at the new key's full width. Aim: ≤ 100 ms
 *   (median). The anchor's figure is monaco-yaml's own schema validation.
 *
 * Runs alternate between the course and the anchor, so other work on the machine weighs on both alike.
 * The best run is the machine's figure, the median shows the noise; the load average is printed. Both
 * locales: a Chinese page also fetches the Chinese text of Monaco's own UI. CPU=4 slows the page's CPU
 * fourfold (Chromium's throttling), as the mobile profile did.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { preview as astroPreview } from 'astro';
import type { Browser, Page, Response } from 'playwright-core';
import { build as viteBuild, preview as vitePreview } from 'vite';
import { launchBrowser } from '../../src/cli/shared/chromium.ts';
import { freePort } from '../../src/cli/shared/free-port.ts';
import { outDir } from '../../src/site-env.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LESSON = 'lessons/pod-manifests/';
const RUNS = Number(process.env.RUNS ?? 7);
const CPU = Number(process.env.CPU ?? 1);
/** The build to serve: dist/, or OUT_DIR as for `astro build` (built with the root base). */
const dist = outDir();
if (!existsSync(join(resolve(root, dist), LESSON, 'index.html'))) {
	console.log(`no build at ${join(dist, LESSON)}: run \`npm run build\` first, then \`npm run bench\``);
	process.exit(0);
}

const AIM = { gzip: 800 * 1024, clickRatio: 1.1, markersMs: 100 };
const TYPED = '#';
const VALID_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n';
/** After typing `Xy` behind `image` on line 8, the unknown key `imageXy` spans columns 7 to 14. */
const MARKED = { line: 8, endColumn: 14 };
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => `${n.toFixed(0)} ms`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
const verdict = (met: boolean): string => (met ? 'aim met' : 'AIM NOT MET');

/** What the bench needs from a page: its editor box, and the editor's text and markers once live. */
interface Target {
	url: string;
	/** The static box a reader clicks. */
	box: string;
	/** Readies a loaded page: the course's gets `window.__kcBench` (value, setValue, markers), the anchor's its manifest. */
	prepare(page: Page): Promise<void>;
}

interface Fetched {
	url: string;
	gzip: number;
	brotli: number;
}

/**
 * Collects responses from now on (page and its workers). Bodies are compressed only in take(), after the
 * timing: brotli at quality 11 takes seconds on Monaco's chunk and would stall the typing loop.
 */
function watch(page: Page): { take(): Promise<Fetched[]> } {
	let pending: Promise<{ url: string; body: Buffer | undefined }>[] = [];
	const onResponse = (response: Response): void => {
		pending.push(response.body().then((body) => ({ url: response.url(), body }), () => ({ url: response.url(), body: undefined })));
	};
	page.context().on('response', onResponse);
	return {
		async take() {
			const taken = await Promise.all(pending);
			pending = [];
			return taken.map(({ url, body }) => ({
				url,
				gzip: body ? gzipSync(body, { level: 9 }).length : 0,
				brotli: body ? brotliCompressSync(body).length : 0,
			}));
		},
	};
}

function total(fetched: Fetched[]): { gzip: number; brotli: number } {
	return { gzip: fetched.reduce((sum, f) => sum + f.gzip, 0), brotli: fetched.reduce((sum, f) => sum + f.brotli, 0) };
}

function printFetched(label: string, fetched: Fetched[]): void {
	const { gzip, brotli } = total(fetched);
	console.log(`  ${label}: ${kb(gzip)} gzip, ${kb(brotli)} brotli in ${fetched.length} requests`);
	for (const f of [...fetched].sort((a, b) => b.gzip - a.gzip)) {
		console.log(`    ${kb(f.gzip).padStart(9)} ${kb(f.brotli).padStart(9)}  ${new URL(f.url).pathname}`);
	}
}

/** The course's editor element, seen through the same `window.__kcBench` the anchor page defines. */
function courseShim(): void {
	type Element = HTMLElement & { value(): string; setValue(text: string): Promise<void>; markers(): unknown[] };
	const element = () => document.querySelector('kc-manifest-editor') as Element;
	(window as unknown as { __kcBench: unknown }).__kcBench = {
		value: () => element().value(),
		setValue: (text: string) => element().setValue(text),
		markers: () => element().markers(),
	};
}

async function openTarget(browser: Browser, target: Target): Promise<Page> {
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	if (CPU > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU });
	await page.goto(target.url, { waitUntil: 'networkidle' });
	await target.prepare(page);
	await page.locator(target.box).first().scrollIntoViewIfNeeded();
	await page.waitForTimeout(300);
	return page;
}

/** Marks pointerdown on the box, then the first input event after which the editor holds the typed text. */
async function armMarks(page: Page, box: string): Promise<void> {
	await page.evaluate(
		({ box, typed }) => {
			document.querySelector(box)!.addEventListener('pointerdown', () => performance.mark('kc-bench:pointerdown'), { capture: true, once: true });
			const bench = (window as unknown as { __kcBench: { value(): string } }).__kcBench;
			const onInput = (): void => {
				// Bubble phase on the document: Monaco's own listener on its textarea has already run.
				if (!bench.value().includes(typed)) return;
				performance.mark('kc-bench:typed');
				document.removeEventListener('input', onInput);
			};
			document.addEventListener('input', onInput);
		},
		{ box, typed: TYPED },
	);
}

/** Clicks the box and types until a keystroke lands: the time from the click, and what it fetched. */
async function clickToLive(page: Page, box: string): Promise<{ ms: number; fetched: Fetched[] }> {
	const watcher = watch(page);
	await armMarks(page, box);
	await page.locator(box).first().click();
	const typed = async (): Promise<boolean> => page.evaluate(() => performance.getEntriesByName('kc-bench:typed').length > 0);
	const deadline = Date.now() + 30_000;
	while (!(await typed())) {
		if (Date.now() > deadline) throw new Error('the editor never accepted a keystroke');
		await page.keyboard.type(TYPED);
	}
	const time = await page.evaluate(() => performance.measure('kc-bench', 'kc-bench:pointerdown', 'kc-bench:typed').duration);
	await page.waitForLoadState('networkidle');
	return { ms: time, fetched: await watcher.take() };
}

/** The first hover over `containers` until its documentation shows, as a reader would: what it fetched. */
async function firstHover(page: Page): Promise<Fetched[]> {
	const watcher = watch(page);
	await page.evaluate((text) => (window as unknown as { __kcBench: { setValue(t: string): unknown } }).__kcBench.setValue(text), VALID_POD);
	const word = page.locator('.monaco-editor .view-line span', { hasText: /^containers$/ }).first();
	const deadline = Date.now() + 30_000;
	for (;;) {
		await page.mouse.move(0, 0);
		await word.hover();
		const shown = page.locator('.monaco-hover').filter({ hasText: /containers\s*<\[\]Container>/ }).first();
		if (await shown.waitFor({ timeout: 2000 }).then(() => true, () => false)) break;
		if (Date.now() > deadline) throw new Error('no hover documentation for containers');
	}
	await page.waitForLoadState('networkidle');
	return watcher.take();
}

/** Last keystroke → the first frame whose markers hold the error at the typed key's full width, in ms. */
async function keystrokeToMarkers(page: Page): Promise<number> {
	await page.evaluate((text) => (window as unknown as { __kcBench: { setValue(t: string): unknown } }).__kcBench.setValue(text), VALID_POD);
	// Let the check of the reset text land before typing.
	await page.waitForTimeout(1500);
	await page.locator('.monaco-editor textarea').first().focus();
	await page.keyboard.press('ControlOrMeta+Home');
	for (let i = 1; i < MARKED.line; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Home');
	for (let i = 0; i < 'image'.length; i++) await page.keyboard.press('ArrowRight');
	await page.evaluate(({ line, endColumn }) => {
		const bench = (window as unknown as { __kcBench: { markers(): { line: number; endColumn: number }[] } }).__kcBench;
		const state = window as unknown as { __kcMarkers: Promise<number>; __kcLastKey: number };
		document.addEventListener('keydown', (event) => (state.__kcLastKey = event.timeStamp), { capture: true });
		state.__kcMarkers = new Promise((done) => {
			const frame = (now: number): void => {
				if (bench.markers().some((m) => m.line === line && m.endColumn === endColumn)) done(now - state.__kcLastKey);
				else requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
	}, MARKED);
	await page.keyboard.type('Xy', { delay: 80 });
	return page.evaluate(() => Promise.race([(window as unknown as { __kcMarkers: Promise<number> }).__kcMarkers, new Promise<number>((_, fail) => setTimeout(() => fail(new Error('no marker for imageXy')), 20_000))]));
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spread = (values: number[]): string => {
	const sorted = [...values].sort((a, b) => a - b);
	return `best ${ms(sorted[0]!)}, median ${ms(median(sorted))}, worst ${ms(sorted[sorted.length - 1]!)} (${sorted.length} runs)`;
};

interface Figures {
	click: Fetched[];
	hover: Fetched[];
	live: number[];
	markers: number[];
}

async function measure(browser: Browser, target: Target, figures: Figures, first: boolean): Promise<void> {
	const page = await openTarget(browser, target);
	try {
		const { ms: time, fetched } = await clickToLive(page, target.box);
		figures.live.push(time);
		if (first) {
			figures.click = fetched;
			figures.hover = await firstHover(page);
		}
		figures.markers.push(await keystrokeToMarkers(page));
	} finally {
		await page.context().close();
	}
}

function report(name: string, course: Figures, anchor: Figures): void {
	const c = { click: total(course.click), hover: total(course.hover) };
	const a = { click: total(anchor.click), hover: total(anchor.hover) };
	const courseAll = c.click.gzip + c.hover.gzip;
	const anchorAll = a.click.gzip + a.hover.gzip;
	console.log(`\n${name}`);
	console.log(' course');
	printFetched('first interaction (click)', course.click);
	printFetched('first hover (adds)', course.hover);
	console.log(' anchor (plain Monaco + monaco-yaml)');
	printFetched('first interaction (click)', anchor.click);
	printFetched('first hover (adds)', anchor.hover);
	console.log(
		` weight all in: ${kb(courseAll)} gzip, ${kb(c.click.brotli + c.hover.brotli)} brotli; anchor ${kb(anchorAll)} gzip (${ratio(courseAll, anchorAll)}) — aim ≤ ${kb(AIM.gzip)} gzip: ${verdict(courseAll <= AIM.gzip)}`,
	);
	const live = median(course.live) / median(anchor.live);
	console.log(` click → live: course ${spread(course.live)}; anchor ${spread(anchor.live)}`);
	console.log(`   median ${ratio(median(course.live), median(anchor.live))} the anchor — aim ≤ ${AIM.clickRatio}×: ${verdict(live <= AIM.clickRatio)}`);
	console.log(` last keystroke → markers: course ${spread(course.markers)}; anchor ${spread(anchor.markers)}`);
	console.log(
		`   median ${ms(median(course.markers))}, ${ratio(median(course.markers), median(anchor.markers))} the anchor — aim ≤ ${AIM.markersMs} ms: ${verdict(median(course.markers) <= AIM.markersMs)}`,
	);
}

/** Builds the anchor page with Vite: nothing of the course's build settings, Monaco as its users bundle it. */
async function buildAnchor(): Promise<string> {
	const out = join(root, 'node_modules/.cache/kube-classroom-bench/monaco-anchor');
	const started = Date.now();
	await viteBuild({
		configFile: false,
		root: join(root, 'tests/bench/monaco-anchor'),
		logLevel: 'warn',
		build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
		worker: { format: 'es' },
	});
	console.log(`anchor built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${out}`);
	return out;
}

const anchorOut = await buildAnchor();
const sitePort = await freePort();
const site = await astroPreview({ root, outDir: dist, base: '/', logLevel: 'warn', server: { host: '127.0.0.1', port: sitePort } });
const anchorPort = await freePort();
const anchorServer = await vitePreview({ configFile: false, root: join(root, 'tests/bench/monaco-anchor'), logLevel: 'warn', build: { outDir: anchorOut }, preview: { host: '127.0.0.1', port: anchorPort, strictPort: true } });
const browser = await launchBrowser();
try {
	console.log(`CPU slowdown ${CPU}×, ${RUNS} runs each`);
	for (const prefix of ['', 'zh-cn/']) {
		const course: Target = { url: `http://127.0.0.1:${sitePort}/${prefix}${LESSON}`, box: 'kc-manifest-editor .kc-me-box', prepare: (page) => page.evaluate(courseShim) };
		// The anchor shows the lesson's manifest too.
		const lessonPage = await openTarget(browser, course);
		const original = await lessonPage.evaluate(() => (window as unknown as { __kcBench: { value(): string } }).__kcBench.value());
		await lessonPage.context().close();
		const anchor: Target = {
			url: `http://127.0.0.1:${anchorPort}/`,
			box: '.kc-me-box',
			prepare: (page) => page.evaluate((text) => void (document.querySelector('.kc-me-box pre')!.textContent = text), original),
		};
		const before = loadavg();
		const figures = { course: { click: [], hover: [], live: [], markers: [] } as Figures, anchor: { click: [], hover: [], live: [], markers: [] } as Figures };
		for (let i = 0; i < RUNS; i++) {
			await measure(browser, course, figures.course, i === 0);
			await measure(browser, anchor, figures.anchor, i === 0);
		}
		report(`/${prefix}${LESSON}`, figures.course, figures.anchor);
		console.log(` load average (1 min) before ${before[0]!.toFixed(2)}, after ${loadavg()[0]!.toFixed(2)}`);
	}
} finally {
	await browser.close();
	await site.stop();
	await new Promise<void>((done) => anchorServer.httpServer.close(() => done()));
}
