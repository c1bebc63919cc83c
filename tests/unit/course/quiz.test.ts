import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gradeQuiz, parseAnswer, parseOption } from '../../../src/lib/course/quiz.ts';
import { displayed, longestIsRight, quizOf, shortestIsRight, type WrittenQuestion } from './quiz-content.ts';

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
const files = readdirSync(lessonsDir).filter((f) => f.endsWith('.mdx')).sort();
const read = (dir: URL, file: string) => quizOf(readFileSync(new URL(file, dir), 'utf8'));
/** What the twins share: the options' letters and the right ones (their words are each language's own). */
const key = (quiz: WrittenQuestion[]) => quiz.map((q) => ({ letters: q.letters, answers: q.answers }));

describe.each(files)('the quiz in %s', (file) => {
	const en = read(lessonsDir, file);
	const zh = read(zhDir, file);

	test('has questions, each with lettered options and exactly one right answer among them', () => {
		expect(en.length).toBeGreaterThanOrEqual(3);
		for (const quiz of [en, zh]) {
			for (const question of quiz) {
				expect(question.letters.length).toBeGreaterThanOrEqual(3);
				expect(question.letters).toEqual('ABCDEFGH'.slice(0, question.letters.length).split(''));
				expect(question.texts.every((t) => t.length > 0)).toBe(true);
				// The island offers radio buttons: one right letter, which is one of the options.
				expect(question.answers).toHaveLength(1);
				expect(question.letters).toContain(question.answers[0]);
			}
		}
	});

	test('has the same questions and answers in 简体中文', () => {
		expect(key(zh)).toEqual(key(en));
	});
});

describe('reading the options as displayed', () => {
	test('Markdown marks, links and tags do not count', () => {
		expect(displayed('`kubectl get pods` shows **all** [Pods](../pods/) <em>now</em>')).toBe('kubectl get pods shows all Pods now');
		expect(displayed('`restartPolicy: Always`,\n   then *never* \\* 2')).toBe('restartPolicy: Always, then never * 2');
	});

	const question = (texts: string[], answer: string): WrittenQuestion => ({ letters: ['A', 'B', 'C'].slice(0, texts.length), texts, answers: [answer] });
	test('the right option is the longest when no other is longer, the shortest when none is shorter', () => {
		expect(longestIsRight(question(['short', 'the longest one', 'mid size'], 'B'))).toBe(true);
		expect(longestIsRight(question(['same', 'same', 'x'], 'A'))).toBe(true);
		expect(longestIsRight(question(['short', 'the longest one', 'mid size'], 'C'))).toBe(false);
		expect(longestIsRight(question(['一个 Pod', '两个'], 'A'))).toBe(true);
		expect(shortestIsRight(question(['short', 'the longest one', 'mid size'], 'A'))).toBe(true);
		expect(shortestIsRight(question(['short', 'the longest one', 'mid size'], 'C'))).toBe(false);
		expect(shortestIsRight(question(['x', 'same', 'x'], 'C'))).toBe(true);
	});

	test('a wrapped option keeps its continuation lines', () => {
		const [q] = quizOf('<Quiz>\n\n1. Q?\n\n   - A. one\n     two\n   - B. three\n\n   <details>\n   <summary>Answer</summary>\n\n   **B.** Why.\n\n   </details>\n\n</Quiz>');
		expect(q).toEqual({ letters: ['A', 'B'], texts: ['one two', 'three'], answers: ['B'] });
	});
});

// A learner who always picks the longest option must not pass: across the course, in each language, the
// right option is the longest (or ties for it) in at most a third of the questions. Nor may the rewrite turn
// the tell round: the shortest option is right in at most a third too.
describe.each([
	['English', lessonsDir],
	['简体中文', zhDir],
])('the options across the course in %s', (_, dir) => {
	const questions = files.flatMap((file) => read(dir, file));

	test.each([
		['longest', longestIsRight],
		['shortest', shortestIsRight],
	])('the %s option is right in at most a third of the questions', (_, tell) => {
		const told = questions.filter(tell).length;
		expect(questions.length).toBeGreaterThan(0);
		expect(told, `${told} of ${questions.length} questions`).toBeLessThanOrEqual(questions.length / 3);
	});
});
