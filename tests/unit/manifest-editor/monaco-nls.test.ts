// The Chinese table of Monaco's own UI text is exactly what the generator derives from the installed
// monaco-editor, and holds the text a learner meets in the editor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, editorMessages, monacoMessagesTable, render } from '../../../src/cli/generate-monaco-nls.ts';

describe('Monaco’s Chinese UI text', () => {
	// One walk of Monaco's modules (about a second) for every test.
	const used = editorMessages();
	const table = monacoMessagesTable('zh-cn', used);

	it('is up to date with monaco-editor (run `npm run generate:monaco-nls` after an upgrade)', () => {
		expect(readFileSync(OUTPUT, 'utf8')).toBe(render(table));
	}, 30_000);

	it('translates the find widget, the marker hover and the screen-reader text', () => {
		expect(table).toMatchObject({ 'Find': '查找', 'No results': '无结果', 'Editor content': '编辑器内容', 'Toggle Tab Key Moves Focus': '切换 Tab 键移动焦点' });
	});

	it('keeps only messages the editor’s modules use, never settings or colour descriptions', () => {
		expect(Object.keys(table).every((m) => used.has(m))).toBe(true);
		expect(used.has('Find')).toBe(true);
		// An editor option's description and a theme colour's description (settings UI only).
		expect(used.has('Controls the font size in pixels.')).toBe(false);
		expect(used.has('Editor background color.')).toBe(false);
	});
});
