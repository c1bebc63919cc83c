// Turns one lesson's rendered HTML into its chapter of the print book: ids made unique in the book,
// tabs laid out one after another, code longer than a page allowed to break, links rewritten for paper and PDF, quiz answers moved out to the answer key, and the sections listed
// for the table of contents. Pure string-in, string-out, so Astro's build and the unit tests run it alike.
import { parse, renderSync } from 'ultrahtml';
import { detach, elements, hasClass, type Node } from './html-tree.ts';
import { prefixIds } from './ids.ts';
import { markLongCode } from './long-code.ts';
import { closeCjkGaps } from './cjk-spacing.ts';
import { keepPaperOnly } from './paper-only.ts';
import { rewriteLinks, type LinkContext } from './links.ts';
import { expandTabs } from './tabs.ts';
import { extractAnswers, type AnswerKind, type WorksheetOptions } from './worksheets.ts';

export interface PrintedSection {
	/** The section heading's id in the book: `probes--goals`. */
	id: string;
	/** The heading's inner HTML (it may hold `<code>`). */
	titleHtml: string;
}

export interface PrintedAnswer {
	kind: AnswerKind;
	number: number;
	html: string;
}

export interface PrintedLesson {
	html: string;
	/** The lesson's `<h2>` sections in order. */
	sections: PrintedSection[];
	answers: PrintedAnswer[];
}

export interface PrintLessonOptions extends LinkContext, WorksheetOptions {
	/** The lesson's slug, which prefixes its ids and the answer key's: `probes`. */
	slug: string;
}

const render = (nodes: Node[]) => nodes.map((node) => renderSync(node)).join('');

export function printLesson(html: string, options: PrintLessonOptions): PrintedLesson {
	const root = parse(html) as Node;
	// Starlight's heading anchor links ("Section titled …" for screen readers) mean nothing on paper and
	// would put that hidden text into the PDF's text layer.
	for (const el of elements(root)) if (hasClass(el, 'sl-anchor-link')) detach(el);
	keepPaperOnly(root);
	closeCjkGaps(root);
	prefixIds(root, options.slug);
	expandTabs(root);
	markLongCode(root);
	rewriteLinks(root, options);
	const answers = extractAnswers(root, options).map(({ kind, number, nodes }) => ({ kind, number, html: render(nodes).trim() }));
	const sections = elements(root)
		.filter((el) => el.name === 'h2' && el.attributes.id)
		.map((h2) => ({ id: h2.attributes.id ?? '', titleHtml: render(h2.children).trim() }));
	return { html: renderSync(root), sections, answers };
}
