// Scenario tests for the ReplicationController manager (pkg/controller/replicaset/replica_set.go,
// reused by pkg/controller/replication).
import { describe, expect, it } from 'vitest';
import { getPodsToDelete } from '../../../src/lib/cluster/controllers/active-pods.ts';
import type { Pod, ReplicaController } from '../../../src/lib/cluster/api/types.ts';
import { cluster, pod, pods, rc, reasons, running } from './fixtures.ts';

describe('ReplicationController manager', () => {
	it('creates pods from the template through the API server (manageReplicas), named <rc>-<5 safe chars>', () => {
		const c = cluster();
		c.api.create(rc('web', 3));
		c.settle();
		const created = pods(c);
		expect(created).toHaveLength(3);
		for (const p of created) {
			expect(p.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
			expect(p.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'ReplicationController', name: 'web', controller: true, blockOwnerDeletion: true })]);
		}
		expect(reasons(c, 'web').filter((r) => r === 'SuccessfulCreate')).toHaveLength(3);
	});

	it('reports replicas, readyReplicas, availableReplicas, fullyLabeledReplicas and observedGeneration (calculateStatus)', () => {
		const c = cluster();
		c.api.create(rc('web', 2));
		c.settle();
		c.advance(10_000);
		const status = c.api.read<ReplicaController>('ReplicationController', 'default', 'web').status;
		expect(status).toEqual({ replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 1 });
	});

	it('replaces a deleted pod: a terminating pod no longer counts as active (FilterActivePods)', () => {
		const c = cluster();
		c.api.create(rc('web', 3));
		c.settle();
		c.advance(10_000);
		const victim = pods(c)[0]!;
		c.api.delete('Pod', 'default', victim.metadata.name);
		c.settle();
		const active = pods(c).filter((p) => !p.metadata.deletionTimestamp);
		expect(active).toHaveLength(3);
		expect(active.map((p) => p.metadata.name)).not.toContain(victim.metadata.name);
	});

	it('scales down in ActivePods order: unscheduled and not-ready pods go first', () => {
		const c = cluster({ nodes: 1 });
		c.api.create(rc('web', 2));
		c.settle();
		c.advance(10_000);
		c.kubelet('node-1').fail();
		c.api.mutate<ReplicaController>('ReplicationController', 'default', 'web', (o) => {
			(o.spec as { replicas: number }).replicas = 3;
		});
		c.settle();
		const newest = pods(c).find((p) => p.status?.phase !== 'Running')!;
		c.api.mutate<ReplicaController>('ReplicationController', 'default', 'web', (o) => {
			(o.spec as { replicas: number }).replicas = 2;
		});
		c.settle();
		expect(pods(c).find((p) => p.metadata.name === newest.metadata.name)?.metadata.deletionTimestamp ?? 'gone').toBeTruthy();
		expect(running(c)).toHaveLength(2);
	});

	it('getPodsToDelete prefers pods doubled up on one node, then the ones ready for less time', () => {
		const base = (name: string, node: string, readySince: string): Pod =>
			({
				apiVersion: 'v1',
				kind: 'Pod',
				metadata: { name, uid: name, creationTimestamp: '2026-01-01T00:00:00Z' },
				spec: { nodeName: node, containers: [] },
				status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: readySince }], containerStatuses: [] },
			}) as unknown as Pod;
		const a = base('a', 'n1', '2026-01-01T00:00:00Z');
		const b = base('b', 'n1', '2026-01-01T00:50:00Z');
		const c = base('c', 'n2', '2026-01-01T00:59:00Z');
		const now = Date.parse('2026-01-01T01:00:00Z');
		// a and b share node n1 (rank 2) so they go before c; of those, b has been ready for less time.
		expect(getPodsToDelete([a, b, c], [a, b, c], 1, now).map((p) => p.metadata.name)).toEqual(['b']);
	});

	it('adopts a matching orphan instead of creating a pod, and releases a pod whose labels stop matching (ClaimPods)', () => {
		const c = cluster();
		c.api.create(pod('stray', { app: 'web' }));
		c.settle();
		c.api.create(rc('web', 2));
		c.settle();
		expect(pods(c)).toHaveLength(2);
		const stray = c.api.read<Pod>('Pod', 'default', 'stray');
		expect(stray.metadata.ownerReferences?.[0]?.name).toBe('web');
		c.api.mutate<Pod>('Pod', 'default', 'stray', (p) => {
			p.metadata.labels = { app: 'debug' };
		});
		c.settle();
		expect(c.api.read<Pod>('Pod', 'default', 'stray').metadata.ownerReferences).toBeUndefined();
		expect(pods(c).filter((p) => p.metadata.labels?.['app'] === 'web')).toHaveLength(2);
	});

	it('changing the template affects only new pods', () => {
		const c = cluster();
		c.api.create(rc('web', 1));
		c.settle();
		c.api.mutate<ReplicaController>('ReplicationController', 'default', 'web', (o) => {
			(o.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0]!.image = 'nginx:1.27';
		});
		c.settle();
		expect(pods(c).map((p) => p.spec.containers[0]!.image)).toEqual(['kubeclassroom/web:1.0']);
		expect(c.api.read<ReplicaController>('ReplicationController', 'default', 'web').metadata.generation).toBe(2);
	});

	it('rejects a write the validator rejects, with the API server message', () => {
		const c = cluster();
		const bad = rc('web', 1);
		(bad.spec as { selector: Record<string, string> }).selector = { app: 'other' };
		expect(() => c.api.create(bad)).toThrow(/ReplicationController "web" is invalid: spec.template.metadata.labels: Invalid value/);
	});
});
