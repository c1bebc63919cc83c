// Links in a printed lesson: a link to another lesson in the book becomes a jump inside the book (and so a
// link inside the PDF); a link to any other page of the site becomes the site's full address, which works
// from paper and from a PDF opened offline later; links to other sites stay as they are.
import { bookId } from './ids.ts';
import { pageRef } from './book-layout.ts';
import { element, elements, text, textOf, type ElementNode, type Node } from './html-tree.ts';

/** Attribute that keeps a book-internal link's address on the site, for handouts that leave the target out. */
export const WEB_HREF_ATTRIBUTE = 'data-kc-web-href';

export interface LinkContext {
	/** The lesson's own address on the site, with the base path: `/zh-cn/lessons/probes/`. */
	pagePath: string;
	/** Every lesson in the book: its address on the site (with the base path) → its slug. */
	lessonsByPath: ReadonlyMap<string, string>;
	/** The site's origin, for addresses outside the book: `https://example.org`. */
	siteOrigin: string;
	/** When set, a link to another lesson is followed by its page (`pageRef`): " (page {n})". */
	pageFormat?: string | undefined;
}

/** A stand-in origin that no real link can have, to tell site-relative links from other sites. */
const LOCAL = 'https://kube-classroom.invalid';

/**
 * Rewrites `<a href>` below `root`. Fragment links to ids the lesson defines are already handled by
 * `prefixIds`; this handles links that leave the lesson.
 */
export function rewriteLinks(root: Node, ctx: LinkContext): void {
	for (const el of elements(root)) {
		const href = el.name === 'a' ? el.attributes.href : undefined;
		if (!href || href.startsWith('#')) continue;
		let url: URL;
		try {
			url = new URL(href, LOCAL + ctx.pagePath);
		} catch {
			continue;
		}
		if (url.origin !== LOCAL) {
			printAddress(el, href);
			continue;
		}
		const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
		const web = new URL(path + url.search + url.hash, ctx.siteOrigin).href;
		const lesson = ctx.lessonsByPath.get(path);
		if (lesson) {
			const fragment = decodeURIComponent(url.hash.slice(1));
			const target = fragment ? bookId(lesson, fragment) : lesson;
			el.attributes.href = `#${target}`;
			el.attributes[WEB_HREF_ATTRIBUTE] = web;
			if (ctx.pageFormat) insertAfter(el, pageRef(target, ctx.pageFormat));
		} else {
			el.attributes.href = web;
		}
	}
}

/** Puts `node` right after `el` among its parent's children. */
function insertAfter(el: ElementNode, node: ElementNode): void {
	const siblings = (el.parent as ElementNode | undefined)?.children;
	if (!siblings) return;
	node.parent = el.parent;
	siblings.splice(siblings.indexOf(el) + 1, 0, node);
}

/** A link to another site prints its address after it ("Probes (https://kubernetes.io/…)"), unless it shows it already. */
function printAddress(el: ElementNode, href: string): void {
	if (!/^https?:\/\//.test(href)) return;
	const bare = (address: string) => address.trim().replace(/^https?:\/\//, '').replace(/\/$/, '');
	if (bare(textOf(el)) === bare(href)) return;
	insertAfter(el, element('span', { class: 'kc-url' }, [text(` (${href})`)]));
}
