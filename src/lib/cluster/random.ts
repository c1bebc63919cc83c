/**
 * A seeded random source, so that the same session always produces the same pod names and choices.
 */

// Mirrors k8s.io/apimachinery/pkg/util/rand: generated name suffixes avoid vowels and confusable
// characters, so pod names read like `web-7xk2p`.
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

export class SeededRandom {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0 || 0x9e3779b9;
	}

	/** mulberry32: small, fast and good enough for names and tie-breaks. */
	next(): number {
		let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	intn(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** Mirrors utilrand.String(n). */
	string(n: number): string {
		let out = '';
		for (let i = 0; i < n; i++) out += ALPHANUMS[this.intn(ALPHANUMS.length)];
		return out;
	}

	hex(n: number): string {
		let out = '';
		for (let i = 0; i < n; i++) out += '0123456789abcdef'[this.intn(16)];
		return out;
	}

	uid(): string {
		return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${'89ab'[this.intn(4)]}${this.hex(3)}-${this.hex(12)}`;
	}
}

/** Mirrors rand.SafeEncodeString: maps each character of a string onto the same safe alphabet. */
export function safeEncodeString(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) out += ALPHANUMS[s.charCodeAt(i) % ALPHANUMS.length];
	return out;
}
