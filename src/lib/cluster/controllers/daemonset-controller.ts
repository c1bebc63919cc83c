/**
 * The DaemonSet controller. Mirrors pkg/controller/daemon/daemon_controller.go: `manage` (for each node,
 * `podsShouldBeOnNode` from `nodeShouldRunDaemonPod`: the DaemonSet's nodeSelector and node affinity,
 * and its Pod's tolerations against the node's NoSchedule and NoExecute taints), `syncNodes` (each new
 * Pod pinned to its node by a `metadata.name` node affinity term, util.ReplaceDaemonSetPodNodeNameNodeAffinity,
 * with the automatic tolerations of util.AddOrUpdateDaemonPodTolerations), a failed daemon Pod deleted
 * and replaced (FailedDaemonPod), `updateDaemonSetStatus`; and update.go `rollingUpdate` (old Pods
 * deleted, unavailable ones first, while no more than maxUnavailable are unavailable; maxSurge is not
 * modelled) and OnDelete (only Pods deleted by hand are replaced, from the new template).
 * A Pod's revision is the `controller-revision-hash` label (the ControllerRevision's hash: here
 * computeHash of the template, as for Deployments) and `pod-template-generation`.
 */
import type { ApiError } from '../apiserver/errors.ts';
import type { ControllerContext } from '../context.ts';
import type { DaemonSetDecision } from '../decisions.ts';
import { podFitsNodeAffinity } from '../api/node-affinity.ts';
import { isPodAvailable, isPodReady } from '../api/pod-util.ts';
import { findUntolerated } from '../api/taints.ts';
import type { DaemonSet, Node, Pod, Toleration } from '../api/types.ts';
import { jsonEqual } from '../api/json-equal.ts';
import { TEMPLATE_GENERATION_ANNOTATION } from '../apiserver/daemonset-strategy.ts';
import { computeHash } from './deployment-util.ts';
import type { PodIndex } from './pod-index.ts';
import { podFromTemplate } from './replication-manager.ts';
import { objectKey, splitKey, WorkQueue, type Controller } from './work-queue.ts';
import { Wakeups } from './wakeups.ts';

export const CONTROLLER_REVISION_HASH = 'controller-revision-hash';
export const POD_TEMPLATE_GENERATION = 'pod-template-generation';

/** util.AddOrUpdateDaemonPodTolerations: what every daemon Pod tolerates (network-unavailable only with hostNetwork). */
const DAEMON_TOLERATIONS: Toleration[] = [
	{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
	{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
	{ key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
	{ key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
	{ key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
	{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

/** The template's tolerations with the daemon ones added (those already there by key and effect kept). */
export function daemonTolerations(ds: DaemonSet): Toleration[] {
	const own = ds.spec.template.spec.tolerations ?? [];
	const extra = [...DAEMON_TOLERATIONS];
	if ((ds.spec.template.spec as { hostNetwork?: boolean }).hostNetwork) extra.push({ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });
	return [...own, ...extra.filter((t) => !own.some((o) => o.key === t.key && o.effect === t.effect))];
}

/**
 * nodeShouldRunDaemonPod: whether the node should run the daemon Pod (its selector and affinity match and
 * it tolerates the NoSchedule and NoExecute taints) and whether a Pod already there may keep running
 * (only NoExecute taints evict). `reason` is the first check that failed.
 */
export function nodeShouldRunDaemonPod(ds: DaemonSet, node: Node, tolerations = daemonTolerations(ds)): { shouldRun: boolean; shouldContinueRunning: boolean; reason?: 'selector' | 'taint' } {
	if (!podFitsNodeAffinity(ds.spec.template.spec, node)) return { shouldRun: false, shouldContinueRunning: false, reason: 'selector' };
	if (findUntolerated(node.spec.taints, tolerations, ['NoExecute'])) return { shouldRun: false, shouldContinueRunning: false, reason: 'taint' };
	if (findUntolerated(node.spec.taints, tolerations, ['NoSchedule'])) return { shouldRun: false, shouldContinueRunning: true, reason: 'taint' };
	return { shouldRun: true, shouldContinueRunning: true };
}

/** The DaemonSet's current revision: the hash of its template (the ControllerRevision's name suffix). */
export function daemonSetHash(ds: DaemonSet): string {
	return computeHash(ds.spec.template);
}

/** intstr.GetScaledValueFromIntOrPercent, rounded as the kind asks. */
export function scaledValue(value: number | string | undefined, fallback: number | string, total: number, roundUp: boolean): number {
	const v = value ?? fallback;
	if (typeof v === 'number') return v;
	const match = /^(\d+)%$/.exec(v);
	if (!match) return Number(v) || 0;
	const exact = (Number(match[1]) * total) / 100;
	return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

export class DaemonSetController implements Controller {
	readonly name = 'daemonset-controller';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;
	readonly #pods: PodIndex;
	readonly #wakes: Wakeups;

	constructor(ctx: ControllerContext, pods: PodIndex) {
		this.#ctx = ctx;
		this.#wakes = new Wakeups(ctx.clock, this.queue);
		this.#pods = pods;
		const all = (): void => {
			for (const ds of ctx.api.list<DaemonSet>('DaemonSet')) this.queue.add(objectKey(ds.metadata.namespace, ds.metadata.name));
		};
		ctx.api.watch('DaemonSet', ({ object }) => this.queue.add(objectKey(object.metadata.namespace, object.metadata.name)));
		ctx.api.watch('Pod', ({ type, object, old }) => {
			const ref = object.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'DaemonSet');
			if (!ref) return;
			// Only what the DaemonSet counts: phase, readiness, deletion, the node.
			if (type === 'MODIFIED' && old && !podChanged(old as Pod, object as Pod)) return;
			this.queue.add(objectKey(object.metadata.namespace, ref.name));
		});
		// A new node, a node's labels or taints: every DaemonSet looks again (addNode, updateNode).
		ctx.api.watch('Node', ({ type, object, old }) => {
			if (type === 'MODIFIED' && old && jsonEqual(old.metadata.labels, object.metadata.labels) && jsonEqual((old as Node).spec, (object as Node).spec)) return;
			all();
		});
		all();
	}

	sync(key: string): void {
		const { api, clock } = this.#ctx;
		const [namespace, name] = splitKey(key);
		const ds = api.get<DaemonSet>('DaemonSet', namespace, name);
		if (!ds || ds.metadata.deletionTimestamp) return;
		const hash = daemonSetHash(ds);
		const tolerations = daemonTolerations(ds);
		const nodes = api.list<Node>('Node');
		const owned = this.#pods.owned(ds.metadata.uid);
		const byNode = new Map<string, Pod[]>();
		for (const pod of owned) {
			const node = podNode(pod);
			if (node === undefined) continue;
			let list = byNode.get(node);
			if (!list) byNode.set(node, (list = []));
			list.push(pod);
		}
		const decision: DaemonSetDecision = { kind: 'daemonset', daemonSet: name, nodes: [], created: [], deleted: [] };
		const create: string[] = [];
		const remove: Pod[] = [];
		const now = clock.now();
		for (const node of nodes) {
			const nodeName = node.metadata.name;
			const { shouldRun, shouldContinueRunning, reason } = nodeShouldRunDaemonPod(ds, node, tolerations);
			const pods = (byNode.get(nodeName) ?? []).filter((p) => !p.metadata.deletionTimestamp);
			if (this.#ctx.decide) decision.nodes.push({ node: nodeName, shouldRun, ...(reason ? { reason } : {}), pods: pods.map((p) => p.metadata.name) });
			// podsShouldBeOnNode.
			if (shouldRun && pods.length === 0 && !(byNode.get(nodeName) ?? []).some((p) => p.metadata.deletionTimestamp)) {
				create.push(nodeName);
				continue;
			}
			if (shouldContinueRunning) {
				const running: Pod[] = [];
				for (const pod of pods) {
					if (pod.status?.phase === 'Failed') {
						this.#ctx.events.warning(ds, 'FailedDaemonPod', `Found failed daemon pod ${pod.metadata.namespace}/${pod.metadata.name} on node ${nodeName}, will try to kill it`, { component: this.name });
						remove.push(pod);
					} else running.push(pod);
				}
				// More than one daemon Pod on a node: keep the oldest.
				if (running.length > 1) {
					running.sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp) || a.metadata.name.localeCompare(b.metadata.name));
					remove.push(...running.slice(1));
				}
			} else remove.push(...pods);
		}
		// rollingUpdate: old Pods go while the unavailable ones stay within maxUnavailable.
		if ((ds.spec.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate') remove.push(...this.#rollingUpdate(ds, hash, nodes, byNode, remove, now));
		for (const pod of remove) this.#deletePod(ds, pod, decision);
		this.#createPods(ds, hash, create, tolerations, decision);
		this.#updateStatus(ds, hash, nodes, tolerations);
		this.#ctx.decide?.(decision);
	}

	/**
	 * update.go rollingUpdate (maxSurge 0): on nodes whose Pod is of an old revision, delete the old
	 * Pods that are not available at once, then available ones while the unavailable count stays below
	 * maxUnavailable (of the desired number, rounded up; at least 1 when both are 0).
	 */
	#rollingUpdate(ds: DaemonSet, hash: string, nodes: Node[], byNode: Map<string, Pod[]>, removing: Pod[], now: number): Pod[] {
		const tolerations = daemonTolerations(ds);
		const desired = nodes.filter((n) => nodeShouldRunDaemonPod(ds, n, tolerations).shouldRun);
		const maxUnavailable = Math.max(1, scaledValue(ds.spec.updateStrategy?.rollingUpdate?.maxUnavailable, 1, desired.length, true));
		const minReady = ds.spec.minReadySeconds ?? 0;
		let unavailable = 0;
		const oldAvailable: Pod[] = [];
		const out: Pod[] = [];
		for (const node of desired) {
			const pods = byNode.get(node.metadata.name) ?? [];
			const live = pods.filter((p) => !p.metadata.deletionTimestamp && !removing.includes(p));
			if (live.length === 0) {
				unavailable++;
				continue;
			}
			const pod = live[0]!;
			const old = pod.metadata.labels?.[CONTROLLER_REVISION_HASH] !== hash;
			const available = isPodAvailable(pod, minReady, now);
			if (!available) unavailable++;
			if (!old) continue;
			if (!available) out.push(pod);
			else oldAvailable.push(pod);
		}
		for (const pod of oldAvailable) {
			if (unavailable >= maxUnavailable) break;
			out.push(pod);
			unavailable++;
		}
		return out;
	}

	/** syncNodes: one Pod per node, pinned there by node affinity. */
	#createPods(ds: DaemonSet, hash: string, nodes: string[], tolerations: Toleration[], decision: DaemonSetDecision): void {
		const { api, events } = this.#ctx;
		for (const nodeName of nodes) {
			const pod = podFromTemplate(ds);
			pod.metadata.labels = { ...pod.metadata.labels, [CONTROLLER_REVISION_HASH]: hash, [POD_TEMPLATE_GENERATION]: ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION] ?? '1' };
			pod.spec.tolerations = tolerations.map((t) => ({ ...t }));
			pod.spec.affinity = replaceNodeNameAffinity(pod.spec.affinity, nodeName);
			try {
				const { object } = api.create(pod);
				events.normal(ds, 'SuccessfulCreate', `Created pod: ${object.metadata.name}`, { component: this.name });
				decision.created.push(object.metadata.name);
			} catch (error) {
				events.warning(ds, 'FailedCreate', `Error creating: ${(error as ApiError).message}`, { component: this.name });
				return;
			}
		}
	}

	#deletePod(ds: DaemonSet, pod: Pod, decision: DaemonSetDecision): void {
		if (pod.metadata.deletionTimestamp || decision.deleted.includes(pod.metadata.name)) return;
		this.#ctx.api.delete('Pod', pod.metadata.namespace, pod.metadata.name);
		decision.deleted.push(pod.metadata.name);
		this.#ctx.events.normal(ds, 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, { component: this.name });
	}

	/** updateDaemonSetStatus: counted per node that should run the Pod (and the mis-scheduled ones). */
	#updateStatus(ds: DaemonSet, hash: string, nodes: Node[], tolerations: Toleration[]): void {
		const { api, clock } = this.#ctx;
		const now = clock.now();
		const minReady = ds.spec.minReadySeconds ?? 0;
		const byNode = new Map<string, Pod[]>();
		for (const pod of this.#pods.owned(ds.metadata.uid)) {
			const node = podNode(pod);
			if (node === undefined || pod.metadata.deletionTimestamp) continue;
			byNode.set(node, [...(byNode.get(node) ?? []), pod]);
		}
		let desired = 0;
		let current = 0;
		let misscheduled = 0;
		let ready = 0;
		let available = 0;
		let updated = 0;
		let waitForAvailable = false;
		for (const node of nodes) {
			const pods = byNode.get(node.metadata.name) ?? [];
			const { shouldRun } = nodeShouldRunDaemonPod(ds, node, tolerations);
			if (shouldRun) {
				desired++;
				if (pods.length === 0) continue;
				current++;
				const pod = pods.sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp))[0]!;
				if (isPodReady(pod)) {
					ready++;
					if (isPodAvailable(pod, minReady, now)) available++;
					else waitForAvailable = true;
				}
				if (pod.metadata.labels?.[CONTROLLER_REVISION_HASH] === hash) updated++;
			} else if (pods.length > 0) misscheduled++;
		}
		const status: NonNullable<DaemonSet['status']> = {
			currentNumberScheduled: current,
			desiredNumberScheduled: desired,
			numberMisscheduled: misscheduled,
			numberReady: ready,
			observedGeneration: ds.metadata.generation,
			updatedNumberScheduled: updated,
		};
		// omitempty on the optional counts.
		if (available > 0) status.numberAvailable = available;
		if (desired - available > 0) status.numberUnavailable = desired - available;
		if (updated === 0) delete status.updatedNumberScheduled;
		if (!jsonEqual(status, ds.status)) api.update({ ...ds, status }, 'status');
		// Pods turn available minReadySeconds after ready: look again then.
		if (waitForAvailable) this.#wakes.addAt(objectKey(ds.metadata.namespace, ds.metadata.name), now + minReady * 1000 + 1000);
	}

}

/** The node a daemon Pod is on, or is pinned to while it waits for the scheduler. */
function podNode(pod: Pod): string | undefined {
	if (pod.spec.nodeName) return pod.spec.nodeName;
	for (const term of pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
		const field = term.matchFields?.find((f) => f.key === 'metadata.name' && f.operator === 'In');
		if (field?.values?.length === 1) return field.values[0];
	}
	return undefined;
}

/**
 * util.ReplaceDaemonSetPodNodeNameNodeAffinity: the required node affinity becomes one term whose field
 * is `metadata.name In [node]` (the DaemonSet's own terms were checked by nodeShouldRunDaemonPod).
 */
function replaceNodeNameAffinity(affinity: Pod['spec']['affinity'], nodeName: string): NonNullable<Pod['spec']['affinity']> {
	const term = { matchFields: [{ key: 'metadata.name', operator: 'In' as const, values: [nodeName] }] };
	return { ...affinity, nodeAffinity: { ...affinity?.nodeAffinity, requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [term] } } };
}

function podChanged(a: Pod, b: Pod): boolean {
	return (
		a.status?.phase !== b.status?.phase ||
		isPodReady(a) !== isPodReady(b) ||
		a.metadata.deletionTimestamp !== b.metadata.deletionTimestamp ||
		a.spec.nodeName !== b.spec.nodeName ||
		a.metadata.labels?.[CONTROLLER_REVISION_HASH] !== b.metadata.labels?.[CONTROLLER_REVISION_HASH]
	);
}
