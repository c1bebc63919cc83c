// Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format): one multiple-choice question per quiz
// question, grouped in a category per lesson, the explanation as general feedback.
import type { QuizItem } from './read-quiz.ts';

export interface LessonQuiz {
	/** The lesson's slug: `probes`. */
	slug: string;
	/** Its title in the export's language. */
	title: string;
	/** Its number in the course. */
	number: number;
	items: QuizItem[];
}

/** Escapes the characters GIFT gives a meaning (~ = # { } : and the backslash itself), and line breaks. */
export function giftEscape(text: string): string {
	return text.replace(/[~=#{}:\\]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Each right option shares 100 %, each wrong one takes the same away (GIFT allows only Moodle's fixed percentages for partial credit). */
const MOODLE_PERCENTS = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5];

function share(n: number): string {
	const wanted = 100 / n;
	const nearest = MOODLE_PERCENTS.reduce((best, p) => (Math.abs(p - wanted) < Math.abs(best - wanted) ? p : best));
	return String(nearest);
}

export function giftQuestion(lesson: LessonQuiz, item: QuizItem, course: string): string {
	const title = giftEscape(`${lesson.title} ${item.number}`);
	const multiple = item.answers.length > 1;
	const options = item.options.map((o) => {
		const right = item.answers.includes(o.letter);
		const text = giftEscape(`${o.letter}. ${o.text}`);
		if (!multiple) return `\t${right ? '=' : '~'}${text}`;
		return `\t~%${right ? share(item.answers.length) : `-${share(item.options.length - item.answers.length)}`}%${text}`;
	});
	const feedback = item.feedback ? [`\t####${giftEscape(item.feedback)}`] : [];
	return [`// ${course} · ${lesson.number}. ${lesson.title.replace(/\r?\n/g, ' ')} · ${item.number}`, `::${title}::${giftEscape(item.stem)} {`, ...options, ...feedback, '}'].join('\n');
}

/** The whole export: a `$CATEGORY:` per lesson, then its questions, separated by blank lines as GIFT wants. */
export function toGift(lessons: readonly LessonQuiz[], course: string): string {
	const blocks: string[] = [];
	for (const lesson of lessons) {
		if (lesson.items.length === 0) continue;
		// A category path uses "/" as its separator: a slash in a title would start a subcategory.
		blocks.push(`$CATEGORY: ${course.replaceAll('/', '-')}/${lesson.number}. ${lesson.title.replaceAll('/', '-')}`);
		for (const item of lesson.items) blocks.push(giftQuestion(lesson, item, course));
	}
	return `${blocks.join('\n\n')}\n`;
}
