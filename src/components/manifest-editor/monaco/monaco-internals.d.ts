// Types for the few Monaco internals widget-stubs.ts builds on; Monaco 0.52.2 ships none for them.
declare module 'monaco-editor/esm/vs/base/browser/fastDomNode.js' {
	export interface FastDomNode<T extends HTMLElement> {
		readonly domNode: T;
	}
	export function createFastDomNode<T extends HTMLElement>(domNode: T): FastDomNode<T>;
}

declare module 'monaco-editor/esm/vs/editor/browser/view/viewPart.js' {
	/** A part of an editor's view; Monaco's View constructs, renders and disposes each. */
	export abstract class ViewPart {
		constructor(context: unknown);
		shouldRender(): boolean;
		dispose(): void;
	}
}
