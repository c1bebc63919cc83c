// The cheap read path the playground uses on every tick: a version that says whether anything it shows
// changed, a snapshot of only the kinds it shows, and only the Events written since it last looked.
import { describe, expect, it } from 'vitest';
import type { KubeEvent } from '../../../src/lib/cluster/api/types.ts';
import { clusterAfter, RC_SCENARIO, webPods } from '../lab/fixtures.ts';

const SHOWN = ['Node', 'Pod', 'ReplicationController'];

describe('the playground read path', () => {
	it('snapshot({ kinds }) holds only those kinds, equal to the full snapshot', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const full = runtime.snapshot();
		const some = runtime.snapshot({ kinds: [...SHOWN, 'ConfigMap'] });
		expect(Object.keys(some.objects).sort()).toEqual([...SHOWN].sort());
		for (const kind of SHOWN) expect(some.objects[kind]).toEqual(full.objects[kind]);
		expect(some.kubelets).toEqual(full.kubelets);
		expect(full.objects['Event']?.length).toBeGreaterThan(0);
	});

	it('version(kinds) moves with writes to those kinds and with kubelets, not with time or other kinds', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const before = runtime.version(SHOWN);
		runtime.kubectl('kubectl create configmap settings --from-literal=a=b');
		expect(runtime.version(SHOWN)).toBe(before);
		expect(runtime.version()).not.toBe(before);
		runtime.kubectl(`kubectl label pod ${webPods(runtime)[0]} tier=front`);
		const labelled = runtime.version(SHOWN);
		expect(labelled).not.toBe(before);
		// A stopped kubelet counts even before the API server sees its node go NotReady (after the grace period).
		const written = runtime.version();
		runtime.sim('sim node fail node-1');
		expect(runtime.version()).not.toBe(written);
		expect(runtime.version(SHOWN)).not.toBe(labelled);
	});

	it('changedSince returns the Events created or repeated after a resourceVersion, and where to go on from', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const all = runtime.changedSince('Event', 0);
		expect(all.objects).toEqual(runtime.snapshot().objects['Event']);
		expect(runtime.changedSince('Event', all.resourceVersion).objects).toEqual([]);
		const [victim] = webPods(runtime);
		runtime.kubectl(`kubectl delete pod ${victim}`);
		runtime.advance(5000);
		const fresh = runtime.changedSince('Event', all.resourceVersion);
		const reasons = (fresh.objects as KubeEvent[]).map((e) => `${e.reason} ${e.involvedObject.name}`);
		expect(reasons).toContain('SuccessfulCreate web');
		expect(reasons).toContain(`Killing ${victim}`);
		expect(fresh.objects.every((e) => Number(e.metadata.resourceVersion) > all.resourceVersion)).toBe(true);
		expect(fresh.resourceVersion).toBeGreaterThan(all.resourceVersion);
	});
});
