// Offsets ↔ 1-based line and column, for any text (also text the YAML parser never saw).

export class LineIndex {
	private readonly starts: number[] = [0];
	readonly length: number;

	constructor(text: string) {
		this.length = text.length;
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
	}

	/** 1-based line and column of a 0-based offset. */
	position(offset: number): { line: number; column: number } {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
	}

	/** 0-based offset where a 1-based line starts. */
	lineStart(line: number): number {
		return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
	}
}
