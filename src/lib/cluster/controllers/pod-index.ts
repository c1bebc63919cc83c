/**
 * An informer-style index of pods by controller owner, plus the orphans of each namespace, so a
 * controller's sync reads its own pods without scanning every pod (client-go indexers).
 */
import type { ApiServer } from '../apiserver/api-server.ts';
import { controllerOf } from '../api/pod-util.ts';
import type { KubeObject, Pod } from '../api/types.ts';
import { objectKey, splitKey } from './work-queue.ts';

export class PodIndex {
	#api: ApiServer;
	#byOwner = new Map<string, Set<string>>();
	#orphans = new Map<string, Set<string>>();

	constructor(api: ApiServer) {
		this.#api = api;
		api.watch('Pod', ({ type, object, old }) => {
			// Keyed by name and controller uid only: most updates leave both alone.
			if (type === 'MODIFIED' && old && controllerOf(old)?.uid === controllerOf(object)?.uid) return;
			if (old) this.#unindex(old);
			else if (type !== 'ADDED') this.#unindex(object);
			if (type !== 'DELETED') this.#index(object);
		});
	}

	owned(ownerUid: string): Pod[] {
		return this.#resolve(this.#byOwner.get(ownerUid));
	}

	orphans(namespace: string): Pod[] {
		return this.#resolve(this.#orphans.get(namespace));
	}

	#resolve(keys: Set<string> | undefined): Pod[] {
		const out: Pod[] = [];
		for (const key of keys ?? []) {
			const [ns, name] = splitKey(key);
			const pod = this.#api.get<Pod>('Pod', ns, name);
			if (pod) out.push(pod);
		}
		return out;
	}

	#bucketFor(obj: KubeObject): Set<string> {
		const ref = controllerOf(obj);
		const map = ref ? this.#byOwner : this.#orphans;
		const id = ref ? ref.uid : (obj.metadata.namespace ?? '');
		let set = map.get(id);
		if (!set) map.set(id, (set = new Set()));
		return set;
	}

	#index(obj: KubeObject): void {
		this.#bucketFor(obj).add(objectKey(obj.metadata.namespace, obj.metadata.name));
	}

	#unindex(obj: KubeObject): void {
		const ref = controllerOf(obj);
		const map = ref ? this.#byOwner : this.#orphans;
		const id = ref ? ref.uid : (obj.metadata.namespace ?? '');
		const set = map.get(id);
		if (!set) return;
		set.delete(objectKey(obj.metadata.namespace, obj.metadata.name));
		// An owner with no Pod left is forgotten: owners come and go (a CronJob's Jobs).
		if (set.size === 0) map.delete(id);
	}
}
