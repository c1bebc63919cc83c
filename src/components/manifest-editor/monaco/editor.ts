// The Monaco editor behind EditorHandle: only the contributions the widget uses (hover, suggest,
// format, find, go-to-problem, comments, bracket matching, line operations) and the YAML tokenizer.
// Completion and hover come from the validator's worker (its schema and the upstream field docs that
// `kubectl explain` prints), the same worker that checks the manifest: no YAML language server loads.
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import 'monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/esm/vs/editor/contrib/format/browser/formatActions.js';
import 'monaco-editor/esm/vs/editor/contrib/find/browser/findController.js';
import 'monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError.js';
import 'monaco-editor/esm/vs/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/esm/vs/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations.js';
import 'monaco-editor/esm/vs/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js';
import { conf as yamlConf, language as yamlTokens } from 'monaco-editor/esm/vs/basic-languages/yaml/yaml.js';
import type { Diagnostic, Lang } from '../../../lib/validate/index.ts';
import type { CreateEditorOptions, EditorHandle, MarkerInfo } from '../editor-handle.ts';
import { fieldMarkdown } from '../field-markdown.ts';
import { flushStyles } from './add-style.ts';
import { defineThemes, themeName } from './themes.ts';
import './environment.ts';

const OWNER = 'kube-classroom';
const SEVERITY = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
const SEVERITY_NAME = new Map<monaco.MarkerSeverity, MarkerInfo['severity']>([
	[monaco.MarkerSeverity.Error, 'error'],
	[monaco.MarkerSeverity.Warning, 'warning'],
	[monaco.MarkerSeverity.Info, 'info'],
	[monaco.MarkerSeverity.Hint, 'info'],
]);

/** Each model's format, hover and completion service (its element's validator worker), by URI. */
type Services = Pick<CreateEditorOptions, 'format' | 'hover' | 'complete' | 'fieldDocLabels'>;
const services = new Map<string, Services>();

// Once per page: themes, the YAML tokenizer, and the providers that serve every editor.
defineThemes(monaco);
// The YAML tokenizer is in this chunk: yaml.contribution.js would fetch it only once the first model
// exists, one more request between the click and the first keystroke.
monaco.languages.register({ id: 'yaml', extensions: ['.yaml', '.yml'], aliases: ['YAML', 'yaml'], mimetypes: ['application/x-yaml', 'text/x-yaml'] });
monaco.languages.setLanguageConfiguration('yaml', yamlConf);
monaco.languages.setMonarchTokensProvider('yaml', yamlTokens);
monaco.languages.registerDocumentFormattingEditProvider('yaml', {
	async provideDocumentFormattingEdits(model) {
		const formatted = await services.get(model.uri.toString())?.format(model.getValue());
		return formatted === undefined ? [] : [{ range: model.getFullModelRange(), text: formatted }];
	},
});
monaco.languages.registerHoverProvider('yaml', {
	async provideHover(model, position) {
		const word = model.getWordAtPosition(position);
		const service = services.get(model.uri.toString());
		if (!word || !service) return undefined;
		const doc = await service.hover(model.getValue(), model.getOffsetAt(position));
		if (!doc || model.isDisposed()) return undefined;
		return {
			range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
			contents: [{ value: fieldMarkdown(doc, service.fieldDocLabels) }],
		};
	},
});
monaco.languages.registerCompletionItemProvider('yaml', {
	// After `kind: ` and the like, the values are offered without Ctrl+Space.
	triggerCharacters: [' '],
	async provideCompletionItems(model, position) {
		const service = services.get(model.uri.toString());
		if (!service) return { suggestions: [] };
		const { start, items } = await service.complete(model.getValue(), model.getOffsetAt(position));
		if (model.isDisposed()) return { suggestions: [] };
		const from = model.getPositionAt(start);
		const range = new monaco.Range(from.lineNumber, from.column, position.lineNumber, position.column);
		return {
			suggestions: items.map((item) => ({
				label: item.label,
				kind: item.kind === 'field' ? monaco.languages.CompletionItemKind.Property : monaco.languages.CompletionItemKind.EnumMember,
				...(item.doc ? { detail: `<${item.doc.type}>`, documentation: { value: fieldMarkdown(item.doc, service.fieldDocLabels) } } : {}),
				insertText: item.insert,
				insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
				range,
			})),
		};
	},
});

// Tab trapping is one setting for the page in Monaco (its TabFocus), as in VS Code. Ctrl+M (the standard
// shortcut) and the widget's switch both run Monaco's own toggle action, which also tells screen
// readers what Tab now does; `tabMovesFocus` mirrors it for the switch.
let tabMovesFocus = false;
const tabListeners = new Set<(on: boolean) => void>();
const editors = new Set<monaco.editor.IStandaloneCodeEditor>();
function setTabMovesFocus(on: boolean) {
	const editor = editors.values().next().value;
	if (on === tabMovesFocus || !editor) return;
	editor.trigger('kube-classroom', 'editor.action.toggleTabFocusMode', null);
	tabMovesFocus = on;
	for (const listener of tabListeners) listener(on);
}
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
// On macOS Cmd+M minimises the window, so Ctrl+M there is WinCtrl in Monaco's terms.
const TOGGLE_TAB_KEY = (isMac ? monaco.KeyMod.WinCtrl : monaco.KeyMod.CtrlCmd) | monaco.KeyCode.KeyM;

export function createEditor(options: CreateEditorOptions): EditorHandle {
	const uri = monaco.Uri.parse(`file:///kube-classroom/${encodeURIComponent(options.name)}.yaml`);
	monaco.editor.getModel(uri)?.dispose();
	const model = monaco.editor.createModel(options.value, 'yaml', uri);
	model.updateOptions({ tabSize: 2, insertSpaces: true });
	services.set(uri.toString(), options);
	flushStyles();
	const editor = monaco.editor.create(options.host, {
		model,
		theme: themeName(options.dark),
		ariaLabel: options.ariaLabel,
		automaticLayout: true,
		fixedOverflowWidgets: true,
		fontFamily: options.fontFamily,
		fontSize: 14,
		lineHeight: 20,
		padding: { top: 8, bottom: 8 },
		minimap: { enabled: false },
		scrollBeyondLastLine: false,
		folding: false,
		glyphMargin: false,
		lineNumbersMinChars: 3,
		lineDecorationsWidth: 8,
		renderLineHighlightOnlyWhenFocus: true,
		wordBasedSuggestions: 'off',
		detectIndentation: false,
		tabSize: 2,
		quickSuggestions: { other: true, comments: false, strings: true },
		overviewRulerLanes: 0,
		overviewRulerBorder: false,
		hideCursorInOverviewRuler: true,
		scrollbar: { alwaysConsumeMouseWheel: false, verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
	});
	editors.add(editor);
	editor.addCommand(TOGGLE_TAB_KEY, () => setTabMovesFocus(!tabMovesFocus));
	const ownTabListeners = new Set<(on: boolean) => void>();

	return {
		getValue: () => model.getValue(),
		replaceAll(text) {
			editor.pushUndoStop();
			editor.executeEdits('kube-classroom', [{ range: model.getFullModelRange(), text }]);
			editor.pushUndoStop();
		},
		onDidChange(listener) {
			model.onDidChangeContent(() => listener(model.getValue()));
		},
		setDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang) {
			const markers = diagnostics.flatMap((d) =>
				d.range
					? [{
							severity: SEVERITY[d.severity],
							code: d.code,
							source: d.stage === 'advice' ? 'Kube Classroom' : 'kube-apiserver',
							message: `${d.message[lang]}\n${d.apiMessage}`,
							startLineNumber: d.range.line,
							startColumn: d.range.column,
							endLineNumber: d.range.endLine,
							endColumn: d.range.endColumn,
						}]
					: [],
			);
			monaco.editor.setModelMarkers(model, OWNER, markers);
		},
		markers: () =>
			monaco.editor.getModelMarkers({ resource: uri, owner: OWNER }).map((m) => ({
				severity: SEVERITY_NAME.get(m.severity) ?? 'info',
				code: typeof m.code === 'string' ? m.code : (m.code?.value ?? ''),
				message: m.message,
				line: m.startLineNumber,
				column: m.startColumn,
				endLine: m.endLineNumber,
				endColumn: m.endColumn,
			})),
		reveal(range) {
			const target = new monaco.Range(range.line, range.column, range.endLine, range.endColumn);
			editor.setSelection(target);
			editor.revealRangeInCenterIfOutsideViewport(target);
			editor.focus();
		},
		focus: () => editor.focus(),
		setDark: (dark) => monaco.editor.setTheme(themeName(dark)),
		tabMovesFocus: () => tabMovesFocus,
		setTabMovesFocus,
		onTabMovesFocusChange(listener) {
			ownTabListeners.add(listener);
			tabListeners.add(listener);
		},
		dispose() {
			for (const listener of ownTabListeners) tabListeners.delete(listener);
			editors.delete(editor);
			services.delete(uri.toString());
			editor.dispose();
			model.dispose();
		},
	};
}
