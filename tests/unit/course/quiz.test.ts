import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gradeQuiz, parseAnswer, parseOption } from '../../../src/lib/course/quiz.ts';

describe('reading a Markdown quiz', () => {
	test.each([
		['A. Kubernetes gives each container an IP', { letter: 'A', text: 'Kubernetes gives each container an IP' }],
		['C。 一个 Pod', { letter: 'C', text: '一个 Pod' }],
		['D.  two  spaces', { letter: 'D', text: 'two  spaces' }],
	])('%j is an option', (text, option) => {
		expect(parseOption(text)).toEqual(option);
	});

	test.each(['Answer', 'A.B. joined', 'a. lower case', 'Kubernetes'])('%j is not an option', (text) => {
		expect(parseOption(text)).toBeUndefined();
	});

	test('the answer is the letter the explanation starts with', () => {
		expect(parseAnswer('\n  B. A Pod has one IP.')).toBe('B');
		expect(parseAnswer('C。 每个容器')).toBe('C');
		expect(parseAnswer('Because B is right')).toBeUndefined();
	});
});

describe('gradeQuiz', () => {
	const questions = [
		{ letters: ['A', 'B', 'C'], answer: 'B' },
		{ letters: ['A', 'B'], answer: 'A' },
	];
	test('counts right answers and passes only when all are right', () => {
		expect(gradeQuiz(questions, ['B', 'B'])).toEqual({ correct: 1, total: 2, marks: [true, false], passed: false });
		expect(gradeQuiz(questions, ['B', undefined])).toEqual({ correct: 1, total: 2, marks: [true, undefined], passed: false });
		expect(gradeQuiz(questions, ['B', 'A']).passed).toBe(true);
	});
});

// Every lesson's quiz must be readable by the quiz island, and the 简体中文 twin must ask the same number
// of questions with the same right answers.
const lessonsDir = new URL('../../../content/docs/lessons/', import.meta.url);
const zhDir = new URL('../../../content/docs/zh-cn/lessons/', import.meta.url);

function quizOf(source: string): { letters: string[]; answer: string | undefined }[] {
	const body = /<Quiz>([\s\S]*?)<\/Quiz>/.exec(source)?.[1];
	if (!body) return [];
	return body
		.split(/\n(?=\d+\. )/)
		.filter((chunk) => /^\d+\. /.test(chunk.trim()))
		.map((chunk) => {
			const letters = [...chunk.matchAll(/^\s+- ([A-H])[.．。] /gm)].map((m) => m[1]!);
			const details = /<details>[\s\S]*?<\/summary>([\s\S]*?)<\/details>/.exec(chunk)?.[1] ?? '';
			return { letters, answer: parseAnswer(details.replace(/\*\*/g, '')) };
		});
}

describe.each(readdirSync(lessonsDir).filter((f) => f.endsWith('.mdx')))('the quiz in %s', (file) => {
	const en = quizOf(readFileSync(new URL(file, lessonsDir), 'utf8'));
	const zh = quizOf(readFileSync(new URL(file, zhDir), 'utf8'));

	test('has questions, each with lettered options and an answer among them', () => {
		expect(en.length).toBeGreaterThanOrEqual(3);
		for (const question of en) {
			expect(question.letters.length).toBeGreaterThanOrEqual(2);
			expect(question.letters).toEqual('ABCDEFGH'.slice(0, question.letters.length).split(''));
			expect(question.letters).toContain(question.answer);
		}
	});

	test('has the same questions and answers in 简体中文', () => {
		expect(zh).toEqual(en);
	});
});
