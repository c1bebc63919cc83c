/**
 * The manifest editor in Chromium (issue 5, "Weight"): the bytes fetched on first interaction and the
 * time from the click until the editor accepts a keystroke, on the lesson that embeds it. Needs a build
 * (`npm run build`; another build folder with OUT_DIR); builds nothing, asserts nothing, prints figures.
 *
 * Bytes: every response after the click, compressed here with gzip (level 9) and brotli (quality 11)
 * because the preview server may send them uncompressed; a static host compresses them with one or the
 * other. "First interaction" counts what the click
 * brings (Monaco, the validator worker); "first hover" what the first hover adds (monaco-yaml's worker
 * and the Kubernetes schema).
 * Time: performance marks in the page, from the pointerdown of the click to the first `input` event
 * after which the editor holds the typed character, while the bench keeps typing; each run in a fresh
 * browser context (cold cache, no service worker). The best run is the machine's figure, the median
 * shows the noise; the load average is printed because other builds share the CPU.
 * Both locales: a Chinese page also fetches the Chinese text of Monaco's own UI before Monaco.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { preview } from 'astro';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser } from '../../src/cli/shared/chromium.ts';
import { freePort } from '../../src/cli/shared/free-port.ts';
import { outDir } from '../../src/site-env.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LESSON = 'lessons/pod-manifests/';
const RUNS = Number(process.env.RUNS ?? 7);
/** The build to serve: dist/, or OUT_DIR as for `astro build` (built with the root base). */
const dist = outDir();
if (!existsSync(join(resolve(root, dist), LESSON, 'index.html'))) {
	console.log(`no build at ${join(dist, LESSON)}: run \`npm run build\` first, then \`npm run bench\``);
	process.exit(0);
}

const EDITOR = 'kc-manifest-editor';
const TYPED = '#';
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

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

function printFetched(label: string, fetched: Fetched[]): { gzip: number; brotli: number } {
	const gzip = fetched.reduce((sum, f) => sum + f.gzip, 0);
	const brotli = fetched.reduce((sum, f) => sum + f.brotli, 0);
	console.log(`${label}: ${kb(gzip)} gzip, ${kb(brotli)} brotli in ${fetched.length} requests`);
	for (const f of [...fetched].sort((a, b) => b.gzip - a.gzip)) {
		console.log(`  ${kb(f.gzip).padStart(9)} ${kb(f.brotli).padStart(9)}  ${new URL(f.url).pathname}`);
	}
	return { gzip, brotli };
}

/** Marks pointerdown on the editor, then the first input event that lands in the editor's text. */
async function armMarks(page: Page): Promise<void> {
	await page.evaluate(
		({ editor, typed }) => {
			const element = document.querySelector(editor) as HTMLElement & { value(): string };
			const box = element.querySelector('.kc-me-box')!;
			box.addEventListener('pointerdown', () => performance.mark('kc-bench:pointerdown'), { capture: true, once: true });
			const onInput = (): void => {
				// Bubble phase on the document: Monaco's own listener on its textarea has already run.
				if (!element.value().includes(typed)) return;
				performance.mark('kc-bench:typed');
				document.removeEventListener('input', onInput);
			};
			document.addEventListener('input', onInput);
		},
		{ editor: EDITOR, typed: TYPED },
	);
}

async function firstInteraction(browser: Browser, url: string, withHover: boolean): Promise<{ ms: number; fetched: Fetched[]; hover?: Fetched[] }> {
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		const box = page.locator(`${EDITOR} .kc-me-box`).first();
		await box.scrollIntoViewIfNeeded();
		await page.waitForTimeout(300);
		const editor = page.locator(EDITOR).first();
		const original = await editor.evaluate((el) => (el as unknown as { value(): string }).value());
		const watcher = watch(page);
		await armMarks(page);
		await box.click();
		// Keep typing, as an impatient reader does, until a keystroke lands in the editor.
		const typed = async (): Promise<boolean> => page.evaluate(() => performance.getEntriesByName('kc-bench:typed').length > 0);
		const deadline = Date.now() + 30_000;
		while (!(await typed())) {
			if (Date.now() > deadline) throw new Error('the editor never accepted a keystroke');
			await page.keyboard.type(TYPED);
		}
		const ms = await page.evaluate(() => performance.measure('kc-bench', 'kc-bench:pointerdown', 'kc-bench:typed').duration);
		await page.waitForLoadState('networkidle');
		const fetched = await watcher.take();
		if (!withHover) return { ms, fetched };
		// The first hover over a field (the lesson's text again): documentation from the schema, through
		// monaco-yaml's worker. Hovering again until it shows, as a reader would.
		await editor.evaluate((el, text) => (el as unknown as { setValue(t: string): Promise<void> }).setValue(text), original);
		const word = page.locator(`${EDITOR} .view-line span`, { hasText: /^containers$/ }).first();
		const hoverDeadline = Date.now() + 30_000;
		for (;;) {
			await page.mouse.move(0, 0);
			await word.hover();
			const shown = page.locator('.monaco-hover').filter({ hasText: 'containers <[]Container>' }).first();
			if (await shown.waitFor({ timeout: 2000 }).then(() => true, () => false)) break;
			if (Date.now() > hoverDeadline) throw new Error('no hover documentation for containers');
		}
		await page.waitForLoadState('networkidle');
		return { ms, fetched, hover: await watcher.take() };
	} finally {
		await context.close();
	}
}

const port = await freePort();
const server = await preview({ root, outDir: dist, base: '/', logLevel: 'warn', server: { host: '127.0.0.1', port } });
const browser = await launchBrowser();
try {
	for (const prefix of ['', 'zh-cn/']) {
		const url = `http://127.0.0.1:${port}/${prefix}${LESSON}`;
		console.log(`\n/${prefix}${LESSON}`);
		const before = loadavg();
		const first = await firstInteraction(browser, url, true);
		const click = printFetched('first interaction (click)', first.fetched);
		const hover = printFetched('first hover (adds)', first.hover ?? []);
		console.log(`in all: ${kb(click.gzip + hover.gzip)} gzip, ${kb(click.brotli + hover.brotli)} brotli — goal < 800 KB compressed`);
		const times = [first.ms];
		for (let i = 1; i < RUNS; i++) times.push((await firstInteraction(browser, url, false)).ms);
		times.sort((a, b) => a - b);
		const after = loadavg();
		console.log(
			`click → first accepted keystroke, ${times.length} runs: best ${times[0]!.toFixed(0)} ms, median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, worst ${times[times.length - 1]!.toFixed(0)} ms — goal < 1000 ms`,
		);
		console.log(`load average (1 min) before ${before[0]!.toFixed(2)}, after ${after[0]!.toFixed(2)}`);
	}
} finally {
	await browser.close();
	await server.stop();
}
