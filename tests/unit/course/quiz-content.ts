// Reads the quizzes the lessons write (the Markdown shape src/lib/course/quiz.ts describes) with each
// option's displayed text, for the content tests: twins, answers and how the options are balanced.
import { displayed, readQuiz } from '../../../src/lib/quizzes/read-quiz.ts';

export { displayed };

export interface WrittenQuestion {
	letters: string[];
	/** Each option as the reader sees it: Markdown marks, links and tags removed. */
	texts: string[];
	/** The letter(s) the explanation's bold lead names: `**B.**` → ['B']; `**A and C.**` → ['A', 'C']. */
	answers: string[];
}

/** The quiz inside `<Quiz>…</Quiz>`, one entry per numbered question; [] when the lesson has none. */
export function quizOf(source: string): WrittenQuestion[] {
	return readQuiz(source).map((q) => ({ letters: q.options.map((o) => o.letter), texts: q.options.map((o) => o.text), answers: q.answers }));
}

/** Whether the right option is the longest (or ties for it), the tell a test-wise learner exploits. */
export function longestIsRight(question: WrittenQuestion): boolean {
	return rightComparedWithOthers(question, (right, others) => right >= Math.max(...others));
}

/** Whether the right option is the shortest (or ties for it): the same tell, turned round by over-correcting. */
export function shortestIsRight(question: WrittenQuestion): boolean {
	return rightComparedWithOthers(question, (right, others) => right <= Math.min(...others));
}

function rightComparedWithOthers(question: WrittenQuestion, test: (right: number, others: number[]) => boolean): boolean {
	const lengths = question.texts.map((t) => [...t].length);
	const right = question.letters.indexOf(question.answers[0] ?? '');
	return right >= 0 && test(lengths[right]!, lengths.filter((_, i) => i !== right));
}
