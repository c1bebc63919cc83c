/**
 * The Deployment controller. Mirrors pkg/controller/deployment: `getNewReplicaSet` (one ReplicaSet
 * per pod template, named `<deployment>-<pod-template-hash>`, revision annotations),
 * rolling.go `rolloutRolling` (`reconcileNewReplicaSet` bounded by maxSurge, `reconcileOldReplicaSets`
 * bounded by maxUnavailable, unhealthy old pods first), recreate.go, and sync.go
 * `syncRolloutStatus` (Available and Progressing conditions) and `cleanupDeployment`
 * (revisionHistoryLimit).
 */
import type { ControllerContext } from '../context.ts';
import * as util from './deployment-util.ts';
import { controllerOf } from '../api/pod-util.ts';
import { ownerRef } from './replication-manager.ts';
import { type Deployment, type PodCondition, type ReplicaController, newMeta } from '../api/types.ts';
import { objectKey, splitKey, WorkQueue, type Controller } from './work-queue.ts';

type RS = ReplicaController;

export class DeploymentController implements Controller {
	readonly name = 'deployment-controller';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;

	constructor(ctx: ControllerContext) {
		this.#ctx = ctx;
		ctx.api.watch('Deployment', ({ object }) => this.queue.add(objectKey(object.metadata.namespace, object.metadata.name)));
		ctx.api.watch('ReplicaSet', ({ object }) => {
			const ref = controllerOf(object);
			if (ref?.kind === 'Deployment') this.queue.add(objectKey(object.metadata.namespace, ref.name));
		});
	}

	sync(key: string): void {
		const { api } = this.#ctx;
		const [namespace, name] = splitKey(key);
		const d = api.get<Deployment>('Deployment', namespace, name);
		if (!d || d.metadata.deletionTimestamp) return;
		const all = api.list<RS>('ReplicaSet', namespace).filter((rs) => controllerOf(rs)?.uid === d.metadata.uid);
		if (d.spec.paused) return this.#syncStatus(d, all.find((rs) => util.equalIgnoreHash(rs.spec.template, d.spec.template)), all);
		const newRS = this.#getNewReplicaSet(d, all);
		const current = api.list<RS>('ReplicaSet', namespace).filter((rs) => controllerOf(rs)?.uid === d.metadata.uid);
		const old = current.filter((rs) => rs.metadata.uid !== newRS.metadata.uid).sort(util.byCreation);
		const fresh = current.find((rs) => rs.metadata.uid === newRS.metadata.uid) ?? newRS;
		if (d.spec.strategy?.type === 'Recreate') this.#recreate(d, fresh, old);
		else this.#rolling(d, fresh, old);
		this.#cleanup(d, old);
		const final = api.list<RS>('ReplicaSet', namespace).filter((rs) => controllerOf(rs)?.uid === d.metadata.uid);
		this.#syncStatus(d, final.find((rs) => rs.metadata.uid === newRS.metadata.uid), final);
	}

	#getNewReplicaSet(d: Deployment, all: RS[]): RS {
		const { api } = this.#ctx;
		const existing = all.find((rs) => util.equalIgnoreHash(rs.spec.template, d.spec.template));
		const revision = String(util.maxRevision(all.filter((rs) => rs !== existing)) + 1);
		if (existing) {
			// Rolling back to an old template revives its ReplicaSet with the next revision number.
			if (existing.metadata.annotations?.[util.REVISION_ANNOTATION] === revision || util.revisionOf(existing) > Number(revision)) return existing;
			return api.update({ ...existing, metadata: { ...existing.metadata, annotations: { ...existing.metadata.annotations, [util.REVISION_ANNOTATION]: revision } } }).object;
		}
		const hash = util.computeHash(d.spec.template, d.status?.collisionCount);
		const labels = { ...d.spec.template.metadata?.labels, [util.POD_TEMPLATE_HASH]: hash };
		const { maxSurge } = util.resolveFenceposts(d);
		const replicas = d.spec.replicas ?? 1;
		const annotations: Record<string, string> = {
			[util.DESIRED_REPLICAS_ANNOTATION]: String(replicas),
			[util.MAX_REPLICAS_ANNOTATION]: String(replicas + maxSurge),
			[util.REVISION_ANNOTATION]: revision,
		};
		const cause = d.metadata.annotations?.[util.CHANGE_CAUSE_ANNOTATION];
		if (cause) annotations[util.CHANGE_CAUSE_ANNOTATION] = cause;
		const rs: RS = {
			apiVersion: 'apps/v1',
			kind: 'ReplicaSet',
			metadata: newMeta({
				name: `${d.metadata.name}-${hash}`,
				namespace: d.metadata.namespace,
				labels,
				annotations,
				ownerReferences: [ownerRef(d)],
			}),
			spec: {
				replicas: 0,
				minReadySeconds: d.spec.minReadySeconds ?? 0,
				selector: { ...d.spec.selector, matchLabels: { ...d.spec.selector.matchLabels, [util.POD_TEMPLATE_HASH]: hash } },
				template: { ...structuredClone(d.spec.template), metadata: { ...d.spec.template.metadata, labels } },
			},
		};
		const created = api.create(rs).object;
		this.#setProgressing(d, 'NewReplicaSetCreated', `Created new replica set "${created.metadata.name}"`);
		return created;
	}

	#rolling(d: Deployment, newRS: RS, old: RS[]): void {
		const replicas = d.spec.replicas ?? 1;
		const { maxSurge, maxUnavailable } = util.resolveFenceposts(d);
		const all = [newRS, ...old];
		// reconcileNewReplicaSet / NewRSNewReplicas.
		const newReplicas = newRS.spec.replicas ?? 0;
		if (newReplicas > replicas) this.#scale(d, newRS, replicas);
		else if (newReplicas < replicas) {
			const current = all.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
			const room = replicas + maxSurge - current;
			if (room > 0) this.#scale(d, newRS, newReplicas + Math.min(room, replicas - newReplicas));
		}
		// reconcileOldReplicaSets.
		const oldPods = old.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
		if (oldPods === 0) return;
		const allPods = all.reduce((n, rs) => n + (this.#fresh(rs).spec.replicas ?? 0), 0);
		const minAvailable = replicas - maxUnavailable;
		const newUnavailable = (this.#fresh(newRS).spec.replicas ?? 0) - (newRS.status?.availableReplicas ?? 0);
		let maxScaledDown = allPods - minAvailable - newUnavailable;
		if (maxScaledDown <= 0) return;
		// cleanupUnhealthyReplicas: old pods that are not available go first.
		for (const rs of old) {
			if (maxScaledDown <= 0) break;
			const target = this.#fresh(rs);
			const unhealthy = (target.spec.replicas ?? 0) - (target.status?.availableReplicas ?? 0);
			const cut = Math.min(unhealthy, maxScaledDown);
			if (cut > 0) {
				this.#scale(d, target, (target.spec.replicas ?? 0) - cut);
				maxScaledDown -= cut;
			}
		}
		// scaleDownOldReplicaSetsForRollingUpdate.
		const available = all.reduce((n, rs) => n + (this.#fresh(rs).status?.availableReplicas ?? 0), 0);
		let total = Math.min(available - minAvailable, maxScaledDown);
		for (const rs of old) {
			if (total <= 0) break;
			const target = this.#fresh(rs);
			const cut = Math.min(target.spec.replicas ?? 0, total);
			if (cut > 0) {
				this.#scale(d, target, (target.spec.replicas ?? 0) - cut);
				total -= cut;
			}
		}
	}

	/** recreate.go: scale every old ReplicaSet to zero, wait for their pods to go, then scale up. */
	#recreate(d: Deployment, newRS: RS, old: RS[]): void {
		let oldActive = false;
		for (const rs of old) {
			if ((rs.spec.replicas ?? 0) > 0) this.#scale(d, rs, 0);
			if ((this.#fresh(rs).status?.replicas ?? 0) > 0) oldActive = true;
		}
		if (!oldActive && (newRS.spec.replicas ?? 0) !== (d.spec.replicas ?? 1)) this.#scale(d, newRS, d.spec.replicas ?? 1);
	}

	#fresh(rs: RS): RS {
		return this.#ctx.api.get<RS>('ReplicaSet', rs.metadata.namespace, rs.metadata.name) ?? rs;
	}

	#scale(d: Deployment, rs: RS, replicas: number): void {
		const current = this.#fresh(rs);
		const from = current.spec.replicas ?? 0;
		if (from === replicas) return;
		const { maxSurge } = util.resolveFenceposts(d);
		const annotations = {
			...current.metadata.annotations,
			[util.DESIRED_REPLICAS_ANNOTATION]: String(d.spec.replicas ?? 1),
			[util.MAX_REPLICAS_ANNOTATION]: String((d.spec.replicas ?? 1) + maxSurge),
		};
		this.#ctx.api.update({ ...current, metadata: { ...current.metadata, annotations }, spec: { ...current.spec, replicas } });
		const verb = replicas > from ? 'up' : 'down';
		this.#ctx.events.normal(d, 'ScalingReplicaSet', `Scaled ${verb} replica set ${current.metadata.name} from ${from} to ${replicas}`, { component: this.name });
	}

	/** cleanupDeployment: keep at most revisionHistoryLimit old ReplicaSets that are scaled to zero. */
	#cleanup(d: Deployment, old: RS[]): void {
		const limit = d.spec.revisionHistoryLimit ?? 10;
		const idle = old.map((rs) => this.#fresh(rs)).filter((rs) => (rs.spec.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0);
		for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) this.#ctx.api.delete('ReplicaSet', rs.metadata.namespace, rs.metadata.name);
	}

	#setProgressing(d: Deployment, reason: string, message: string): void {
		this.#progress.set(d.metadata.uid, { reason, message });
	}

	#progress = new Map<string, { reason: string; message: string }>();

	/** syncRolloutStatus: counts from the ReplicaSets, then the Available and Progressing conditions. */
	#syncStatus(d: Deployment, newRS: RS | undefined, all: RS[]): void {
		const { api, clock } = this.#ctx;
		const fresh = api.get<Deployment>('Deployment', d.metadata.namespace, d.metadata.name);
		if (!fresh) return;
		const replicas = fresh.spec.replicas ?? 1;
		const { maxUnavailable } = util.resolveFenceposts(fresh);
		const sum = (f: (rs: RS) => number | undefined): number => all.reduce((n, rs) => n + (f(rs) ?? 0), 0);
		const available = sum((rs) => rs.status?.availableReplicas);
		const updated = newRS?.status?.replicas ?? 0;
		const total = sum((rs) => rs.status?.replicas);
		const now = clock.iso();
		const conditions = [...(fresh.status?.conditions ?? [])];
		const put = (c: PodCondition & { lastUpdateTime?: string }): void => {
			const i = conditions.findIndex((x) => x.type === c.type);
			const prev = conditions[i] as (PodCondition & { lastUpdateTime?: string }) | undefined;
			if (prev && prev.status === c.status && prev.reason === c.reason && prev.message === c.message) return;
			const next = { ...c, lastUpdateTime: now, lastTransitionTime: prev && prev.status === c.status ? prev.lastTransitionTime : now };
			if (i >= 0) conditions[i] = next;
			else conditions.push(next);
		};
		put(
			available >= replicas - maxUnavailable
				? { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' }
				: { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
		);
		const complete = newRS && updated === replicas && available === replicas && total === replicas;
		const progress = this.#progress.get(fresh.metadata.uid);
		this.#progress.delete(fresh.metadata.uid);
		if (newRS && complete) {
			put({ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${newRS.metadata.name}" has successfully progressed.` });
		} else if (progress) {
			put({ type: 'Progressing', status: 'True', ...progress });
		} else if (newRS && !conditions.some((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded')) {
			put({ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: `ReplicaSet "${newRS.metadata.name}" is progressing.` });
		}
		const order = ['Available', 'Progressing'];
		conditions.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
		this.#checkDeadline(fresh, conditions, complete === true, newRS);
		const status: NonNullable<Deployment['status']> = {
			observedGeneration: fresh.metadata.generation,
			replicas: total,
			updatedReplicas: updated,
			readyReplicas: sum((rs) => rs.status?.readyReplicas),
			availableReplicas: available,
			unavailableReplicas: Math.max(replicas - available, 0),
			conditions,
		};
		// Zero counts are omitted, as `omitempty` does.
		for (const k of ['replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas'] as const) if (!status[k]) delete status[k];
		if (fresh.status?.collisionCount !== undefined) status.collisionCount = fresh.status.collisionCount;
		if (JSON.stringify(status) !== JSON.stringify(fresh.status)) api.update({ ...fresh, status }, 'status');
	}

	/** progressDeadlineSeconds (default 600): a rollout that makes no progress for that long is marked failed. */
	#checkDeadline(d: Deployment, conditions: PodCondition[], complete: boolean, newRS: RS | undefined): void {
		const i = conditions.findIndex((c) => c.type === 'Progressing');
		const c = conditions[i] as (PodCondition & { lastUpdateTime?: string }) | undefined;
		if (!c || complete || !newRS || c.reason === 'ProgressDeadlineExceeded') return;
		const deadline = Date.parse(c.lastUpdateTime ?? c.lastTransitionTime ?? '') + (d.spec.progressDeadlineSeconds ?? 600) * 1000;
		const { clock } = this.#ctx;
		if (clock.now() >= deadline) {
			const now = clock.iso();
			conditions[i] = { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${newRS.metadata.name}" has timed out progressing.`, lastUpdateTime: now, lastTransitionTime: now } as PodCondition;
		} else {
			const key = objectKey(d.metadata.namespace, d.metadata.name);
			clock.schedule(deadline, () => this.queue.add(key));
		}
	}
}
