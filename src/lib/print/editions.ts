// The book's editions. `npm run pdf -- --edition …` prints one of them from the same print page:
// - `self-study` (the default, the book the site links): answers in a key at the back, no teaching notes;
// - `student`: no answers anywhere (no key, no solutions, no predicted outcomes), room to write instead;
// - `teacher`: the answer key, and each lesson opens with its teaching notes (content/teaching/);
// - `worksheets`: the student edition cut down to each lesson's quiz and the sections with exercises.
import type { BookLang } from './strings.ts';

export const EDITIONS = ['self-study', 'student', 'teacher', 'worksheets'] as const;
export type Edition = (typeof EDITIONS)[number];
export const DEFAULT_EDITION: Edition = 'self-study';

export interface EditionStrings {
	/** After the subtitle on the cover: "Course book · Teacher's edition". Empty for the default edition. */
	name: Record<Edition, string>;
	/** Above the writing space that replaces an exercise's solution in the student edition. */
	workLabel: string;
	notesTitle: string;
	/** "About 45 minutes". */
	minutes: (n: number) => string;
	plan: string;
	misconceptions: string;
	discussion: string;
	demonstrate: string;
	/** How to run the demonstration session: the words before and after the command (printed as code). */
	demonstrateHow: readonly [string, string];
	/** Between the demonstration's own sentence and demonstrateHow: a space in English, nothing in Chinese. */
	sentenceGap: string;
}

export const EDITION_STRINGS: Record<BookLang, EditionStrings> = {
	en: {
		name: { 'self-study': '', student: 'Student edition', teacher: "Teacher's edition", worksheets: 'Quizzes and exercises' },
		workLabel: 'Your work',
		notesTitle: 'Teaching notes',
		minutes: (n) => `About ${n} minutes`,
		plan: 'Lesson plan',
		misconceptions: 'Common misconceptions',
		discussion: 'Discussion questions',
		demonstrate: 'Demonstrate',
		demonstrateHow: ['Save these lines as demo.session and run', ', or type them in the lesson’s playground.'],
		sentenceGap: ' ',
	},
	'zh-cn': {
		name: { 'self-study': '', student: '学生版', teacher: '教师版', worksheets: '小测验与练习' },
		workLabel: '你的解答',
		notesTitle: '教学备注',
		minutes: (n) => `约 ${n} 分钟`,
		plan: '教学流程',
		misconceptions: '常见误解',
		discussion: '讨论题',
		demonstrate: '课堂演示',
		demonstrateHow: ['把下面几行存为 demo.session，运行', '；也可以在本课的练习场里逐行输入。'],
		sentenceGap: '',
	},
};

/** The file an edition is written to: the default keeps today's name, the others add theirs. */
export function editionSuffix(edition: Edition): string {
	return edition === DEFAULT_EDITION ? '' : `-${edition}`;
}
