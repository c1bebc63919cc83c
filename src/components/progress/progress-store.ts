// The learner's progress, kept in this browser only (localStorage), shared by every widget that records
// it. Exercises call `markPassed`; the course's progress tracker reads `snapshot()` and listens with
// `onChange`. The key carries a version so a later shape can migrate instead of misreading old data.
//
// API (one instance per page: `progressStore`; tests build their own with `createProgressStore`):
//   snapshot()             → { version: 1, exercises: { [id]: { passedAt: ISO string, shown?: true, helped?: true } }, exams?: ExamRecord[] }
//   isPassed(id)           → boolean   (done by the learner, or shown by "Show me")
//   entry(id)              → the stored record, or undefined
//   markPassed(id, now?, how?) → 'saved' | 'unavailable'   (first success is kept; later ones do not move
//                            it, except that a better one replaces it: done beats helped (a challenge's
//                            hint was read), which beats shown)
//   recordExam(record)     → 'saved' | 'unavailable'   (an exam attempt's results, kept with the others)
//   reset(id)              → forgets one exercise
//   replace(progress)      → 'saved' | 'unavailable'   (an imported, merged file)
//   onChange(listener)     → unsubscribe function; fires on changes in this page and in other tabs

import { parseExamRecord, type ExamRecord } from '../../lib/exam/attempt.ts';
import { pageStorage } from '../shared/page-storage.ts';

/** localStorage key. Bump the suffix (and migrate) if the stored shape changes. */
export const PROGRESS_KEY = 'kube-classroom:progress:v1';
/** Event dispatched on the event target (the window in the browser) after every change in this page. */
export const PROGRESS_EVENT = 'kube-classroom:progress';

export interface ExerciseProgress {
	/** When the learner first passed every check, as an ISO 8601 string. */
	passedAt: string;
	/** The checks passed because "Show me" ran the commands, not because the learner did. */
	shown?: true;
	/** Done by the learner after reading the hint (a lab's challenge). */
	helped?: true;
}

export interface Progress {
	version: 1;
	exercises: Record<string, ExerciseProgress>;
	/** Exam attempts (src/lib/exam), oldest first; absent until the learner finishes one. */
	exams?: ExamRecord[];
}

/** How a record was earned: a higher rank replaces a lower one. */
export type PassedHow = 'done' | 'helped' | 'shown';
const RANK: Record<PassedHow, number> = { shown: 0, helped: 1, done: 2 };
const howOf = (e: ExerciseProgress): PassedHow => (e.shown ? 'shown' : e.helped ? 'helped' : 'done');
/** The most exam attempts kept: enough for a term's practice, bounded for storage. */
const MAX_EXAMS = 50;

/** One stored record, keeping only what it may hold. */
export function exerciseRecord(passedAt: string, how: PassedHow): ExerciseProgress {
	return { passedAt, ...(how === 'shown' ? { shown: true as const } : how === 'helped' ? { helped: true as const } : {}) };
}

/** The exam attempts of stored or imported data, malformed ones left out. */
export function readExams(value: unknown): ExamRecord[] | undefined {
	if (!Array.isArray(value)) return undefined;
	const exams = value.map(parseExamRecord).filter((r): r is ExamRecord => r !== undefined);
	return exams.length > 0 ? exams.slice(-MAX_EXAMS) : undefined;
}

export interface ProgressStore {
	snapshot(): Progress;
	isPassed(id: string): boolean;
	entry(id: string): ExerciseProgress | undefined;
	markPassed(id: string, now?: Date, how?: PassedHow): 'saved' | 'unavailable';
	recordExam(record: ExamRecord): 'saved' | 'unavailable';
	reset(id: string): void;
	/** Stores this progress instead of the current one (an imported file, already merged). */
	replace(progress: Progress): 'saved' | 'unavailable';
	onChange(listener: (progress: Progress) => void): () => void;
}

const empty = (): Progress => ({ version: 1, exercises: {} });

/** Reads stored progress, tolerating absent, corrupt or foreign data (it reads as no progress). */
export function parseProgress(raw: string | null): Progress {
	if (!raw) return empty();
	try {
		const value = JSON.parse(raw) as Partial<Progress> | null;
		if (!value || value.version !== 1 || typeof value.exercises !== 'object' || value.exercises === null) return empty();
		const exercises: Record<string, ExerciseProgress> = {};
		for (const [id, entry] of Object.entries(value.exercises)) {
			if (entry && typeof entry.passedAt === 'string') exercises[id] = exerciseRecord(entry.passedAt, howOf(entry));
		}
		const exams = readExams(value.exams);
		return { version: 1, exercises, ...(exams ? { exams } : {}) };
	} catch {
		return empty();
	}
}

/**
 * A store over any Storage (localStorage in the page, a Map-backed stand-in in tests).
 * `target` receives PROGRESS_EVENT after each change and is where other tabs' `storage` events arrive.
 */
export function createProgressStore(storage: Storage | undefined, target?: EventTarget): ProgressStore {
	const read = () => {
		try {
			return parseProgress(storage?.getItem(PROGRESS_KEY) ?? null);
		} catch {
			return empty();
		}
	};
	const write = (progress: Progress): boolean => {
		try {
			if (!storage) return false;
			storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
			return true;
		} catch {
			// Storage full or disabled (private mode): progress is a nicety, the exercise still works.
			return false;
		} finally {
			target?.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: progress }));
		}
	};
	return {
		snapshot: read,
		isPassed: (id) => id in read().exercises,
		entry: (id) => read().exercises[id],
		markPassed(id, now = new Date(), how = 'done') {
			const progress = read();
			const old = progress.exercises[id];
			if (old && RANK[how] <= RANK[howOf(old)]) return 'saved';
			progress.exercises[id] = exerciseRecord(now.toISOString(), how);
			return write(progress) ? 'saved' : 'unavailable';
		},
		recordExam(record) {
			const progress = read();
			progress.exams = [...(progress.exams ?? []), record].slice(-MAX_EXAMS);
			return write(progress) ? 'saved' : 'unavailable';
		},
		reset(id) {
			const progress = read();
			if (!progress.exercises[id]) return;
			delete progress.exercises[id];
			write(progress);
		},
		replace(progress) {
			return write(parseProgress(JSON.stringify(progress))) ? 'saved' : 'unavailable';
		},
		onChange(listener) {
			if (!target) return () => {};
			const local = (event: Event) => listener((event as CustomEvent<Progress>).detail);
			const otherTab = (event: Event) => {
				if ((event as StorageEvent).key === PROGRESS_KEY) listener(read());
			};
			target.addEventListener(PROGRESS_EVENT, local);
			target.addEventListener('storage', otherTab);
			return () => {
				target.removeEventListener(PROGRESS_EVENT, local);
				target.removeEventListener('storage', otherTab);
			};
		},
	};
}

/** The page's store (no-op storage outside a browser). */
export const progressStore: ProgressStore = createProgressStore(
	pageStorage(),
	typeof window === 'undefined' ? undefined : window,
);
