// The page side of validate.worker.ts: waits for a short pause in typing, keeps at most one check in
// flight (later text replaces queued text, and a result for text that has changed since is dropped),
// stops a check that runs too long by restarting the worker, and refuses to check text above a size
// limit while typing. Each of those outcomes is reported, so the UI can say what happened instead of
// going quiet. It also carries the editor's format, hover and completion requests to the same worker.
import type { ValidationResult } from '../../lib/validate/index.ts';
import type { Completions, FieldDoc, WorkerRequest, WorkerResponse } from './worker-protocol.ts';

export interface CheckerOptions {
	/**
	 * Quiet time after the last edit before checking, in ms. 0 still waits for the running script to finish,
	 * so the several edits of one keystroke (auto-indent, closing brackets) or a paste are checked once, and
	 * while a check is in flight newer text replaces the queued text, so key repeat or fast typing costs
	 * at most one check per worker round trip. A check of 300 lines takes ~3 ms in the worker; the page pays
	 * only the message and the markers. At 4× CPU slowdown a 30 ms wait was most of the 100 ms budget
	 * between the last keystroke and its markers (Monaco's own keystroke and frame take ~60 ms there).
	 * @default 0
	 */
	debounceMs?: number;
	/** A check still running after this many ms is stopped (the worker is restarted). @default 5000 */
	timeoutMs?: number;
	/** Longest text checked as you type, in UTF-16 code units (kube-apiserver itself takes 3 MiB). @default 524288 */
	liveLimit?: number;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type CheckEvent =
	| { state: 'checking' }
	| { state: 'done'; text: string; result: ValidationResult }
	| { state: 'too-large'; length: number; limit: number }
	| { state: 'timed-out' }
	| { state: 'failed' };

export class ManifestChecker {
	readonly #onEvent: (event: CheckEvent) => void;
	readonly #options: Required<CheckerOptions>;
	#worker: Worker | undefined;
	#nextId = 1;
	#inFlight: { id: number; text: string; timer: ReturnType<typeof setTimeout> } | undefined;
	#queued: string | undefined;
	#debounce: ReturnType<typeof setTimeout> | undefined;
	/** The text of an edit waiting for the end of the running script (debounceMs 0). */
	#pending: string | undefined;
	/** Format, hover and completion requests waiting for the worker; undefined when it failed or restarted. */
	#requests = new Map<number, (response: WorkerResponse | undefined) => void>();

	constructor(onEvent: (event: CheckEvent) => void, options: CheckerOptions = {}) {
		this.#onEvent = onEvent;
		this.#options = { debounceMs: 0, timeoutMs: 5000, liveLimit: 512 * 1024, ...options };
	}

	/** Checks after the debounce delay (call on every edit). */
	schedule(text: string): void {
		clearTimeout(this.#debounce);
		if (this.#options.debounceMs > 0) {
			this.#debounce = setTimeout(() => this.checkNow(text), this.#options.debounceMs);
			return;
		}
		// No quiet time: check once the running script is done (the edits of one keystroke are in). A 0 ms
		// timer instead waited behind the editor's frames and the worker's messages: up to ~90 ms at 4× CPU.
		const idle = this.#pending === undefined;
		this.#pending = text;
		if (idle) queueMicrotask(() => this.#pending !== undefined && this.checkNow(this.#pending));
	}

	checkNow(text: string): void {
		clearTimeout(this.#debounce);
		this.#pending = undefined;
		if (text.length > this.#options.liveLimit) {
			this.#queued = undefined;
			this.#onEvent({ state: 'too-large', length: text.length, limit: this.#options.liveLimit });
			return;
		}
		this.#onEvent({ state: 'checking' });
		if (this.#inFlight) this.#queued = text;
		else this.#send(text);
	}

	/** Formatted text, or undefined when the YAML does not parse. */
	async format(text: string): Promise<string | undefined> {
		const response = await this.#ask({ op: 'format', text });
		return response?.op === 'format' ? response.text : undefined;
	}

	/** Documentation of the field at `offset` (a key or its value), or undefined. */
	async hover(text: string, offset: number): Promise<FieldDoc | undefined> {
		const response = await this.#ask({ op: 'hover', text, offset });
		return response?.op === 'hover' ? response.doc : undefined;
	}

	/** The keys or values that fit at `offset`. */
	async complete(text: string, offset: number): Promise<Completions> {
		const response = await this.#ask({ op: 'complete', text, offset });
		return response?.op === 'complete' ? response.completions : { start: offset, items: [] };
	}

	dispose(): void {
		clearTimeout(this.#debounce);
		this.#pending = undefined;
		if (this.#inFlight) clearTimeout(this.#inFlight.timer);
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	#post(request: WorkerRequest): void {
		this.#workerInstance().postMessage(request);
	}

	#ask(request: DistributiveOmit<WorkerRequest, 'id'>): Promise<WorkerResponse | undefined> {
		const id = this.#nextId++;
		return new Promise((resolve) => {
			this.#requests.set(id, resolve);
			this.#post({ ...request, id } as WorkerRequest);
		});
	}

	#send(text: string): void {
		const id = this.#nextId++;
		const timer = setTimeout(() => this.#restart({ state: 'timed-out' }), this.#options.timeoutMs);
		this.#inFlight = { id, text, timer };
		this.#post({ id, op: 'validate', text });
	}

	#restart(event: CheckEvent): void {
		if (this.#inFlight) clearTimeout(this.#inFlight.timer);
		this.#inFlight = undefined;
		this.#queued = undefined;
		this.#worker?.terminate();
		this.#worker = undefined;
		for (const resolve of this.#requests.values()) resolve(undefined);
		this.#requests.clear();
		this.#onEvent(event);
	}

	#workerInstance(): Worker {
		if (!this.#worker) {
			this.#worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module', name: 'manifest-validator' });
			this.#worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.#receive(event.data));
			this.#worker.addEventListener('error', () => this.#restart({ state: 'failed' }));
		}
		return this.#worker;
	}

	#receive(message: WorkerResponse): void {
		const waiting = this.#requests.get(message.id);
		if (waiting) {
			this.#requests.delete(message.id);
			waiting(message.op === 'failed' ? undefined : message);
			return;
		}
		if (!this.#inFlight || message.id !== this.#inFlight.id) return;
		const { text, timer } = this.#inFlight;
		clearTimeout(timer);
		this.#inFlight = undefined;
		if (this.#queued !== undefined) {
			// The learner typed on while this ran: its result is already stale.
			const next = this.#queued;
			this.#queued = undefined;
			this.#send(next);
			return;
		}
		this.#onEvent(message.op === 'validate' ? { state: 'done', text, result: message.result } : { state: 'failed' });
	}
}
