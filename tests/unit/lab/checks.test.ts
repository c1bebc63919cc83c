import { describe, expect, it } from 'vitest';
import { countMatches, evaluateCheck, evaluateStep, type StateCheck } from '../../../src/lib/lab/checks.ts';
import { deriveView } from '../../../src/lib/lab/view-model.ts';
import { clusterAfter, RC_SCENARIO, SERVICE_SCENARIO, webPods } from './fixtures.ts';

describe('countMatches', () => {
	it('reads an exact number or inclusive bounds, with at-least-one as the default', () => {
		expect(countMatches(2, 2)).toBe(true);
		expect(countMatches(2, 3)).toBe(false);
		expect(countMatches({ min: 1, max: 2 }, 3)).toBe(false);
		expect(countMatches({ max: 0 }, 0)).toBe(true);
		expect(countMatches(undefined, 0)).toBe(false);
		expect(countMatches(undefined, 1)).toBe(true);
	});
});

describe('evaluateCheck', () => {
	it('passes the release exercise only once a Pod is relabelled out of the RC and replaced', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const step = {
			title: 'release one Pod',
			checks: [
				{ label: 'an orphan still Running', pods: { orphan: true, status: 'Running' } },
				{ label: 'web owns 3 ready Pods again', pods: { owner: 'ReplicationController/web', ready: true }, count: 3 },
			] satisfies StateCheck[],
		};
		expect(evaluateStep(step, deriveView(runtime.snapshot()))).toEqual({ checks: [false, true], passed: false });
		runtime.run(`kubectl label pod ${webPods(runtime)[0]} app=debug --overwrite`);
		runtime.run('sleep 10');
		expect(evaluateStep(step, deriveView(runtime.snapshot()))).toEqual({ checks: [true, true], passed: true });
	});

	it('checks Service endpoints by Pod name, present or absent', () => {
		const runtime = clusterAfter(SERVICE_SCENARIO);
		const has2: StateCheck = { label: 'web-2 in', service: 'web-prod', endpoint: 'web-2' };
		const not1: StateCheck = { label: 'web-1 out', service: 'web-prod', notEndpoint: 'web-1' };
		expect([evaluateCheck(has2, deriveView(runtime.snapshot())), evaluateCheck(not1, deriveView(runtime.snapshot()))]).toEqual([false, false]);
		runtime.run('kubectl label pod web-2 env=prod --overwrite\nkubectl label pod web-1 env-\nsleep 1');
		expect([evaluateCheck(has2, deriveView(runtime.snapshot())), evaluateCheck(not1, deriveView(runtime.snapshot()))]).toEqual([true, true]);
		expect(evaluateCheck({ label: 'missing', service: 'nope', endpoints: 0 }, deriveView(runtime.snapshot()))).toBe(false);
	});

	it('counts restarts and node readiness', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const view = () => deriveView(runtime.snapshot());
		expect(evaluateCheck({ label: 'restarted', pods: { selector: 'app=web' }, restarts: { min: 1 } }, view())).toBe(false);
		expect(evaluateCheck({ label: 'node-1 ready', node: 'node-1', ready: true }, view())).toBe(true);
		runtime.run('sim node fail node-1\nsleep 60');
		expect(evaluateCheck({ label: 'node-1 ready', node: 'node-1', ready: true }, view())).toBe(false);
		expect(evaluateCheck({ label: 'node-1 not ready', node: 'node-1', ready: false }, view())).toBe(true);
	});

	it('fails, rather than throws, on a malformed selector', () => {
		const view = deriveView(clusterAfter(RC_SCENARIO).snapshot());
		expect(evaluateCheck({ label: 'bad', pods: { selector: 'app in (web' } }, view)).toBe(false);
	});

	it('does not pass a step that has no checks', () => {
		expect(evaluateStep({ title: 'just watch' }, deriveView(clusterAfter(RC_SCENARIO).snapshot())).passed).toBe(false);
	});
});
