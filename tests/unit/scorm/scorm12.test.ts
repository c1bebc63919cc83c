// SCORM 1.2 reporting, against scorm-again's Scorm12API standing in for the LMS.
import { describe, expect, test } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { createScormSession, findScormApi, scormReport, type Scorm12Api, type WindowLike } from '../../../src/lib/scorm/scorm12.ts';
import type { ProgressData } from '../../../src/lib/course/progress-report.ts';

const lessons = [
	{ key: 'lessons/pods', title: 'Pods' },
	{ key: 'lessons/probes', title: 'Probes' },
];
const at = { passedAt: '2026-11-01T10:00:00.000Z' };
const progress = (ids: string[]): ProgressData => ({ version: 1, exercises: Object.fromEntries(ids.map((id) => [id, at])) });
const lms = () => new Scorm12API({ logLevel: 5 }) as unknown as Scorm12Api & { LMSGetLastError(): string; isTerminated(): boolean };

describe('finding the LMS API', () => {
	test('on a parent, a grandparent, or the opener’s parent, as ADL’s findAPI searches', () => {
		const API = lms();
		const top: WindowLike = { API };
		expect(findScormApi({ parent: top })).toBe(API);
		expect(findScormApi({ parent: { parent: top } })).toBe(API);
		expect(findScormApi({ opener: { parent: top } })).toBe(API);
	});

	test('not beyond seven parents, not in a window that is its own parent, and not at all on a plain site', () => {
		const API = lms();
		let deep: WindowLike = { API };
		for (let i = 0; i < 9; i++) deep = { parent: deep };
		expect(findScormApi(deep)).toBeUndefined();
		const self: WindowLike = {};
		self.parent = self;
		expect(findScormApi(self)).toBeUndefined();
		const crossOrigin = { parent: { get API(): Scorm12Api { throw new Error('SecurityError'); } } } as WindowLike;
		expect(findScormApi(crossOrigin)).toBeUndefined();
	});
});

describe('what is reported', () => {
	test('incomplete, then completed when every lesson is read, then passed when every quiz is', () => {
		expect(scormReport(progress(['read:lessons/pods']), lessons)).toMatchObject({ status: 'incomplete', score: 0 });
		expect(scormReport(progress(['read:lessons/pods', 'read:lessons/probes', 'quiz:lessons/pods']), lessons)).toMatchObject({ status: 'completed', score: 50 });
		expect(scormReport(progress(['quiz:lessons/pods', 'quiz:lessons/probes']), lessons)).toMatchObject({ status: 'passed', score: 100 });
	});

	test('the LMS stores the status, the score and an objective per lesson quiz, and the session ends', () => {
		const api = lms();
		const session = createScormSession(api, lessons);
		expect(session.start()).toBe(true);
		session.report(progress(['read:lessons/pods', 'read:lessons/probes', 'quiz:lessons/probes']));
		expect(api.LMSGetLastError()).toBe('0');
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
		expect(api.LMSGetValue('cmi.core.score.raw')).toBe('50');
		expect(api.LMSGetValue('cmi.objectives._count')).toBe('2');
		expect(api.LMSGetValue('cmi.objectives.1.id')).toBe('lessons/probes');
		expect(api.LMSGetValue('cmi.objectives.1.status')).toBe('passed');
		expect(api.LMSGetValue('cmi.objectives.0.status')).toBe('incomplete');
		expect(api.isTerminated()).toBe(false);
		session.finish();
		expect(api.isTerminated()).toBe(true);
		session.finish();
		expect(api.LMSGetLastError()).toBe('0');
	});

	test('an LMS that refuses to start gets nothing more, and the course goes on', () => {
		const calls: string[] = [];
		const called = (name: string) => {
			calls.push(name);
			return 'true';
		};
		const refusing: Scorm12Api = {
			LMSInitialize: () => 'false',
			LMSFinish: () => called('finish'),
			LMSGetValue: () => '',
			LMSSetValue: (k) => called(k),
			LMSCommit: () => called('commit'),
		};
		const session = createScormSession(refusing, lessons);
		expect(session.start()).toBe(false);
		expect(session.report(progress(['quiz:lessons/pods']))).toBeUndefined();
		session.finish();
		expect(calls).toEqual([]);
	});
});
