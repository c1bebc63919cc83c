/** The progress tracker's UI strings, by page language. */
export const PROGRESS_STRINGS = {
	en: {
		read: 'read',
		quiz: 'quiz passed',
		heading: 'Your progress',
		summary: (read: number, quizzes: number, total: number, exercises: number) =>
			`${read} of ${total} lessons read, ${quizzes} of ${total} quizzes passed, ${exercises} ${exercises === 1 ? 'exercise' : 'exercises'} done.`,
		kept: 'Kept in this browser only; nothing is sent anywhere. Export it to hand it in or to move to another browser.',
		export: 'Export progress',
		import: 'Import progress',
		imported: (n: number) => `Imported: ${n} ${n === 1 ? 'record' : 'records'} merged with this browser's progress.`,
		unavailable: 'This browser does not allow saving progress (storage is off or full).',
	},
	'zh-CN': {
		read: '已读',
		quiz: '测验已通过',
		heading: '你的学习进度',
		summary: (read: number, quizzes: number, total: number, exercises: number) =>
			`已读 ${read}/${total} 节课，通过 ${quizzes}/${total} 个测验，完成 ${exercises} 个练习。`,
		kept: '进度只保存在这个浏览器中，不会发送到任何地方。导出后可以交给老师，或在另一个浏览器中导入。',
		export: '导出进度',
		import: '导入进度',
		imported: (n: number) => `导入完成：${n} 条记录已与本浏览器中的进度合并。`,
		unavailable: '这个浏览器不允许保存进度（存储已关闭或已满）。',
	},
} as const;

export type ProgressStrings = (typeof PROGRESS_STRINGS)[keyof typeof PROGRESS_STRINGS];

export function progressStrings(lang: string): ProgressStrings {
	return lang.toLowerCase().startsWith('zh') ? PROGRESS_STRINGS['zh-CN'] : PROGRESS_STRINGS.en;
}
