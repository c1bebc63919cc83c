// Spaces that Chinese text must not have on paper. Lessons are written with line breaks inside paragraphs,
// and HTML turns each into a space; CSS says a line break next to a wide (East Asian) character is removed,
// but Chromium keeps it, so the book printed about 350 stray spaces in Chinese ("工作；\n替换" → "工作； 替换").
// Full-width punctuation carries its own space, so spaces around it go too ("**D。** 重启" → "D。重启").
// Text in code (`<pre>`, `<code>`) and in SVG is left as it is.
import { TEXT_NODE } from 'ultrahtml';
import { isElement, type Node } from './html-tree.ts';

/** Han, kana, CJK symbols and punctuation, full-width forms. */
const WIDE = /[\p{Script=Han}\u2e80-\u2fff\u3000-\u30ff\uff00-\uffef]/u;
/** Full-width punctuation: CJK symbols and punctuation, and the full-width forms of ASCII punctuation. */
const PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
const SKIP = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'svg', 'textarea']);
/** Elements that start a new line: spaces never join text across them. */
const BLOCK = new Set([
	'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
	'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section',
	'summary', 'table', 'td', 'th', 'tr', 'ul', 'br',
]);

/** Whether the whitespace between `before` and `after` (either may be missing) is stray. */
function isStray(space: string, before: string | undefined, after: string | undefined): boolean {
	if ((before && PUNCT.test(before)) || (after && PUNCT.test(after))) return true;
	return space.includes('\n') && ((before !== undefined && WIDE.test(before)) || (after !== undefined && WIDE.test(after)));
}

type Text = Node & { value: string };

/** The text nodes below `root` in order, split into runs that share a line (a block, and no code between). */
function textRuns(root: Node): Text[][] {
	const runs: Text[][] = [[]];
	const visit = (node: Node) => {
		if (node.type === TEXT_NODE) {
			runs.at(-1)?.push(node as Text);
			return;
		}
		if (!('children' in node) || !Array.isArray(node.children)) return;
		const name = isElement(node) ? node.name : '';
		const breaks = BLOCK.has(name) || SKIP.has(name);
		if (breaks) runs.push([]);
		if (!SKIP.has(name)) for (const child of node.children as Node[]) visit(child);
		if (breaks) runs.push([]);
	};
	visit(root);
	return runs.filter((run) => run.length > 0);
}

/** Removes stray spaces in Chinese text below `root`; returns how many whitespace runs it removed. */
export function closeCjkGaps(root: Node): number {
	let removed = 0;
	for (const run of textRuns(root)) {
		const whole = run.map((t) => t.value).join('');
		if (!WIDE.test(whole)) continue;
		// Decide on the joined text, then cut it back into the nodes at their old boundaries.
		const keep: boolean[] = [...whole].map(() => true);
		const chars = [...whole];
		for (let i = 0; i < chars.length; ) {
			if (!/\s/.test(chars[i] ?? '')) {
				i++;
				continue;
			}
			let end = i;
			while (end < chars.length && /\s/.test(chars[end] ?? '')) end++;
			if (isStray(chars.slice(i, end).join(''), chars[i - 1], chars[end])) {
				for (let k = i; k < end; k++) keep[k] = false;
				removed++;
			}
			i = end;
		}
		let at = 0;
		for (const node of run) {
			const length = [...node.value].length;
			node.value = chars
				.slice(at, at + length)
				.filter((_, k) => keep[at + k])
				.join('');
			at += length;
		}
	}
	return removed;
}
