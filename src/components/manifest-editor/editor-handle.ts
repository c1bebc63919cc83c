// What the widget needs from a code editor, in plain data: the Monaco implementation lives in
// ./monaco/ and nothing outside that folder imports Monaco. Tests read markers through `markers()`.
import type { Diagnostic, Lang, SourceRange } from '../../lib/validate/index.ts';
import type { FieldDocLabels } from './field-markdown.ts';
import type { Completions, FieldDoc } from './worker-protocol.ts';

export interface MarkerInfo extends SourceRange {
	severity: Diagnostic['severity'];
	code: string;
	message: string;
}

export interface EditorHandle {
	getValue(): string;
	/** Replaces the whole text as one undoable edit. */
	replaceAll(text: string): void;
	onDidChange(listener: (text: string) => void): void;
	setDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang): void;
	markers(): MarkerInfo[];
	/** Selects a range, scrolls it into view and focuses the editor. */
	reveal(range: SourceRange): void;
	focus(): void;
	setDark(dark: boolean): void;
	/** Whether Tab leaves the editor (true) or indents (false); shared by every editor on the page. */
	tabMovesFocus(): boolean;
	setTabMovesFocus(on: boolean): void;
	onTabMovesFocusChange(listener: (on: boolean) => void): void;
	dispose(): void;
}

export interface CreateEditorOptions {
	host: HTMLElement;
	value: string;
	/** The editor's `name` from the lesson: the model's URI, unique on the page. */
	name: string;
	/** Accessible name of the text area. */
	ariaLabel: string;
	dark: boolean;
	/** CSS font-family of the static copy, so the swap does not move a glyph. */
	fontFamily: string;
	/** Shift+Alt+F and the Format button both use this (the validator's YAML library). */
	format: (text: string) => Promise<string | undefined>;
	/** Hover documentation of the field at an offset (the validator's worker). */
	hover: (text: string, offset: number) => Promise<FieldDoc | undefined>;
	/** The keys or values that fit at an offset (the validator's worker). */
	complete: (text: string, offset: number) => Promise<Completions>;
	/** The words around field docs, in the page's language. */
	fieldDocLabels: FieldDocLabels;
}

export type CreateEditor = (options: CreateEditorOptions) => EditorHandle;
