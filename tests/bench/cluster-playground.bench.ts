/**
 * The cluster playground in Chromium (issue 6, "Light"): how much JavaScript it loads, compressed, and
 * how smooth it stays with 200 Pods on screen. Needs a build (`npm run build`); prints figures, asserts
 * nothing. Frame figures are requestAnimationFrame intervals while the simulated clock runs at 1× and
 * at 30× with 200 Pods, plus the browser's long tasks (> 50 ms) in the same window.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { initialScripts, reachableChunks } from '../../src/cli/shared/chunks.ts';
import { launchBrowser } from '../../src/cli/shared/chromium.ts';
import { freePort } from '../../src/cli/shared/free-port.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const LESSON = 'lessons/replication-controllers/';
if (!existsSync(join(dist, LESSON, 'index.html'))) {
	console.log(`no build at dist/${LESSON}: run \`npm run build\` first`);
	process.exit(1);
}

// --- JavaScript size: the loader every playground page loads, then what reaching the playground adds (the
// island, its static imports and the page language's words; tests/e2e/budgets.test.ts holds its budget).
const html = readFileSync(join(dist, LESSON, 'index.html'), 'utf8');
const astroDir = join(dist, '_astro');
const loader = /src="[^"]*\/_astro\/(ClusterPlayground[^"]+\.js)"/.exec(html)?.[1];
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
function sizes(files: string[]): { raw: number; gzip: number; brotli: number } {
	const total = { raw: 0, gzip: 0, brotli: 0 };
	for (const f of files) {
		const bytes = readFileSync(join(astroDir, f));
		total.raw += bytes.length;
		total.gzip += gzipSync(bytes, { level: 9 }).length;
		total.brotli += brotliCompressSync(bytes).length;
	}
	return total;
}
if (loader) {
	const island = /import\(["'`]\.\/(playground[^"'`]+\.js)["'`]\)/.exec(readFileSync(join(astroDir, loader), 'utf8'))?.[1];
	const pageLoad = new Set(initialScripts(html).flatMap((script) => reachableChunks(astroDir, script, false)));
	const up = sizes(reachableChunks(astroDir, loader, false));
	console.log(`loader (every page with a playground): ${kb(up.raw)} raw, ${kb(up.gzip)} gzip, ${kb(up.brotli)} brotli`);
	if (island) {
		const texts = reachableChunks(astroDir, island).filter((f) => f.startsWith('texts-en.'));
		const files = [...reachableChunks(astroDir, island, false), ...texts].filter((f) => !pageLoad.has(f));
		const all = sizes(files);
		console.log(`loaded on reaching the playground: ${kb(all.raw)} raw, ${kb(all.gzip)} gzip, ${kb(all.brotli)} brotli — goal < 60 KB compressed`);
		for (const f of files) {
			const s = sizes([f]);
			console.log(`  ${f.padEnd(44)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
		}
		// Chunks loaded only when something needs them: a command's code, the YAML library, kubectl explain's documentation, the inspector…
		const later = reachableChunks(astroDir, island).filter((f) => !files.includes(f) && !pageLoad.has(f));
		const terminal = later.filter((f) => f.startsWith('xterm-screen.'));
		if (terminal.length > 0) console.log(`terminal library (xterm.js, own chunk, loaded on the terminal's first use, not in the goal above): ${kb(sizes(terminal).gzip)} gzip`);
		const onDemand = sizes(later);
		console.log(`loaded on demand (${later.length} chunks): ${kb(onDemand.raw)} raw, ${kb(onDemand.gzip)} gzip; everything: ${kb(all.gzip + onDemand.gzip)} gzip`);
		for (const f of later) {
			const s = sizes([f]);
			console.log(`  ${f.padEnd(44)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
		}
	}
}

// --- Frames with 200 Pods.
const port = await freePort();
const server = await preview({ root, outDir: './dist/', base: '/', logLevel: 'warn', server: { host: '127.0.0.1', port } });
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`http://127.0.0.1:${port}/${LESSON}`);
	const pg = page.locator('kc-cluster-playground').first();
	// A playground starts when the reader uses it: focusing its command box does.
	await pg.locator('[data-command]').click();
	await page.locator('kc-cluster-playground[data-state="live"]').waitFor();
	const input = pg.getByRole('textbox', { name: 'Command' });
	await pg.getByRole('combobox', { name: 'Speed' }).selectOption('30');
	const started = performance.now();
	await input.fill('kubectl scale rc web --replicas=200');
	await input.press('Enter');
	await page.waitForFunction(() => document.querySelectorAll('.kc-pg-pod[data-ready="true"]').length >= 200, undefined, { timeout: 120_000 });
	console.log(`scale to 200 until every Pod shows Ready on screen: ${(performance.now() - started).toFixed(0)} ms (clock at 30×)`);
	await pg.locator('.kc-pg-cluster').scrollIntoViewIfNeeded();
	// Main-thread time the page spends (all tasks, and script alone), from Chromium's own counters: frame
	// intervals hide work that still fits in a frame, this shows how much of each second it takes.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const busy = async (): Promise<{ task: number; script: number }> => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		const value = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
		return { task: value('TaskDuration') * 1000, script: value('ScriptDuration') * 1000 };
	};
	const measure = async (label: string, speed: string, command?: string): Promise<void> => {
		await pg.getByRole('combobox', { name: 'Speed' }).selectOption(speed);
		const before = await busy();
		if (command) {
			await input.fill(command);
			await input.press('Enter');
		}
		const figures = await page.evaluate(async () => {
			const frames: number[] = [];
			const long: number[] = [];
			const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
			observer.observe({ type: 'longtask', buffered: false });
			const start = performance.now();
			let last = start;
			await new Promise<void>((resolve) => {
				const tick = (now: number): void => {
					frames.push(now - last);
					last = now;
					if (now - start < 5000) requestAnimationFrame(tick);
					else resolve();
				};
				requestAnimationFrame(tick);
			});
			observer.disconnect();
			frames.sort((a, b) => a - b);
			const at = (q: number): number => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))]!;
			return { count: frames.length, p50: at(0.5), p95: at(0.95), max: frames[frames.length - 1]!, long: long.length, longMs: long.reduce((a, b) => a + b, 0) };
		});
		const after = await busy();
		console.log(
			`${label}, 5 s: ${figures.count} frames, interval p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, max ${figures.max.toFixed(1)} ms; ${figures.long} long tasks (${figures.longMs.toFixed(0)} ms); main thread busy ${((after.task - before.task) / 5).toFixed(0)} ms per second (script ${((after.script - before.script) / 5).toFixed(0)} ms)`,
		);
	};
	await measure('200 Pods at 1×', '1');
	await measure('200 Pods at 30×', '30');
	// One interaction on a full screen: relabel a Pod, time until its chip shows.
	const first = (await pg.locator('.kc-pg-pod-name').first().innerText()).trim();
	const t0 = performance.now();
	await input.fill(`kubectl label pod ${first} tier=front`);
	await input.press('Enter');
	await page.waitForFunction((name) => [...document.querySelectorAll('.kc-pg-pod')].some((el) => el.textContent?.includes(name) && el.textContent.includes('tier=front')), first);
	console.log(`relabel one of 200 Pods until its chip shows (round trip through Playwright): ${(performance.now() - t0).toFixed(0)} ms`);
	// Every tick changes something: all 200 Pods terminate and the RC creates, schedules and starts 200 more.
	await measure('200 Pods replaced (kubectl delete pods -l app=web) at 10×', '10', 'kubectl delete pods -l app=web');
	// Step mode with 200 Pods: pause, delete one Pod, then "Next" (goal ≤ 50 ms each): the time from the
	// press to the why panel's new text, measured in the page (the first press also fetches its code).
	await pg.getByRole('button', { name: 'Pause' }).click();
	await input.fill(`kubectl delete pod ${first} --wait=false`);
	await input.press('Enter');
	const nexts = await page.evaluate(async () => {
		const next = document.querySelector<HTMLButtonElement>('kc-cluster-playground [data-action="step"]')!;
		const body = document.querySelector('kc-cluster-playground [data-why-body]')!;
		const press = () =>
			new Promise<number>((resolve) => {
				const t = performance.now();
				const seen = new MutationObserver(() => {
					seen.disconnect();
					resolve(performance.now() - t);
				});
				seen.observe(body, { childList: true, subtree: true, characterData: true });
				next.click();
			});
		const times: number[] = [];
		for (let i = 0; i < 12; i++) times.push(await press());
		return times;
	});
	const steady = nexts.slice(1).sort((a, b) => a - b);
	console.log(
		`step mode, 200 Pods: first "Next" (fetches its code) ${nexts[0]!.toFixed(1)} ms; then median ${steady[Math.floor(steady.length / 2)]!.toFixed(1)} ms, max ${steady.at(-1)!.toFixed(1)} ms over ${steady.length} presses — goal ≤ 50 ms`,
	);
} finally {
	await browser.close();
	await server.stop();
}
