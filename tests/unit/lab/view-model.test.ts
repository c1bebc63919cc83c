import { describe, expect, it } from 'vitest';
import { deriveView } from '../../../src/lib/lab/view-model.ts';
import { clusterAfter, RC_SCENARIO, SERVICE_SCENARIO, webPods } from './fixtures.ts';

describe('deriveView', () => {
	it('shows the RC with its selector, desired/current/ready and the Pods it owns, spread over Ready nodes', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const view = deriveView(runtime.snapshot());
		expect(view.controllers).toEqual([
			{ kind: 'ReplicationController', name: 'web', selector: 'app=web', desired: 3, current: 3, ready: 3, pods: expect.any(Array) },
		]);
		expect([...view.controllers[0]!.pods].sort()).toEqual([...webPods(runtime)].sort());
		expect(view.nodes.map((n) => [n.name, n.ready])).toEqual([
			['node-1', 'True'],
			['node-2', 'True'],
			['node-3', 'True'],
		]);
		const pods = view.nodes.flatMap((n) => n.pods);
		expect(pods).toHaveLength(3);
		for (const pod of pods) {
			expect(pod).toMatchObject({ status: 'Running', ready: '1/1', isReady: true, restarts: 0, owner: { kind: 'ReplicationController', name: 'web' }, orphan: false });
			expect(pod.labels).toEqual([['app', 'web']]);
		}
		expect(view.unscheduled).toEqual([]);
	});

	it('marks a Pod the RC released as an orphan and a hand-made Pod as bare', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const [first] = webPods(runtime);
		runtime.kubectl(`kubectl label pod ${first} app=debug --overwrite`);
		runtime.run('kubectl run solo --image=nginx:1.27\nsleep 5');
		const view = deriveView(runtime.snapshot());
		const released = view.pods.find((p) => p.name === first)!;
		expect(released.owner).toBeUndefined();
		expect(released.orphan).toBe(true);
		expect(released.labels).toEqual([['app', 'debug']]);
		const solo = view.pods.find((p) => p.name === 'solo')!;
		expect(solo).toMatchObject({ orphan: false });
		expect(solo.owner).toBeUndefined();
		expect(view.orphans).toEqual([first]);
		// The RC made a replacement: 3 owned Pods again, plus the orphan.
		expect(view.controllers[0]).toMatchObject({ desired: 3, current: 3 });
		expect(view.controllers[0]!.pods).not.toContain(first);
	});

	it('lists a Service’s ready endpoints by Pod name (the kubernetes Service is left out)', () => {
		const view = deriveView(clusterAfter(SERVICE_SCENARIO).snapshot());
		expect(view.services).toHaveLength(1);
		expect(view.services[0]).toMatchObject({ name: 'web-prod', selector: 'app=web,env=prod' });
		expect(view.services[0]!.endpoints.map((e) => [e.pod, e.ready])).toEqual([['web-1', true]]);
	});

	it('shows a failed node as Unknown once the node lifecycle controller notices', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		runtime.run('sim node fail node-2\nsleep 60');
		const node = deriveView(runtime.snapshot()).nodes.find((n) => n.name === 'node-2')!;
		expect(node.ready).toBe('Unknown');
	});
});
