// Reads the quizzes the lessons write (the Markdown shape src/lib/course/quiz.ts describes) with each
// option's displayed text, for the content tests: twins, answers and how the options are balanced.
import { parseAnswer } from '../../../src/lib/course/quiz.ts';

export interface WrittenQuestion {
	letters: string[];
	/** Each option as the reader sees it: Markdown marks, links and tags removed. */
	texts: string[];
	/** The letter(s) the explanation's bold lead names: `**B.**` → ['B']; `**A and C.**` → ['A', 'C']. */
	answers: string[];
}

/** Markdown inline text as displayed: `code`, **bold**, *em*, [text](url), <tag> and \escapes lose their marks. */
export function displayed(markdown: string): string {
	// An escaped mark (`\*`) is displayed: it is set aside as a private-use character until the marks are gone.
	const hide = (c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
	return markdown
		.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => hide(c))
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\*\*|__|(?<!\w)[*_]|[*_](?!\w)/g, '')
		.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
		.replace(/\s+/g, ' ')
		.trim();
}

/** The quiz inside `<Quiz>…</Quiz>`, one entry per numbered question; [] when the lesson has none. */
export function quizOf(source: string): WrittenQuestion[] {
	const body = /<Quiz>([\s\S]*?)<\/Quiz>/.exec(source)?.[1];
	if (!body) return [];
	return body
		.split(/\n(?=\d+\. )/)
		.filter((chunk) => /^\d+\. /.test(chunk.trim()))
		.map((chunk) => {
			const before = chunk.split(/<details>/)[0]!;
			// An option runs from its `- X.` line to the next option or the end of the list (continuation lines).
			const options = [...before.matchAll(/^\s+- ([A-H])[.．。] ([\s\S]*?)(?=^\s+- [A-H][.．。] |\s*$(?![\s\S]))/gm)];
			const details = /<details>[\s\S]*?<\/summary>([\s\S]*?)<\/details>/.exec(chunk)?.[1] ?? '';
			const lead = /^\s*\*\*([^*]*)\*\*/.exec(details)?.[1] ?? '';
			const answers = [...lead.matchAll(/\b([A-H])\b/g)].map((m) => m[1]!);
			const first = parseAnswer(details.replace(/\*\*/g, ''));
			return {
				letters: options.map((m) => m[1]!),
				texts: options.map((m) => displayed(m[2]!)),
				answers: answers.length > 0 ? answers : first ? [first] : [],
			};
		});
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
