// `npm run audit`: Lighthouse (mobile profile) over every built page, a table of the four scores, and a
// non-zero exit when a page falls below the course's bar: performance ≥ 98; accessibility, best practices
// and SEO 100. Builds the site first when dist/ is missing. `--pages a/,b/` audits only those pages.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { preview } from 'astro';
import lighthouse from 'lighthouse';
import { launchBrowser } from './shared/chromium.ts';
import { listPages } from './shared/built-pages.ts';
import { freePort } from './shared/free-port.ts';

export const THRESHOLDS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
/**
 * Lighthouse's scores vary from run to run (its docs advise the median of several): a page below the bar
 * on its first run is audited until it has this many runs, and the median of each score counts.
 * @default 3
 */
export const RUNS_WHEN_BELOW = 3;
type Category = keyof typeof THRESHOLDS;
const CATEGORIES = Object.keys(THRESHOLDS) as Category[];

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The median of each category over several runs (each run: one score per category). */
export function medianScores(runs: readonly (readonly number[])[]): number[] {
	return runs[0]!.map((_, k) => {
		const sorted = runs.map((r) => r[k]!).sort((a, b) => a - b);
		const mid = Math.floor(sorted.length / 2);
		return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
	});
}

const below = (scores: readonly number[]) => CATEGORIES.some((category, k) => scores[k]! < THRESHOLDS[category]);

/** Pages to audit: every page but the print books, which are `noindex` by design and made for paper. */
export function auditedPages(pages: readonly string[]): string[] {
	return pages.filter((page) => !/^(zh-cn\/)?print\//.test(page));
}

async function main() {
	const { values } = parseArgs({ options: { pages: { type: 'string' } } });
	if (!existsSync(dist)) {
		console.log('dist/ is missing: building the site first…');
		const build = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit' });
		if (build.status !== 0) process.exit(build.status ?? 1);
	}
	const pages = values.pages ? values.pages.split(',').map((p) => p.trim()) : auditedPages(listPages(dist));
	const serverPort = await freePort();
	const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: serverPort } });
	const debugPort = await freePort();
	const browser = await launchBrowser({ args: [`--remote-debugging-port=${debugPort}`] });
	const failures: string[] = [];
	const rows: string[][] = [];
	try {
		for (const [i, page] of pages.entries()) {
			const url = `http://127.0.0.1:${serverPort}/${page}`;
			process.stderr.write(`[${i + 1}/${pages.length}] /${page}\n`);
			const audit = async () => {
				const result = await lighthouse(url, { port: debugPort, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
				return { lhr: result?.lhr, scores: CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)) };
			};
			const firstRun = await audit();
			let lhr = firstRun.lhr;
			const runs = [firstRun.scores];
			while (below(firstRun.scores) && !lhr?.runtimeError && runs.length < RUNS_WHEN_BELOW) {
				const again = await audit();
				lhr = again.lhr;
				runs.push(again.scores);
			}
			if (lhr?.runtimeError) failures.push(`/${page}: Lighthouse could not audit it: ${lhr.runtimeError.message}`);
			const scores = medianScores(runs);
			rows.push([`/${page}`, ...scores.map(String), String(runs.length)]);
			CATEGORIES.forEach((category, k) => {
				if (scores[k]! < THRESHOLDS[category]) {
					const failed = Object.values(lhr?.audits ?? {})
						.filter((a) => a.score !== null && a.score < 1 && lhr?.categories[category]?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
						.map((a) => a.id);
					failures.push(`/${page}: ${category} ${scores[k]} < ${THRESHOLDS[category]} (${failed.join(', ')})`);
				}
			});
		}
	} finally {
		await browser.close();
		await server.stop();
	}
	const header = ['page', ...CATEGORIES, 'runs'];
	const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
	for (const row of [header, ...rows]) console.log(row.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]!) : cell.padStart(widths[k]!))).join('  '));
	if (failures.length) {
		console.error(`\n${failures.length} below the bar:\n  ${failures.join('\n  ')}`);
		process.exitCode = 1;
	} else {
		console.log(`\nAll ${rows.length} pages meet the bar (performance ≥ 98; accessibility, best practices, SEO 100).`);
	}
}

if (import.meta.main) await main();
