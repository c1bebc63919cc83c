// Reporting to a learning platform through SCORM 1.2's run-time API, when the course runs inside one.
// Pure (no DOM): the window tree to search and the API object are passed in, so Node tests drive it with
// scorm-again's Scorm12API standing in for the LMS. Without an API the course is the plain site.
import { summarize, type OutlineLesson, type ProgressData } from '../course/progress-report.ts';

/** The SCORM 1.2 run-time API an LMS puts on one of the course's ancestor windows as `API`. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string | boolean;
	LMSFinish(arg: ''): string | boolean;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string | boolean;
	LMSCommit(arg: ''): string | boolean;
}

/** What the search reads of a window: its API, parent and opener. */
export interface WindowLike {
	API?: Scorm12Api | undefined;
	parent?: WindowLike | null | undefined;
	opener?: WindowLike | null | undefined;
}

/** How far up the frames the search goes, as in ADL's reference findAPI. @default 7 */
const MAX_PARENTS = 7;

function searchUp(start: WindowLike | null | undefined): Scorm12Api | undefined {
	let win = start;
	for (let tries = 0; win && tries <= MAX_PARENTS; tries++) {
		// A cross-origin frame throws on access: that ancestor is not the LMS's.
		try {
			if (win.API) return win.API;
			if (!win.parent || win.parent === win) return undefined;
			win = win.parent;
		} catch {
			return undefined;
		}
	}
	return undefined;
}

/**
 * The standard search (ADL's SCORM 1.2 run-time guide): this window and its parents, then the window that
 * opened it and that window's parents.
 */
export function findScormApi(win: WindowLike): Scorm12Api | undefined {
	const found = searchUp(win);
	if (found) return found;
	try {
		return searchUp(win.opener);
	} catch {
		return undefined;
	}
}

export interface ScormReport {
	/** passed: every quiz passed; completed: every lesson read; incomplete otherwise. */
	status: 'passed' | 'completed' | 'incomplete';
	/** Quizzes passed out of the course's quizzes, 0–100. */
	score: number;
	/** One objective per lesson quiz (SCORM 1.2 cmi.objectives): the lesson key and whether it is passed. */
	objectives: { id: string; passed: boolean }[];
}

export function scormReport(progress: ProgressData, lessons: readonly OutlineLesson[]): ScormReport {
	const summary = summarize(progress, lessons);
	const n = lessons.length;
	const status = n > 0 && summary.quizzesPassed === n ? 'passed' : n > 0 && summary.lessonsRead === n ? 'completed' : 'incomplete';
	return {
		status,
		score: n > 0 ? Math.round((summary.quizzesPassed / n) * 100) : 0,
		objectives: summary.lessons.map((l) => ({ id: l.key, passed: l.quiz })),
	};
}

const ok = (result: string | boolean) => result === true || result === 'true';

/**
 * A session with the LMS: `start` once the page loads, `report` after every progress change, `finish` when
 * the page goes away. Calls after a failed start do nothing, so a broken LMS never breaks the course.
 */
export function createScormSession(api: Scorm12Api, lessons: readonly OutlineLesson[]) {
	let open = false;
	return {
		start(): boolean {
			open = ok(api.LMSInitialize(''));
			return open;
		},
		report(progress: ProgressData): ScormReport | undefined {
			if (!open) return undefined;
			const report = scormReport(progress, lessons);
			api.LMSSetValue('cmi.core.lesson_status', report.status);
			api.LMSSetValue('cmi.core.score.min', '0');
			api.LMSSetValue('cmi.core.score.max', '100');
			api.LMSSetValue('cmi.core.score.raw', String(report.score));
			for (const [i, objective] of report.objectives.entries()) {
				api.LMSSetValue(`cmi.objectives.${i}.id`, objective.id);
				api.LMSSetValue(`cmi.objectives.${i}.status`, objective.passed ? 'passed' : 'incomplete');
				api.LMSSetValue(`cmi.objectives.${i}.score.raw`, objective.passed ? '100' : '0');
			}
			api.LMSCommit('');
			return report;
		},
		finish(): void {
			if (!open) return;
			open = false;
			api.LMSFinish('');
		},
	};
}
