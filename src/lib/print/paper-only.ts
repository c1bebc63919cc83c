// The print book is one page holding every lesson. What a lesson hides on paper (`data-print="hidden"`,
// `.kc-print-hidden`: widget controls, live views) is dropped from it outright, and Starlight's asides
// stop being landmarks there: thirteen lessons' "Note" and "Tip" asides in one page would otherwise be
// many landmarks with the same name (axe: landmark-unique), which helps no one reading a book.
import { detach, elements, hasClass, type Node } from './html-tree.ts';

export function keepPaperOnly(root: Node): void {
	for (const el of elements(root)) {
		if (el.attributes['data-print'] === 'hidden' || hasClass(el, 'kc-print-hidden')) {
			detach(el);
		} else if (el.name === 'aside' && hasClass(el, 'starlight-aside')) {
			el.attributes.role = 'note';
		}
	}
}
