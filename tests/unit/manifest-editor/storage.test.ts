import { describe, expect, test } from 'vitest';
import { clearText, loadMode, loadText, MODE_KEY, saveMode, saveText, textKey } from '../../../src/components/manifest-editor/editor-storage.ts';
import { createProgressStore, PROGRESS_EVENT, PROGRESS_KEY, type Progress } from '../../../src/components/progress/progress-store.ts';

/** A Storage over a Map, with an optional quota in characters (keys plus values, like browsers count). */
function memoryStorage(quota = Infinity): Storage {
	const map = new Map<string, string>();
	const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
	return {
		get length() {
			return map.size;
		},
		key: (i) => [...map.keys()][i] ?? null,
		getItem: (k) => map.get(k) ?? null,
		setItem(k, v) {
			if (used() - (map.get(k)?.length ?? 0) + v.length + k.length > quota) throw new DOMException('full', 'QuotaExceededError');
			map.set(k, String(v));
		},
		removeItem: (k) => void map.delete(k),
		clear: () => map.clear(),
	};
}

describe('editor storage', () => {
	test('keys are versioned and name the editor', () => {
		expect(textKey('pod-manifests/broken-pod')).toBe('kube-classroom:manifest-editor:v1:text:pod-manifests/broken-pod');
		expect(MODE_KEY).toBe('kube-classroom:manifest-editor:v1:mode');
	});

	test('edits round-trip; saving the lesson text removes the entry', () => {
		const storage = memoryStorage();
		expect(saveText(storage, 'a', 'kind: Pod\n', 'kind: Service\n')).toBe('saved');
		expect(loadText(storage, 'a')).toBe('kind: Pod\n');
		expect(saveText(storage, 'a', 'kind: Service\n', 'kind: Service\n')).toBe('saved');
		expect(storage.length).toBe(0);
		saveText(storage, 'a', 'x', 'y');
		clearText(storage, 'a');
		expect(loadText(storage, 'a')).toBeUndefined();
	});

	test('a full storage is reported, not thrown, and the previous save survives', () => {
		const storage = memoryStorage(300);
		expect(saveText(storage, 'a', 'short', '')).toBe('saved');
		expect(saveText(storage, 'a', 'x'.repeat(1000), '')).toBe('full');
		expect(loadText(storage, 'a')).toBe('short');
		expect(saveText(undefined, 'a', 'x', '')).toBe('unavailable');
	});

	test('corrupt or foreign values read as nothing saved', () => {
		const storage = memoryStorage();
		storage.setItem(textKey('a'), '{not json');
		expect(loadText(storage, 'a')).toBeUndefined();
		storage.setItem(textKey('a'), JSON.stringify({ text: 42 }));
		expect(loadText(storage, 'a')).toBeUndefined();
	});

	test('the editor mode defaults to Monaco and remembers the textarea', () => {
		const storage = memoryStorage();
		expect(loadMode(storage)).toBe('monaco');
		saveMode(storage, 'textarea');
		expect(loadMode(storage)).toBe('textarea');
		storage.setItem(MODE_KEY, 'vim');
		expect(loadMode(storage)).toBe('monaco');
	});
});

describe('progress store', () => {
	test('records the first success, announces changes, and resets', () => {
		const storage = memoryStorage();
		const target = new EventTarget();
		const store = createProgressStore(storage, target);
		const seen: Progress[] = [];
		const stop = store.onChange((p) => seen.push(p));
		expect(store.markPassed('probes/liveness', new Date('2026-11-22T10:00:00Z'))).toBe('saved');
		expect(store.markPassed('probes/liveness', new Date('2026-11-23T10:00:00Z'))).toBe('saved');
		expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({ version: 1, exercises: { 'probes/liveness': { passedAt: '2026-11-22T10:00:00.000Z' } } });
		expect(store.isPassed('probes/liveness')).toBe(true);
		store.reset('probes/liveness');
		expect(store.isPassed('probes/liveness')).toBe(false);
		expect(seen.map((p) => Object.keys(p.exercises))).toEqual([['probes/liveness'], []]);
		stop();
		store.markPassed('x');
		expect(seen).toHaveLength(2);
	});

	test('a step only shown is recorded as shown; doing it replaces that record, showing it again does not', () => {
		const store = createProgressStore(memoryStorage());
		store.markPassed('playground:x/step-1', new Date('2026-11-22T10:00:00Z'), 'shown');
		expect(store.entry('playground:x/step-1')).toEqual({ passedAt: '2026-11-22T10:00:00.000Z', shown: true });
		store.markPassed('playground:x/step-1', new Date('2026-11-22T11:00:00Z'));
		expect(store.entry('playground:x/step-1')).toEqual({ passedAt: '2026-11-22T11:00:00.000Z' });
		store.markPassed('playground:x/step-1', new Date('2026-11-22T12:00:00Z'), 'shown');
		expect(store.entry('playground:x/step-1')).toEqual({ passedAt: '2026-11-22T11:00:00.000Z' });
	});

	test('a challenge done after its hint is helped; doing it without help replaces that, a hint later does not', () => {
		const store = createProgressStore(memoryStorage());
		store.markPassed('playground:x/challenge', new Date('2026-11-01T00:00:00Z'), 'helped');
		expect(store.entry('playground:x/challenge')).toEqual({ passedAt: '2026-11-01T00:00:00.000Z', helped: true });
		store.markPassed('playground:x/challenge', new Date('2026-11-02T00:00:00Z'), 'shown');
		expect(store.entry('playground:x/challenge')?.helped).toBe(true);
		store.markPassed('playground:x/challenge', new Date('2026-11-03T00:00:00Z'), 'done');
		store.markPassed('playground:x/challenge', new Date('2026-11-04T00:00:00Z'), 'helped');
		expect(store.entry('playground:x/challenge')).toEqual({ passedAt: '2026-11-03T00:00:00.000Z' });
	});

	test('keeps exam attempts, and drops a malformed one found in storage', () => {
		const storage = memoryStorage();
		const store = createProgressStore(storage);
		const record = { set: 's', mode: 'exam' as const, startedAt: '2026-11-01T00:00:00.000Z', finishedAt: '2026-11-01T00:30:00.000Z', ended: 'time' as const, points: 1, max: 2, percent: 50, tasks: [{ id: 't', points: 1, max: 2, passed: [true, false] }] };
		expect(store.recordExam(record)).toBe('saved');
		expect(store.snapshot().exams).toEqual([record]);
		storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, exercises: {}, exams: [record, { set: 's' }] }));
		expect(store.snapshot().exams).toEqual([record]);
	});

	test('another tab’s change is reported; corrupt data reads as no progress; no storage still works', () => {
		const storage = memoryStorage();
		const target = new EventTarget();
		const store = createProgressStore(storage, target);
		storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, exercises: { a: { passedAt: 'then' } } }));
		const seen: string[][] = [];
		store.onChange((p) => seen.push(Object.keys(p.exercises)));
		target.dispatchEvent(Object.assign(new Event('storage'), { key: PROGRESS_KEY }));
		expect(seen).toEqual([['a']]);
		storage.setItem(PROGRESS_KEY, '{"version":2}');
		expect(store.snapshot()).toEqual({ version: 1, exercises: {} });
		const none = createProgressStore(undefined, target);
		expect(none.markPassed('a')).toBe('unavailable');
		expect(PROGRESS_EVENT).toBe('kube-classroom:progress');
	});
});
