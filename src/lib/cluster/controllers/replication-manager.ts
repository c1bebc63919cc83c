/**
 * The ReplicationController and ReplicaSet manager. Mirrors pkg/controller/replicaset/replica_set.go
 * (`syncReplicaSet`, `manageReplicas`, `calculateStatus`), which pkg/controller/replication reuses
 * for ReplicationControllers: count the active pods the controller owns, adopt matching orphans and
 * release pods whose labels stopped matching (ControllerRefManager.ClaimPods), then create from the
 * template or delete in `getPodsToDelete` order.
 */
import { rankPodsToDelete } from './active-pods.ts';
import type { ApiError } from '../apiserver/errors.ts';
import type { ControllerContext } from '../context.ts';
import type { ReplicasDecision } from '../decisions.ts';
import { formatSelector, fromLabelSelector, matches, type Selector } from '../api/labels.ts';
import type { PodIndex } from './pod-index.ts';
import { controllerOf, isPodActive, isPodAvailable, isPodReady } from '../api/pod-util.ts';
import { type KubeObject, type OwnerReference, type Pod, type PodTemplateSpec, type ReplicaController, type ReplicaSetStatus, newMeta } from '../api/types.ts';
import { objectKey, splitKey, WorkQueue, type Controller } from './work-queue.ts';

// Mirrors BurstReplicas: at most 500 creations or deletions per sync; the rest follow on the next.
export const BURST_REPLICAS = 500;

export class ReplicationManager implements Controller {
	readonly name: string;
	readonly queue = new WorkQueue();
	readonly #kind: 'ReplicationController' | 'ReplicaSet';
	readonly #ctx: ControllerContext;
	readonly #pods: PodIndex;

	constructor(ctx: ControllerContext, pods: PodIndex, kind: 'ReplicationController' | 'ReplicaSet') {
		this.#ctx = ctx;
		this.#pods = pods;
		this.#kind = kind;
		this.name = kind === 'ReplicaSet' ? 'replicaset-controller' : 'replication-controller';
		ctx.api.watch(kind, ({ object }) => this.queue.add(objectKey(object.metadata.namespace, object.metadata.name)));
		ctx.api.watch('Pod', ({ object, old }) => {
			this.#enqueueFor(object as Pod);
			if (old && old.metadata.labels !== object.metadata.labels && !sameLabels(old.metadata.labels, object.metadata.labels)) this.#enqueueFor(old as Pod, true);
		});
	}

	/** addPod / updatePod / deletePod: wake the owner, or every controller that could adopt an orphan. */
	#enqueueFor(pod: Pod, alsoMatching = false): void {
		const ref = controllerOf(pod);
		if (ref) {
			if (ref.kind === this.#kind) this.queue.add(objectKey(pod.metadata.namespace, ref.name));
			if (!alsoMatching) return;
		}
		for (const rc of this.#ctx.api.list<ReplicaController>(this.#kind, pod.metadata.namespace)) {
			if (matches(this.#selector(rc), pod.metadata.labels)) this.queue.add(objectKey(rc.metadata.namespace, rc.metadata.name));
		}
	}

	#selector(rc: ReplicaController): Selector {
		const selector = fromLabelSelector(rc.spec.selector);
		// An empty selector would match every pod; the validator rejects it, and the manager ignores it.
		return selector.length === 0 ? [{ key: '\u0000', operator: 'exists', values: [] }] : selector;
	}

	sync(key: string): void {
		const [namespace, name] = splitKey(key);
		const rc = this.#ctx.api.get<ReplicaController>(this.#kind, namespace, name);
		if (!rc) return;
		const decision: ReplicasDecision = {
			kind: 'replicas',
			controller: { kind: this.#kind, name },
			selector: formatSelector(fromLabelSelector(rc.spec.selector)),
			desired: rc.spec.replicas ?? 1,
			active: [],
			adopted: [],
			released: [],
			created: [],
			deleted: [],
		};
		const pods = this.#claimPods(rc, decision).filter(isPodActive);
		decision.active = pods.map((p) => p.metadata.name);
		const changed = !rc.metadata.deletionTimestamp && this.#manageReplicas(rc, pods, decision);
		// After creating or deleting, the watch brings this key back; status waits for that sync.
		if (!changed) this.#updateStatus(rc, pods);
		this.#ctx.decide?.(decision);
	}

	/** ControllerRefManager.ClaimPods: adopt matching orphans, release owned pods that no longer match. */
	#claimPods(rc: ReplicaController, decision: ReplicasDecision): Pod[] {
		const { api } = this.#ctx;
		const selector = this.#selector(rc);
		const claimed: Pod[] = [];
		for (const pod of this.#pods.owned(rc.metadata.uid)) {
			if (matches(selector, pod.metadata.labels) || !isPodActive(pod)) {
				claimed.push(pod);
			} else if (!rc.metadata.deletionTimestamp) {
				api.mutate<Pod>('Pod', pod.metadata.namespace, pod.metadata.name, (p) => {
					p.metadata.ownerReferences = p.metadata.ownerReferences?.filter((r) => r.uid !== rc.metadata.uid);
					if (p.metadata.ownerReferences?.length === 0) delete p.metadata.ownerReferences;
				});
				decision.released.push(pod.metadata.name);
			}
		}
		if (!rc.metadata.deletionTimestamp) {
			for (const pod of this.#pods.orphans(rc.metadata.namespace ?? 'default')) {
				if (!isPodActive(pod) || !matches(selector, pod.metadata.labels)) continue;
				const adopted = api.mutate<Pod>('Pod', pod.metadata.namespace, pod.metadata.name, (p) => {
					p.metadata.ownerReferences = [...(p.metadata.ownerReferences ?? []), ownerRef(rc)];
				});
				claimed.push(adopted.object);
				decision.adopted.push(pod.metadata.name);
			}
		}
		return claimed;
	}

	/** Returns whether it created or deleted pods. */
	#manageReplicas(rc: ReplicaController, pods: Pod[], decision: ReplicasDecision): boolean {
		const { api, events, clock } = this.#ctx;
		const source = { component: this.name };
		const diff = pods.length - (rc.spec.replicas ?? 1);
		if (diff < 0) {
			const count = Math.min(-diff, BURST_REPLICAS);
			for (let i = 0; i < count; i++) {
				try {
					const { object } = api.create(podFromTemplate(rc));
					events.normal(rc, 'SuccessfulCreate', `Created pod: ${object.metadata.name}`, source);
					decision.created.push(object.metadata.name);
				} catch (error) {
					events.warning(rc, 'FailedCreate', `Error creating: ${(error as ApiError).message}`, source);
					decision.failed = (error as ApiError).message;
					return false;
				}
			}
			return true;
		} else if (diff > 0) {
			const count = Math.min(diff, BURST_REPLICAS);
			for (const { pod, rule, kept } of rankPodsToDelete(pods, this.#relatedPods(rc, pods), count, clock.now())) {
				api.delete('Pod', pod.metadata.namespace, pod.metadata.name);
				events.normal(rc, 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, source);
				decision.deleted.push({ pod: pod.metadata.name, rule, ...(kept ? { kept: kept.metadata.name } : {}) });
			}
			return true;
		}
		return false;
	}

	/** getIndirectlyRelatedPods: the pods of every ReplicaSet sharing this one's Deployment. */
	#relatedPods(rc: ReplicaController, pods: Pod[]): Pod[] {
		const owner = controllerOf(rc);
		if (!owner) return pods;
		const siblings = this.#ctx.api.list<ReplicaController>(this.#kind, rc.metadata.namespace).filter((rs) => controllerOf(rs)?.uid === owner.uid);
		return siblings.flatMap((rs) => this.#pods.owned(rs.metadata.uid));
	}

	/** calculateStatus + updateReplicaSetStatus: write only when something changed. */
	#updateStatus(rc: ReplicaController, pods: Pod[]): void {
		const { api, clock } = this.#ctx;
		const now = clock.now();
		const minReady = rc.spec.minReadySeconds ?? 0;
		const templateLabels = Object.entries(rc.spec.template?.metadata?.labels ?? {});
		let fullyLabeled = 0;
		let ready = 0;
		let available = 0;
		for (const pod of pods) {
			if (templateLabels.every(([k, v]) => pod.metadata.labels?.[k] === v)) fullyLabeled++;
			if (isPodReady(pod)) ready++;
			if (isPodAvailable(pod, minReady, now)) available++;
		}
		const status: ReplicaSetStatus = { replicas: pods.length };
		// Zero counts are omitted, as the Go types' `omitempty` does.
		if (fullyLabeled) status.fullyLabeledReplicas = fullyLabeled;
		if (ready) status.readyReplicas = ready;
		if (available) status.availableReplicas = available;
		status.observedGeneration = rc.metadata.generation;
		if (JSON.stringify(status) !== JSON.stringify(rc.status)) {
			const fresh = api.get<ReplicaController>(this.#kind, rc.metadata.namespace, rc.metadata.name);
			if (fresh) api.update({ ...fresh, status }, 'status');
		}
		// Pods become available minReadySeconds after turning ready: check again then.
		if (minReady > 0 && ready === pods.length && available !== ready) {
			const key = objectKey(rc.metadata.namespace, rc.metadata.name);
			clock.schedule(now + minReady * 1000 + 1000, () => this.queue.add(key));
		}
	}
}

function sameLabels(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
	const ka = Object.keys(a ?? {});
	if (ka.length !== Object.keys(b ?? {}).length) return false;
	return ka.every((k) => a![k] === b?.[k]);
}

export function ownerRef(owner: { apiVersion: string; kind: string; metadata: { name: string; uid: string } }): OwnerReference {
	return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true };
}

/** Mirrors controller.GetPodFromTemplate: labels, annotations and spec from the template. */
/** getPodsFromTemplate: a Pod for a controller (ReplicaSet, ReplicationController, Job), named after it. */
export function podFromTemplate(rc: Pick<KubeObject, 'apiVersion' | 'kind' | 'metadata'> & { spec: { template?: PodTemplateSpec } }): Pod {
	const template = rc.spec.template;
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: newMeta({
			generateName: `${rc.metadata.name}-`,
			namespace: rc.metadata.namespace,
			labels: { ...template?.metadata?.labels },
			...(template?.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
			ownerReferences: [ownerRef(rc)],
		}),
		spec: structuredClone(template?.spec ?? { containers: [] }),
		status: {},
	};
}
