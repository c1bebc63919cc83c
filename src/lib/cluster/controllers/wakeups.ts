/**
 * A controller's delayed re-queues (client-go's DelayingQueue `AddAfter`): a key comes back to the
 * queue at a time on the simulated clock; asking again for the same time schedules nothing more.
 */
import type { SimulatedClock } from '../clock.ts';
import type { WorkQueue } from './work-queue.ts';

export class Wakeups {
	readonly #clock: SimulatedClock;
	readonly #queue: WorkQueue;
	#at = new Map<string, number>();

	constructor(clock: SimulatedClock, queue: WorkQueue) {
		this.#clock = clock;
		this.#queue = queue;
	}

	/** Adds `key` to the queue at `at` (ms since the epoch). */
	addAt(key: string, at: number): void {
		if (this.#at.get(key) === at) return;
		this.#at.set(key, at);
		this.#clock.schedule(at, () => {
			if (this.#at.get(key) === at) this.#at.delete(key);
			this.#queue.add(key);
		});
	}
}
