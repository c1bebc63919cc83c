/**
 * The default scheduler: for each pending pod, filter the nodes (NodeUnschedulable, TaintToleration,
 * NodeAffinity for nodeSelector and required node affinity, NodeResourcesFit), score the rest (NodeResourcesFit LeastAllocated
 * and default PodTopologySpread), then bind. Mirrors pkg/scheduler/schedule_one.go
 * (`schedulePod`, `findNodesThatFitPod`, `selectHost`) and the FitError message of
 * pkg/scheduler/framework/types.go.
 */
import type { ControllerContext } from '../context.ts';
import type { NodeVerdict } from '../decisions.ts';
import { controllerOf } from '../api/pod-util.ts';
import { bytes, milliCpu } from '../api/quantity.ts';
import { findUntolerated, formatTaint, toleratesTaint } from '../api/taints.ts';
import { podFitsNodeAffinity } from '../api/node-affinity.ts';
import type { Container, Node, Pod, Taint } from '../api/types.ts';
import { objectKey, splitKey, WorkQueue, type Controller } from '../controllers/work-queue.ts';

// Mirrors schedutil.DefaultMilliCPURequest / DefaultMemoryRequest: pods without requests still
// weigh something when scoring, so they spread.
const DEFAULT_MILLI_CPU = 100;
const DEFAULT_MEMORY = 200 * 1024 * 1024;
// Default profile weights: PodTopologySpread 2, NodeResourcesFit 1.
const SPREAD_WEIGHT = 2;

interface NodeUsage {
	cpu: number;
	memory: number;
	nonZeroCpu: number;
	nonZeroMemory: number;
	pods: number;
	byOwner: Map<string, number>;
}

interface Counted {
	node: string;
	cpu: number;
	memory: number;
	owner: string;
}

/** v1.TaintNodeUnschedulable, which NodeUnschedulable checks the Pod's tolerations against. */
const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

// TaintToleration's Filter looks at these effects only.
const FILTERED_EFFECTS: Taint['effect'][] = ['NoSchedule', 'NoExecute'];

// Failures no preemption can fix (UnschedulableAndUnresolvable).
const UNRESOLVABLE = new Set(["node(s) didn't match Pod's node affinity/selector", 'node(s) were unschedulable']);

export class Scheduler implements Controller {
	readonly name = 'default-scheduler';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;
	#usage = new Map<string, NodeUsage>();
	#counted = new Map<string, Counted>();
	#unschedulable = new Set<string>();

	constructor(ctx: ControllerContext) {
		this.#ctx = ctx;
		ctx.api.watch('Pod', ({ type, object, old }) => {
			const pod = object as Pod;
			// Status writes that keep the pod where it is and as it is change nothing in the cache.
			if (type === 'MODIFIED' && old && !cacheChanged(old as Pod, pod)) return;
			const key = objectKey(pod.metadata.namespace, pod.metadata.name);
			this.#account(key, type === 'DELETED' ? undefined : pod);
			if (type === 'ADDED' && !pod.spec.nodeName && (pod.spec.schedulerName ?? 'default-scheduler') === this.name) this.queue.add(key);
			// A pod leaving frees room: give unschedulable pods another try (MoveAllToActiveOrBackoffQueue).
			if (type === 'DELETED') this.#retryUnschedulable();
		});
		ctx.api.watch('Node', () => this.#retryUnschedulable());
	}

	#retryUnschedulable(): void {
		for (const key of this.#unschedulable) this.queue.add(key);
		this.#unschedulable.clear();
	}

	/** The scheduler cache: requested resources per node, kept up to date from the pod watch. */
	#account(key: string, pod: Pod | undefined): void {
		const before = this.#counted.get(key);
		if (before) {
			const u = this.#usage.get(before.node);
			if (u) {
				u.cpu -= before.cpu;
				u.memory -= before.memory;
				u.nonZeroCpu -= before.cpu || DEFAULT_MILLI_CPU;
				u.nonZeroMemory -= before.memory || DEFAULT_MEMORY;
				u.pods--;
				const owned = (u.byOwner.get(before.owner) ?? 1) - 1;
				// An owner with no Pod left here is forgotten (a CronJob makes a new Job every run).
				if (owned > 0) u.byOwner.set(before.owner, owned);
				else u.byOwner.delete(before.owner);
			}
			this.#counted.delete(key);
		}
		const phase = pod?.status?.phase;
		if (!pod?.spec.nodeName || phase === 'Succeeded' || phase === 'Failed') return;
		const c: Counted = { node: pod.spec.nodeName, ...requests(pod), owner: controllerOf(pod)?.uid ?? '' };
		const u = this.#nodeUsage(c.node);
		u.cpu += c.cpu;
		u.memory += c.memory;
		u.nonZeroCpu += c.cpu || DEFAULT_MILLI_CPU;
		u.nonZeroMemory += c.memory || DEFAULT_MEMORY;
		u.pods++;
		u.byOwner.set(c.owner, (u.byOwner.get(c.owner) ?? 0) + 1);
		this.#counted.set(key, c);
	}

	#nodeUsage(node: string): NodeUsage {
		let u = this.#usage.get(node);
		if (!u) this.#usage.set(node, (u = { cpu: 0, memory: 0, nonZeroCpu: 0, nonZeroMemory: 0, pods: 0, byOwner: new Map() }));
		return u;
	}

	sync(key: string): void {
		const { api, events } = this.#ctx;
		const random = api.random;
		const [namespace, name] = splitKey(key);
		const pod = api.get<Pod>('Pod', namespace, name);
		if (!pod || pod.spec.nodeName || pod.metadata.deletionTimestamp) return;
		const nodes = api.list<Node>('Node');
		const want = requests(pod);
		const owner = controllerOf(pod)?.uid ?? '';
		const reasons = new Map<string, number>();
		const feasible: { node: Node; verdict?: NodeVerdict }[] = [];
		// Each node's verdict, only in step mode, where the why panel reads it.
		const verdicts: NodeVerdict[] | undefined = this.#ctx.decide ? [] : undefined;
		let maxOwned = 0;
		for (const node of nodes) {
			const reason = this.#filter(pod, node, want);
			const verdict = verdicts && { node: node.metadata.name, rejected: reason.map((r) => ({ plugin: filterPlugin(r), reason: r })) };
			if (verdict) verdicts!.push(verdict);
			if (reason.length > 0) {
				for (const r of reason) reasons.set(r, (reasons.get(r) ?? 0) + 1);
				continue;
			}
			feasible.push({ node, verdict });
			maxOwned = Math.max(maxOwned, this.#nodeUsage(node.metadata.name).byOwner.get(owner) ?? 0);
		}
		if (feasible.length === 0) {
			const message = nodes.length === 0 ? 'no nodes available to schedule pods' : fitErrorMessage(nodes.length, reasons);
			this.#unschedulable.add(key);
			api.mutate<Pod>('Pod', namespace, name, (p) => {
				p.status = { ...p.status, phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: this.#ctx.clock.iso(), reason: 'Unschedulable', message }] };
			}, 'status');
			events.warning(pod, 'FailedScheduling', message, { component: this.name });
			this.#ctx.decide?.({ kind: 'schedule', pod: name, nodes: verdicts ?? [], ties: 0 });
			return;
		}
		let best: Node | undefined;
		let bestScore = -1;
		let ties = 0;
		for (const f of feasible) {
			const { fit, spread } = this.#score(f.node, want, owner, maxOwned);
			const score = fit + SPREAD_WEIGHT * spread;
			if (f.verdict) {
				f.verdict.scores = [
					{ plugin: 'NodeResourcesFit', score: fit, weight: 1 },
					{ plugin: 'PodTopologySpread', score: spread, weight: SPREAD_WEIGHT },
				];
				f.verdict.total = score;
			}
			if (score > bestScore) {
				best = f.node;
				bestScore = score;
				ties = 1;
			} else if (score === bestScore) {
				// selectHost: reservoir sampling among the top scores.
				ties++;
				if (random.intn(ties) === 0) best = f.node;
			}
		}
		api.bind(pod, best!.metadata.name);
		events.normal(pod, 'Scheduled', `Successfully assigned ${namespace}/${name} to ${best!.metadata.name}`, { component: this.name });
		this.#ctx.decide?.({ kind: 'schedule', pod: name, nodes: verdicts ?? [], chosen: best!.metadata.name, ties });
	}

	#filter(pod: Pod, node: Node, want: { cpu: number; memory: number }): string[] {
		// NodeUnschedulable: a cordoned node takes only Pods that tolerate its unschedulable taint (DaemonSet Pods do).
		if (node.spec.unschedulable && !pod.spec.tolerations?.some((t) => toleratesTaint(t, UNSCHEDULABLE_TAINT))) return ['node(s) were unschedulable'];
		const taint = findUntolerated(node.spec.taints, pod.spec.tolerations, FILTERED_EFFECTS);
		if (taint) return [`node(s) had untolerated taint ${formatTaint(taint)}`];
		if (!podFitsNodeAffinity(pod.spec, node)) return ["node(s) didn't match Pod's node affinity/selector"];
		const u = this.#nodeUsage(node.metadata.name);
		const alloc = allocatable(node);
		const out: string[] = [];
		if (u.pods + 1 > alloc.pods) out.push('Too many pods');
		if (want.cpu > 0 && u.cpu + want.cpu > alloc.cpu) out.push('Insufficient cpu');
		if (want.memory > 0 && u.memory + want.memory > alloc.memory) out.push('Insufficient memory');
		return out;
	}

	/** NodeResourcesFit (LeastAllocated) and PodTopologySpread's default spreading, each 0–100. */
	#score(node: Node, want: { cpu: number; memory: number }, owner: string, maxOwned: number): { fit: number; spread: number } {
		const u = this.#nodeUsage(node.metadata.name);
		const alloc = allocatable(node);
		const cpuCap = alloc.cpu || 1;
		const memCap = alloc.memory || 1;
		const cpuReq = u.nonZeroCpu + (want.cpu || DEFAULT_MILLI_CPU);
		const memReq = u.nonZeroMemory + (want.memory || DEFAULT_MEMORY);
		// LeastAllocated: the emptier the node, the higher the score (0-100).
		const least = (Math.max(0, (cpuCap - cpuReq) * 100) / cpuCap + Math.max(0, (memCap - memReq) * 100) / memCap) / 2;
		const owned = u.byOwner.get(owner) ?? 0;
		const spread = maxOwned === 0 ? 100 : ((maxOwned - owned) * 100) / maxOwned;
		return { fit: Math.floor(least), spread: Math.floor(spread) };
	}
}

/** The Filter plugin behind a FitError reason. */
function filterPlugin(reason: string): string {
	if (reason === 'node(s) were unschedulable') return 'NodeUnschedulable';
	if (reason.startsWith('node(s) had untolerated taint')) return 'TaintToleration';
	if (reason.startsWith("node(s) didn't match")) return 'NodeAffinity';
	return 'NodeResourcesFit';
}

function terminal(pod: Pod): boolean {
	return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** Whether an update moves the pod in the scheduler cache: node, requests, owner or finishing. */
function cacheChanged(old: Pod, pod: Pod): boolean {
	return old.spec !== pod.spec || old.metadata.ownerReferences !== pod.metadata.ownerReferences || terminal(old) !== terminal(pod);
}

const ALLOCATABLE = new WeakMap<object, { cpu: number; memory: number; pods: number }>();

/** The node's allocatable resources, parsed once per stored status object. */
function allocatable(node: Node): { cpu: number; memory: number; pods: number } {
	const status = node.status;
	let parsed = ALLOCATABLE.get(status);
	if (!parsed) {
		const a = status.allocatable ?? {};
		parsed = { cpu: milliCpu(a['cpu']), memory: bytes(a['memory']), pods: Number(a['pods'] ?? 110) };
		ALLOCATABLE.set(status, parsed);
	}
	return parsed;
}

/**
 * The Pod's effective requests (component-helpers resource.AggregateContainerRequests): the app
 * containers' and sidecars' sum, or, when larger, what an init container needs while it runs beside
 * the sidecars started before it.
 */
export function requests(pod: Pod): { cpu: number; memory: number } {
	const of = (c: Container) => ({
		cpu: milliCpu(c.resources?.requests?.['cpu'] ?? c.resources?.limits?.['cpu']) || 0,
		memory: bytes(c.resources?.requests?.['memory'] ?? c.resources?.limits?.['memory']) || 0,
	});
	const total = { cpu: 0, memory: 0 };
	for (const c of pod.spec.containers ?? []) {
		const r = of(c);
		total.cpu += r.cpu;
		total.memory += r.memory;
	}
	const sidecars = { cpu: 0, memory: 0 };
	const init = { cpu: 0, memory: 0 };
	for (const c of pod.spec.initContainers ?? []) {
		const r = of(c);
		if (c.restartPolicy === 'Always') {
			total.cpu += r.cpu;
			total.memory += r.memory;
			sidecars.cpu += r.cpu;
			sidecars.memory += r.memory;
			init.cpu = Math.max(init.cpu, sidecars.cpu);
			init.memory = Math.max(init.memory, sidecars.memory);
		} else {
			init.cpu = Math.max(init.cpu, r.cpu + sidecars.cpu);
			init.memory = Math.max(init.memory, r.memory + sidecars.memory);
		}
	}
	return { cpu: Math.max(total.cpu, init.cpu), memory: Math.max(total.memory, init.memory) };
}

/** Mirrors FitError.Error: `0/3 nodes are available: 3 Insufficient cpu. preemption: ...`. */
export function fitErrorMessage(total: number, reasons: Map<string, number>): string {
	const histogram = [...reasons].map(([r, n]) => `${n} ${r}`).sort();
	let helpful = 0;
	let unhelpful = 0;
	for (const [r, n] of reasons) {
		if (UNRESOLVABLE.has(r) || r.startsWith('node(s) had untolerated taint')) unhelpful += n;
		else helpful += n;
	}
	const preemption = [
		...(helpful ? [`${helpful} No preemption victims found for incoming pod`] : []),
		...(unhelpful ? [`${unhelpful} Preemption is not helpful for scheduling`] : []),
	].sort();
	return `0/${total} nodes are available: ${histogram.join(', ')}. preemption: 0/${total} nodes are available: ${preemption.join(', ')}.`;
}
