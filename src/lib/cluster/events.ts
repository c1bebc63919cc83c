/**
 * Records core/v1 Events the way client-go's EventRecorder and EventCorrelator do: an event identical
 * to an earlier one (same object, reason, message, source) bumps `count` and `lastTimestamp` instead
 * of adding a new object (tools/record/events_cache.go `eventObserve`), and many similar events
 * (`EventAggregate`) become one combined event. The correlator's spam filter is not simulated.
 */
import type { ApiServer } from './apiserver/api-server.ts';
import { type KubeEvent, type KubeObject, newMeta } from './api/types.ts';

// kube-apiserver --event-ttl default: events older than an hour disappear.
export const EVENT_TTL_MS = 60 * 60 * 1000;
// tools/record/events_cache.go: defaultAggregateMaxEvents, defaultAggregateIntervalInSeconds and
// maxLruCacheEntries (the correlator forgets the least recently seen events past that).
export const AGGREGATE_MAX_EVENTS = 10;
export const AGGREGATE_INTERVAL_MS = 600_000;
const LRU_ENTRIES = 4096;

/**
 * The correlator's caches (golang-lru in upstream), kept as two generations of Maps: entries used in the
 * current or the previous generation are kept, and a generation ends after LRU_ENTRIES new keys. So the
 * LRU_ENTRIES most recently used entries are never forgotten, as with an exact LRU, and a long-unused one
 * is; only the exact moment it goes differs. An exact LRU on a Map (delete and re-insert on every read)
 * was the simulator's single largest cost when thousands of Pods report events at once.
 */
class GenerationalCache<V> {
	#young = new Map<string, V>();
	#old = new Map<string, V>();

	get(key: string): V | undefined {
		const young = this.#young.get(key);
		if (young !== undefined) return young;
		const old = this.#old.get(key);
		if (old !== undefined) this.set(key, old);
		return old;
	}

	set(key: string, value: V): void {
		if (!this.#young.has(key) && this.#young.size >= LRU_ENTRIES) {
			this.#old = this.#young;
			this.#young = new Map();
		}
		this.#young.set(key, value);
	}
}

export interface EventSource {
	component: string;
	host?: string;
}

export class EventRecorder {
	#api: ApiServer;
	#latest = new GenerationalCache<string>();
	#similar = new GenerationalCache<{ messages: Set<string>; last: number }>();
	#seq = 0;

	constructor(api: ApiServer) {
		this.#api = api;
	}

	normal(object: KubeObject, reason: string, message: string, source: EventSource, fieldPath?: string): void {
		this.record(object, 'Normal', reason, message, source, fieldPath);
	}

	warning(object: KubeObject, reason: string, message: string, source: EventSource, fieldPath?: string): void {
		this.record(object, 'Warning', reason, message, source, fieldPath);
	}

	record(object: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, source: EventSource, fieldPath?: string): void {
		const m = object.metadata;
		const namespace = m.namespace ?? 'default';
		const nowMs = this.#api.clock.now();
		const now = this.#api.clock.iso();
		// EventAggregate: the 10th distinct message with the same source, object, type and reason within
		// 10 minutes turns into one "(combined from similar events)" event that counts the rest.
		const similar = `${source.component}\u0000${source.host}\u0000${m.uid}\u0000${type}\u0000${reason}`;
		let record = this.#similar.get(similar);
		if (!record || nowMs - record.last > AGGREGATE_INTERVAL_MS) record = { messages: new Set(), last: nowMs };
		record.messages.add(message);
		record.last = nowMs;
		this.#similar.set(similar, record);
		let key = `${similar}\u0000${fieldPath}\u0000${message}`;
		if (record.messages.size >= AGGREGATE_MAX_EVENTS) {
			record.messages.delete(record.messages.values().next().value!);
			key = similar;
			message = `(combined from similar events): ${message}`;
		}
		// eventObserve: an identical event bumps count and lastTimestamp (and takes the latest message).
		const existingName = this.#latest.get(key);
		const existing = existingName ? this.#api.get<KubeEvent>('Event', namespace, existingName) : undefined;
		if (existing) {
			this.#api.update({ ...existing, message, count: existing.count + 1, lastTimestamp: now });
			return;
		}
		// Mirrors makeEvent: `<object>.<unix nanoseconds in hex>`, so names sort by object, then time.
		const name = `${m.name}.${this.#nanosHex(this.#api.clock.now(), this.#seq++)}`;
		const event: KubeEvent = {
			apiVersion: 'v1',
			kind: 'Event',
			metadata: newMeta({ name, namespace }),
			involvedObject: {
				apiVersion: object.apiVersion,
				kind: object.kind,
				name: m.name,
				namespace: m.namespace,
				uid: m.uid,
				...(fieldPath ? { fieldPath } : {}),
			},
			reason,
			message,
			type,
			source: source.host ? { component: source.component, host: source.host } : { component: source.component },
			count: 1,
			firstTimestamp: now,
			lastTimestamp: now,
			reportingComponent: source.component,
		};
		this.#api.create(event);
		this.#latest.set(key, name);
	}

	/**
	 * (ms × 10⁶ + seq) in hex without BigInt on every event: the product exceeds 2⁵³, so it is split
	 * into 32-bit halves once per millisecond and the sequence number added to the low half.
	 */
	#nanosHex(ms: number, seq: number): string {
		if (ms !== this.#nanosMs) {
			const nanos = BigInt(ms) * 1_000_000n;
			this.#nanosMs = ms;
			this.#nanosHigh = Number(nanos >> 32n);
			this.#nanosLow = Number(nanos & 0xffffffffn);
		}
		let low = this.#nanosLow + seq;
		const high = this.#nanosHigh + Math.floor(low / 2 ** 32);
		low %= 2 ** 32;
		return high === 0 ? low.toString(16) : high.toString(16) + low.toString(16).padStart(8, '0');
	}

	#nanosMs = Number.NaN;
	#nanosHigh = 0;
	#nanosLow = 0;

	/** Drops events past their TTL, as etcd leases expire them upstream. */
	expire(): void {
		const cutoff = this.#api.clock.now() - EVENT_TTL_MS;
		for (const event of this.#api.list<KubeEvent>('Event')) {
			if (Date.parse(event.lastTimestamp) < cutoff) this.#api.delete('Event', event.metadata.namespace, event.metadata.name);
		}
	}

	/** Events about one object, oldest first, as `kubectl describe` lists them. */
	eventsFor(object: KubeObject): KubeEvent[] {
		return this.#api
			.list<KubeEvent>('Event', object.metadata.namespace ?? 'default')
			.filter((e) => e.involvedObject.uid === object.metadata.uid)
			.sort((a, b) => Date.parse(a.lastTimestamp) - Date.parse(b.lastTimestamp));
	}
}
