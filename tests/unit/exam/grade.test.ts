import { describe, expect, it } from 'vitest';
import { endAttempt, examRecord, formatCountdown, parseExamRecord, remainingMs, startAttempt, timeIsUp, toggleFlag } from '../../../src/lib/exam/attempt.ts';
import { gradeExam } from '../../../src/lib/exam/grade.ts';
import { localizeSet, validateExamSet, type ExamSet } from '../../../src/lib/exam/task-set.ts';
import { clusterAfter } from '../lab/fixtures.ts';

const SET: ExamSet = {
	id: 'mini',
	title: { en: 'Mini', 'zh-cn': '迷你' },
	minutes: 10,
	tasks: [
		{
			id: 'deploy',
			title: 'Deploy',
			task: 'Create web with 3 replicas of nginx:1.27',
			lesson: 'replicasets-and-deployments',
			weight: 3,
			checks: [
				{ label: { en: 'web wants 3', 'zh-cn': 'web 期望 3 个' }, controller: 'web', desired: 3 },
				{ label: 'web runs nginx:1.27', object: 'Deployment/web', path: 'spec.template.spec.containers[*].image', equals: 'nginx:1.27' },
				{ label: 'web is labelled tier=frontend', object: 'Deployment/web', path: 'metadata.labels.tier', equals: 'frontend' },
			],
		},
		{ id: 'svc', title: 'Expose', task: 'Expose web', checks: [{ label: 'web has endpoints', service: 'web', endpoints: { min: 1 } }] },
	],
};

describe('gradeExam', () => {
	it('gives each sub-task its share of the task’s points and says what it found', () => {
		const runtime = clusterAfter('kubectl create deployment web --image=nginx:1.27 --replicas=2\nsleep 20');
		const result = gradeExam(localizeSet(SET, 'en'), runtime.snapshot());
		const [deploy, svc] = result.tasks;
		expect(deploy!.checks.map((c) => c.passed)).toEqual([false, true, false]);
		expect(deploy!.checks[0]!.found).toEqual({ desired: 2, current: 2, ready: 2 });
		expect(deploy!.checks[2]!.found).toEqual({ value: undefined });
		expect(deploy!).toMatchObject({ points: 1, max: 3, lesson: 'replicasets-and-deployments' });
		expect(svc!.checks[0]).toEqual({ label: 'web has endpoints', passed: false, found: { missing: 'Service/web' } });
		expect(result).toMatchObject({ points: 1, max: 4, percent: 25 });
	});

	it('passes everything once the work is done, and reads words in the page’s language', () => {
		const runtime = clusterAfter('kubectl create deployment web --image=nginx:1.27 --replicas=3\nkubectl label deployment web tier=frontend\nkubectl expose deployment web --port=80\nsleep 20');
		const result = gradeExam(localizeSet(SET, 'zh-cn'), runtime.snapshot());
		expect(result.percent).toBe(100);
		expect(result.tasks[0]!.checks[0]!.label).toBe('web 期望 3 个');
		expect(result.tasks[1]!.checks[0]!.found).toEqual({ endpoints: expect.arrayContaining([expect.stringMatching(/^web-/)]) as unknown });
	});
});

describe('validateExamSet', () => {
	it('accepts a good set and names every fault of a bad one by its place', () => {
		expect(validateExamSet(SET).ok).toBe(true);
		const bad = validateExamSet({
			id: 'Bad Id',
			title: 'x',
			minutes: 0,
			tasks: [
				{ id: 'a', title: 'A', task: 'do', checks: [{ label: 'two kinds', pods: {}, service: 'web' }] },
				{ id: 'a', title: '', task: 'do', lesson: 'no such/path', checks: [{ pods: {} }, { label: 'obj', object: 'web' }] },
			],
		});
		expect(bad.ok ? [] : bad.problems).toEqual([
			'id: lower-case letters, digits and dashes',
			'minutes: the time limit, a number from 1 to 600',
			'tasks[0].checks[0]: needs exactly one of pods, service, controller, node, ran, object (found pods, service)',
			'tasks[1].id: "a" is used by another task',
			'tasks[1].title: text, or { en: …, zh-cn: … }',
			"tasks[1].lesson: a lesson's slug, e.g. probes or probes#readiness",
			'tasks[1].checks[0].label: every check needs a label (what it checks, in words)',
			'tasks[1].checks[1].object: Kind/name, e.g. Deployment/web',
		]);
		expect(validateExamSet('just text')).toEqual({ ok: false, problems: ['the file must be a mapping with id, title, minutes and tasks'] });
	});
});

describe('an attempt', () => {
	const t0 = Date.parse('2026-01-01T10:00:00Z');

	it('counts down, stops at zero and ends there when time runs out', () => {
		const a = startAttempt('mini', 'exam', 10, t0);
		expect(formatCountdown(remainingMs(a, t0))).toBe('10:00');
		expect(formatCountdown(remainingMs(a, t0 + 61_500))).toBe('08:59');
		expect(timeIsUp(a, t0 + 599_999)).toBe(false);
		expect(timeIsUp(a, t0 + 600_000)).toBe(true);
		const ended = endAttempt(a, t0 + 700_000, 'time');
		expect(ended).toMatchObject({ finishedAt: t0 + 600_000, ended: 'time' });
		expect(timeIsUp(ended, t0 + 800_000)).toBe(false);
		expect(endAttempt(ended, t0 + 900_000, 'finished')).toBe(ended);
		expect(formatCountdown(2 * 3600_000 + 5000)).toBe('2:00:05');
	});

	it('flags and unflags tasks for review', () => {
		let a = startAttempt('mini', 'practice', 10, t0);
		a = toggleFlag(toggleFlag(a, 'svc'), 'deploy');
		expect(a.flagged).toEqual(['svc', 'deploy']);
		expect(toggleFlag(a, 'svc').flagged).toEqual(['deploy']);
	});

	it('keeps a record for the progress file that reads back, and refuses a malformed one', () => {
		const runtime = clusterAfter('kubectl create deployment web --image=nginx:1.27 --replicas=3\nsleep 20');
		const attempt = endAttempt(startAttempt('mini', 'exam', 10, t0), t0 + 120_000, 'finished');
		const record = examRecord(attempt, gradeExam(localizeSet(SET, 'en'), runtime.snapshot()));
		expect(record).toMatchObject({ set: 'mini', mode: 'exam', ended: 'finished', finishedAt: '2026-01-01T10:02:00.000Z', points: 2, max: 4, percent: 50 });
		expect(record.tasks[0]).toEqual({ id: 'deploy', points: 2, max: 3, passed: [true, true, false] });
		expect(parseExamRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
		expect(parseExamRecord({ ...record, percent: 'all' })).toBeUndefined();
		expect(parseExamRecord({ ...record, tasks: [{ id: 1 }] })).toBeUndefined();
		expect(parseExamRecord(null)).toBeUndefined();
	});
});
