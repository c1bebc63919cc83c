/**
 * A lesson page against plain Starlight for the same text (issue 13, "Lessons"): first contentful paint,
 * requests and bytes of the page load, on a phone. Needs a build (`npm run build`; another build folder
 * with OUT_DIR); builds the anchor itself, in the same run (./plain-starlight.ts), prints figures and
 * whether the aims hold (lesson ≤ 1.1× plain Starlight in FCP and in bytes), asserts nothing.
 *
 * Profile: Lighthouse's mobile one, as DevTools throttling in Chromium: a 412×823 screen at 1.75×, touch,
 * the CPU slowed 4×, 150 ms round trips, 1.6 Mbps down and 750 kbps up. Both sites are served by Astro's
 * preview server, which compresses with gzip as a static host does. Each run is a fresh browser context
 * (cold cache, no service worker: the offline cache is measured apart); the two sites take turns, so load
 * from other processes falls on both; the median of the runs counts.
 * Requests and bytes: every request until the network is idle after `load` (what a reader who only reads
 * downloads), bytes as transferred (compressed bodies and headers). Render-blocking: the files Chromium
 * marks so (PerformanceResourceTiming.renderBlockingStatus), what the first paint waits for besides the page.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/cli/shared/chromium.ts';
import { freePort } from '../../src/cli/shared/free-port.ts';
import { outDir } from '../../src/site-env.mjs';
import { buildPlainStarlight } from './plain-starlight.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Lessons with a playground, an editor and a quiz; a Chinese one. `LESSONS=a/,b/` picks others. */
const LESSONS = process.env.LESSONS?.split(',') ?? ['lessons/replication-controllers/', 'lessons/pods/', 'zh-cn/lessons/pods/'];
const RUNS = Number(process.env.RUNS ?? 7);
/** The aim: a lesson within 1.1× of plain Starlight. */
const AIM = 1.1;
const dist = resolve(root, outDir());
if (!existsSync(join(dist, LESSONS[0]!, 'index.html'))) {
	console.log(`no build at ${join(outDir(), LESSONS[0]!)}: run \`npm run build\` first, then \`npm run bench\``);
	process.exit(0);
}

interface Load {
	fcp: number;
	requests: number;
	bytes: number;
	/** What the first paint waits for besides the page: render-blocking stylesheets and scripts. */
	blocking: number;
	blockingBytes: number;
}

async function load(browser: Browser, url: string): Promise<Load> {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true,
		hasTouch: true,
	});
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		let requests = 0;
		let bytes = 0;
		// data: URLs (Starlight's icons in its CSS) go nowhere: not requests.
		cdp.on('Network.requestWillBeSent', (event) => (requests += event.request.url.startsWith('data:') ? 0 : 1));
		cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		const { fcp, blocking, blockingBytes } = await page.evaluate(() => {
			const resources = performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[];
			const blocked = resources.filter((r) => r.renderBlockingStatus === 'blocking');
			return {
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				blocking: blocked.length,
				blockingBytes: blocked.reduce((sum, r) => sum + r.transferSize, 0),
			};
		});
		return { fcp, requests, bytes, blocking, blockingBytes };
	} finally {
		await context.close();
	}
}

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => `${n.toFixed(0)} ms`;
const ratio = (lesson: number, plain: number): string => `${(lesson / plain).toFixed(2)}×`;
const aim = (lesson: number, plain: number): string => (lesson <= AIM * plain ? `meets ≤ ${AIM}×` : `misses ≤ ${AIM}×`);

const startedBuild = performance.now();
const plain = await buildPlainStarlight(root);
console.log(`plain Starlight built in ${((performance.now() - startedBuild) / 1000).toFixed(1)} s (${plain.dir})`);
const [coursePort, plainPort] = [await freePort(), await freePort()];
const servers = [
	await preview({ root, outDir: dist, base: '/', logLevel: 'warn', server: { host: '127.0.0.1', port: coursePort } }),
	await preview({ root, outDir: join(plain.dir, 'dist'), base: '/', logLevel: 'warn', server: { host: '127.0.0.1', port: plainPort } }),
];
const browser = await launchBrowser();
try {
	for (const lesson of LESSONS) {
		const before = loadavg();
		const runs = { course: [] as Load[], plain: [] as Load[] };
		for (let i = 0; i < RUNS; i++) {
			runs.course.push(await load(browser, `http://127.0.0.1:${coursePort}/${lesson}`));
			runs.plain.push(await load(browser, `http://127.0.0.1:${plainPort}/${lesson}`));
		}
		const figures = (loads: Load[]) => ({
			fcp: median(loads.map((l) => l.fcp)),
			requests: median(loads.map((l) => l.requests)),
			bytes: median(loads.map((l) => l.bytes)),
			blocking: median(loads.map((l) => l.blocking)),
			blockingBytes: median(loads.map((l) => l.blockingBytes)),
		});
		const course = figures(runs.course);
		const anchor = figures(runs.plain);
		const spread = (loads: Load[]) => `${ms(Math.min(...loads.map((l) => l.fcp)))}–${ms(Math.max(...loads.map((l) => l.fcp)))}`;
		console.log(`\n/${lesson} (median of ${RUNS} runs each, mobile profile)`);
		const line = (f: typeof course, loads: Load[]) =>
			`FCP ${ms(f.fcp)} (${spread(loads)}), ${f.requests} requests, ${kb(f.bytes)}; render-blocking ${f.blocking} (${kb(f.blockingBytes)})`;
		console.log(`  lesson:          ${line(course, runs.course)}`);
		console.log(`  plain Starlight: ${line(anchor, runs.plain)}`);
		console.log(`  FCP ${ratio(course.fcp, anchor.fcp)} (${aim(course.fcp, anchor.fcp)}), bytes ${ratio(course.bytes, anchor.bytes)} (${aim(course.bytes, anchor.bytes)}), requests ${ratio(course.requests, anchor.requests)}`);
		console.log(`  load average (1 min) before ${before[0]!.toFixed(2)}, after ${loadavg()[0]!.toFixed(2)}`);
	}
} finally {
	await browser.close();
	for (const server of servers) await server.stop();
	plain.dispose();
}
