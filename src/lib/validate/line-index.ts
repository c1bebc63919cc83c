// Offsets ↔ 1-based line and column, for any text (also text the YAML parser never saw).
// The line starts are found on first use: most manifests have no diagnostic to place.

export class LineIndex {
	private starts: number[] | undefined;
	private readonly text: string;
	readonly length: number;

	constructor(text: string) {
		this.text = text;
		this.length = text.length;
	}

	private lineStarts(): number[] {
		if (this.starts) return this.starts;
		const starts = [0];
		for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
		this.starts = starts;
		return starts;
	}

	/** 1-based line and column of a 0-based offset. */
	position(offset: number): { line: number; column: number } {
		const starts = this.lineStarts();
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - starts[lo]! + 1 };
	}

	/** 0-based offset where a 1-based line starts. */
	lineStart(line: number): number {
		const starts = this.lineStarts();
		return starts[Math.min(Math.max(line, 1), starts.length) - 1]!;
	}
}
