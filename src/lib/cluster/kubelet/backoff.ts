/**
 * Per-container restart back-off. Mirrors k8s.io/client-go/util/flowcontrol/backoff.go as the kubelet
 * uses it (pkg/kubelet/kubelet.go: backOffPeriod = 10s, MaxContainerBackOff = 300s) and
 * kuberuntime `doBackOff`: the first restart is immediate, then 10 s, 20 s, 40 s … capped at 5 min;
 * an entry untouched for twice the maximum starts over.
 */

export const INITIAL_BACKOFF_MS = 10_000;
export const MAX_CONTAINER_BACKOFF_MS = 300_000;

interface Entry {
	backoffMs: number;
	lastUpdate: number;
}

export class Backoff {
	#entries = new Map<string, Entry>();
	readonly #initial: number;
	readonly #max: number;

	constructor(initialMs = INITIAL_BACKOFF_MS, maxMs = MAX_CONTAINER_BACKOFF_MS) {
		this.#initial = initialMs;
		this.#max = maxMs;
	}

	/** IsInBackOffSince: is `now` still within the back-off that started at `eventTime`? */
	isInBackOffSince(key: string, eventTime: number, now: number): boolean {
		const entry = this.#entries.get(key);
		if (!entry || this.#expired(eventTime, entry.lastUpdate)) return false;
		return now - eventTime < entry.backoffMs;
	}

	/** Next: start or double the back-off for `key`. */
	next(key: string, eventTime: number, now: number): void {
		const entry = this.#entries.get(key);
		if (!entry || this.#expired(eventTime, entry.lastUpdate)) {
			this.#entries.set(key, { backoffMs: this.#initial, lastUpdate: now });
		} else {
			entry.backoffMs = Math.min(entry.backoffMs * 2, this.#max);
			entry.lastUpdate = now;
		}
	}

	get(key: string): number {
		return this.#entries.get(key)?.backoffMs ?? 0;
	}

	forget(prefix: string): void {
		for (const key of this.#entries.keys()) if (key.startsWith(prefix)) this.#entries.delete(key);
	}

	#expired(eventTime: number, lastUpdate: number): boolean {
		return eventTime - lastUpdate > 2 * this.#max;
	}
}

/** `10s`, `1m20s`, `5m0s`: how Go prints a time.Duration in kubelet messages. */
export function goDuration(ms: number): string {
	const s = Math.round(ms / 1000);
	if (s < 60) return `${s}s`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m}m${s % 60}s`;
	return `${Math.floor(m / 60)}h${m % 60}m${s % 60}s`;
}
