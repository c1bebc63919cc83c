/**
 * The garbage collector. Mirrors pkg/controller/garbagecollector/garbagecollector.go:
 * - background (the default): the owner goes at once; dependents whose owners are all gone are then
 *   deleted (`attemptToDeleteItem`), and dangling ownerReferences to a vanished owner are removed;
 * - foreground: the owner keeps the `foregroundDeletion` finalizer until every dependent with
 *   blockOwnerDeletion is gone (`processDeletingDependentsItem`);
 * - orphan: the owner's dependents lose their ownerReference, then the `orphan` finalizer is
 *   removed (`orphanDependents`).
 */
import type { ControllerContext } from '../context.ts';
import type { KubeObject } from '../api/types.ts';
import { WorkQueue, type Controller } from './work-queue.ts';

// Kinds that may carry ownerReferences in the simulator, and kinds that own others.
const DEPENDENT_KINDS = ['Pod', 'ReplicaSet', 'Job', 'Endpoints'];
const OWNER_KINDS = ['ReplicationController', 'ReplicaSet', 'Deployment', 'Job', 'CronJob', 'DaemonSet', 'StatefulSet', 'Pod', 'Service', 'Node'];

export class GarbageCollector implements Controller {
	readonly name = 'garbage-collector';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;
	/** uid → `kind/namespace/name` of every live owner-capable object (the GC's dependency graph). */
	#owners = new Map<string, string>();

	constructor(ctx: ControllerContext) {
		this.#ctx = ctx;
		for (const kind of OWNER_KINDS) {
			ctx.api.watch(kind, ({ type, object }) => {
				const deleting = object.metadata.deletionTimestamp && object.metadata.finalizers?.length;
				// The graph already knows a live owner: names never change.
				if (type === 'MODIFIED' && !deleting && this.#owners.has(object.metadata.uid)) return;
				const id = `${kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
				if (type === 'DELETED') {
					this.#owners.delete(object.metadata.uid);
					this.queue.add(`gone:${object.metadata.uid}`);
				} else {
					this.#owners.set(object.metadata.uid, id);
					if (deleting) this.queue.add(`owner:${id}`);
				}
			});
		}
		for (const kind of DEPENDENT_KINDS) {
			ctx.api.watch(kind, ({ type, object }) => {
				// A dependent going away may unblock an owner waiting in foreground deletion.
				if (type !== 'DELETED' && !object.metadata.deletionTimestamp) return;
				for (const ref of object.metadata.ownerReferences ?? []) {
					const owner = this.#owners.get(ref.uid);
					if (owner) this.queue.add(`owner:${owner}`);
				}
			});
		}
	}

	sync(key: string): void {
		if (key.startsWith('gone:')) return this.#ownerGone(key.slice('gone:'.length));
		const [, kind, namespace, name] = /^owner:([^/]+)\/([^/]*)\/(.+)$/.exec(key) ?? [];
		if (!kind || name === undefined) return;
		const owner = this.#ctx.api.get(kind, namespace || undefined, name);
		if (!owner?.metadata.deletionTimestamp) return;
		const finalizers = owner.metadata.finalizers ?? [];
		if (finalizers.includes('orphan')) this.#orphan(owner);
		else if (finalizers.includes('foregroundDeletion')) this.#foreground(owner);
	}

	#dependents(uid: string): KubeObject[] {
		return DEPENDENT_KINDS.flatMap((kind) => this.#ctx.api.list(kind).filter((o) => o.metadata.ownerReferences?.some((r) => r.uid === uid)));
	}

	#ownerGone(uid: string): void {
		const { api } = this.#ctx;
		for (const dep of this.#dependents(uid)) {
			const m = dep.metadata;
			const remaining = (m.ownerReferences ?? []).filter((r) => r.uid !== uid && this.#owners.has(r.uid));
			if (remaining.length === 0) {
				if (!m.deletionTimestamp) api.delete(dep.kind, m.namespace, m.name, { propagationPolicy: 'Background' });
			} else {
				api.mutate(dep.kind, m.namespace, m.name, (o) => {
					o.metadata.ownerReferences = o.metadata.ownerReferences?.filter((r) => r.uid !== uid);
				});
			}
		}
	}

	#orphan(owner: KubeObject): void {
		const { api } = this.#ctx;
		const uid = owner.metadata.uid;
		for (const dep of this.#dependents(uid)) {
			api.mutate(dep.kind, dep.metadata.namespace, dep.metadata.name, (o) => {
				o.metadata.ownerReferences = o.metadata.ownerReferences?.filter((r) => r.uid !== uid);
				if (o.metadata.ownerReferences?.length === 0) delete o.metadata.ownerReferences;
			});
		}
		this.#removeFinalizer(owner, 'orphan');
	}

	#foreground(owner: KubeObject): void {
		const { api } = this.#ctx;
		const blocking = this.#dependents(owner.metadata.uid).filter((d) => d.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid && r.blockOwnerDeletion));
		for (const dep of blocking) {
			// Dependents that own others (a Deployment's ReplicaSets) are deleted in the foreground too.
			const policy = dep.kind === 'Pod' ? 'Background' : 'Foreground';
			if (!dep.metadata.deletionTimestamp) api.delete(dep.kind, dep.metadata.namespace, dep.metadata.name, { propagationPolicy: policy });
		}
		if (blocking.length === 0) this.#removeFinalizer(owner, 'foregroundDeletion');
	}

	#removeFinalizer(owner: KubeObject, finalizer: string): void {
		const fresh = this.#ctx.api.get(owner.kind, owner.metadata.namespace, owner.metadata.name);
		if (!fresh) return;
		const finalizers = (fresh.metadata.finalizers ?? []).filter((f) => f !== finalizer);
		const next: KubeObject = { ...fresh, metadata: { ...fresh.metadata, finalizers } };
		if (finalizers.length === 0) delete next.metadata.finalizers;
		this.#ctx.api.update(next);
	}
}
