// One polite live region per playground. Changes arrive in bursts (a scale to 5 is five creations,
// five schedulings…), so messages are gathered and spoken together, at most a few at a time.

/** Quiet time before a batch is spoken, in ms. @default 800 */
const GATHER_MS = 800;
/** Sentences per batch; the rest are counted. @default 3 */
const MAX = 3;

export class Announcer {
	readonly #region: HTMLElement;
	#queue: string[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #more: (n: number) => string;

	constructor(region: HTMLElement, more: (n: number) => string) {
		this.#region = region;
		this.#more = more;
	}

	say(text: string): void {
		this.#queue.push(text);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#flush(), GATHER_MS);
	}

	#flush(): void {
		const shown = this.#queue.slice(0, MAX);
		const rest = this.#queue.length - shown.length;
		this.#queue = [];
		this.#region.textContent = [...shown, ...(rest > 0 ? [this.#more(rest)] : [])].join(' ');
	}
}
