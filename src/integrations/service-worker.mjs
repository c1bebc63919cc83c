// @ts-check
// Offline: after one visit the whole course works with the network off. At the end of `astro build`,
// Workbox's generateSW writes `sw.js` that precaches every file of the build (pages, scripts, the search
// index, fonts, the course PDFs when they were built). Each file is cached under a revision hash, so a new
// deploy fetches only what changed, and the worker takes over at once and deletes the old caches.
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** Larger files than this are left to the network (the PDFs are ~4 MB). */
const MAX_FILE_BYTES = 12 * 1024 * 1024;

/** @returns {import('astro').AstroIntegration} */
export function serviceWorker() {
	let base = '/';
	let build = false;
	return {
		name: 'kube-classroom:service-worker',
		hooks: {
			'astro:config:setup': ({ config, command, injectScript }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				build = command === 'build';
				// Only built sites have a worker; the dev server must not register a missing one.
				if (build) {
					injectScript(
						'head-inline',
						`if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register(${JSON.stringify(`${base}sw.js`)}, { scope: ${JSON.stringify(base)} }));`,
					);
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await generateSW({
					globDirectory: fileURLToPath(dir),
					globPatterns: ['**/*'],
					// `.prerender/` is Astro's build scratch space, gone once the build ends. The Noto Sans SC subsets
					// (hundreds of small files) serve only printing; they are cached when first used instead.
					globIgnores: ['.prerender/**', 'sw.js', '**/*.map', '_astro/noto-sans-sc-*'],
					runtimeCaching: [
						{
							urlPattern: ({ url }) => /\/_astro\/noto-sans-sc-[^/]+\.woff2?$/.test(url.pathname),
							handler: 'CacheFirst',
							options: { cacheName: 'kube-classroom-fonts' },
						},
					],
					swDest: fileURLToPath(new URL('sw.js', dir)),
					maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
					cleanupOutdatedCaches: true,
					clientsClaim: true,
					skipWaiting: true,
					inlineWorkboxRuntime: true,
					sourcemap: false,
					mode: 'production',
					// `lessons/pods/` is served from `lessons/pods/index.html` (Workbox's directoryIndex).
					ignoreURLParametersMatching: [/.*/],
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(`sw.js precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB)`);
			},
		},
	};
}
