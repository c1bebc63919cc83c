import { describe, expect, test } from 'vitest';
import { outputName, parsePdfArgs } from '../../../src/cli/pdf/args.ts';
import { pageRules } from '../../../src/lib/print/book-layout.ts';

describe('npm run pdf arguments', () => {
	test('both languages and the whole course by default', () => {
		expect(parsePdfArgs([])).toEqual({ langs: ['en', 'zh-cn'], lessons: [], edition: 'self-study', build: false, help: false });
	});

	test('an edition: student and teacher books get their own file names, the default keeps the linked one', () => {
		expect(parsePdfArgs(['--edition', 'Teacher']).edition).toBe('teacher');
		expect(outputName('en', [], 'student')).toBe('kube-classroom-en-student.pdf');
		expect(outputName('zh-cn', ['pods'], 'teacher')).toBe('kube-classroom-zh-cn-pods-teacher.pdf');
		expect(outputName('en', [], 'self-study')).toBe('kube-classroom-en.pdf');
		expect(outputName('en', [], 'worksheets')).toBe('kube-classroom-en-worksheets.pdf');
		expect(() => parsePdfArgs(['--edition', 'answers'])).toThrow('--edition must be one of self-study, student, teacher, worksheets, not "answers".');
	});

	test('a handout: one language, chosen lessons, duplicates dropped', () => {
		const options = parsePdfArgs(['--lang', 'zh-CN', '--lessons', 'probes, replication-controllers,probes']);
		expect(options.langs).toEqual(['zh-cn']);
		expect(options.lessons).toEqual(['probes', 'replication-controllers']);
		expect(outputName('zh-cn', options.lessons)).toBe('kube-classroom-zh-cn-probes-replication-controllers.pdf');
		expect(outputName('en', [])).toBe('kube-classroom-en.pdf');
	});

	test('wrong input is refused with a message that says what is allowed', () => {
		expect(() => parsePdfArgs(['--lang', 'fr'])).toThrow('--lang must be one of en, zh-cn, not "fr".');
		expect(() => parsePdfArgs(['--lessons', ' , '])).toThrow('--lessons needs at least one lesson slug.');
		expect(() => parsePdfArgs(['--pages'])).toThrow(/pages/);
	});
});

describe('page box', () => {
	test('the course title in the top margin is a safe CSS string, and the cover has no margin text', () => {
		const css = pageRules('Say "hi" \\ 课堂');
		expect(css).toContain('@top-center { content: "Say \\"hi\\" \\\\ 课堂";');
		expect(css).toContain('@bottom-center { content: counter(page);');
		expect(css).toContain('@page :first { @top-center { content: none; } @bottom-center { content: none; } }');
	});
});
