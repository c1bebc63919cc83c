// The print book's own words, in both course languages (lessons bring their own text).

/** A course language, as Starlight's locale key: `root` is English. */
export type BookLang = 'en' | 'zh-cn';

export interface BookStrings {
	/** The course title, on the cover and in the top margin of every page. */
	title: string;
	/** Under the title: what this document is. */
	subtitle: string;
	/** Under the title when only some lessons are printed. */
	handoutSubtitle: string;
	languageLabel: string;
	languageName: string;
	kubernetesLabel: string;
	dateLabel: string;
	addressLabel: string;
	contents: string;
	answerKey: string;
	/** Above the ruled space of a worksheet question. */
	spaceLabel: string;
	/** Where an exercise's solution was in the lesson; it links to the key. */
	solutionNote: string;
	/** A page reference after a link, `{n}` standing for the page number (with its own leading space if any). */
	pageFormat: string;
	/** The answer key's headings over one lesson's exercise solutions and quiz answers. */
	keyExercises: string;
	keyQuiz: string;
	/** The blanks at the top of each worksheet. */
	nameLine: readonly string[];
	/** Heads one exercise's solution in the key (it links back to the exercise). */
	keyExercise: (n: number) => string;
	lessonKicker: (n: number) => string;
	/** The screen-only note on the print page, which is mostly read on paper. */
	screenNote: string;
}

export const BOOK_STRINGS: Record<BookLang, BookStrings> = {
	en: {
		title: 'Kube Classroom',
		subtitle: 'Course book',
		handoutSubtitle: 'Handout',
		languageLabel: 'Language',
		languageName: 'English',
		kubernetesLabel: 'Kubernetes',
		dateLabel: 'Printed',
		addressLabel: 'Online',
		contents: 'Contents',
		answerKey: 'Answer key',
		spaceLabel: 'Your answer',
		solutionNote: 'A solution is in the answer key',
		pageFormat: ' (page {n})',
		keyExercises: 'Exercises',
		keyQuiz: 'Quiz',
		keyExercise: (n) => `Exercise ${n}`,
		nameLine: ['Name', 'Class', 'Date'],
		lessonKicker: (n) => `Lesson ${n}`,
		screenNote:
			'This page is the whole course on one page, laid out for printing. Print it from your browser, or download the PDF from the course home page.',
	},
	'zh-cn': {
		title: 'Kube 课堂',
		subtitle: '课程手册',
		handoutSubtitle: '讲义',
		languageLabel: '语言',
		languageName: '简体中文',
		kubernetesLabel: 'Kubernetes 版本',
		dateLabel: '打印日期',
		addressLabel: '在线阅读',
		contents: '目录',
		answerKey: '参考答案',
		spaceLabel: '你的答案',
		solutionNote: '参考答案见书末的答案部分',
		pageFormat: '（第 {n} 页）',
		keyExercises: '练习',
		keyQuiz: '小测验',
		keyExercise: (n) => `练习 ${n}`,
		nameLine: ['姓名', '班级', '日期'],
		lessonKicker: (n) => `第 ${n} 课`,
		screenNote: '本页把整套课程排在同一页上，专供打印。可以直接用浏览器打印，也可以在课程首页下载 PDF。',
	},
};

/** The BCP 47 tag for dates and the `lang` attribute. */
export const BOOK_LOCALE_TAG: Record<BookLang, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** Where the book's PDF is written under the build folder, and linked from the home page. */
export function pdfFileName(lang: BookLang): string {
	return `kube-classroom-${lang}.pdf`;
}
