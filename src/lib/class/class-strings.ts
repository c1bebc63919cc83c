// The class report's words, in both course languages (`npm run class -- --lang en|zh-cn`).
export type ReportLang = 'en' | 'zh-cn';

export interface ClassStrings {
	title: string;
	/** "24 students, 3 files not read, made 8 December 2026". */
	lead: (students: number, rejected: number, date: string) => string;
	editable: string;
	student: string;
	exported: string;
	lessonsRead: string;
	quizzesPassed: string;
	exercisesDone: string;
	exercisesShown: string;
	stepsDone: string;
	stepsShown: string;
	exams: string;
	assignment: string;
	perLesson: string;
	lesson: string;
	readBy: string;
	quizPassedBy: string;
	/** Over the student × lesson table. */
	byLesson: string;
	legend: string;
	notRead: string;
	unmatched: string;
}

export const CLASS_STRINGS: Record<ReportLang, ClassStrings> = {
	en: {
		title: 'Class report',
		lead: (n, bad, date) => `${n} student${n === 1 ? '' : 's'}${bad ? `, ${bad} file${bad === 1 ? '' : 's'} not read` : ''}. Made ${date}.`,
		editable:
			'These figures come from the progress files the students handed in. A progress file is plain JSON: anyone can edit it before handing it in, so treat it as the student’s own account, not as proof.',
		student: 'Student',
		exported: 'Exported',
		lessonsRead: 'Lessons read',
		quizzesPassed: 'Quizzes passed',
		exercisesDone: 'Exercises done',
		exercisesShown: 'Exercises shown',
		stepsDone: 'Steps done',
		stepsShown: 'Steps shown',
		exams: 'Exams (best)',
		assignment: 'Assignment',
		perLesson: 'Per lesson',
		lesson: 'Lesson',
		readBy: 'Read by',
		quizPassedBy: 'Quiz passed by',
		byLesson: 'Each student, lesson by lesson',
		legend: 'Columns are the lessons by number (listed below). R: lesson read. Q: quiz passed. —: neither.',
		notRead: 'Files not read',
		unmatched: 'Assignment scores with no progress file',
	},
	'zh-cn': {
		title: '班级报告',
		lead: (n, bad, date) => `共 ${n} 名学生${bad ? `，${bad} 个文件无法读取` : ''}。生成于 ${date}。`,
		editable: '这些数字来自学生提交的进度文件。进度文件是普通的 JSON，任何人都可以在提交前修改它，因此请把它当作学生自己的记录，而不是证明。',
		student: '学生',
		exported: '导出时间',
		lessonsRead: '已读课程',
		quizzesPassed: '通过的小测验',
		exercisesDone: '完成的练习',
		exercisesShown: '演示完成的练习',
		stepsDone: '完成的步骤',
		stepsShown: '演示的步骤',
		exams: '考试（最好成绩）',
		assignment: '作业',
		perLesson: '按课程',
		lesson: '课程',
		readBy: '已读人数',
		quizPassedBy: '通过小测验人数',
		byLesson: '每名学生的逐课情况',
		legend: '每列是一课，编号见下表。R：已读。Q：小测验已通过。—：都没有。',
		notRead: '无法读取的文件',
		unmatched: '没有对应进度文件的作业成绩',
	},
};
