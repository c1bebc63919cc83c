// Scenario tests for the scheduler (pkg/scheduler), endpoints controller
// (pkg/controller/endpoint), node lifecycle and taint eviction (pkg/controller/nodelifecycle,
// pkg/controller/tainteviction) and the garbage collector (pkg/controller/garbagecollector).
import { describe, expect, it } from 'vitest';
import type { Endpoints, Node, Pod, KubeObject } from '../../../src/lib/cluster/api/types.ts';
import { cluster, pod, pods, rc, running } from './fixtures.ts';

describe('scheduler', () => {
	it('leaves a pod that fits nowhere Pending with the FitError message', () => {
		const c = cluster();
		c.api.create(pod('big', {}, { resources: { requests: { cpu: '64' } } }));
		c.settle();
		const p = c.api.read<Pod>('Pod', 'default', 'big');
		expect(p.spec.nodeName).toBeUndefined();
		expect(p.status.conditions?.[0]).toMatchObject({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' });
		expect(p.status.conditions?.[0]?.message).toBe('0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.');
	});

	it('filters on nodeSelector and unschedulable (cordon), and spreads replicas across nodes', () => {
		const c = cluster();
		c.api.mutate<Node>('Node', undefined, 'node-1', (n) => {
			n.spec.unschedulable = true;
		});
		c.api.create(rc('web', 4));
		c.settle();
		const nodes = pods(c).map((p) => p.spec.nodeName);
		expect(nodes).not.toContain('node-1');
		expect(nodes.filter((n) => n === 'node-2')).toHaveLength(2);
		const pinned = pod('pinned', {});
		(pinned.spec as Pod['spec']).nodeSelector = { 'kubernetes.io/hostname': 'node-3' };
		c.api.create(pinned);
		c.settle();
		expect(c.api.read<Pod>('Pod', 'default', 'pinned').spec.nodeName).toBe('node-3');
	});
});

describe('endpoints controller', () => {
	it('lists ready pods as addresses and unready ones as notReadyAddresses', () => {
		const c = cluster();
		c.api.create(rc('web', 2, { ports: [{ containerPort: 8080 }], readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 5, failureThreshold: 1 } }));
		c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } as KubeObject['metadata'], spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] } });
		c.settle();
		c.advance(10_000);
		let ep = c.api.read<Endpoints>('Endpoints', 'default', 'web');
		expect(ep.subsets?.[0]?.addresses).toHaveLength(2);
		expect(ep.subsets?.[0]?.ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
		const one = pods(c)[0]!;
		c.kubelet(one.spec.nodeName!).setHealth(`default/${one.metadata.name}`, 'unhealthy');
		c.advance(10_000);
		ep = c.api.read<Endpoints>('Endpoints', 'default', 'web');
		expect(ep.subsets?.[0]?.addresses).toHaveLength(1);
		expect(ep.subsets?.[0]?.notReadyAddresses?.[0]?.targetRef?.name).toBe(one.metadata.name);
	});
});

describe('node lifecycle and taint eviction', () => {
	it('a silent node turns NotReady with the unreachable taints; after 300 s its pods are evicted and replaced elsewhere', () => {
		const c = cluster();
		c.api.create(rc('web', 3));
		c.api.create(pod('lonely', {}));
		c.settle();
		c.advance(10_000);
		const onNode1 = pods(c).filter((p) => p.spec.nodeName === 'node-1').map((p) => p.metadata.name);
		c.kubelet('node-1').fail();
		c.advance(70_000);
		const node = c.api.read<Node>('Node', undefined, 'node-1');
		expect(node.status.conditions?.find((x) => x.type === 'Ready')).toMatchObject({ status: 'Unknown', message: 'Kubelet stopped posting node status.' });
		expect(node.spec.taints?.map((t) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
		expect(pods(c).filter((p) => onNode1.includes(p.metadata.name)).every((p) => !p.metadata.deletionTimestamp)).toBe(true);
		c.advance(300_000);
		// Evicted pods stay Terminating: the unreachable kubelet cannot confirm. The RC replaced its own.
		expect(pods(c).filter((p) => onNode1.includes(p.metadata.name)).every((p) => p.metadata.deletionTimestamp)).toBe(true);
		expect(running(c).filter((p) => p.metadata.labels?.['app'] === 'web')).toHaveLength(3);
		// Recovery lets the kubelet finish the deletions: a standalone pod is simply gone.
		c.kubelet('node-1').recover();
		c.advance(10_000);
		for (const name of onNode1) expect(c.api.get('Pod', 'default', name)).toBeUndefined();
		expect(c.api.read<Node>('Node', undefined, 'node-1').spec.taints).toBeUndefined();
	});
});

describe('garbage collector', () => {
	const setup = () => {
		const c = cluster();
		c.api.create(rc('web', 2));
		c.settle();
		c.advance(10_000);
		return c;
	};

	it('background: the owner goes at once, then its pods', () => {
		const c = setup();
		c.api.delete('ReplicationController', 'default', 'web', { propagationPolicy: 'Background' });
		c.settle();
		expect(c.api.get('ReplicationController', 'default', 'web')).toBeUndefined();
		expect(pods(c).every((p) => p.metadata.deletionTimestamp)).toBe(true);
	});

	it('foreground: the owner waits with the foregroundDeletion finalizer until its pods are gone', () => {
		const c = setup();
		c.api.delete('ReplicationController', 'default', 'web', { propagationPolicy: 'Foreground' });
		c.settle();
		expect(c.api.read('ReplicationController', 'default', 'web').metadata.finalizers).toEqual(['foregroundDeletion']);
		c.advance(5_000);
		expect(pods(c)).toHaveLength(0);
		expect(c.api.get('ReplicationController', 'default', 'web')).toBeUndefined();
	});

	it('orphan: the pods lose their ownerReference and keep running', () => {
		const c = setup();
		c.api.delete('ReplicationController', 'default', 'web', { propagationPolicy: 'Orphan' });
		c.settle();
		expect(c.api.get('ReplicationController', 'default', 'web')).toBeUndefined();
		expect(running(c)).toHaveLength(2);
		expect(pods(c).every((p) => p.metadata.ownerReferences === undefined)).toBe(true);
	});
});
