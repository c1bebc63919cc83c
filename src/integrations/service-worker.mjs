// @ts-check
// Offline: after one visit every lesson reads with the network off, in both languages. At the end of
// `astro build` (and again when `npm run pdf` adds the course books), writeOfflineFiles() splits the build
// (src/lib/offline/offline-plan.ts) and writes:
//  - `sw.js` (Workbox generateSW), which precaches the pages and what they load as they open (~1 MB on the
//    wire), and caches the rest when first used: Monaco, the search index, the print books, the PDFs;
//  - `offline-course.json`, the rest with each file's size and cache, which the start page's "make the
//    whole course available offline" choice downloads into those same caches (src/components/offline/).
// Precached files carry a revision hash, so a new deploy fetches only what changed, and the worker takes
// over at once and deletes the old precache.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { planOffline, RUNTIME_RULES } from '../lib/offline/offline-plan.ts';
import { pdfFileName } from '../lib/print/strings.ts';

/** The whole-course manifest's name, at the site's root. */
export const OFFLINE_MANIFEST = 'offline-course.json';
const COURSE_BOOKS = new Set(/** @type {const} */ (['en', 'zh-cn']).map((lang) => pdfFileName(lang)));

/** @returns {import('astro').AstroIntegration} */
export function serviceWorker() {
	let base = '/';
	return {
		name: 'kube-classroom:service-worker',
		hooks: {
			'astro:config:setup': ({ config, command, injectScript }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				// Only built sites have a worker; the dev server must not register a missing one.
				if (command === 'build') {
					injectScript(
						'head-inline',
						`if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register(${JSON.stringify(`${base}sw.js`)}, { scope: ${JSON.stringify(base)} }));`,
					);
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				const summary = await writeOfflineFiles(fileURLToPath(dir), base);
				for (const warning of summary.warnings) logger.warn(warning);
				logger.info(summary.line);
			},
		},
	};
}

/**
 * Writes `offline-course.json` and `sw.js` for the built site in `outDir`.
 * @param {string} outDir
 * @param {string} base the site's base path, ending in `/`
 */
export async function writeOfflineFiles(outDir, base) {
	const plan = planBuild(outDir, base);
	writeFileSync(join(outDir, OFFLINE_MANIFEST), `${JSON.stringify(plan.manifest)}\n`);
	const precache = new Set([...plan.precache, OFFLINE_MANIFEST]);
	const { count, size, warnings } = await generateSW({
		globDirectory: outDir,
		globPatterns: ['**/*'],
		globIgnores: ['.prerender/**', 'sw.js', '**/*.map'],
		// The plan decides; Workbox hashes and lists what it keeps.
		manifestTransforms: [async (entries) => ({ manifest: entries.filter((entry) => precache.has(entry.url)), warnings: [] })],
		runtimeCaching: RUNTIME_RULES.map((rule) => ({
			urlPattern: hrefPattern(rule.path, base),
			handler: rule.handler,
			options: {
				cacheName: rule.cacheName,
				// The page's whole-course download stores plain requests; the browser's own carry headers (Origin)
				// a server may list in Vary. The files are static: any stored copy answers.
				matchOptions: { ignoreVary: true },
				// Pagefind asks for `pagefind-entry.json?ts=…`: one cache entry per file, whatever the query.
				plugins: [{ cacheKeyWillBeUsed: async ({ request }) => request.url.replace(/\?.*$/, '') }],
				...(rule.rangeRequests ? { rangeRequests: true } : {}),
			},
		})),
		swDest: join(outDir, 'sw.js'),
		maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
		cleanupOutdatedCaches: true,
		clientsClaim: true,
		skipWaiting: true,
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
		// `lessons/pods/` is served from `lessons/pods/index.html` (Workbox's directoryIndex).
		ignoreURLParametersMatching: [/.*/],
	});
	const mb = (/** @type {number} */ bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
	const line =
		`sw.js precaches ${count} files (${mb(size)}); ${OFFLINE_MANIFEST} lists ` +
		`${Object.values(plan.manifest.caches).flat().length} more (${mb(plan.manifest.bytes)}) for the whole-course download`;
	return { precache: count, precacheBytes: size, manifest: plan.manifest, warnings, line };
}

/**
 * What the worker precaches and what the whole-course manifest lists, for the built site in `outDir`
 * (the manifest file itself is precached too).
 * @param {string} outDir
 * @param {string} base the site's base path, ending in `/`
 */
export function planBuild(outDir, base) {
	const files = listFiles(outDir).filter((file) => file.path !== OFFLINE_MANIFEST);
	return planOffline(files, (path) => readFileSync(join(outDir, path), 'utf8'), base, (name) => COURSE_BOOKS.has(name));
}

/** A rule's site-relative pattern as one over the whole URL Workbox matches (`https://host/base/…?query`). */
function hrefPattern(/** @type {RegExp} */ path, /** @type {string} */ base) {
	const escapedBase = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`^https?://[^/]+${escapedBase}${path.source.replace(/^\^/, '').replace(/\$$/, '(?:[?#].*)?$')}`);
}

/** Every file under `dir`, with its site-relative path and size. */
function listFiles(/** @type {string} */ dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const full = join(entry.parentPath, entry.name);
			return { path: relative(dir, full).split(sep).join('/'), bytes: statSync(full).size };
		});
}
