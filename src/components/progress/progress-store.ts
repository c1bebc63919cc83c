// The learner's progress, kept in this browser only (localStorage), shared by every widget that records
// it. Exercises call `markPassed`; the course's progress tracker reads `snapshot()` and listens with
// `onChange`. The key carries a version so a later shape can migrate instead of misreading old data.
//
// API (one instance per page: `progressStore`; tests build their own with `createProgressStore`):
//   snapshot()             → { version: 1, exercises: { [id]: { passedAt: ISO string, shown?: true } } }
//   isPassed(id)           → boolean   (done by the learner, or shown by "Show me")
//   entry(id)              → the stored record, or undefined
//   markPassed(id, now?, how?) → 'saved' | 'unavailable'   (first success is kept; later ones do not move
//                            it, except that the learner doing what was only shown replaces the shown record)
//   reset(id)              → forgets one exercise
//   replace(progress)      → 'saved' | 'unavailable'   (an imported, merged file)
//   onChange(listener)     → unsubscribe function; fires on changes in this page and in other tabs

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
}

export interface Progress {
	version: 1;
	exercises: Record<string, ExerciseProgress>;
}

export interface ProgressStore {
	snapshot(): Progress;
	isPassed(id: string): boolean;
	entry(id: string): ExerciseProgress | undefined;
	markPassed(id: string, now?: Date, how?: 'done' | 'shown'): 'saved' | 'unavailable';
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
			if (entry && typeof entry.passedAt === 'string') exercises[id] = { passedAt: entry.passedAt, ...(entry.shown === true ? { shown: true as const } : {}) };
		}
		return { version: 1, exercises };
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
			if (old && (how === 'shown' || !old.shown)) return 'saved';
			progress.exercises[id] = { passedAt: now.toISOString(), ...(how === 'shown' ? { shown: true as const } : {}) };
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
