/** The quiz's UI strings, by page language. */
export const QUIZ_STRINGS = {
	en: {
		check: 'Check my answers',
		retry: 'Try again',
		right: 'Right.',
		wrong: 'Not quite.',
		unanswered: 'No answer chosen.',
		score: (correct: number, total: number) => `${correct} of ${total} right.`,
		passed: 'All right: this quiz counts as passed in your progress.',
		explanation: 'Explanation',
	},
	'zh-CN': {
		check: '检查答案',
		retry: '重新作答',
		right: '回答正确。',
		wrong: '回答有误。',
		unanswered: '尚未选择答案。',
		score: (correct: number, total: number) => `答对 ${correct} 题，共 ${total} 题。`,
		passed: '全部答对：本测验已记入你的学习进度。',
		explanation: '解析',
	},
} as const;

export type QuizStrings = (typeof QUIZ_STRINGS)[keyof typeof QUIZ_STRINGS];

export function quizStrings(lang: string): QuizStrings {
	return lang.toLowerCase().startsWith('zh') ? QUIZ_STRINGS['zh-CN'] : QUIZ_STRINGS.en;
}
