// @ts-check
// Chinese on a machine without a CJK font. Phones and desktops ship one (PingFang, Microsoft YaHei, Noto
// Sans CJK…), and there the Chinese pages must download nothing; a bare Linux box has none, and there every
// Han character used to render as a box (□). At the end of `astro build`, each Chinese page gets a few
// hundred bytes of script in its head that:
//  - measure, on a canvas, whether the reader's fonts draw 中 at all (a glyph as wide as the last resort's
//    box means no font has it), and stop there when they do;
//  - otherwise make Noto Sans SC faces (@fontsource/noto-sans-sc, weight 400) whose `unicode-range`s list
//    exactly the characters the page and the widgets' code use (~2.8 KB gzip per page). The slices the
//    page's own text needs (~17 of ~30 KB each for a lesson, shared between pages and cached by the worker
//    when first used) are fetched once the page has loaded, so they never hold up its first paint (fetched
//    from the head, they pushed a lesson's first contentful paint in Lighthouse's mobile run from 1.3 s to
//    4.5 s), and put in the page together, so the text is laid out again once, not once per slice as each
//    arrives (17 relayouts of a lesson cost ~300 ms of blocking time there); the slices only the widgets
//    need load when a widget draws them.
// The family comes last in the page's stack (course.css), after the system fonts, so it fills only what
// they lack. Bold is synthesised from 400 rather than doubling the download.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** First code point treated as CJK: the CJK radicals block; Latin, Greek and the like stay with system fonts. */
const CJK_START = 0x2e80;
/** Marks the injected script (the test finds it). */
export const CJK_SCRIPT_ATTRIBUTE = 'data-kc-cjk-fonts';

/**
 * The head script. U+10FFFD (a private-use code point no font draws) gives the width of the last-resort
 * box. Faces are `[url, unicode-range, 1 if the page's text uses it]`.
 * @param {[string, string, 0 | 1][]} faces
 */
function headScript(faces) {
	return `(()=>{try{const c=document.createElement('canvas').getContext('2d');if(!c)return;c.font='20px sans-serif';const w=(t)=>c.measureText(t).width;if(w('中文')!==w('\\u{10FFFD}\\u{10FFFD}'))return;const F=${JSON.stringify(faces)};const all=F.map(([u,r])=>new FontFace('Noto Sans SC','url('+u+') format("woff2")',{unicodeRange:r,display:'swap'}));const add=()=>{for(const f of all)document.fonts.add(f)};addEventListener('load',()=>Promise.allSettled(all.filter((_,i)=>F[i][2]).map((f)=>f.load())).then(add))}catch{}})()`;
}

/** @returns {import('astro').AstroIntegration} */
export function cjkWebFonts() {
	let base = '/';
	return {
		name: 'kube-classroom:cjk-web-fonts',
		hooks: {
			'astro:config:setup': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const { pages, slices } = addCjkWebFonts(fileURLToPath(dir), base);
				logger.info(`Chinese web fonts: ${pages} pages, ${slices} Noto Sans SC slices (fetched only where no CJK font is installed)`);
			},
		},
	};
}

/**
 * @typedef {{ file: string, ranges: [number, number][] }} Slice one @font-face of the package: its woff2 file and code points
 */

/** @returns {Slice[]} the package's weight-400 faces for CJK text */
function packageSlices() {
	const require = createRequire(import.meta.url);
	const css = require.resolve('@fontsource/noto-sans-sc/400.css');
	const text = readFileSync(css, 'utf8');
	/** @type {Slice[]} */
	const slices = [];
	for (const [, body] of text.matchAll(/@font-face\s*{([^}]*)}/g)) {
		const url = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body ?? '')?.[1];
		const range = /unicode-range:([^;]*);/.exec(body ?? '')?.[1];
		if (!url || !range) continue;
		/** @type {[number, number][]} */
		const ranges = range.split(',').map((part) => {
			const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(from, 16), parseInt(to ?? from, 16)];
		});
		if (ranges.some(([, to]) => to >= CJK_START)) slices.push({ file: join(dirname(css), 'files', url), ranges });
	}
	return slices;
}

/** @param {string} text @param {Set<number>} into */
function collectCjk(text, into) {
	for (const char of text) {
		const code = /** @type {number} */ (char.codePointAt(0));
		if (code >= CJK_START) into.add(code);
	}
	return into;
}

/** `U+4e00-4e01,U+4e09`: sorted code points as the fewest ranges. @param {number[]} codes */
function unicodeRange(codes) {
	const sorted = [...codes].sort((a, b) => a - b);
	const parts = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === /** @type {number} */ (sorted[j]) + 1) j++;
		const from = /** @type {number} */ (sorted[i]).toString(16);
		const to = /** @type {number} */ (sorted[j]).toString(16);
		parts.push(from === to ? `U+${from}` : `U+${from}-${to}`);
		i = j + 1;
	}
	return parts.join(',');
}

/** @param {string} dir @returns {string[]} every HTML file under dir */
function htmlFiles(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Adds the faces and the detection to every Chinese page in `outDir` (the print books excepted: they
 * declare the whole family for paper) and copies the slices they name into `_astro/`.
 * @param {string} outDir
 * @param {string} base the site's base path, ending in `/`
 */
export function addCjkWebFonts(outDir, base) {
	const slices = packageSlices();
	// Text the widgets write at run time (the lab's story, the validator's explanations, the quiz's
	// feedback) is in their code, not in the page.
	const widgetText = new Set();
	const assets = join(outDir, '_astro');
	for (const name of readdirSync(assets)) if (name.endsWith('.js')) collectCjk(readFileSync(join(assets, name), 'utf8'), widgetText);
	/** @type {Map<Slice, string>} slice → its URL, for the slices some page names */
	const copied = new Map();
	const urlOf = (/** @type {Slice} */ slice) => {
		let url = copied.get(slice);
		if (!url) {
			const bytes = readFileSync(slice.file);
			const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
			// The `noto-sans-sc-` prefix puts them in the worker's font cache, cached when first used.
			const name = `noto-sans-sc-web-${slices.indexOf(slice)}.${hash}.woff2`;
			mkdirSync(assets, { recursive: true });
			copyFileSync(slice.file, join(assets, name));
			url = `${base}_astro/${name}`;
			copied.set(slice, url);
		}
		return url;
	};
	let pages = 0;
	for (const file of htmlFiles(outDir)) {
		const html = readFileSync(file, 'utf8');
		if (!/<html[^>]*\slang="zh/i.test(html) || html.includes('data-kc-book') || html.includes(CJK_SCRIPT_ATTRIBUTE)) continue;
		const page = collectCjk(html, new Set());
		const codes = new Set([...page, ...widgetText]);
		/** @type {[string, string, 0 | 1][]} */
		const faces = [];
		for (const slice of slices) {
			const inSlice = (/** @type {number} */ code) => slice.ranges.some(([from, to]) => code >= from && code <= to);
			const mine = [...codes].filter(inSlice);
			if (mine.length > 0) faces.push([urlOf(slice), unicodeRange(mine), [...page].some(inSlice) ? 1 : 0]);
		}
		writeFileSync(file, html.replace('</head>', `<script ${CJK_SCRIPT_ATTRIBUTE}>${headScript(faces)}</script></head>`));
		pages++;
	}
	return { pages, slices: copied.size };
}
