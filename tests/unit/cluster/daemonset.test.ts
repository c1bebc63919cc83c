// The DaemonSet controller (pkg/controller/daemon daemon_controller.go manage/podsShouldBeOnNode/
// nodeShouldRunDaemonPod, update.go rollingUpdate) as an add-on, on the simulated clock.
import { describe, expect, it } from 'vitest';
import type { DaemonSet, KubeObject, Node, Pod } from '../../../src/lib/cluster/api/types.ts';
import { cluster, reasons } from './fixtures.ts';

function ds(name: string, spec: Partial<DaemonSet['spec']['template']['spec']> = {}, image = 'kubeclassroom/web:1.0', strategy?: DaemonSet['spec']['updateStrategy']): KubeObject {
	return {
		apiVersion: 'apps/v1',
		kind: 'DaemonSet',
		metadata: { name } as KubeObject['metadata'],
		spec: { selector: { matchLabels: { app: name } }, ...(strategy ? { updateStrategy: strategy } : {}), template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'agent', image }], ...spec } } },
	};
}

const dsPods = (c: ReturnType<typeof cluster>, name: string) => c.api.list<Pod>('Pod', 'default').filter((p) => p.metadata.ownerReferences?.[0]?.name === name);
const read = (c: ReturnType<typeof cluster>, name: string) => c.api.read<DaemonSet>('DaemonSet', 'default', name);

describe('DaemonSet controller', () => {
	it('runs one Pod per node, pinned by node affinity, with the automatic tolerations and SetDefaults_DaemonSet', () => {
		const c = cluster();
		c.api.create(ds('agent'));
		c.settle();
		c.advance(30_000);
		const pods = dsPods(c, 'agent');
		expect(pods.map((p) => p.spec.nodeName).sort()).toEqual(['node-1', 'node-2', 'node-3']);
		for (const pod of pods) {
			expect(pod.metadata.name).toMatch(/^agent-[a-z0-9]{5}$/);
			expect(pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution).toEqual({ nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [pod.spec.nodeName] }] }] });
			expect(pod.spec.tolerations?.map((t) => `${t.key}:${t.effect}`)).toEqual(expect.arrayContaining(['node.kubernetes.io/not-ready:NoExecute', 'node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unschedulable:NoSchedule', 'node.kubernetes.io/disk-pressure:NoSchedule']));
			expect(pod.metadata.labels).toMatchObject({ app: 'agent', 'pod-template-generation': '1', 'controller-revision-hash': expect.any(String) });
		}
		const d = read(c, 'agent');
		expect(d.spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
		expect(d.status).toMatchObject({ desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 3, numberAvailable: 3, updatedNumberScheduled: 3, numberMisscheduled: 0 });
		expect(reasons(c, 'agent').filter((r) => r === 'SuccessfulCreate')).toHaveLength(3);
	});

	it('gives a new node its Pod, and a cordoned node keeps and gets one (it tolerates unschedulable)', () => {
		const c = cluster();
		c.api.mutate<Node>('Node', undefined, 'node-1', (n) => {
			n.spec.unschedulable = true;
		});
		c.api.create(ds('agent'));
		c.settle();
		c.addNode({ name: 'node-4' });
		c.advance(30_000);
		expect(dsPods(c, 'agent').map((p) => p.spec.nodeName).sort()).toEqual(['node-1', 'node-2', 'node-3', 'node-4']);
		expect(read(c, 'agent').status?.desiredNumberScheduled).toBe(4);
	});

	it('skips nodes its nodeSelector does not match and nodes with a taint it does not tolerate; a toleration lets it in', () => {
		const c = cluster();
		c.api.mutate<Node>('Node', undefined, 'node-2', (n) => {
			n.metadata.labels = { ...n.metadata.labels, disk: 'ssd' };
		});
		c.api.mutate<Node>('Node', undefined, 'node-3', (n) => {
			n.metadata.labels = { ...n.metadata.labels, disk: 'ssd' };
			n.spec.taints = [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }];
		});
		c.api.create(ds('ssd', { nodeSelector: { disk: 'ssd' } }));
		c.settle();
		c.advance(30_000);
		expect(dsPods(c, 'ssd').map((p) => p.spec.nodeName)).toEqual(['node-2']);
		expect(read(c, 'ssd').status).toMatchObject({ desiredNumberScheduled: 1, currentNumberScheduled: 1 });
		c.api.mutate<DaemonSet>('DaemonSet', 'default', 'ssd', (d) => {
			d.spec.template.spec.tolerations = [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' }];
		});
		c.advance(60_000);
		expect(dsPods(c, 'ssd').filter((p) => !p.metadata.deletionTimestamp).map((p) => p.spec.nodeName).sort()).toEqual(['node-2', 'node-3']);
		// A label removed: the Pod there is deleted (the node should not run it any more).
		c.api.mutate<Node>('Node', undefined, 'node-2', (n) => {
			delete n.metadata.labels!['disk'];
		});
		c.advance(60_000);
		expect(dsPods(c, 'ssd').map((p) => p.spec.nodeName)).toEqual(['node-3']);
	});

	it('rolls a new template out one node at a time (maxUnavailable 1); OnDelete waits for a Pod to be deleted', () => {
		const c = cluster();
		c.api.create(ds('agent'));
		c.settle();
		c.advance(30_000);
		const oldHash = dsPods(c, 'agent')[0]!.metadata.labels!['controller-revision-hash'];
		c.api.mutate<DaemonSet>('DaemonSet', 'default', 'agent', (d) => {
			d.spec.template.spec.containers[0]!.image = 'kubeclassroom/web:2.0';
		});
		c.settle();
		// One old Pod terminating, the others still serving.
		const terminating = dsPods(c, 'agent').filter((p) => p.metadata.deletionTimestamp);
		expect(terminating).toHaveLength(1);
		c.advance(120_000);
		const after = dsPods(c, 'agent');
		expect(after).toHaveLength(3);
		expect(after.every((p) => p.spec.containers[0]!.image === 'kubeclassroom/web:2.0' && p.metadata.labels!['controller-revision-hash'] !== oldHash)).toBe(true);
		expect(after.every((p) => p.metadata.labels!['pod-template-generation'] === '2')).toBe(true);
		// The registry strategy counts template changes only (PrepareForUpdate's templateGeneration).
		expect(read(c, 'agent').metadata.annotations).toEqual({ 'deprecated.daemonset.template.generation': '2' });
		c.api.mutate<DaemonSet>('DaemonSet', 'default', 'agent', (d) => {
			d.spec.minReadySeconds = 5;
		});
		expect(read(c, 'agent').metadata).toMatchObject({ generation: 3, annotations: { 'deprecated.daemonset.template.generation': '2' } });
		expect(read(c, 'agent').status).toMatchObject({ updatedNumberScheduled: 3, numberAvailable: 3, observedGeneration: 2 });

		const o = cluster();
		o.api.create(ds('agent', {}, 'kubeclassroom/web:1.0', { type: 'OnDelete' }));
		o.settle();
		o.advance(30_000);
		o.api.mutate<DaemonSet>('DaemonSet', 'default', 'agent', (d) => {
			d.spec.template.spec.containers[0]!.image = 'kubeclassroom/web:2.0';
		});
		o.advance(60_000);
		expect(dsPods(o, 'agent').map((p) => p.spec.containers[0]!.image)).toEqual(['kubeclassroom/web:1.0', 'kubeclassroom/web:1.0', 'kubeclassroom/web:1.0']);
		const first = dsPods(o, 'agent')[0]!;
		o.api.delete('Pod', 'default', first.metadata.name);
		o.advance(60_000);
		expect(dsPods(o, 'agent').map((p) => p.spec.containers[0]!.image).sort()).toEqual(['kubeclassroom/web:1.0', 'kubeclassroom/web:1.0', 'kubeclassroom/web:2.0']);
		expect(read(o, 'agent').status?.updatedNumberScheduled).toBe(1);
	});

	it('deletes its Pods with it: the apps/v1 registry deletes dependents by default', () => {
		const c = cluster();
		c.api.create(ds('agent'));
		c.settle();
		c.advance(30_000);
		c.api.delete('DaemonSet', 'default', 'agent');
		c.advance(60_000);
		expect(dsPods(c, 'agent')).toEqual([]);
	});
});
