// Tabs (Starlight's <Tabs>) show one panel at a time; paper shows them all. Each panel prints under its
// tab's label and the tab list goes, so no link points at a panel hidden from the PDF.
import { detach, element, elements, isElement, hasClass, text, textOf, type Node } from './html-tree.ts';

export function expandTabs(root: Node): void {
	const all = elements(root);
	const byId = new Map(all.filter((el) => el.attributes.id).map((el) => [el.attributes.id, el]));
	for (const list of all.filter((el) => el.attributes.role === 'tablist')) {
		for (const tab of elements(list).filter((el) => el.attributes.role === 'tab')) {
			const panel = byId.get((tab.attributes.href ?? '').replace(/^#/, ''));
			const siblings = isElement(panel?.parent) ? panel.parent.children : undefined;
			if (!panel || !siblings) continue;
			for (const name of ['hidden', 'role', 'aria-labelledby', 'tabindex']) delete panel.attributes[name];
			const label = element('p', { class: 'kc-tab-label' }, [element('strong', {}, [text(textOf(tab).trim())])]);
			label.parent = panel.parent;
			siblings.splice(siblings.indexOf(panel), 0, label);
		}
		detach(isElement(list.parent) && hasClass(list.parent, 'tablist-wrapper') ? list.parent : list);
	}
	// Without its tab list, Starlight's <starlight-tabs> element would fail when its script upgrades it:
	// in the book it is a plain container.
	for (const el of all) if (el.name === 'starlight-tabs') el.name = 'div';
}
