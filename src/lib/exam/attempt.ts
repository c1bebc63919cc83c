/**
 * One attempt at an exam: when it started, its time limit, the tasks flagged for review, and how it
 * ended. Pure: the page keeps the attempt and asks these functions; time is passed in, never read.
 */
import type { ExamResult } from './grade.ts';

export type ExamMode = 'exam' | 'practice';

export interface Attempt {
	set: string;
	mode: ExamMode;
	/** Epoch milliseconds. */
	startedAt: number;
	limitMs: number;
	flagged: string[];
	/** The task on screen. */
	current: number;
	finishedAt?: number;
	/** Why it ended: the learner finished, or the time ran out (the cluster is graded as it then was). */
	ended?: 'finished' | 'time';
}

export function startAttempt(set: string, mode: ExamMode, minutes: number, now: number): Attempt {
	return { set, mode, startedAt: now, limitMs: minutes * 60_000, flagged: [], current: 0 };
}

/** Milliseconds left, never below 0; an ended attempt's clock stands where it ended. */
export function remainingMs(attempt: Attempt, now: number): number {
	const at = attempt.finishedAt ?? now;
	return Math.max(0, attempt.startedAt + attempt.limitMs - at);
}

/** Whether the time is up at `now` (and the attempt still open): the page then ends it. */
export function timeIsUp(attempt: Attempt, now: number): boolean {
	return attempt.finishedAt === undefined && remainingMs(attempt, now) === 0;
}

/** `mm:ss`, or `h:mm:ss` from an hour, as an exam's countdown reads. */
export function formatCountdown(ms: number): string {
	const total = Math.ceil(ms / 1000);
	const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
	const two = (n: number) => String(n).padStart(2, '0');
	return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export function toggleFlag(attempt: Attempt, task: string): Attempt {
	const flagged = attempt.flagged.includes(task) ? attempt.flagged.filter((t) => t !== task) : [...attempt.flagged, task];
	return { ...attempt, flagged };
}

export function endAttempt(attempt: Attempt, now: number, why: 'finished' | 'time'): Attempt {
	if (attempt.finishedAt !== undefined) return attempt;
	return { ...attempt, finishedAt: Math.min(now, attempt.startedAt + attempt.limitMs), ended: why };
}

/**
 * What the progress file keeps of an attempt (src/lib/course/progress-report.ts): the score, and per
 * task its points and which sub-tasks passed, in a form a teacher's spreadsheet can read.
 */
export interface ExamRecord {
	set: string;
	mode: ExamMode;
	startedAt: string;
	finishedAt: string;
	ended: 'finished' | 'time';
	points: number;
	max: number;
	percent: number;
	tasks: { id: string; points: number; max: number; passed: boolean[] }[];
}

export function examRecord(attempt: Attempt, result: ExamResult): ExamRecord {
	const finishedAt = attempt.finishedAt ?? attempt.startedAt + attempt.limitMs;
	return {
		set: attempt.set,
		mode: attempt.mode,
		startedAt: new Date(attempt.startedAt).toISOString(),
		finishedAt: new Date(finishedAt).toISOString(),
		ended: attempt.ended ?? 'finished',
		points: result.points,
		max: result.max,
		percent: result.percent,
		tasks: result.tasks.map((t) => ({ id: t.id, points: t.points, max: t.max, passed: t.checks.map((c) => c.passed) })),
	};
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Reads a record from an imported file or storage; anything malformed reads as nothing. */
export function parseExamRecord(value: unknown): ExamRecord | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const r = value as Record<string, unknown>;
	if (typeof r['set'] !== 'string' || (r['mode'] !== 'exam' && r['mode'] !== 'practice')) return undefined;
	if (!isDate(r['startedAt']) || !isDate(r['finishedAt']) || (r['ended'] !== 'finished' && r['ended'] !== 'time')) return undefined;
	if (!isNum(r['points']) || !isNum(r['max']) || !isNum(r['percent']) || !Array.isArray(r['tasks'])) return undefined;
	const tasks: ExamRecord['tasks'] = [];
	for (const t of r['tasks'] as unknown[]) {
		const task = t as Record<string, unknown> | null;
		if (!task || typeof task['id'] !== 'string' || !isNum(task['points']) || !isNum(task['max']) || !Array.isArray(task['passed'])) return undefined;
		tasks.push({ id: task['id'], points: task['points'], max: task['max'], passed: (task['passed'] as unknown[]).map((p) => p === true) });
	}
	return { set: r['set'], mode: r['mode'], startedAt: r['startedAt'], finishedAt: r['finishedAt'], ended: r['ended'], points: r['points'], max: r['max'], percent: r['percent'], tasks };
}
