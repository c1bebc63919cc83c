// Scenario tests for the Deployment controller (pkg/controller/deployment: rolling.go, sync.go).
import { describe, expect, it } from 'vitest';
import type { Deployment, KubeObject, ReplicaController } from '../../../src/lib/cluster/api/types.ts';
import { cluster, pods } from './fixtures.ts';

function deployment(image: string): KubeObject {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: { name: 'web' } as KubeObject['metadata'],
		spec: {
			replicas: 4,
			selector: { matchLabels: { app: 'web' } },
			strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
			template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image }] } },
		},
	};
}

describe('deployment controller', () => {
	it('creates one ReplicaSet per template, named with its pod-template-hash, revision 1', () => {
		const c = cluster();
		c.api.create(deployment('kubeclassroom/web:1.0'));
		c.settle();
		const [rs] = c.api.list<ReplicaController>('ReplicaSet');
		const hash = rs!.metadata.labels!['pod-template-hash']!;
		expect(rs!.metadata.name).toBe(`web-${hash}`);
		expect(rs!.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('1');
		expect(pods(c).every((p) => p.metadata.labels!['pod-template-hash'] === hash)).toBe(true);
	});

	it('rolls out a new template without exceeding replicas + maxSurge or going below replicas - maxUnavailable', () => {
		const c = cluster();
		c.api.create(deployment('kubeclassroom/web:1.0'));
		c.settle();
		c.advance(10_000);
		c.api.mutate<Deployment>('Deployment', 'default', 'web', (d) => {
			d.spec.template.spec.containers[0]!.image = 'kubeclassroom/web:2.0';
		});
		c.settle();
		let maxTotal = 0;
		let minReady = Number.POSITIVE_INFINITY;
		for (let t = 0; t < 60; t++) {
			c.advance(1_000);
			const active = pods(c).filter((p) => !p.metadata.deletionTimestamp);
			maxTotal = Math.max(maxTotal, active.length);
			minReady = Math.min(minReady, active.filter((p) => p.status.conditions?.some((x) => x.type === 'Ready' && x.status === 'True')).length);
		}
		expect(maxTotal).toBeLessThanOrEqual(5);
		expect(minReady).toBeGreaterThanOrEqual(4);
		const d = c.api.read<Deployment>('Deployment', 'default', 'web');
		expect(d.status).toMatchObject({ replicas: 4, updatedReplicas: 4, availableReplicas: 4 });
		expect(pods(c).every((p) => p.spec.containers[0]!.image === 'kubeclassroom/web:2.0')).toBe(true);
		const revisions = c.api.list<ReplicaController>('ReplicaSet').map((rs) => rs.metadata.annotations!['deployment.kubernetes.io/revision']).sort();
		expect(revisions).toEqual(['1', '2']);
	});
});
