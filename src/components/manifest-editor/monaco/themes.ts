// Monaco themes with the colours of the static copy (Shiki's github-light-default / github-dark-default),
// so swapping the highlighted HTML for the editor changes nothing the eye notices. Line numbers are
// darker than GitHub's to keep WCAG AA contrast (axe checks the open editor).
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';

const LIGHT = { bg: '#ffffff', fg: '#1f2328', key: '116329', string: '0a3069', constant: '0550ae', comment: '6e7781', lineNumber: '#57606a' };
const DARK = { bg: '#0d1117', fg: '#e6edf3', key: '7ee787', string: 'a5d6ff', constant: '79c0ff', comment: '8b949e', lineNumber: '#8b949e' };

export const themeName = (dark: boolean) => (dark ? 'kube-classroom-dark' : 'kube-classroom-light');

function theme(base: 'vs' | 'vs-dark', c: typeof LIGHT): Monaco.editor.IStandaloneThemeData {
	return {
		base,
		inherit: true,
		rules: [
			{ token: 'type', foreground: c.key },
			{ token: 'string', foreground: c.string },
			{ token: 'number', foreground: c.constant },
			{ token: 'keyword', foreground: c.constant },
			{ token: 'comment', foreground: c.comment },
		],
		colors: {
			'editor.background': c.bg,
			'editor.foreground': c.fg,
			'editorLineNumber.foreground': c.lineNumber,
			'editorLineNumber.activeForeground': c.fg,
		},
	};
}

export function defineThemes(monaco: typeof Monaco): void {
	monaco.editor.defineTheme(themeName(false), theme('vs', LIGHT));
	monaco.editor.defineTheme(themeName(true), theme('vs-dark', DARK));
}
