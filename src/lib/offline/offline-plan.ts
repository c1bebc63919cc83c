// What the service worker keeps, decided from the built files (pure: no file system, no DOM).
//  - The precache, fetched on the first visit: every page a reader reads (both languages, the 404) and
//    what those pages load as they open (their stylesheets, scripts and the modules those import, and
//    Starlight's search UI, which every page imports when idle, and the manifest editor's and the quiz's
//    code, which a lesson imports on first use).
//  - Everything else is cached when first used, by the runtime rules below, and the whole-course
//    manifest lists it with its size, for the explicit "make the whole course available offline" choice:
//    Monaco and its workers, the playground's island, the search index, the print books, the PDFs.
// The same rules give the worker's routes and each manifest file's cache, so the page that downloads the
// whole course writes into the very caches the worker reads.

/** One runtime route of the worker: the files it serves, how, and the cache that holds them. */
export interface RuntimeRule {
	/** Matches a site-relative path (no leading slash, no base): `_astro/monaco.x.js`. */
	path: RegExp;
	handler: 'CacheFirst' | 'NetworkFirst';
	cacheName: string;
	/** Left out of the whole-course download (still cached when first used). @default false */
	onUseOnly?: boolean;
	/** Serves byte ranges from the cache (PDF viewers ask for them). @default false */
	rangeRequests?: boolean;
}

/**
 * First match wins. Hashed names (`_astro/`, Pagefind's `*_<hash>.pf_*` index parts) never change their
 * content, so they are served from the cache first. Pagefind's entry files (`pagefind.js`,
 * `pagefind-entry.json`, `wasm.*.pagefind`), the print books and the PDFs keep their names across
 * deploys: the network comes first, so a redeploy's entry file never points at index parts it lacks, and
 * the cached copy answers offline.
 */
export const RUNTIME_RULES: readonly RuntimeRule[] = [
	// Noto Sans SC, in hundreds of subsets, is only used to print Chinese (the PDF book embeds it).
	{ path: /^_astro\/noto-sans-sc-[^/]+\.woff2?$/, handler: 'CacheFirst', cacheName: 'kube-classroom-fonts', onUseOnly: true },
	{ path: /^_astro\/[^/]+$/, handler: 'CacheFirst', cacheName: 'kube-classroom-assets' },
	{ path: /^pagefind\/(?:[^/]+\/)?[^/]+_[0-9a-f]{6,}\.pf_[a-z]+$/, handler: 'CacheFirst', cacheName: 'kube-classroom-search' },
	{ path: /^pagefind\/.+$/, handler: 'NetworkFirst', cacheName: 'kube-classroom-search' },
	{ path: /^(?:[a-z]{2}(?:-[a-z]+)?\/)?print\/(?:index\.html)?$/, handler: 'NetworkFirst', cacheName: 'kube-classroom-print' },
	{ path: /^pdf\/[^/]+\.pdf$/, handler: 'NetworkFirst', cacheName: 'kube-classroom-pdf', rangeRequests: true },
];

/** Files of the build that no reader fetches: build scratch, source maps, the worker, the sitemaps. */
const NEVER_CACHED = /^(?:\.prerender\/|sw\.js$|sitemap[^/]*\.xml$)|\.map$/;
/**
 * Modules every page imports soon after it opens, though dynamically: Starlight's search loads Pagefind's
 * UI when the browser is idle. Offline they would fail on every page, so they are precached.
 */
const IMPORTED_WHEN_IDLE = /^_astro\/ui-core\.[^/]+\.js$/;
/**
 * Widget code a page imports on first use, small and needed to use the page offline: the manifest editor
 * (its plain-text mode needs nothing more; Monaco is cached when first used) and the quiz.
 */
const IMPORTED_ON_USE = /^_astro\/(?:live-editor|quiz-element)\.[^/]+\.js$/;
/** Pages only printed (the course books' HTML), not read. */
const PRINT_PAGE = RUNTIME_RULES.find((rule) => rule.cacheName === 'kube-classroom-print')!.path;

export interface BuiltFile {
	/** Site-relative path with `/` separators: `lessons/pods/index.html`. */
	path: string;
	bytes: number;
}

/** The whole-course manifest the page reads (`offline-course.json`). */
export interface OfflineManifest {
	/** Bytes of all the files listed. */
	bytes: number;
	/** Cache name → [site-relative URL, bytes] of each file that goes into it. */
	caches: Record<string, [string, number][]>;
}

export interface OfflinePlan {
	/** Site-relative paths the worker precaches. */
	precache: string[];
	manifest: OfflineManifest;
	/** Built files in neither (the print fonts, handout PDFs): cached only when used. */
	onUseOnly: string[];
}

/** The URL a file is fetched by: a folder's `index.html` is asked for as the folder. */
export function fileUrl(path: string): string {
	return path === 'index.html' ? './' : path.replace(/(^|\/)index\.html$/, '$1');
}

/** `src`/`href` values of the tags a page loads as it opens (not links to other pages). */
const LOADED_REF = /<(?:script|img|source)\b[^>]*?\bsrc="([^"]+)"|<link\b(?=[^>]*\brel="[^"]*\b(?:stylesheet|modulepreload|preload|icon)\b)[^>]*?\bhref="([^"]+)"/g;
/** Static imports in a built module (`import{a}from"./x.js"`, `import"./x.js"`); `import("./x.js")` is on demand. */
const STATIC_IMPORT = /\b(?:from|import)\s*"(\.\/[^"]+)"/g;

/**
 * Splits a build into the precache and the whole-course manifest.
 * @param files every file of the build
 * @param read the text of a built page or script (only called for `.html` and `.js` files)
 * @param base the site's base path, ending in `/` (`/kube-classroom/`)
 * @param keepPdf whether a PDF belongs to the course (the books, not teachers' handouts) @default every PDF
 */
export function planOffline(
	files: readonly BuiltFile[],
	read: (path: string) => string,
	base: string,
	keepPdf: (name: string) => boolean = () => true,
): OfflinePlan {
	const known = new Map(files.filter((f) => !NEVER_CACHED.test(f.path)).map((f) => [f.path, f.bytes]));
	const precache = new Set<string>();
	const add = (path: string | undefined) => {
		if (!path || precache.has(path) || !known.has(path)) return;
		precache.add(path);
		if (path.endsWith('.js')) {
			for (const [, spec] of read(path).matchAll(STATIC_IMPORT)) add(join(path, spec!));
		}
	};
	for (const path of known.keys()) {
		if (IMPORTED_WHEN_IDLE.test(path) || IMPORTED_ON_USE.test(path)) add(path);
		if (!path.endsWith('.html') || PRINT_PAGE.test(path)) continue;
		add(path);
		for (const [, src, href] of read(path).matchAll(LOADED_REF)) add(sitePath(src ?? href!, base));
	}

	const caches: Record<string, [string, number][]> = {};
	const onUseOnly: string[] = [];
	let total = 0;
	for (const [path, bytes] of known) {
		if (precache.has(path)) continue;
		const rule = RUNTIME_RULES.find((r) => r.path.test(path));
		const isHandout = path.startsWith('pdf/') && !keepPdf(path.slice('pdf/'.length));
		if (!rule || rule.onUseOnly || isHandout) {
			onUseOnly.push(path);
			continue;
		}
		(caches[rule.cacheName] ??= []).push([fileUrl(path), bytes]);
		total += bytes;
	}
	return { precache: [...precache].sort(), manifest: { bytes: total, caches }, onUseOnly: onUseOnly.sort() };
}

/** A page's reference (`/base/_astro/x.css`, `../x.css`) as a site-relative path, or undefined if elsewhere. */
function sitePath(ref: string, base: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) return undefined;
	const path = ref.split(/[?#]/)[0]!;
	if (!path.startsWith('/')) return undefined;
	return path.startsWith(base) ? decodeURI(path.slice(base.length)) : undefined;
}

/** `./b.js` imported from `_astro/a.js` → `_astro/b.js`. */
function join(from: string, spec: string): string {
	return `${from.slice(0, from.lastIndexOf('/') + 1)}${spec.slice(2)}`;
}
