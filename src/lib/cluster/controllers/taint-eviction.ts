/**
 * The taint eviction controller. Mirrors pkg/controller/tainteviction/taint_eviction.go: a pod on a
 * node with NoExecute taints is deleted at once if it does not tolerate them all, or after the
 * shortest tolerationSeconds of the tolerations it uses (counted from the taint's timeAdded);
 * removing the taint in time cancels the eviction.
 */
import type { ControllerContext } from '../context.ts';
import { toleratesTaint } from '../api/taints.ts';
import type { Node, Pod } from '../api/types.ts';
import { objectKey, splitKey, WorkQueue, type Controller } from './work-queue.ts';

export class TaintEvictionController implements Controller {
	readonly name = 'taint-eviction-controller';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;
	#scheduled = new Map<string, { at: number; token: number }>();
	#token = 0;

	constructor(ctx: ControllerContext) {
		this.#ctx = ctx;
		ctx.api.watch('Pod', ({ type, object, old }) => {
			const pod = object as Pod;
			// Only binding and toleration changes matter (the pod's status does not).
			if (type === 'DELETED' || !pod.spec.nodeName || (old && (old as Pod).spec === pod.spec)) return;
			this.queue.add(objectKey(pod.metadata.namespace, pod.metadata.name));
		});
		ctx.api.watch('Node', ({ object, old }) => {
			if (JSON.stringify((object as Node).spec.taints) === JSON.stringify((old as Node | undefined)?.spec.taints)) return;
			for (const pod of ctx.api.list<Pod>('Pod')) {
				if (pod.spec.nodeName === object.metadata.name) this.queue.add(objectKey(pod.metadata.namespace, pod.metadata.name));
			}
		});
	}

	sync(key: string): void {
		const { api, clock } = this.#ctx;
		const [namespace, name] = splitKey(key);
		const pod = api.get<Pod>('Pod', namespace, name);
		if (!pod || pod.metadata.deletionTimestamp || !pod.spec.nodeName) {
			this.#scheduled.delete(key);
			return;
		}
		const node = api.get<Node>('Node', undefined, pod.spec.nodeName);
		const taints = (node?.spec.taints ?? []).filter((t) => t.effect === 'NoExecute');
		if (taints.length === 0) {
			if (this.#scheduled.delete(key)) this.#event(pod, `Cancelling deletion of Pod ${namespace}/${name}`);
			return;
		}
		let minSeconds = Number.POSITIVE_INFINITY;
		let since = Number.POSITIVE_INFINITY;
		for (const taint of taints) {
			const used = (pod.spec.tolerations ?? []).filter((t) => toleratesTaint(t, taint));
			if (used.length === 0) return this.#evict(pod);
			for (const t of used) if (t.tolerationSeconds !== undefined) minSeconds = Math.min(minSeconds, Math.max(0, t.tolerationSeconds));
			since = Math.min(since, taint.timeAdded ? Date.parse(taint.timeAdded) : clock.now());
		}
		if (!Number.isFinite(minSeconds)) return; // tolerated forever
		const at = since + minSeconds * 1000;
		if (at <= clock.now()) return this.#evict(pod);
		if (this.#scheduled.get(key)?.at === at) return;
		const token = ++this.#token;
		this.#scheduled.set(key, { at, token });
		clock.schedule(at, () => {
			if (this.#scheduled.get(key)?.token === token) this.queue.add(key);
		});
	}

	#evict(pod: Pod): void {
		const m = pod.metadata;
		this.#scheduled.delete(objectKey(m.namespace, m.name));
		this.#event(pod, `Marking for deletion Pod ${m.namespace}/${m.name}`);
		this.#ctx.api.delete('Pod', m.namespace, m.name);
	}

	#event(pod: Pod, message: string): void {
		this.#ctx.events.normal(pod, 'TaintManagerEviction', message, { component: this.name });
	}
}
