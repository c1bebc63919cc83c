// Minimal keyed DOM updating for the cluster view: the view is rendered to HTML strings (the same ones
// the build uses), and only elements whose string changed are patched in place. Patching in place
// (not replacing) keeps keyboard focus on a Pod while its status changes under it.

const template = document.createElement('template');

export function parse(html: string): Element {
	template.innerHTML = html;
	const el = template.content.firstElementChild;
	if (!el) throw new Error('empty fragment');
	return el;
}

/** Attributes the widget manages itself, never overwritten from the rendered HTML. */
const OWN = new Set(['aria-pressed']);

/** Makes `el` look like `fresh`, reusing elements where the structure matches. */
export function morph(el: Element, fresh: Element): void {
	for (const a of [...el.attributes]) if (!OWN.has(a.name) && !fresh.hasAttribute(a.name)) el.removeAttribute(a.name);
	for (const a of [...fresh.attributes]) if (!OWN.has(a.name) && el.getAttribute(a.name) !== a.value) el.setAttribute(a.name, a.value);
	// A keyed list's items are synced by syncKeyed, not here.
	if (el.hasAttribute('data-keyed')) return;
	const mine = el.childNodes;
	const theirs = fresh.childNodes;
	const same =
		mine.length === theirs.length &&
		[...mine].every((n, i) => n.nodeType === theirs[i]!.nodeType && (n.nodeType !== 1 || (n as Element).tagName === (theirs[i] as Element).tagName));
	if (!same) {
		el.replaceChildren(...[...theirs].map((n) => n.cloneNode(true)));
		return;
	}
	mine.forEach((n, i) => {
		const other = theirs[i]!;
		if (n.nodeType === 1) morph(n as Element, other as Element);
		else if (n.textContent !== other.textContent) n.textContent = other.textContent;
	});
}

export interface KeyedItem {
	key: string;
	html: string;
}

const rendered = new WeakMap<Element, string>();

/** Makes `list`'s children the items, in order, keyed by `data-key`; unchanged items are not touched. */
export function syncKeyed(list: Element, items: readonly KeyedItem[], adopt?: (key: string) => Element | undefined): void {
	const existing = new Map<string, Element>();
	for (const child of [...list.children]) existing.set((child as HTMLElement).dataset['key'] ?? '', child);
	let previous: Element | null = null;
	for (const item of items) {
		let el = existing.get(item.key) ?? adopt?.(item.key);
		existing.delete(item.key);
		if (!el) {
			el = parse(item.html);
		} else if (rendered.get(el) !== item.html) {
			morph(el, parse(item.html));
		}
		rendered.set(el, item.html);
		const want: Element | null = previous ? previous.nextElementSibling : list.firstElementChild;
		if (want !== el) list.insertBefore(el, want);
		previous = el;
	}
	for (const el of existing.values()) el.remove();
}
