/**
 * A simulated clock: time only moves when the caller advances it (xstate's SimulatedClock). Controllers
 * schedule their time-based work (probe periods, back-off expiry, heartbeats) as timers on it, so a
 * run is a pure function of the commands and the seed.
 */

interface Timer {
	at: number;
	seq: number;
	run: () => void;
}

export class SimulatedClock {
	#now: number;
	#seq = 0;
	// Binary min-heap ordered by (at, seq): timers due at the same instant run in the order scheduled.
	#heap: Timer[] = [];

	constructor(startMs: number) {
		this.#now = startMs;
	}

	now(): number {
		return this.#now;
	}

	/** ISO-8601 with second precision, as metav1.Time serializes. */
	iso(ms = this.#now): string {
		const second = Math.floor(ms / 1000);
		if (second !== this.#isoSecond) {
			this.#isoSecond = second;
			this.#isoText = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
		}
		return this.#isoText;
	}

	#isoSecond = Number.NaN;
	#isoText = '';

	schedule(at: number, run: () => void): void {
		const timer = { at: Math.max(at, this.#now), seq: this.#seq++, run };
		const heap = this.#heap;
		heap.push(timer);
		let i = heap.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!before(heap[i]!, heap[parent]!)) break;
			[heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
			i = parent;
		}
	}

	/** The next timer due at or before `until`, removed from the queue, with the clock moved to it. */
	takeDue(until: number): (() => void) | undefined {
		const heap = this.#heap;
		const top = heap[0];
		if (!top || top.at > until) return undefined;
		const last = heap.pop()!;
		if (heap.length > 0) {
			heap[0] = last;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
				if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
				if (m === i) break;
				[heap[i], heap[m]] = [heap[m]!, heap[i]!];
				i = m;
			}
		}
		this.#now = Math.max(this.#now, top.at);
		return top.run;
	}

	setNow(ms: number): void {
		this.#now = Math.max(this.#now, ms);
	}

	pendingTimers(): number {
		return this.#heap.length;
	}
}

function before(a: Timer, b: Timer): boolean {
	return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
