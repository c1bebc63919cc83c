/**
 * A deduplicating work queue, as client-go's workqueue: a key added twice before it is processed is
 * processed once. Controllers' watch handlers only add keys; the cluster drains the queues.
 */
export class WorkQueue {
	#keys = new Set<string>();

	add(key: string): void {
		this.#keys.add(key);
	}

	take(): string | undefined {
		const next = this.#keys.values().next();
		if (next.done) return undefined;
		this.#keys.delete(next.value);
		return next.value;
	}

	get size(): number {
		return this.#keys.size;
	}
}

/** A control loop: a name for events and logs, a queue of object keys, and a sync for one key. */
export interface Controller {
	readonly name: string;
	readonly queue: WorkQueue;
	sync(key: string): void;
}

export function objectKey(namespace: string | undefined, name: string): string {
	return namespace ? `${namespace}/${name}` : name;
}

export function splitKey(key: string): [namespace: string | undefined, name: string] {
	const slash = key.indexOf('/');
	return slash < 0 ? [undefined, key] : [key.slice(0, slash), key.slice(slash + 1)];
}
