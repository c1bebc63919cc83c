// Small helpers over ultrahtml's tree, so the print transforms read as what they do rather than as tree
// walking. ultrahtml keeps attribute values exactly as written (entities and all) and renders them back
// unchanged, which is what a transform that only renames ids and links needs.
import { ELEMENT_NODE, TEXT_NODE, walkSync, type ElementNode, type Node } from 'ultrahtml';

export type { ElementNode, Node };

export function isElement(node: Node | undefined, name?: string): node is ElementNode {
	return node?.type === ELEMENT_NODE && (name === undefined || node.name === name);
}

/** Every element below `root`, in document order. */
export function elements(root: Node): ElementNode[] {
	const found: ElementNode[] = [];
	walkSync(root, (node) => {
		if (isElement(node)) found.push(node);
	});
	return found;
}

export function hasClass(node: ElementNode, name: string): boolean {
	return (node.attributes.class ?? '').split(/\s+/).includes(name);
}

/** The text of a node with entities left as written (good enough for labels like "Answer" or "答案"). */
export function textOf(node: Node): string {
	if (node.type === TEXT_NODE) return String(node.value);
	if ('children' in node && Array.isArray(node.children)) return node.children.map((c: Node) => textOf(c)).join('');
	return '';
}

export function elementChildren(node: ElementNode): ElementNode[] {
	return node.children.filter((c): c is ElementNode => isElement(c));
}

/** Removes `node` from its parent's children. */
export function detach(node: Node): void {
	const siblings = (node.parent as ElementNode | undefined)?.children;
	const at = siblings?.indexOf(node) ?? -1;
	if (siblings && at >= 0) siblings.splice(at, 1);
}

/** Puts `replacement` where `node` was. */
export function replaceWith(node: Node, replacement: Node): void {
	const siblings = (node.parent as ElementNode | undefined)?.children;
	const at = siblings?.indexOf(node) ?? -1;
	if (!siblings || at < 0) return;
	replacement.parent = node.parent;
	siblings.splice(at, 1, replacement);
}

/** A new element; `children` are adopted. */
export function element(name: string, attributes: Record<string, string>, children: Node[] = []): ElementNode {
	const node = { type: ELEMENT_NODE, name, attributes, children, parent: undefined } as unknown as ElementNode;
	for (const child of children) child.parent = node;
	return node;
}

export function text(value: string): Node {
	return { type: TEXT_NODE, value } as unknown as Node;
}
