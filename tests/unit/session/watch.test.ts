// Streaming commands (src/lib/session/watch.ts): which lines stream, and what `kubectl get -w` prints
// as the cluster changes, read from the simulated cluster's own tables.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/lib/session/index.ts';
import { GetWatch, streamingOf } from '../../../src/lib/session/watch.ts';

describe('streamingOf', () => {
	it.each([
		['kubectl get pods -w', { kind: 'get-watch', command: 'kubectl get pods' }],
		['kubectl get pods -l app=web --watch', { kind: 'get-watch', command: 'kubectl get pods -l app=web' }],
		['watch kubectl get pods', { kind: 'watch', command: 'kubectl get pods', interval: 2 }],
		['watch -n 5 kubectl get rc web', { kind: 'watch', command: 'kubectl get rc web', interval: 5 }],
		['kubectl get pods', undefined],
		['kubectl get pods -w | grep web', undefined],
		['watch', undefined],
		['watch -n x kubectl get pods', undefined],
		['kubectl describe pod -w', undefined],
	])('%s', (line, expected) => {
		expect(streamingOf(line)).toEqual(expected);
	});
});

describe('GetWatch', () => {
	it('prints a row per change, none for time passing, and the last row of a deleted object', async () => {
		const rt = createRuntime({ seed: 2 });
		await rt.prepare('kubectl run web --image=kubeclassroom/web:1.0');
		rt.run('kubectl run web --image=kubeclassroom/web:1.0');
		const table = () => rt.run('kubectl get pods')[0]!.output;
		const watch = new GetWatch(table());
		expect(table()).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\nweb +0\/1 +Pending +0 +0s\n$/);
		rt.advance(600);
		expect(watch.next(table())).toMatch(/^web +0\/1 +ContainerCreating +0 +0s\n$/);
		// Only AGE moved: nothing to print.
		rt.advance(1_000);
		expect(watch.next(table())).toBe('');
		rt.advance(5_000);
		expect(watch.next(table())).toMatch(/^web +1\/1 +Running +0 +\d+s\n$/);
		await rt.prepare('kubectl delete pod web --wait=false');
		rt.run('kubectl delete pod web --wait=false');
		expect(watch.next(table())).toMatch(/^web +[01]\/1 +Terminating +0 +\d+s\n$/);
		rt.advance(5_000);
		// Gone: its last row, once.
		expect(watch.next(table())).toMatch(/^web +[01]\/1 +Terminating +0 +\d+s\n$/);
		expect(watch.next(table())).toBe('');
	});
});
