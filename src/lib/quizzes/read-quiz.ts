// Reads a lesson's quiz from its MDX source, in the Markdown shape src/lib/course/quiz.ts describes
// (a numbered question, options `- A. …`, an answer `<details>` whose bold lead names the right letters),
// as plain text for exports to other systems (`npm run quizzes`: Moodle GIFT, QTI 2.1).
import { parseAnswer } from '../course/quiz.ts';

export interface QuizOption {
	letter: string;
	/** As the reader sees it: Markdown marks removed. */
	text: string;
}

export interface QuizItem {
	/** The question's number in its lesson. */
	number: number;
	stem: string;
	options: QuizOption[];
	/** The right letters: `**B.**` → ['B']; `**A and C.**` → ['A', 'C']. */
	answers: string[];
	/** The explanation after the bold lead, as plain text. */
	feedback: string;
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

/** One entry per numbered question inside `<Quiz>…</Quiz>`; [] when the lesson has no quiz. */
export function readQuiz(source: string): QuizItem[] {
	const body = /<Quiz>([\s\S]*?)<\/Quiz>/.exec(source)?.[1];
	if (!body) return [];
	return body
		.split(/\n(?=\d+\. )/)
		.filter((chunk) => /^\d+\. /.test(chunk.trim()))
		.map((chunk) => {
			const before = chunk.split(/<details>/)[0] ?? '';
			// An option runs from its `- X.` line to the next option or the end of the list (continuation lines).
			const options = [...before.matchAll(/^\s+- ([A-H])[.．。] ([\s\S]*?)(?=^\s+- [A-H][.．。] |\s*$(?![\s\S]))/gm)];
			const stem = before.slice(0, options[0]?.index ?? before.length).replace(/^\s*\d+\.\s+/, '');
			const details = /<details>[\s\S]*?<\/summary>([\s\S]*?)<\/details>/.exec(chunk)?.[1] ?? '';
			const lead = /^\s*\*\*([^*]*)\*\*/.exec(details);
			const named = [...(lead?.[1] ?? '').matchAll(/\b([A-H])\b/g)].map((m) => m[1] ?? '');
			const first = parseAnswer(details.replace(/\*\*/g, ''));
			return {
				number: Number.parseInt(chunk.trim(), 10),
				stem: displayed(stem),
				options: options.map((m) => ({ letter: m[1] ?? '', text: displayed(m[2] ?? '') })),
				answers: named.length > 0 ? named : first ? [first] : [],
				feedback: displayed(lead ? details.slice((lead.index ?? 0) + lead[0].length) : details),
			};
		});
}
