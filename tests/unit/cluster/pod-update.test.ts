// Updates of existing Pods through the simulated API server: what ValidatePodUpdate refuses, and the
// updates controllers, the kubelet and kubectl make all the time, which must keep going through.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/lib/cluster/apiserver/errors.ts';
import type { Deployment, KubeObject, Pod, ReplicaController } from '../../../src/lib/cluster/api/types.ts';
import { cluster, pod, pods, rc, running } from './fixtures.ts';

// The simulator stores activeDeadlineSeconds (the kubelet does not act on it), so its Pod type leaves it out.
type DeadlinePod = Pod & { spec: { activeDeadlineSeconds?: number } };

const FORBIDDEN = 'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,';

/** The error an update throws (the test fails if it does not throw one). */
function refusal(write: () => unknown): ApiError {
	try {
		write();
	} catch (error) {
		if (error instanceof ApiError) return error;
		throw error;
	}
	throw new Error('the API server accepted the update');
}

function runningPod(name = 'web', labels: Record<string, string> = { app: name }) {
	const c = cluster({ nodes: 1 });
	c.api.create(pod(name, labels));
	c.settle();
	c.advance(10_000);
	return { c, stored: () => c.api.read<Pod>('Pod', 'default', name) };
}

describe('Pod updates through the API server', () => {
	it('refuses a spec change as Invalid, names the changed field, and keeps the stored Pod', () => {
		const { c, stored } = runningPod();
		const before = stored();
		const next = structuredClone(before);
		next.spec.containers[0]!.ports = [{ containerPort: 80 }];
		const error = refusal(() => c.api.update(next));
		expect(error.reason).toBe('Invalid');
		expect(error.code).toBe(422);
		expect(error.message.startsWith(`Pod "web" is invalid: ${FORBIDDEN}`)).toBe(true);
		expect(error.details).toMatchObject({ kind: 'Pod', name: 'web' });
		expect(error.details.causes).toEqual([{ field: 'spec', message: expect.stringMatching(/\n- spec\.containers\[0\]\.ports: null\n\+ spec\.containers\[0\]\.ports: \[\{"containerPort":80,"protocol":"TCP"\}\]$/) }]);
		expect(stored()).toBe(before);
	});

	it('takes a new image, a lower deadline and an added toleration', () => {
		const { c, stored } = runningPod();
		c.api.mutate<DeadlinePod>('Pod', 'default', 'web', (p) => {
			p.spec.containers[0]!.image = 'kubeclassroom/web:2.0';
			p.spec.activeDeadlineSeconds = 600;
			p.spec.tolerations = [...(p.spec.tolerations ?? []), { key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' }];
		});
		c.api.mutate<DeadlinePod>('Pod', 'default', 'web', (p) => (p.spec.activeDeadlineSeconds = 300));
		expect(stored().spec).toMatchObject({ activeDeadlineSeconds: 300, containers: [expect.objectContaining({ image: 'kubeclassroom/web:2.0' })] });
		expect(refusal(() => c.api.mutate<DeadlinePod>('Pod', 'default', 'web', (p) => (p.spec.activeDeadlineSeconds = 900))).message).toBe(
			'Pod "web" is invalid: spec.activeDeadlineSeconds: Invalid value: 900: must be less than or equal to previous value',
		);
	});

	it('gives back the default tolerations a client left out (DefaultTolerationSeconds admits updates too)', () => {
		const { c, stored } = runningPod();
		const next = structuredClone(stored());
		delete next.spec.tolerations;
		next.spec.containers[0]!.image = 'kubeclassroom/web:2.0';
		c.api.update(next);
		expect(stored().spec.tolerations?.map((t) => t.key)).toEqual(['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']);
	});

	it('counts a missing nodeName as a change: the binding is part of the spec', () => {
		const { c, stored } = runningPod();
		const next = structuredClone(stored());
		const node = next.spec.nodeName;
		delete next.spec.nodeName;
		expect(refusal(() => c.api.update(next)).message).toContain(`\n- spec.nodeName: "${node}"\n+ spec.nodeName: null`);
	});

	it('lets the ReplicationController manager adopt and release Pods and the garbage collector orphan them', () => {
		const { c, stored } = runningPod('web-manual', { app: 'web' });
		c.api.create(rc('web', 1));
		c.settle();
		// Adopted: the orphan matched the selector, so no new Pod was needed.
		expect(pods(c)).toHaveLength(1);
		expect(stored().metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'ReplicationController', name: 'web' })]);
		// Released by a label change (kubectl label), replaced by a new Pod from the template.
		c.api.mutate<Pod>('Pod', 'default', 'web-manual', (p) => (p.metadata.labels = { app: 'debug' }));
		c.settle();
		c.advance(10_000);
		expect(stored().metadata.ownerReferences).toBeUndefined();
		expect(running(c)).toHaveLength(2);
		// Orphaned by the garbage collector when the RC is deleted with --cascade=orphan.
		c.api.delete('ReplicationController', 'default', 'web', { propagationPolicy: 'Orphan' });
		c.settle();
		expect(pods(c).every((p) => p.metadata.ownerReferences === undefined)).toBe(true);
		expect(c.api.get<ReplicaController>('ReplicationController', 'default', 'web')).toBeUndefined();
	});

	it('names apps kinds with their group in the Status message, and bare in the details', () => {
		const c = cluster();
		const deployment: KubeObject = {
			apiVersion: 'apps/v1',
			kind: 'Deployment',
			metadata: { name: 'web' } as KubeObject['metadata'],
			spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
		};
		c.api.create(deployment);
		c.settle();
		const error = refusal(() =>
			c.api.mutate<Deployment>('Deployment', 'default', 'web', (d) => {
				d.spec.selector = { matchLabels: { app: 'web', tier: 'front' } };
				d.spec.template.metadata!.labels = { app: 'web', tier: 'front' };
			}),
		);
		expect(error.message).toBe('Deployment.apps "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web","tier":"front"}}: field is immutable');
		expect(error.details).toMatchObject({ kind: 'Deployment', group: 'apps', name: 'web' });
	});
});
