/**
 * Grading an exam on the cluster's end state, as the CKA and CKAD are graded: each task's checks are
 * its sub-tasks, sharing the task's points equally; a result keeps what each check found, so the
 * results page can say what was wrong.
 */
import { inspectCheck, type Finding, type StepContext } from '../lab/checks.ts';
import type { ClusterSnapshot } from '../cluster/cluster.ts';
import { deriveView } from '../lab/view-model.ts';
import type { LocalSet } from './task-set.ts';

export type { Finding };

export interface SubTaskResult {
	label: string;
	passed: boolean;
	found?: Finding;
}

export interface TaskResult {
	id: string;
	title: string;
	lesson?: string;
	/** Points earned: the task's weight times the share of its checks that passed. */
	points: number;
	max: number;
	checks: SubTaskResult[];
}

export interface ExamResult {
	set: string;
	points: number;
	max: number;
	/** Whole percent, rounded down: 66.7 % is 66, as a pass mark reads it. */
	percent: number;
	tasks: TaskResult[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Grades every task of `set` on `snapshot` (a full one: `object` checks read any kind). */
export function gradeExam(set: LocalSet, snapshot: ClusterSnapshot, context: Omit<StepContext, 'objects'> = {}): ExamResult {
	const view = deriveView(snapshot);
	const full: StepContext = { ...context, objects: snapshot.objects };
	const tasks = set.tasks.map((task): TaskResult => {
		const checks = task.checks.map((check) => ({ label: check.label, ...inspectCheck(check, view, full) }));
		const passed = checks.filter((c) => c.passed).length;
		return {
			id: task.id,
			title: task.title,
			...(task.lesson !== undefined ? { lesson: task.lesson } : {}),
			points: round2((task.weight * passed) / checks.length),
			max: task.weight,
			checks,
		};
	});
	const points = round2(tasks.reduce((sum, t) => sum + t.points, 0));
	const max = round2(tasks.reduce((sum, t) => sum + t.max, 0));
	return { set: set.id, points, max, percent: max > 0 ? Math.floor((points / max) * 100 + 1e-9) : 0, tasks };
}
