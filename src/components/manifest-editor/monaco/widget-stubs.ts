// Stand-ins for Monaco widgets the editor never shows (see point 5 of vite-plugin.mjs, which rewrites
// the imports that would bring the real ones): the diff editor and the multi-file diff editor, which
// only `monaco.editor.createDiffEditor` and `createMultiFileDiffEditor` construct (never called here),
// and the minimap, which every editor view constructs even when `minimap.enabled` is false (as here) and
// then lays out at zero width. Together ~300 KB of minified code, ~65 KB gzip.
// The shapes mirror monaco-editor 0.52.2 (browser/view.js, standalone/browser/standaloneCodeEditor.js and
// standaloneEditor.js); the plugin fails the build when those imports change.
import { createFastDomNode } from 'monaco-editor/esm/vs/base/browser/fastDomNode.js';
import { ViewPart } from 'monaco-editor/esm/vs/editor/browser/view/viewPart.js';

const notBundled = (what: string) => new Error(`Kube Classroom's Monaco build leaves out the ${what} (monaco/widget-stubs.ts).`);

/** browser/widget/diffEditor/diffEditorWidget.js: StandaloneDiffEditor2 extends it; nothing constructs it. */
export class DiffEditorWidget {
	constructor() {
		throw notBundled('diff editor');
	}
}

/** browser/widget/multiDiffEditor/multiDiffEditorWidget.js */
export class MultiDiffEditorWidget {
	constructor() {
		throw notBundled('multi-file diff editor');
	}
}

/** browser/viewParts/minimap/minimap.js: a view part with an empty, hidden node that never renders. */
export class Minimap extends ViewPart {
	readonly #node = createFastDomNode(Object.assign(document.createElement('div'), { hidden: true }));

	getDomNode(): ReturnType<typeof createFastDomNode> {
		return this.#node;
	}

	prepareRender(): void {}

	render(): void {}
}

/**
 * platform/quickinput/browser/quickInputService.js: the per-editor quick input (command palette, quick
 * picks). StandaloneQuickInputService creates one only when something opens a quick input, and no
 * contribution of this editor does (its one caller, find's "Go to Match…", has no key and no menu here).
 */
export class QuickInputService {
	constructor() {
		throw notBundled('quick input');
	}
}

/**
 * base/browser/ui/tree/*: the tree widget (with its sticky scroll), which the list service's workbench
 * trees extend and only the quick input constructs. The enums are read only when such a tree is made.
 */
export const TreeFindMode = { Highlight: 0, Filter: 1 } as const;
export const TreeFindMatchType = { Fuzzy: 0, Contiguous: 1 } as const;
class TreeNotBundled {
	constructor() {
		throw notBundled('tree widget');
	}
}
export { TreeNotBundled as AsyncDataTree, TreeNotBundled as CompressibleAsyncDataTree, TreeNotBundled as DataTree, TreeNotBundled as CompressibleObjectTree, TreeNotBundled as ObjectTree };
