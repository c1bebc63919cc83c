// The StatefulSet controller (pkg/controller/statefulset stateful_set_control.go updateStatefulSet,
// stateful_set_utils.go newVersionedStatefulSetPod) as an add-on, on the simulated clock.
import { describe, expect, it } from 'vitest';
import type { KubeObject, Pod, StatefulSet } from '../../../src/lib/cluster/api/types.ts';
import { cluster, reasons } from './fixtures.ts';

function sts(name: string, replicas: number, extra: Partial<StatefulSet['spec']> = {}, image = 'kubeclassroom/web:1.0'): KubeObject {
	return {
		apiVersion: 'apps/v1',
		kind: 'StatefulSet',
		metadata: { name } as KubeObject['metadata'],
		spec: { replicas, serviceName: name, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', image }] } }, ...extra },
	};
}

const names = (c: ReturnType<typeof cluster>) =>
	c.api
		.list<Pod>('Pod', 'default')
		.filter((p) => !p.metadata.deletionTimestamp)
		.map((p) => p.metadata.name)
		.sort();
const phases = (c: ReturnType<typeof cluster>) => Object.fromEntries(c.api.list<Pod>('Pod', 'default').map((p) => [p.metadata.name, p.status?.phase]));
const read = (c: ReturnType<typeof cluster>, name: string) => c.api.read<StatefulSet>('StatefulSet', 'default', name);
const events = (c: ReturnType<typeof cluster>) =>
	c.api
		.list<KubeObject & { involvedObject: { kind: string }; reason: string; message: string }>('Event')
		.filter((e) => e.involvedObject.kind === 'StatefulSet')
		.map((e) => `${e.reason}: ${e.message}`);

describe('StatefulSet controller', () => {
	it('creates web-0, web-1, web-2 in order, each after the one before is Running and Ready, with a stable identity', () => {
		const c = cluster();
		c.api.create(sts('web', 3));
		c.settle();
		expect(names(c)).toEqual(['web-0']);
		const web0 = c.api.read<Pod>('Pod', 'default', 'web-0');
		expect(web0.spec.hostname).toBe('web-0');
		expect(web0.spec.subdomain).toBe('web');
		expect(web0.metadata.labels).toMatchObject({ app: 'web', 'statefulset.kubernetes.io/pod-name': 'web-0', 'apps.kubernetes.io/pod-index': '0', 'controller-revision-hash': expect.stringMatching(/^web-[a-z0-9]+$/) });
		expect(read(c, 'web').spec).toMatchObject({ podManagementPolicy: 'OrderedReady', updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } }, persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' }, revisionHistoryLimit: 10 });
		// web-1 only once web-0 runs and is ready.
		c.advance(1_000);
		expect(names(c)).toEqual(['web-0']);
		c.advance(30_000);
		expect(names(c)).toEqual(['web-0', 'web-1', 'web-2']);
		expect(Object.values(phases(c))).toEqual(['Running', 'Running', 'Running']);
		expect(Date.parse(c.api.read<Pod>('Pod', 'default', 'web-1').metadata.creationTimestamp)).toBeGreaterThan(Date.parse(web0.metadata.creationTimestamp));
		expect(events(c)).toEqual(['SuccessfulCreate: create Pod web-0 in StatefulSet web successful', 'SuccessfulCreate: create Pod web-1 in StatefulSet web successful', 'SuccessfulCreate: create Pod web-2 in StatefulSet web successful']);
		expect(read(c, 'web').status).toMatchObject({ replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3, availableReplicas: 3 });
	});

	it('scales down from the highest ordinal, one at a time; a deleted replica comes back with its name', () => {
		const c = cluster();
		c.api.create(sts('web', 3));
		c.settle();
		c.advance(60_000);
		c.api.mutate<StatefulSet>('StatefulSet', 'default', 'web', (s) => {
			s.spec.replicas = 1;
		});
		c.settle();
		// web-2 terminates first; web-1 waits for it.
		expect(c.api.read<Pod>('Pod', 'default', 'web-2').metadata.deletionTimestamp).toBeDefined();
		expect(c.api.read<Pod>('Pod', 'default', 'web-1').metadata.deletionTimestamp).toBeUndefined();
		// A terminating replica still counts in status.replicas, not by revision.
		c.advance(1_000);
		const all = c.api.list<Pod>('Pod', 'default');
		expect(all.filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.name)).toEqual(['web-1']);
		expect(read(c, 'web').status).toMatchObject({ replicas: 2, currentReplicas: 1 });
		c.advance(120_000);
		expect(names(c)).toEqual(['web-0']);
		const deletes = events(c).filter((e) => e.startsWith('SuccessfulDelete'));
		expect(deletes).toEqual(['SuccessfulDelete: delete Pod web-2 in StatefulSet web successful', 'SuccessfulDelete: delete Pod web-1 in StatefulSet web successful']);
		const uid = c.api.read<Pod>('Pod', 'default', 'web-0').metadata.uid;
		c.api.delete('Pod', 'default', 'web-0');
		c.advance(60_000);
		const back = c.api.read<Pod>('Pod', 'default', 'web-0');
		expect(back.metadata.uid).not.toBe(uid);
		expect(back.status?.phase).toBe('Running');
	});

	it('Parallel creates every replica at once', () => {
		const c = cluster();
		c.api.create(sts('web', 3, { podManagementPolicy: 'Parallel' }));
		c.settle();
		expect(names(c)).toEqual(['web-0', 'web-1', 'web-2']);
	});

	it('rolls a new template out from the highest ordinal down to the partition', () => {
		const c = cluster();
		c.api.create(sts('web', 3));
		c.settle();
		c.advance(60_000);
		const oldRevision = read(c, 'web').status?.currentRevision;
		c.api.mutate<StatefulSet>('StatefulSet', 'default', 'web', (s) => {
			s.spec.template.spec.containers[0]!.image = 'kubeclassroom/web:2.0';
			s.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: 1 } };
		});
		c.settle();
		expect(c.api.read<Pod>('Pod', 'default', 'web-2').metadata.deletionTimestamp).toBeDefined();
		expect(c.api.read<Pod>('Pod', 'default', 'web-1').metadata.deletionTimestamp).toBeUndefined();
		c.advance(120_000);
		const images = Object.fromEntries(c.api.list<Pod>('Pod', 'default').map((p) => [p.metadata.name, p.spec.containers[0]!.image]));
		expect(images).toEqual({ 'web-0': 'kubeclassroom/web:1.0', 'web-1': 'kubeclassroom/web:2.0', 'web-2': 'kubeclassroom/web:2.0' });
		const status = read(c, 'web').status!;
		expect(status.currentRevision).toBe(oldRevision);
		expect(status.updateRevision).not.toBe(oldRevision);
		expect(status).toMatchObject({ currentReplicas: 1, updatedReplicas: 2, readyReplicas: 3 });
		// web-0 deleted below the partition comes back from the current revision.
		c.api.delete('Pod', 'default', 'web-0');
		c.advance(60_000);
		expect(c.api.read<Pod>('Pod', 'default', 'web-0').spec.containers[0]!.image).toBe('kubeclassroom/web:1.0');
		// Partition 0: the update completes and the current revision becomes the update revision.
		c.api.mutate<StatefulSet>('StatefulSet', 'default', 'web', (s) => {
			s.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };
		});
		c.advance(120_000);
		expect(c.api.read<Pod>('Pod', 'default', 'web-0').spec.containers[0]!.image).toBe('kubeclassroom/web:2.0');
		expect(read(c, 'web').status).toMatchObject({ currentRevision: status.updateRevision, currentReplicas: 3, updatedReplicas: 3 });
		expect(reasons(c, 'web')).toContain('SuccessfulDelete');
	});

	it('an OrderedReady set waits on a replica that never gets ready', () => {
		const c = cluster();
		c.api.create(sts('web', 3, {}, 'kubeclassroom/web:does-not-exist'));
		c.settle();
		c.advance(120_000);
		expect(names(c)).toEqual(['web-0']);
		expect(c.api.read<Pod>('Pod', 'default', 'web-0').status?.phase).toBe('Pending');
	});
});
