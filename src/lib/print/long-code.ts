// Code blocks too long for one page. The print styles keep a code block whole (`break-inside: avoid`), which
// for a block taller than a page leaves the rest of its page and most of the next one empty (a playground's
// scenario, 60 lines, did). Blocks longer than a page's worth of lines are marked so they may break.
import { elements, hasClass, type Node } from './html-tree.ts';

/** Code lines an A4 page of the book holds, with the block's title bar and some text above it. */
export const PAGE_OF_CODE_LINES = 36;

/** Adds `kc-print-long` to every Expressive Code block with more lines than fit on a page. */
export function markLongCode(root: Node): void {
	for (const block of elements(root)) {
		if (!hasClass(block, 'expressive-code')) continue;
		const lines = elements(block).filter((el) => hasClass(el, 'ec-line')).length;
		if (lines > PAGE_OF_CODE_LINES) block.attributes.class = `${block.attributes.class ?? ''} kc-print-long`.trim();
	}
}
