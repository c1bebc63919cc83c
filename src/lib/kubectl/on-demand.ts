/**
 * Code kubectl loads the first time a line needs it (the rarer commands, their help, the YAML library):
 * in the browser each is a separate chunk, fetched then. `prepareKubectl(line)` loads what a line
 * needs; running a line whose code is not here fails with kubectl's own kind of error, which says so.
 */
import { KubectlError } from './result.ts';

export class OnDemand<T> {
	/** What is missing, in the error: `the YAML support`, `the code of "kubectl get"`. */
	readonly what: string;
	readonly #import: () => Promise<T>;
	#value: T | undefined;

	constructor(what: string, importer: () => Promise<T>) {
		this.what = what;
		this.#import = importer;
	}

	/** Code that ships with the interpreter: loaded from the start. */
	static bundled<T>(what: string, value: T): OnDemand<T> {
		const out = new OnDemand<T>(what, () => Promise.resolve(value));
		out.#value = value;
		return out;
	}

	get loaded(): boolean {
		return this.#value !== undefined;
	}

	/** Imports the code (again, after a failed download); rejects when the download fails. */
	async load(): Promise<T> {
		this.#value ??= await this.#import();
		return this.#value;
	}

	get(): T {
		if (this.#value === undefined) throw new KubectlError(`error: ${this.what} is not loaded; check the connection and run the command again`);
		return this.#value;
	}
}
