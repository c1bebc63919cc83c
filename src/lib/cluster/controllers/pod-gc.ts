/**
 * The pod garbage collector. Mirrors pkg/controller/podgc/gc_controller.go: every 20 s it
 * force-deletes pods bound to a node that no longer exists (`gcOrphaned`, after the node has been
 * gone for the 40 s quarantine) and terminating pods that were never scheduled
 * (`gcUnscheduledTerminating`).
 */
import type { ControllerContext } from '../context.ts';
import type { Pod } from '../api/types.ts';
import { WorkQueue, type Controller } from './work-queue.ts';

export const GC_CHECK_PERIOD_MS = 20_000;
export const QUARANTINE_MS = 40_000;

export class PodGarbageCollector implements Controller {
	readonly name = 'pod-garbage-collector';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;
	#nodeGoneAt = new Map<string, number>();

	constructor(ctx: ControllerContext) {
		this.#ctx = ctx;
		ctx.api.watch('Node', ({ type, object }) => {
			if (type === 'DELETED') this.#nodeGoneAt.set(object.metadata.name, ctx.clock.now());
			else this.#nodeGoneAt.delete(object.metadata.name);
		});
		const tick = (at: number): void =>
			ctx.clock.schedule(at, () => {
				if (this.#nodeGoneAt.size > 0) this.queue.add('gc');
				tick(at + GC_CHECK_PERIOD_MS);
			});
		tick(ctx.clock.now() + GC_CHECK_PERIOD_MS);
	}

	sync(): void {
		const { api, clock } = this.#ctx;
		for (const pod of api.list<Pod>('Pod')) {
			const node = pod.spec.nodeName;
			if (!node) continue;
			const goneAt = this.#nodeGoneAt.get(node);
			if (goneAt !== undefined && clock.now() - goneAt >= QUARANTINE_MS && !api.get('Node', undefined, node)) {
				api.delete('Pod', pod.metadata.namespace, pod.metadata.name, { gracePeriodSeconds: 0 });
			}
		}
	}
}
