// Code blocks too long for one page. The print styles keep a code block whole (`break-inside: avoid`), which
// for a block taller than a page leaves the rest of its page and most of the next one empty (a playground's
// scenario, 60 lines, did). Blocks longer than PAGE_OF_CODE_LINES are marked so they may break.
import { elements, hasClass, type Node } from './html-tree.ts';

/**
 * Code blocks longer than this may break. A block of 34 lines, kept whole, still left most of a page empty
 * when it did not fit under the text before it (EN p. 134); the print styles keep at least three lines on
 * each side of a break.
 */
export const PAGE_OF_CODE_LINES = 20;

/** Adds `kc-print-long` to every Expressive Code block with more lines than fit on a page. */
export function markLongCode(root: Node): void {
	for (const block of elements(root)) {
		if (!hasClass(block, 'expressive-code')) continue;
		const lines = elements(block).filter((el) => hasClass(el, 'ec-line')).length;
		if (lines > PAGE_OF_CODE_LINES) block.attributes.class = `${block.attributes.class ?? ''} kc-print-long`.trim();
	}
}
