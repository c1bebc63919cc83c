// Stand-ins for the Monaco modules that hover imports for features this editor does not have (see
// vite-plugin.mjs): "peek definition" from a hover, quick fixes in a problem's hover, colour swatches and
// inlay hints. No provider for any of them is ever registered, so upstream code only ever meets the
// "nothing here" answers below: the hover's `instanceof` tests are false, the contribution lookups
// return null, and a problem's hover says there is no quick fix, as it did before. Saves ~40 KB gzip.
// The shapes mirror monaco-editor 0.52.2 (contrib/hover/browser/{hoverActions,markerHoverParticipant,
// contentHoverRendered}.js); a Monaco upgrade must recheck them.

/** contrib/gotoSymbol/browser/link/goToDefinitionAtPosition.js */
export class GotoDefinitionAtPositionEditorContribution {
	static get(): null {
		return null;
	}
}

/** contrib/codeAction/browser/codeAction.js */
export const quickFixCommandId = 'editor.action.quickFix';
export function getCodeActions(): Promise<{ validActions: []; allActions: []; documentation: []; hasAIFix: false; allAIFixes: false; dispose(): void }> {
	return Promise.resolve({ validActions: [], allActions: [], documentation: [], hasAIFix: false, allAIFixes: false, dispose() {} });
}

/** contrib/codeAction/browser/codeActionController.js */
export class CodeActionController {
	static get(): null {
		return null;
	}
}

/** contrib/colorPicker/browser/colorHoverParticipant.js */
export class ColorHoverParticipant {}

/** contrib/inlayHints/browser/inlayHintsHover.js */
export class InlayHintsHover {}
