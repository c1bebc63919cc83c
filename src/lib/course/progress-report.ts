// What a learner has done, as the course outline shows it and as a file they hand in. Pure: the page
// reads and writes storage, this only computes.
import { parseExamRecord, type ExamRecord } from '../exam/attempt.ts';
import type { Lang } from '../validate/index.ts';
import { quizKey, readKey } from './progress-keys.ts';

/** The stored shape (see src/components/progress/progress-store.ts). */
export interface ProgressData {
	version: 1;
	/**
	 * `shown`: the checks passed because "Show me" ran the commands, not because the learner did;
	 * `helped`: the learner did it after reading the hint (a lab's challenge).
	 */
	exercises: Record<string, { passedAt: string; shown?: true; helped?: true }>;
	/** Exam attempts, oldest first (src/lib/exam/attempt.ts ExamRecord); absent in files from before exams. */
	exams?: ExamRecord[];
}

/** A lesson of the outline, keyed by its locale-free id (`lessons/pods`). */
export interface OutlineLesson {
	key: string;
	title: string;
}

export { quizKey, readKey };

export interface LessonProgress {
	key: string;
	title: string;
	read: boolean;
	quiz: boolean;
}

export interface ProgressSummary {
	lessons: LessonProgress[];
	lessonsRead: number;
	quizzesPassed: number;
	/** Editor and playground exercises the learner did: every record that is not a lesson read, a quiz or a step, nor only shown. */
	exercisesPassed: string[];
	/** Exercises whose checks passed only because "Show me" did the steps. */
	exercisesShown: string[];
	/** A playground's guided steps (`playground:<name>/step-<n>`): done by the learner, or shown. */
	steps: { done: number; shown: number };
}

export function summarize(progress: ProgressData, lessons: readonly OutlineLesson[]): ProgressSummary {
	const has = (id: string) => id in progress.exercises;
	const rows = lessons.map((l) => ({ key: l.key, title: l.title, read: has(readKey(l.key)), quiz: has(quizKey(l.key)) }));
	return {
		lessons: rows,
		lessonsRead: rows.filter((r) => r.read).length,
		quizzesPassed: rows.filter((r) => r.quiz).length,
		exercisesPassed: exerciseIds(progress, false),
		exercisesShown: exerciseIds(progress, true),
		steps: {
			done: Object.entries(progress.exercises).filter(([id, e]) => isStep(id) && !e.shown).length,
			shown: Object.entries(progress.exercises).filter(([id, e]) => isStep(id) && e.shown).length,
		},
	};
}

const isStep = (id: string): boolean => /\/step-\d+$/.test(id);

function exerciseIds(progress: ProgressData, shown: boolean): string[] {
	return Object.entries(progress.exercises)
		.filter(([id, e]) => !id.startsWith('read:') && !id.startsWith('quiz:') && !isStep(id) && (e.shown === true) === shown)
		.map(([id]) => id)
		.sort();
}

/** The file a learner exports. Readable as it is: a teacher can open it in any text editor. */
export interface ProgressFile {
	format: 'kube-classroom-progress';
	version: 1;
	exportedAt: string;
	summary: {
		lessonsRead: number;
		quizzesPassed: number;
		exercisesPassed: number;
		exercisesShown: number;
		steps: { done: number; shown: number };
		lessons: LessonProgress[];
		/** Each exam attempt's score, oldest first (the details are in `progress.exams`). */
		exams: { set: string; mode: 'exam' | 'practice'; finishedAt: string; percent: number }[];
	};
	progress: ProgressData;
}

export function exportProgress(progress: ProgressData, lessons: readonly OutlineLesson[], now: Date): ProgressFile {
	const summary = summarize(progress, lessons);
	return {
		format: 'kube-classroom-progress',
		version: 1,
		exportedAt: now.toISOString(),
		summary: {
			lessonsRead: summary.lessonsRead,
			quizzesPassed: summary.quizzesPassed,
			exercisesPassed: summary.exercisesPassed.length,
			exercisesShown: summary.exercisesShown.length,
			steps: summary.steps,
			lessons: summary.lessons,
			exams: (progress.exams ?? []).map((r) => ({ set: r.set, mode: r.mode, finishedAt: r.finishedAt, percent: r.percent })),
		},
		progress,
	};
}

const IMPORT_ERRORS = {
	json: { en: 'This file is not a progress file: it is not valid JSON.', 'zh-CN': '这个文件不是进度文件：它不是有效的 JSON。' },
	format: {
		en: 'This file is not a Kube Classroom progress file. Choose a file exported with “Export progress”.',
		'zh-CN': '这个文件不是 Kube 课堂的进度文件。请选择通过“导出进度”保存的文件。',
	},
	version: {
		en: 'This progress file comes from a newer version of the course; it cannot be read here.',
		'zh-CN': '这个进度文件来自更新版本的课程，当前版本无法读取。',
	},
} as const;

export type ImportResult = { ok: true; progress: ProgressData } | { ok: false; message: Record<Lang, string> };

/** Reads an exported file, refusing anything else with a message in both languages. */
export function parseProgressFile(text: string): ImportResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, message: IMPORT_ERRORS.json };
	}
	const file = value as Partial<ProgressFile> | null;
	if (!file || typeof file !== 'object' || file.format !== 'kube-classroom-progress') {
		return { ok: false, message: IMPORT_ERRORS.format };
	}
	if (file.version !== 1) return { ok: false, message: IMPORT_ERRORS.version };
	const exercises: ProgressData['exercises'] = {};
	for (const [id, entry] of Object.entries(file.progress?.exercises ?? {})) {
		if (typeof id === 'string' && entry && typeof entry.passedAt === 'string' && !Number.isNaN(Date.parse(entry.passedAt))) {
			exercises[id] = { passedAt: entry.passedAt, ...(entry.shown === true ? { shown: true as const } : entry.helped === true ? { helped: true as const } : {}) };
		}
	}
	const exams = Array.isArray(file.progress?.exams) ? (file.progress.exams as unknown[]).map(parseExamRecord).filter((r): r is ExamRecord => r !== undefined) : [];
	return { ok: true, progress: { version: 1, exercises, ...(exams.length > 0 ? { exams } : {}) } };
}

/** Done by the learner beats done after a hint, which beats shown. */
const rank = (e: { shown?: true; helped?: true }): number => (e.shown ? 0 : e.helped ? 1 : 2);

/** Both records together; where both passed the same thing, done beats helped beats shown, then the earlier date stays. */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
	const exercises = { ...a.exercises };
	for (const [id, entry] of Object.entries(b.exercises)) {
		const mine = exercises[id];
		const better = !mine || rank(entry) > rank(mine) || (rank(entry) === rank(mine) && Date.parse(entry.passedAt) < Date.parse(mine.passedAt));
		if (better) exercises[id] = entry;
	}
	// Every attempt of both, once each (an attempt is known by its set and start).
	const seen = new Set<string>();
	const exams = [...(a.exams ?? []), ...(b.exams ?? [])]
		.filter((r) => !seen.has(`${r.set}@${r.startedAt}`) && seen.add(`${r.set}@${r.startedAt}`))
		.sort((x, y) => Date.parse(x.startedAt) - Date.parse(y.startedAt));
	return { version: 1, exercises, ...(exams.length > 0 ? { exams } : {}) };
}
