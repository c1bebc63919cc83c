import { expect, test } from 'vitest';
import { fileUrl, planOffline, RUNTIME_RULES, type BuiltFile } from '../../../src/lib/offline/offline-plan.ts';

// A small build under /course/: two pages, their assets, Monaco loaded on demand, the search index, a
// print book, the PDFs (one a teacher's handout), print fonts and build leftovers.
const texts: Record<string, string> = {
	'index.html':
		'<link rel="shortcut icon" href="/course/favicon.svg"><link rel="stylesheet" href="/course/_astro/site.css">' +
		'<link rel="alternate" href="/course/zh-cn/"><link rel="sitemap" href="/course/sitemap-index.xml">' +
		'<script type="module" src="/course/_astro/page.js"></script><a href="/course/pdf/kube-classroom-en.pdf">PDF</a>',
	'zh-cn/lessons/pods/index.html':
		'<link rel="stylesheet" href="/course/_astro/site.css"><script type="module" src="/course/_astro/Editor.js?v=1"></script>' +
		'<script type="module" src="/course/_astro/Quiz.js"></script>' +
		'<img src="https://example.org/x.png"><a href="/course/print/">print</a>',
	'print/index.html': '<link rel="stylesheet" href="/course/_astro/print-page.css">',
	'_astro/page.js': 'import"./preload.js";',
	'_astro/Editor.js': 'import{a as b}from"./preload.js";const e=()=>import("./live-editor.x2.js");',
	'_astro/live-editor.x2.js': 'import{a as b}from"./preload.js";import"./editor-strings.js";const m=()=>import("./monaco.js");const d=["_astro/monaco.js"];',
	'_astro/editor-strings.js': 'export const s={};',
	'_astro/Quiz.js': 'const q=()=>import("./quiz-element.x3.js");',
	'_astro/quiz-element.x3.js': 'import{a as b}from"./preload.js";',
	'_astro/preload.js': 'export const a=1;',
	'_astro/monaco.js': 'import{x}from"./worker.js";',
	'_astro/worker.js': '',
	'_astro/ui-core.x1.js': 'import"./preload.js";',
};
const sizes: Record<string, number> = {
	'_astro/monaco.js': 3000,
	'_astro/worker.js': 800,
	'_astro/print-page.css': 200,
	'_astro/noto-sans-sc-1.woff2': 50,
	'pagefind/pagefind.js': 40,
	'pagefind/pagefind-entry.json': 1,
	'pagefind/index/en_4b1ce3a.pf_index': 30,
	'pdf/kube-classroom-en.pdf': 4000,
	'pdf/kube-classroom-en-pods.pdf': 900,
	'favicon.svg': 1,
	'_astro/site.css': 10,
	'sitemap-index.xml': 1,
	'sw.js': 20,
	'_astro/page.js.map': 5,
	'.prerender/chunk.mjs': 5,
};
const files: BuiltFile[] = [...new Set([...Object.keys(texts), ...Object.keys(sizes)])].map((path) => ({
	path,
	bytes: sizes[path] ?? texts[path]!.length,
}));
const read = (path: string) => {
	if (!(path in texts)) throw new Error(`read ${path}`);
	return texts[path]!;
};
const plan = planOffline(files, read, '/course/', (name) => !name.includes('-pods'));

test('the precache holds the reading pages and what they load as they open, static imports, the search UI, the editor\'s and the quiz\'s code included', () => {
	expect(plan.precache).toEqual([
		'_astro/Editor.js',
		'_astro/Quiz.js',
		'_astro/editor-strings.js',
		'_astro/live-editor.x2.js',
		'_astro/page.js',
		'_astro/preload.js',
		'_astro/quiz-element.x3.js',
		'_astro/site.css',
		'_astro/ui-core.x1.js',
		'favicon.svg',
		'index.html',
		'zh-cn/lessons/pods/index.html',
	]);
});

test('everything else a reader can use is in the whole-course manifest, in its route\'s cache, with its size', () => {
	expect(plan.manifest.caches).toEqual({
		'kube-classroom-assets': [
			['_astro/monaco.js', 3000],
			['_astro/worker.js', 800],
			['_astro/print-page.css', 200],
		],
		'kube-classroom-search': [
			['pagefind/pagefind.js', 40],
			['pagefind/pagefind-entry.json', 1],
			['pagefind/index/en_4b1ce3a.pf_index', 30],
		],
		'kube-classroom-print': [['print/', texts['print/index.html']!.length]],
		'kube-classroom-pdf': [['pdf/kube-classroom-en.pdf', 4000]],
	});
	expect(plan.manifest.bytes).toBe(3000 + 800 + 200 + 40 + 1 + 30 + texts['print/index.html']!.length + 4000);
	// Cached only when used; build leftovers are never cached.
	expect(plan.onUseOnly).toEqual(['_astro/noto-sans-sc-1.woff2', 'pdf/kube-classroom-en-pods.pdf']);
});

test('each path goes to the route the worker uses for it: hashed files cache-first, stable names network-first', () => {
	const route = (path: string) => RUNTIME_RULES.find((rule) => rule.path.test(path));
	expect(route('_astro/monaco.BrxF6ZFl.js')).toMatchObject({ handler: 'CacheFirst', cacheName: 'kube-classroom-assets' });
	expect(route('_astro/noto-sans-sc-119-400-normal.x.woff2')).toMatchObject({ cacheName: 'kube-classroom-fonts', onUseOnly: true });
	expect(route('pagefind/fragment/zh-cn_1272c24.pf_fragment')?.handler).toBe('CacheFirst');
	expect(route('pagefind/pagefind.zh-cn_e166b97f79e97.pf_meta')?.handler).toBe('CacheFirst');
	expect(route('pagefind/pagefind-entry.json')?.handler).toBe('NetworkFirst');
	expect(route('pagefind/wasm.en.pagefind')?.handler).toBe('NetworkFirst');
	expect(route('zh-cn/print/')?.cacheName).toBe('kube-classroom-print');
	expect(route('print/index.html')?.cacheName).toBe('kube-classroom-print');
	expect(route('lessons/print/')).toBeUndefined();
	expect(route('pdf/kube-classroom-zh-cn.pdf')).toMatchObject({ handler: 'NetworkFirst', rangeRequests: true });
});

test('a folder\'s index.html is fetched as the folder', () => {
	expect(fileUrl('zh-cn/print/index.html')).toBe('zh-cn/print/');
	expect(fileUrl('index.html')).toBe('./');
	expect(fileUrl('_astro/index.html.js')).toBe('_astro/index.html.js');
});
