import { describe, expect, test } from 'vitest';
import {
	exportProgress,
	mergeProgress,
	parseProgressFile,
	summarize,
	type ProgressData,
} from '../../../src/lib/course/progress-report.ts';
import type { ExamRecord } from '../../../src/lib/exam/attempt.ts';

const lessons = [
	{ key: 'lessons/pods', title: 'Pods' },
	{ key: 'lessons/probes', title: 'Probes' },
];
const progress: ProgressData = {
	version: 1,
	exercises: {
		'read:lessons/pods': { passedAt: '2026-11-01T10:00:00.000Z' },
		'quiz:lessons/pods': { passedAt: '2026-11-01T10:05:00.000Z' },
		'read:lessons/probes': { passedAt: '2026-11-02T09:00:00.000Z' },
		'pod-liveness': { passedAt: '2026-11-02T09:30:00.000Z' },
		'playground:rc-replace-scale-release': { passedAt: '2026-11-02T09:40:00.000Z', shown: true },
		'playground:rc-replace-scale-release/step-1': { passedAt: '2026-11-02T09:35:00.000Z' },
		'playground:rc-replace-scale-release/step-2': { passedAt: '2026-11-02T09:40:00.000Z', shown: true },
	},
};

describe('summarize', () => {
	test('reads lessons, quizzes and other exercises apart', () => {
		expect(summarize(progress, lessons)).toEqual({
			lessons: [
				{ key: 'lessons/pods', title: 'Pods', read: true, quiz: true },
				{ key: 'lessons/probes', title: 'Probes', read: true, quiz: false },
			],
			lessonsRead: 2,
			quizzesPassed: 1,
			exercisesPassed: ['pod-liveness'],
			exercisesShown: ['playground:rc-replace-scale-release'],
			steps: { done: 1, shown: 1 },
		});
	});

	test('a step the learner did replaces the same step only shown; merging keeps the difference', () => {
		const shown = { passedAt: '2026-11-01T00:00:00.000Z', shown: true as const };
		const done = { passedAt: '2026-11-05T00:00:00.000Z' };
		const merged = mergeProgress({ version: 1, exercises: { a: shown, b: done } }, { version: 1, exercises: { a: done, b: shown } });
		expect(merged.exercises).toEqual({ a: done, b: done });
	});
});

describe('export and import', () => {
	test('an exported file reads back to the same progress', () => {
		const file = exportProgress(progress, lessons, new Date('2026-11-22T12:00:00Z'));
		expect(file.summary).toMatchObject({ lessonsRead: 2, quizzesPassed: 1, exercisesPassed: 1, exercisesShown: 1, steps: { done: 1, shown: 1 } });
		expect(parseProgressFile(JSON.stringify(file))).toEqual({ ok: true, progress });
	});

	test.each([
		['not json', 'not valid JSON'],
		['{"format":"something-else"}', 'not a Kube Classroom progress file'],
		['null', 'not a Kube Classroom progress file'],
		['{"format":"kube-classroom-progress","version":2}', 'newer version'],
	])('%j is refused with a message in both languages', (text, english) => {
		const result = parseProgressFile(text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.message.en).toContain(english);
			expect(result.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
		}
	});

	test('entries with a broken date are dropped, the rest kept', () => {
		const text = JSON.stringify({
			format: 'kube-classroom-progress',
			version: 1,
			progress: { exercises: { good: { passedAt: '2026-11-01T00:00:00Z' }, bad: { passedAt: 'yesterday' }, worse: 3 } },
		});
		expect(parseProgressFile(text)).toEqual({ ok: true, progress: { version: 1, exercises: { good: { passedAt: '2026-11-01T00:00:00Z' } } } });
	});

	test('merging keeps everything and the earlier date of a shared record', () => {
		const other: ProgressData = {
			version: 1,
			exercises: {
				'read:lessons/pods': { passedAt: '2026-10-01T00:00:00.000Z' },
				'quiz:lessons/probes': { passedAt: '2026-11-03T00:00:00.000Z' },
			},
		};
		const merged = mergeProgress(progress, other);
		expect(merged.exercises['read:lessons/pods']).toEqual({ passedAt: '2026-10-01T00:00:00.000Z' });
		expect(Object.keys(merged.exercises).sort()).toEqual([
			'playground:rc-replace-scale-release',
			'playground:rc-replace-scale-release/step-1',
			'playground:rc-replace-scale-release/step-2',
			'pod-liveness',
			'quiz:lessons/pods',
			'quiz:lessons/probes',
			'read:lessons/pods',
			'read:lessons/probes',
		]);
	});

	test('exam attempts and challenges done after a hint travel in the file; a file from before exams still imports', () => {
		const exam: ExamRecord = {
			set: 'cka-basics',
			mode: 'exam',
			startedAt: '2026-11-05T10:00:00.000Z',
			finishedAt: '2026-11-05T10:25:00.000Z',
			ended: 'finished',
			points: 9.5,
			max: 16,
			percent: 59,
			tasks: [{ id: 'scale-api', points: 1, max: 1, passed: [true, true] }],
		};
		const withExam: ProgressData = { version: 1, exercises: { 'playground:rc/challenge': { passedAt: '2026-11-05T09:00:00.000Z', helped: true } }, exams: [exam] };
		const file = exportProgress(withExam, lessons, new Date('2026-11-22T12:00:00Z'));
		expect(file.summary.exams).toEqual([{ set: 'cka-basics', mode: 'exam', finishedAt: '2026-11-05T10:25:00.000Z', percent: 59 }]);
		const back = parseProgressFile(JSON.stringify(file));
		expect(back).toEqual({ ok: true, progress: withExam });
		// An export made before exams existed: no `exams`, and it reads as it did.
		const old = JSON.stringify({ format: 'kube-classroom-progress', version: 1, exportedAt: '2026-11-01T00:00:00Z', summary: {}, progress: { version: 1, exercises: { good: { passedAt: '2026-11-01T00:00:00Z' } } } });
		expect(parseProgressFile(old)).toEqual({ ok: true, progress: { version: 1, exercises: { good: { passedAt: '2026-11-01T00:00:00Z' } } } });
		// Malformed attempts are left out, the rest is kept.
		const bad = JSON.stringify({ ...file, progress: { ...withExam, exams: [{ set: 'x' }, exam] } });
		expect(back.ok && parseProgressFile(bad)).toEqual({ ok: true, progress: withExam });
	});

	test('merging keeps every exam attempt once, oldest first, and done without help beats helped', () => {
		const attempt = (startedAt: string): ExamRecord => ({ set: 's', mode: 'practice', startedAt, finishedAt: startedAt, ended: 'time', points: 0, max: 1, percent: 0, tasks: [] });
		const a: ProgressData = { version: 1, exercises: { c: { passedAt: '2026-11-01T00:00:00.000Z', helped: true } }, exams: [attempt('2026-11-03T00:00:00.000Z'), attempt('2026-11-01T00:00:00.000Z')] };
		const b: ProgressData = { version: 1, exercises: { c: { passedAt: '2026-11-02T00:00:00.000Z' } }, exams: [attempt('2026-11-01T00:00:00.000Z'), attempt('2026-11-02T00:00:00.000Z')] };
		const merged = mergeProgress(a, b);
		expect(merged.exercises['c']).toEqual({ passedAt: '2026-11-02T00:00:00.000Z' });
		expect(merged.exams?.map((r) => r.startedAt)).toEqual(['2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z']);
	});
});
