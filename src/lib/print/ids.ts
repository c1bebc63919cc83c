// One print page holds every lesson, and lessons share heading ids (`#goals`, `#quiz`, `#summary`) and
// the ids inside their inline SVG diagrams (arrow markers). Each lesson's ids get the lesson's slug as a
// prefix, and every reference to them inside the lesson follows, so anchors, PDF destinations, markers and
// ARIA relations keep pointing at the right element.
import { TEXT_NODE } from 'ultrahtml';
import { elements, type Node } from './html-tree.ts';

/** Attributes that hold a space-separated list of ids (HTML and WAI-ARIA). */
const ID_LIST_ATTRIBUTES = [
	'aria-labelledby',
	'aria-describedby',
	'aria-controls',
	'aria-owns',
	'aria-flowto',
	'aria-details',
	'aria-errormessage',
	'aria-activedescendant',
	'for',
	'headers',
	'list',
	'form',
];

/** `#id` in `href` (HTML and SVG 2) and `xlink:href` (SVG 1.1). */
const FRAGMENT_ATTRIBUTES = ['href', 'xlink:href'];

/** The id an element gets in the book: `probes--goals`. */
export function bookId(lesson: string, id: string): string {
	return `${lesson}--${id}`;
}

/**
 * Prefixes every id below `root` with `lesson` and rewrites the references to them (`#id` links,
 * `url(#id)` in attributes and `<style>`, ARIA id lists). References to ids the lesson does not define
 * are left alone. Returns the original ids, for the link rewriter.
 */
export function prefixIds(root: Node, lesson: string): Set<string> {
	const all = elements(root);
	const defined = new Set<string>();
	for (const el of all) if (el.attributes.id) defined.add(el.attributes.id);
	const rename = (id: string) => (defined.has(id) ? bookId(lesson, id) : id);
	const renameUrls = (value: string) =>
		value.replace(/url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g, (whole, quote: string, id: string) =>
			defined.has(id) ? `url(${quote}#${rename(id)}${quote})` : whole,
		);

	for (const el of all) {
		const attrs = el.attributes;
		if (attrs.id) attrs.id = rename(attrs.id);
		for (const name of FRAGMENT_ATTRIBUTES) {
			const value = attrs[name];
			if (value?.startsWith('#') && defined.has(value.slice(1))) attrs[name] = `#${rename(value.slice(1))}`;
		}
		for (const name of ID_LIST_ATTRIBUTES) {
			const value = attrs[name];
			if (value) attrs[name] = value.split(/\s+/).map(rename).join(' ');
		}
		for (const [name, value] of Object.entries(attrs)) if (value.includes('url(')) attrs[name] = renameUrls(value);
		if (el.name === 'style') {
			for (const child of el.children) if (child.type === TEXT_NODE) child.value = renameUrls(String(child.value));
		}
	}
	return defined;
}

