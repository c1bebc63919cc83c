/**
 * The node lifecycle controller. Mirrors pkg/controller/nodelifecycle/node_lifecycle_controller.go
 * `monitorNodeHealth`: every nodeMonitorPeriod (5 s) it checks each node's lease; a node silent for
 * longer than nodeMonitorGracePeriod (50 s since 1.32) gets its conditions set to Unknown
 * ("Kubelet stopped posting node status."), its pods marked not ready (`MarkPodsNotReady`), and the
 * `node.kubernetes.io/unreachable` taints (NoSchedule from TaintNodesByCondition, NoExecute for the
 * taint eviction controller). A node whose kubelet posts Ready again loses those taints.
 */
import type { ControllerContext } from '../context.ts';
import { getCondition } from '../api/pod-util.ts';
import type { Lease, Node, NodeCondition, Pod, Taint } from '../api/types.ts';
import { WorkQueue, type Controller } from './work-queue.ts';

export const NODE_MONITOR_PERIOD_MS = 5_000;
export const NODE_MONITOR_GRACE_PERIOD_MS = 50_000;
export const UNREACHABLE_TAINT = 'node.kubernetes.io/unreachable';
export const NOT_READY_TAINT = 'node.kubernetes.io/not-ready';

export class NodeLifecycleController implements Controller {
	readonly name = 'node-controller';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;

	constructor(ctx: ControllerContext) {
		this.#ctx = ctx;
		ctx.api.watch('Node', ({ type, object }) => {
			if (type === 'ADDED') ctx.events.normal(object, 'RegisteredNode', `Node ${object.metadata.name} event: Registered Node ${object.metadata.name} in Controller`, { component: this.name });
			if (type !== 'DELETED') this.queue.add(object.metadata.name);
		});
		const tick = (at: number): void =>
			ctx.clock.schedule(at, () => {
				for (const node of ctx.api.list<Node>('Node')) this.queue.add(node.metadata.name);
				tick(at + NODE_MONITOR_PERIOD_MS);
			});
		tick(ctx.clock.now() + NODE_MONITOR_PERIOD_MS);
	}

	sync(name: string): void {
		const { api, clock, events } = this.#ctx;
		const node = api.get<Node>('Node', undefined, name);
		if (!node) return;
		const lease = api.get<Lease>('Lease', 'kube-node-lease', name);
		const ready = getCondition(node.status.conditions, 'Ready');
		const lastSeen = Math.max(lease?.spec.renewTime ? Date.parse(lease.spec.renewTime) : 0, ready?.lastHeartbeatTime ? Date.parse(ready.lastHeartbeatTime) : 0);
		let current = node;
		if (clock.now() - lastSeen > NODE_MONITOR_GRACE_PERIOD_MS && ready?.status !== 'Unknown') {
			const now = clock.iso();
			const conditions: NodeCondition[] = (node.status.conditions ?? []).map((c) => ({
				...c,
				status: 'Unknown',
				reason: 'NodeStatusUnknown',
				message: 'Kubelet stopped posting node status.',
				lastTransitionTime: now,
			}));
			current = api.update({ ...node, status: { ...node.status, conditions } }, 'status').object;
			events.normal(node, 'NodeNotReady', `Node ${name} status is now: NodeNotReady`, { component: this.name });
			this.#markPodsNotReady(name);
		}
		this.#reconcileTaints(current);
	}

	/** nodeutil.MarkPodsNotReady: the pods on a lost node stop counting as ready. */
	#markPodsNotReady(nodeName: string): void {
		const { api, clock, events } = this.#ctx;
		for (const pod of api.list<Pod>('Pod')) {
			if (pod.spec.nodeName !== nodeName || getCondition(pod.status?.conditions, 'Ready')?.status !== 'True') continue;
			const now = clock.iso();
			const conditions = pod.status.conditions!.map((c) => (c.type === 'Ready' ? { ...c, status: 'False' as const, lastTransitionTime: now } : c));
			api.update({ ...pod, status: { ...pod.status, conditions } }, 'status');
			events.warning(pod, 'NodeNotReady', 'Node is not ready', { component: this.name });
		}
	}

	/** doNoScheduleTaintingPass + doNoExecuteTaintingPass: taints follow the Ready condition. */
	#reconcileTaints(node: Node): void {
		const { api, clock } = this.#ctx;
		const status = getCondition(node.status.conditions, 'Ready')?.status;
		const key = status === 'Unknown' ? UNREACHABLE_TAINT : status === 'False' ? NOT_READY_TAINT : undefined;
		const others = (node.spec.taints ?? []).filter((t) => t.key !== UNREACHABLE_TAINT && t.key !== NOT_READY_TAINT);
		const existing = (node.spec.taints ?? []).filter((t) => t.key === key);
		const wanted: Taint[] = key
			? (['NoSchedule', 'NoExecute'] as const).map((effect) => existing.find((t) => t.effect === effect) ?? { key, effect, timeAdded: clock.iso() })
			: [];
		const taints = [...others, ...wanted];
		if (JSON.stringify(taints) === JSON.stringify(node.spec.taints ?? [])) return;
		const next: Node = { ...node, spec: { ...node.spec } };
		if (taints.length > 0) next.spec.taints = taints;
		else delete next.spec.taints;
		api.update(next);
	}
}
