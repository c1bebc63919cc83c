// Every lesson's shape (issue 7, "Every lesson has" and "Languages"): each English lesson has a 简体中文
// twin with the same sections (heading ids and levels, in order), the same components, diagrams and code
// blocks in the same order; and every lesson opens with goals and the time it takes, and ends with a quiz,
// a summary, commands for a real cluster and links to the upstream docs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS, parseBlocks, readLessons } from './lesson-blocks.ts';

const REQUIRED = ['goals', 'quiz', 'summary', 'try-it', 'further-reading'];
const TIME = { en: /^\*\*Time:\*\* about \d+ minutes\.$/m, zh: /^\*\*用时：\*\* 约 \d+ 分钟。$/m };

/** Lines outside fenced code blocks (a `# comment` in a block is not a heading): parseBlocks finds the blocks. */
function prose(text: string): string[] {
	// A block spans its opening fence (`line`, 1-based), its body and its closing fence.
	const code = new Set(parseBlocks(text).flatMap((b) => Array.from({ length: b.body.split('\n').length + 1 }, (_, k) => b.line + k)));
	return text.split('\n').filter((_, i) => !code.has(i + 1));
}

/** What both languages must share: sections, components, diagrams and code blocks, in order. */
function outline(text: string) {
	const lines = prose(text);
	return {
		headings: lines.flatMap((l) => {
			const m = /^(#{2,4}) .*\{#([a-z0-9-]+)\}\s*$/.exec(l);
			return m ? [`${m[1]!.length}#${m[2]}`] : [];
		}),
		unanchored: lines.filter((l) => /^#{2,4} /.test(l) && !/\{#[a-z0-9-]+\}\s*$/.test(l)),
		components: lines.flatMap((l) => [...l.matchAll(/<([A-Z][A-Za-z]*|figure|img|table|details)\b/g)].map((m) => m[1])),
		// A diagram is imported from diagrams/<locale>/: the same file name in both languages.
		diagrams: lines.flatMap((l) => /^import \w+ from '[./]+diagrams\/(?:en|zh-cn)\/([\w-]+\.svg)';$/.exec(l)?.slice(1) ?? []),
		blocks: parseBlocks(text).map((b) => `${b.lang} ${b.meta.join(' ')} ${b.title ?? ''}`.trim()),
	};
}

const english = readLessons().filter((l) => l.path.startsWith('lessons/'));
const read = (path: string) => readFileSync(join(DOCS, path), 'utf8');

describe('lesson structure', () => {
	it('finds all twenty-one lessons', () => {
		expect(english.length).toBe(21);
	});

	describe.each(english.map((l) => [l.path] as const))('%s', (path) => {
		const en = read(path);
		const zhPath = `zh-cn/${path}`;

		it('has a 简体中文 twin with the same sections, components, diagrams and code blocks', () => {
			const zh = read(zhPath);
			expect(outline(zh)).toEqual(outline(en));
		});

		it('has every heading anchored, the required sections, and its time in both languages', () => {
			const { headings, unanchored } = outline(en);
			expect(unanchored).toEqual([]);
			for (const id of REQUIRED) expect(headings, id).toContain(`2#${id}`);
			expect(headings[0]).toBe('2#goals');
			expect(en).toMatch(TIME.en);
			expect(read(zhPath)).toMatch(TIME.zh);
		});
	});
});
