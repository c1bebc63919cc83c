// The plain-text mode: a native <textarea> behind the same EditorHandle as Monaco. Screen readers and
// braille displays handle it natively, Tab leaves it as everywhere else, and it needs no Monaco at all.
// Diagnostics are not drawn in the text; the problems list under it (same for both modes) carries them.
import type { SourceRange } from '../../lib/validate/index.ts';
import type { EditorHandle } from './editor-handle.ts';

/** 0-based offset of a 1-based line and column in `text`. */
export function offsetOf(text: string, line: number, column: number): number {
	let offset = 0;
	for (let l = 1; l < line; l++) {
		const next = text.indexOf('\n', offset);
		if (next === -1) return text.length;
		offset = next + 1;
	}
	return Math.min(offset + column - 1, text.length);
}

export function createTextarea(host: HTMLElement, value: string, label: string): EditorHandle {
	const textarea = document.createElement('textarea');
	Object.assign(textarea, { value, spellcheck: false, autocapitalize: 'off', autocomplete: 'off' });
	textarea.setAttribute('aria-label', label);
	textarea.setAttribute('wrap', 'off');
	host.replaceChildren(textarea);
	const listeners: ((text: string) => void)[] = [];
	textarea.addEventListener('input', () => listeners.forEach((l) => l(textarea.value)));
	return {
		getValue: () => textarea.value,
		replaceAll(text) {
			// Through the editing command where supported, so Ctrl+Z can undo a reset or a format.
			textarea.focus();
			textarea.select();
			if (!document.execCommand?.('insertText', false, text)) {
				textarea.value = text;
				textarea.dispatchEvent(new Event('input'));
			}
		},
		onDidChange: (listener) => void listeners.push(listener),
		setDiagnostics: () => {},
		markers: () => [],
		reveal(range: SourceRange) {
			const text = textarea.value;
			textarea.focus();
			textarea.setSelectionRange(offsetOf(text, range.line, range.column), offsetOf(text, range.endLine, range.endColumn));
		},
		focus: () => textarea.focus(),
		setDark: () => {},
		tabMovesFocus: () => true,
		setTabMovesFocus: () => {},
		onTabMovesFocusChange: () => {},
		dispose: () => textarea.remove(),
	};
}
