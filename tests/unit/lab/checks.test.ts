import { describe, expect, it } from 'vitest';
import { countMatches, evaluateCheck, evaluateStep, inspectCheck, type StateCheck } from '../../../src/lib/lab/checks.ts';
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

describe('object checks', () => {
	it('read a stored object’s field: present, equal, containing; and say what they found', () => {
		const runtime = clusterAfter('kubectl create deployment web --image=nginx:1.27 --replicas=2\nkubectl create configmap app --from-literal=MODE=exam\nsleep 10');
		const snapshot = runtime.snapshot();
		const view = deriveView(snapshot);
		const context = { objects: snapshot.objects };
		const check = (c: Omit<Extract<StateCheck, { object: string }>, 'label'>) => inspectCheck({ label: 'x', ...c }, view, context);
		expect(check({ object: 'Deployment/web' })).toEqual({ passed: true });
		expect(check({ object: 'Deployment/web', path: 'spec.replicas', equals: 2 })).toEqual({ passed: true, found: { value: 2 } });
		expect(check({ object: 'Deployment/web', path: 'spec.replicas', equals: 3 })).toEqual({ passed: false, found: { value: 2 } });
		expect(check({ object: 'Deployment/web', path: 'spec.template.spec.containers[*].image', contains: '1.27' }).passed).toBe(true);
		expect(check({ object: 'Deployment/web', path: 'spec.template.spec.containers[*].readinessProbe' })).toEqual({ passed: false, found: { value: undefined } });
		expect(check({ object: 'ConfigMap/app', path: 'data.MODE', equals: 'exam' }).passed).toBe(true);
		expect(check({ object: 'ConfigMap/nope' })).toEqual({ passed: false, found: { missing: 'ConfigMap/nope' } });
		// Without the objects (a lesson's step sees only the view), an object check fails rather than guesses.
		expect(evaluateCheck({ label: 'x', object: 'Deployment/web' }, view)).toBe(false);
	});

	it('say what the other checks found', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const view = deriveView(runtime.snapshot());
		expect(inspectCheck({ label: 'x', pods: { selector: 'app=web' }, count: 5 }, view)).toEqual({ passed: false, found: { count: 3 } });
		expect(inspectCheck({ label: 'x', controller: 'web', desired: 5 }, view)).toEqual({ passed: false, found: { desired: 3, current: 3, ready: 3 } });
		expect(inspectCheck({ label: 'x', controller: 'nope', kind: 'Deployment' }, view)).toEqual({ passed: false, found: { missing: 'Deployment/nope' } });
		expect(inspectCheck({ label: 'x', ran: 'kubectl get' }, view)).toEqual({ passed: false, found: { notRun: true } });
	});
});
