/**
 * Go's text/tabwriter (the elastic tabstop algorithm kubectl prints through): cells end with a tab;
 * a column is as wide as its widest cell in a block of consecutive lines that have that column.
 * Lines without tabs end blocks, which is why `kubectl describe` aligns sections separately.
 */

export interface TabwriterOptions {
	/** Minimal cell width including padding. kubectl get: 6; describe: 0. */
	minwidth: number;
	/** Padding added to a cell's width. kubectl get: 3; describe: 2. */
	padding: number;
}

export const GET_TABLE: TabwriterOptions = { minwidth: 6, padding: 3 };
export const DESCRIBE: TabwriterOptions = { minwidth: 0, padding: 2 };

export function tabwrite(text: string, options: TabwriterOptions): string {
	const lines = text.split('\n').map((line) => line.split('\t'));
	const out: string[] = lines.map(() => '');
	format(lines, out, [], 0, lines.length, options);
	return out.join('\n');
}

/** Go's tabwriter counts runes, not display columns. */
function width(s: string): number {
	return [...s].length;
}

function format(lines: string[][], out: string[], widths: number[], line0: number, line1: number, options: TabwriterOptions): void {
	const column = widths.length;
	let start = line0;
	for (let i = line0; i < line1; i++) {
		if (column >= lines[i]!.length - 1) continue;
		writeLines(lines, out, widths, start, i);
		start = i;
		let w = options.minwidth;
		let j = i;
		for (; j < line1; j++) {
			const cells = lines[j]!;
			if (column >= cells.length - 1) break;
			w = Math.max(w, width(cells[column]!) + options.padding);
		}
		format(lines, out, [...widths, w], start, j, options);
		start = j;
		i = j - 1;
	}
	writeLines(lines, out, widths, start, line1);
}

function writeLines(lines: string[][], out: string[], widths: number[], line0: number, line1: number): void {
	for (let i = line0; i < line1; i++) {
		const cells = lines[i]!;
		let s = '';
		for (let j = 0; j < cells.length; j++) {
			const cell = cells[j]!;
			if (j < cells.length - 1) s += cell + ' '.repeat(Math.max(0, (widths[j] ?? 0) - width(cell)));
			else s += cell;
		}
		out[i] = s;
	}
}
