/**
 * The Node and Lease objects a kubelet registers (pkg/kubelet/kubelet_node_status.go `initialNode`,
 * `setNodeStatus`), shaped like a kind worker node.
 */
import type { ControllerContext } from '../context.ts';
import { type Lease, type Node, type NodeCondition, newMeta } from '../api/types.ts';

export interface NodeShape {
	name: string;
	/** 1-based: the node's podCIDR is 10.244.<index>.0/24 and its address 172.18.0.<index+1>. */
	index: number;
	/** @default '4' */
	cpu?: string;
	/** @default '8Gi' as kibibytes, like a real node reports */
	memory?: string;
	/** @default '110' */
	pods?: string;
	kubeletVersion: string;
	labels?: Record<string, string>;
}

export function nodeAddress(index: number): string {
	return `172.18.0.${index + 1}`;
}

export function readyConditions(nowIso: string, transition = nowIso): NodeCondition[] {
	const c = (type: string, status: 'True' | 'False', reason: string, message: string): NodeCondition => ({
		type,
		status,
		lastHeartbeatTime: nowIso,
		lastTransitionTime: transition,
		reason,
		message,
	});
	return [
		c('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
		c('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
		c('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
		c('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
	];
}

export function initialNode(shape: NodeShape, nowIso: string): Node {
	const capacity = {
		cpu: shape.cpu ?? '4',
		'ephemeral-storage': '102626232Ki',
		'hugepages-2Mi': '0',
		memory: shape.memory ?? '8148180Ki',
		pods: shape.pods ?? '110',
	};
	return {
		apiVersion: 'v1',
		kind: 'Node',
		metadata: newMeta({
			name: shape.name,
			labels: {
				'beta.kubernetes.io/arch': 'amd64',
				'beta.kubernetes.io/os': 'linux',
				'kubernetes.io/arch': 'amd64',
				'kubernetes.io/hostname': shape.name,
				'kubernetes.io/os': 'linux',
				...shape.labels,
			},
			annotations: {
				'node.alpha.kubernetes.io/ttl': '0',
				'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
			},
		}),
		spec: { podCIDR: `10.244.${shape.index}.0/24` },
		status: {
			capacity,
			allocatable: { ...capacity },
			conditions: readyConditions(nowIso),
			addresses: [
				{ type: 'InternalIP', address: nodeAddress(shape.index) },
				{ type: 'Hostname', address: shape.name },
			],
			nodeInfo: {
				architecture: 'amd64',
				containerRuntimeVersion: 'containerd://2.1.4',
				kernelVersion: '6.8.0-85-generic',
				kubeletVersion: shape.kubeletVersion,
				operatingSystem: 'linux',
				osImage: 'Debian GNU/Linux 12 (bookworm)',
			},
		},
	};
}

/** Mirrors the node lease (pkg/kubelet/nodelease): renewed every 10 s, lasting 40 s. */
export const LEASE_DURATION_SECONDS = 40;
export const LEASE_RENEW_INTERVAL_MS = 10_000;

export function nodeLease(name: string, nowMicro: string): Lease {
	return {
		apiVersion: 'coordination.k8s.io/v1',
		kind: 'Lease',
		metadata: newMeta({ name, namespace: 'kube-node-lease' }),
		spec: { holderIdentity: name, leaseDurationSeconds: LEASE_DURATION_SECONDS, renewTime: nowMicro },
	};
}

/** metav1.MicroTime as leases store it. */
export function micro(ms: number): string {
	return new Date(ms).toISOString().replace('Z', '000Z');
}

/** registerWithAPIServer: the Node object, its lease and the kubelet's start-up events. */
export function registerNode(ctx: ControllerContext, shape: NodeShape): void {
	const { api, clock, events } = ctx;
	const node = api.create(initialNode(shape, clock.iso())).object;
	if (!api.get('Lease', 'kube-node-lease', shape.name)) api.create(nodeLease(shape.name, micro(clock.now())));
	const source = { component: 'kubelet', host: shape.name };
	events.normal(node, 'Starting', 'Starting kubelet.', source);
	events.normal(node, 'NodeReady', `Node ${shape.name} status is now: NodeReady`, source);
}

export function renewLease(ctx: ControllerContext, nodeName: string): void {
	const lease = ctx.api.get<Lease>('Lease', 'kube-node-lease', nodeName);
	if (lease) ctx.api.update({ ...lease, spec: { ...lease.spec, renewTime: micro(ctx.clock.now()) } });
}
