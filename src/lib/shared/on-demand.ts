/**
 * Code loaded the first time it is needed: in the browser each importer is a separate chunk, fetched then;
 * in Node it is a plain import. `load()` imports it (again, after a failed download); `value` is the code
 * once loaded. What a caller does when the code is missing is its own business: `get()` throws the error
 * the owner's `missing` makes (kubectl's says to check the connection, as kubectl would word it).
 */
export class OnDemand<T> {
	/** What is missing, in the error: `the YAML support`, `the Deployment controller`. */
	readonly what: string;
	readonly #import: () => Promise<T>;
	readonly #missing: (what: string) => Error;
	#value: T | undefined;

	constructor(what: string, importer: () => Promise<T>, missing: (what: string) => Error = (w) => new Error(`${w} is not loaded`)) {
		this.what = what;
		this.#import = importer;
		this.#missing = missing;
	}

	/** Code that ships with its user: loaded from the start. */
	static bundled<T>(what: string, value: T): OnDemand<T> {
		const out = new OnDemand<T>(what, () => Promise.resolve(value));
		out.#value = value;
		return out;
	}

	get loaded(): boolean {
		return this.#value !== undefined;
	}

	/** The code, or `undefined` before it has loaded. */
	get value(): T | undefined {
		return this.#value;
	}

	/** Imports the code (again, after a failed download); rejects when the download fails. */
	async load(): Promise<T> {
		this.#value ??= await this.#import();
		return this.#value;
	}

	/** The code; throws the owner's error when it has not loaded. */
	get(): T {
		if (this.#value === undefined) throw this.#missing(this.what);
		return this.#value;
	}
}
