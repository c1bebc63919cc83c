// The exam page's words in both languages: the page built at build time and the island use the same.
import type { Finding } from '../../lib/exam/grade.ts';
import type { Lang } from '../../lib/shared/lang.ts';

export interface ExamStrings {
	region: string;
	rules: (minutes: number, tasks: number) => string;
	mode: string;
	modeExam: string;
	modeExamNote: string;
	modePractice: string;
	modePracticeNote: string;
	start: string;
	starting: string;
	startFailed: string;
	lastAttempt: (percent: number, when: string) => string;
	bar: string;
	timeLeft: string;
	practiceBadge: string;
	finish: string;
	confirmFinish: (flagged: number, unvisited: number) => string;
	finishNow: string;
	keepWorking: string;
	tasks: string;
	taskN: (n: number, total: number) => string;
	points: (n: number) => string;
	flagged: string;
	flag: string;
	previous: string;
	next: string;
	hint: string;
	lab: string;
	labNote: string;
	studyIn: string;
	results: string;
	timeUp: string;
	finished: string;
	score: (points: number, max: number, percent: number) => string;
	taskScore: (points: number, max: number) => string;
	/** A sub-task's state before its label, with its punctuation. */
	passed: string;
	failed: string;
	saved: string;
	notSaved: string;
	restart: string;
	found: (f: Finding) => string;
}

const json = (v: unknown): string => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

export const EXAM_STRINGS: Record<Lang, ExamStrings> = {
	en: {
		region: 'Exam',
		rules: (minutes, tasks) =>
			`${tasks} tasks, ${minutes} minutes, one simulated cluster. Do the tasks in any order in the terminal below; each is graded on the cluster as it is when you finish, with points for every part done. When the time runs out, the exam ends and the cluster is graded as it is then.`,
		mode: 'Mode',
		modeExam: 'Exam',
		modeExamNote: 'timed, no hints',
		modePractice: 'Practice',
		modePracticeNote: 'timed, each task shows a hint',
		start: 'Start the exam',
		starting: 'Starting the cluster…',
		startFailed: 'The cluster could not start. Check your connection and press Start again.',
		lastAttempt: (percent, when) => `Your last attempt: ${percent} % (${when}).`,
		bar: 'Exam controls',
		timeLeft: 'Time left',
		practiceBadge: 'Practice: hints shown',
		finish: 'Finish and grade',
		confirmFinish: (flagged, unvisited) =>
			`Finish now? ${flagged === 0 ? 'No task is flagged for review' : `${flagged} task${flagged === 1 ? ' is' : 's are'} flagged for review`}${unvisited > 0 ? `, ${unvisited} not yet opened` : ''}. The cluster is graded as it is now.`,
		finishNow: 'Finish now',
		keepWorking: 'Keep working',
		tasks: 'Tasks',
		taskN: (n, total) => `Task ${n} of ${total}`,
		points: (n) => `${n} point${n === 1 ? '' : 's'}`,
		flagged: 'flagged for review',
		flag: 'Flag for review',
		previous: 'Previous task',
		next: 'Next task',
		hint: 'Hint',
		lab: 'The exam cluster',
		labNote: 'Work in the terminal of this cluster: kubectl as on a real one.',
		studyIn: 'Study this in:',
		results: 'Results',
		timeUp: 'Time is up: the cluster was graded as it was when the time ran out.',
		finished: 'You finished the exam: the cluster was graded as it was then.',
		score: (points, max, percent) => `Score: ${points} of ${max} points (${percent} %).`,
		taskScore: (points, max) => `${points} of ${max}`,
		passed: 'passed:',
		failed: 'not met:',
		saved: 'The result is saved in your progress in this browser and in the progress file you export.',
		notSaved: 'The result could not be saved in this browser (storage is off or full).',
		restart: 'Restart the exam',
		found: (f) => {
			if ('missing' in f) return `${f.missing} does not exist.`;
			if ('count' in f) return `Found ${f.count} matching Pod${f.count === 1 ? '' : 's'}.`;
			if ('endpoints' in f) return `Ready endpoints: ${f.endpoints.length > 0 ? f.endpoints.join(', ') : 'none'}.`;
			if ('desired' in f) return `Found: desired ${f.desired}, current ${f.current}, ready ${f.ready}.`;
			if ('value' in f) return f.value === undefined ? 'The field is not set.' : `Found: ${json(f.value)}.`;
			if ('nodeReady' in f) return `The node's Ready condition is ${f.nodeReady}.`;
			return 'The command was not run.';
		},
	},
	'zh-CN': {
		region: '考试',
		rules: (minutes, tasks) =>
			`共 ${tasks} 道题，${minutes} 分钟，一个模拟集群。在下面的终端里按任意顺序完成各题；每道题按你结束时集群的状态评分，完成的每一部分都得分。时间到时考试结束，按那一刻的集群状态评分。`,
		mode: '模式',
		modeExam: '考试',
		modeExamNote: '计时，无提示',
		modePractice: '练习',
		modePracticeNote: '计时，每道题显示提示',
		start: '开始考试',
		starting: '正在启动集群…',
		startFailed: '集群未能启动。请检查网络连接，再按一次开始。',
		lastAttempt: (percent, when) => `你上一次的成绩：${percent}%（${when}）。`,
		bar: '考试控制',
		timeLeft: '剩余时间',
		practiceBadge: '练习模式：显示提示',
		finish: '交卷并评分',
		confirmFinish: (flagged, unvisited) =>
			`现在交卷吗？${flagged === 0 ? '没有标记待复查的题' : `有 ${flagged} 道题标记为待复查`}${unvisited > 0 ? `，${unvisited} 道题还没打开过` : ''}。将按集群现在的状态评分。`,
		finishNow: '现在交卷',
		keepWorking: '继续答题',
		tasks: '题目',
		taskN: (n, total) => `第 ${n} 题，共 ${total} 题`,
		points: (n) => `${n} 分`,
		flagged: '已标记待复查',
		flag: '标记待复查',
		previous: '上一题',
		next: '下一题',
		hint: '提示',
		lab: '考试集群',
		labNote: '在这个集群的终端里作答：kubectl 的用法和真实集群一样。',
		studyIn: '复习：',
		results: '成绩',
		timeUp: '时间到：按时间耗尽那一刻的集群状态评分。',
		finished: '你已交卷：按交卷时的集群状态评分。',
		score: (points, max, percent) => `得分：${points} / ${max} 分（${percent}%）。`,
		taskScore: (points, max) => `${points} / ${max}`,
		passed: '通过：',
		failed: '未达成：',
		saved: '成绩已保存在此浏览器的学习进度中，也会包含在你导出的进度文件里。',
		notSaved: '成绩未能保存在此浏览器中（存储被关闭或已满）。',
		restart: '重新开始考试',
		found: (f) => {
			if ('missing' in f) return `${f.missing} 不存在。`;
			if ('count' in f) return `找到 ${f.count} 个匹配的 Pod。`;
			if ('endpoints' in f) return `就绪的端点：${f.endpoints.length > 0 ? f.endpoints.join('、') : '无'}。`;
			if ('desired' in f) return `实际：期望 ${f.desired}，当前 ${f.current}，就绪 ${f.ready}。`;
			if ('value' in f) return f.value === undefined ? '该字段没有设置。' : `实际值：${json(f.value)}。`;
			if ('nodeReady' in f) return `节点的 Ready 状况为 ${f.nodeReady}。`;
			return '没有运行这条命令。';
		},
	},
};
