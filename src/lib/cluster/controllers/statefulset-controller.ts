/**
 * The StatefulSet controller. Mirrors pkg/controller/statefulset/stateful_set_control.go
 * `updateStatefulSet`: a replica per ordinal (web-0, web-1…), created in order under OrderedReady (the
 * next one waits until every one before it is Running and Ready) or all at once under Parallel; failed
 * replicas deleted and recreated; replicas past `replicas` deleted from the highest ordinal, one at a
 * time under OrderedReady; then RollingUpdate from the highest ordinal down to `partition`, one replica
 * at a time, each waiting for the one before to be Running and Ready (OnDelete replaces only Pods deleted
 * by hand). stateful_pod_control.go and stateful_set_utils.go `newVersionedStatefulSetPod`: the Pod's
 * stable identity (name, hostname, subdomain from serviceName, the pod-name and pod-index labels, the
 * revision label `NAME-HASH`) and the events kubectl shows. Ordinals below the partition are created
 * from the current revision's template, kept here as the ControllerRevisions would keep it.
 * volumeClaimTemplates: the simulated cluster has no PersistentVolumeClaims, so no claim is created.
 */
import type { ApiError } from '../apiserver/errors.ts';
import type { ControllerContext } from '../context.ts';
import type { StatefulSetDecision } from '../decisions.ts';
import { isPodAvailable, isPodReady } from '../api/pod-util.ts';
import type { Pod, PodTemplateSpec, StatefulSet } from '../api/types.ts';
import { jsonEqual } from '../api/json-equal.ts';
import { computeHash } from './deployment-util.ts';
import type { PodIndex } from './pod-index.ts';
import { podFromTemplate } from './replication-manager.ts';
import { CONTROLLER_REVISION_HASH, scaledValue } from './daemonset-controller.ts';
import { objectKey, splitKey, WorkQueue, type Controller } from './work-queue.ts';
import { Wakeups } from './wakeups.ts';

export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

/** The revision name: the set's name and its template's hash (the ControllerRevision's name). */
export function statefulSetRevision(set: StatefulSet): string {
	return `${set.metadata.name}-${computeHash(set.spec.template)}`;
}

/** getOrdinal: the number after the last dash of a Pod's name, -1 when it is not one of the set's. */
function ordinalOf(set: StatefulSet, pod: Pod): number {
	const prefix = `${set.metadata.name}-`;
	const name = pod.metadata.name;
	if (!name.startsWith(prefix) || !/^(0|[1-9]\d*)$/.test(name.slice(prefix.length))) return -1;
	return Number(name.slice(prefix.length));
}

/** isRunningAndReady. */
function runningAndReady(pod: Pod): boolean {
	return pod.status?.phase === 'Running' && isPodReady(pod);
}

const finished = (pod: Pod): boolean => pod.status?.phase === 'Failed' || pod.status?.phase === 'Succeeded';

export class StatefulSetController implements Controller {
	readonly name = 'statefulset-controller';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;
	readonly #pods: PodIndex;
	/** Each set's revisions by name (the ControllerRevisions' data), and its current revision. */
	#revisions = new Map<string, Map<string, PodTemplateSpec>>();
	#current = new Map<string, string>();
	readonly #wakes: Wakeups;

	constructor(ctx: ControllerContext, pods: PodIndex) {
		this.#ctx = ctx;
		this.#wakes = new Wakeups(ctx.clock, this.queue);
		this.#pods = pods;
		ctx.api.watch('StatefulSet', ({ type, object }) => {
			if (type === 'DELETED') {
				this.#revisions.delete(object.metadata.uid);
				this.#current.delete(object.metadata.uid);
			}
			this.queue.add(objectKey(object.metadata.namespace, object.metadata.name));
		});
		ctx.api.watch('Pod', ({ object }) => {
			const ref = object.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'StatefulSet');
			if (ref) this.queue.add(objectKey(object.metadata.namespace, ref.name));
		});
		for (const set of ctx.api.list<StatefulSet>('StatefulSet')) this.queue.add(objectKey(set.metadata.namespace, set.metadata.name));
	}

	sync(key: string): void {
		const { api, clock } = this.#ctx;
		const [namespace, name] = splitKey(key);
		const set = api.get<StatefulSet>('StatefulSet', namespace, name);
		if (!set || set.metadata.deletionTimestamp) return;
		const uid = set.metadata.uid;
		const updateRevision = statefulSetRevision(set);
		let revisions = this.#revisions.get(uid);
		if (!revisions) this.#revisions.set(uid, (revisions = new Map()));
		revisions.set(updateRevision, structuredClone(set.spec.template));
		const currentRevision = this.#current.get(uid) ?? set.status?.currentRevision ?? updateRevision;
		if (!revisions.has(currentRevision)) revisions.set(currentRevision, structuredClone(set.spec.template));
		const replicaCount = set.spec.replicas ?? 1;
		const monotonic = (set.spec.podManagementPolicy ?? 'OrderedReady') !== 'Parallel';
		const onDelete = set.spec.updateStrategy?.type === 'OnDelete';
		const partition = onDelete ? replicaCount : Math.max(0, set.spec.updateStrategy?.rollingUpdate?.partition ?? 0);
		const minReady = set.spec.minReadySeconds ?? 0;
		const now = clock.now();
		const decision: StatefulSetDecision = { kind: 'statefulset', statefulSet: name, replicas: replicaCount, policy: monotonic ? 'OrderedReady' : 'Parallel', created: [], deleted: [] };

		const replicas: (Pod | undefined)[] = Array.from({ length: replicaCount });
		const condemned: Pod[] = [];
		for (const pod of this.#pods.owned(uid)) {
			const ord = ordinalOf(set, pod);
			if (ord < 0) continue;
			if (ord < replicaCount) replicas[ord] = pod;
			else condemned.push(pod);
		}
		condemned.sort((a, b) => ordinalOf(set, b) - ordinalOf(set, a));
		const revisionOf = (pod: Pod) => pod.metadata.labels?.[CONTROLLER_REVISION_HASH];

		const wait = (pod: string, why: NonNullable<StatefulSetDecision['waiting']>['why']): void => {
			decision.waiting = { pod, why };
		};
		// processReplica for each ordinal in order; under OrderedReady the first that is not Running and Ready stops the sync.
		const process = (): boolean => {
			for (let ord = 0; ord < replicaCount; ord++) {
				const pod = replicas[ord];
				const podName = `${name}-${ord}`;
				if (pod && finished(pod) && !pod.metadata.deletionTimestamp) {
					// A failed (or succeeded) replica is deleted and recreated.
					this.#deletePod(set, pod, decision);
					if (monotonic) return false;
					continue;
				}
				if (!pod) {
					const revision = ord < partition ? currentRevision : updateRevision;
					if (!this.#createPod(set, ord, revision, revisions!.get(revision)!, decision)) return false;
					if (monotonic) {
						wait(podName, 'created');
						return false;
					}
					continue;
				}
				if (pod.metadata.deletionTimestamp) {
					if (monotonic) {
						wait(podName, 'terminating');
						return false;
					}
					continue;
				}
				if (!runningAndReady(pod) || !isPodAvailable(pod, minReady, now)) {
					if (monotonic) {
						wait(podName, runningAndReady(pod) ? 'available' : 'runningAndReady');
						if (runningAndReady(pod)) this.#wakes.addAt(key, now + minReady * 1000 + 1000);
						return false;
					}
				}
			}
			return true;
		};
		const allHealthy = process();
		if (allHealthy || !monotonic) {
			// Scale down: the highest ordinal first.
			for (const pod of condemned) {
				if (pod.metadata.deletionTimestamp) {
					if (monotonic) {
						wait(pod.metadata.name, 'terminating');
						break;
					}
					continue;
				}
				this.#deletePod(set, pod, decision);
				if (monotonic) break;
			}
			// RollingUpdate: from the highest ordinal down to the partition, one at a time.
			if (!onDelete && condemned.length === 0 && (allHealthy || !monotonic)) {
				const maxUnavailable = Math.max(1, monotonic ? 1 : scaledValue(set.spec.updateStrategy?.rollingUpdate?.maxUnavailable, 1, replicaCount, false));
				let unavailable = replicas.filter((p) => !p || p.metadata.deletionTimestamp || !runningAndReady(p)).length;
				for (let ord = replicaCount - 1; ord >= partition; ord--) {
					const pod = replicas[ord];
					if (!pod || revisionOf(pod) === updateRevision) continue;
					if (pod.metadata.deletionTimestamp || !runningAndReady(pod)) {
						wait(pod.metadata.name, pod.metadata.deletionTimestamp ? 'terminating' : 'runningAndReady');
						break;
					}
					if (unavailable >= maxUnavailable) break;
					this.#deletePod(set, pod, decision, true);
					unavailable++;
				}
			}
		}
		this.#updateStatus(set, currentRevision, updateRevision, partition);
		this.#ctx.decide?.(decision);
	}

	/** newVersionedStatefulSetPod and createPersistentVolumeClaims (none here): the Pod with its identity. */
	#createPod(set: StatefulSet, ord: number, revision: string, template: PodTemplateSpec, decision: StatefulSetDecision): boolean {
		const { api, events } = this.#ctx;
		const podName = `${set.metadata.name}-${ord}`;
		const pod = podFromTemplate({ ...set, spec: { template } });
		delete pod.metadata.generateName;
		pod.metadata.name = podName;
		pod.metadata.labels = { ...pod.metadata.labels, [CONTROLLER_REVISION_HASH]: revision, [POD_NAME_LABEL]: podName, [POD_INDEX_LABEL]: String(ord) };
		// updateIdentity: the hostname is the Pod's name, the subdomain the governing Service.
		pod.spec.hostname = podName;
		if (set.spec.serviceName) pod.spec.subdomain = set.spec.serviceName;
		try {
			api.create(pod);
		} catch (error) {
			events.warning(set, 'FailedCreate', `create Pod ${podName} in StatefulSet ${set.metadata.name} failed error: ${(error as ApiError).message}`, { component: this.name });
			return false;
		}
		events.normal(set, 'SuccessfulCreate', `create Pod ${podName} in StatefulSet ${set.metadata.name} successful`, { component: this.name });
		decision.created.push(podName);
		return true;
	}

	#deletePod(set: StatefulSet, pod: Pod, decision: StatefulSetDecision, forUpdate = false): void {
		const { api, events } = this.#ctx;
		try {
			api.delete('Pod', pod.metadata.namespace, pod.metadata.name);
		} catch (error) {
			events.warning(set, 'FailedDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${(error as ApiError).message}`, { component: this.name });
			return;
		}
		events.normal(set, 'SuccessfulDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`, { component: this.name });
		decision.deleted.push(pod.metadata.name);
		if (forUpdate) decision.updating = pod.metadata.name;
	}

	/**
	 * updateStatefulSetStatus and completeRollingUpdate: the counts of the replicas that exist, and the
	 * current revision becomes the update revision once every replica is updated and ready.
	 */
	#updateStatus(set: StatefulSet, currentRevision: string, updateRevision: string, partition: number): void {
		const { api, clock } = this.#ctx;
		const fresh = api.get<StatefulSet>('StatefulSet', set.metadata.namespace, set.metadata.name);
		if (!fresh) return;
		const now = clock.now();
		const minReady = set.spec.minReadySeconds ?? 0;
		let replicas = 0;
		let ready = 0;
		let available = 0;
		let current = 0;
		let updated = 0;
		// computeReplicaStatus: every created replica counts, a terminating one too; only the others count by revision.
		for (const pod of this.#pods.owned(set.metadata.uid)) {
			if (ordinalOf(set, pod) < 0) continue;
			replicas++;
			if (runningAndReady(pod)) ready++;
			if (runningAndReady(pod) && isPodAvailable(pod, minReady, now)) available++;
			if (pod.metadata.deletionTimestamp) continue;
			const revision = pod.metadata.labels?.[CONTROLLER_REVISION_HASH];
			if (revision === currentRevision) current++;
			if (revision === updateRevision) updated++;
		}
		const want = set.spec.replicas ?? 1;
		let nextCurrent = currentRevision;
		if (partition === 0 && updated === want && ready === want && replicas === want) {
			nextCurrent = updateRevision;
			current = updated;
		}
		this.#current.set(set.metadata.uid, nextCurrent);
		const status: NonNullable<StatefulSet['status']> = {
			availableReplicas: available,
			collisionCount: 0,
			currentReplicas: current,
			currentRevision: nextCurrent,
			observedGeneration: fresh.metadata.generation,
			readyReplicas: ready,
			replicas,
			updateRevision,
			updatedReplicas: updated,
		};
		// omitempty.
		for (const field of ['currentReplicas', 'readyReplicas', 'updatedReplicas'] as const) if (status[field] === 0) delete status[field];
		if (!jsonEqual(status, fresh.status)) api.update({ ...fresh, status }, 'status');
	}

}
