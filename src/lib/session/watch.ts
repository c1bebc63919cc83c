/**
 * Commands that stream in a terminal until Ctrl+C: `kubectl get … -w` prints the table, then one row
 * each time an object it lists changes (kubectl's watch printing: no header again, the deleted
 * object's last row on deletion); `watch COMMAND` (procps watch) runs the command again every
 * two seconds and shows only its latest output under an "Every 2.0s:" header. Pure: the terminal
 * asks for what to print next, on each change of the cluster or each tick.
 */
import { tokenize } from '../kubectl/tokenize.ts';
import { FILTER_NAMES } from './shell/filter-names.ts';

export type Streaming = { kind: 'get-watch'; command: string } | { kind: 'watch'; command: string; interval: number };

const WATCH_FLAGS = new Set(['-w', '--watch', '--watch=true', '--watch-only']);

/** Whether `line` streams, and the command it runs each time (the `-w` left out). */
export function streamingOf(line: string): Streaming | undefined {
	const text = line.trim();
	if (text.includes('\n') || text.includes('|') || text.includes(';') || text.includes('&&')) return undefined;
	let words: readonly string[];
	try {
		words = tokenize(text).words;
	} catch {
		return undefined;
	}
	if (words[0] === 'watch') {
		let i = 1;
		let interval = 2;
		if (words[i] === '-n' || words[i] === '--interval') {
			const n = Number(words[i + 1]);
			if (!Number.isFinite(n) || n <= 0) return undefined;
			interval = Math.max(0.1, n);
			i += 2;
		}
		const rest = words.slice(i);
		if (rest.length === 0 || FILTER_NAMES.has(rest[0]!)) return undefined;
		return { kind: 'watch', command: rest.map(quote).join(' '), interval };
	}
	if (words[0] !== 'kubectl' || !words.includes('get') || !words.some((w) => WATCH_FLAGS.has(w))) return undefined;
	return { kind: 'get-watch', command: words.filter((w) => !WATCH_FLAGS.has(w)).map(quote).join(' ') };
}

function quote(word: string): string {
	return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The cells of a table row: kubectl's tabwriter pads columns with at least three spaces. */
const cells = (row: string): string[] => row.trim().split(/\s{2,}/);

/**
 * What `kubectl get -w` prints after its first table, given the table as it is now: the rows whose
 * object changed (AGE aside, which moves every second) or appeared, and the last row of each object
 * that went, in table order. Keeps what it saw for the next call.
 */
export class GetWatch {
	#rows = new Map<string, { row: string; key: string }>();

	/** Reads the first table (what the command printed); prints nothing. */
	constructor(first: string) {
		this.#read(first);
	}

	next(table: string): string {
		const before = this.#rows;
		this.#read(table);
		const out: string[] = [];
		for (const [name, now] of this.#rows) if (before.get(name)?.key !== now.key) out.push(now.row);
		for (const [name, was] of before) if (!this.#rows.has(name)) out.push(was.row);
		return out.map((row) => `${row}\n`).join('');
	}

	#read(table: string): void {
		this.#rows = new Map();
		const lines = table.split('\n').filter((l) => l.trim() !== '');
		const header = lines[0] !== undefined && /^NAME\s/.test(lines[0]) ? cells(lines[0]) : undefined;
		if (!header) return;
		const age = header.indexOf('AGE');
		for (const row of lines.slice(1)) {
			const c = cells(row);
			this.#rows.set(c[0]!, { row, key: c.filter((_, i) => i !== age).join('\t') });
		}
	}
}
