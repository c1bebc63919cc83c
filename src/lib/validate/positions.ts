// Finds where a field path sits in the YAML source, so each diagnostic points at the exact text:
// a bad value at the value, an unknown field at its key, a missing field at its parent's key.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Path } from './field-path.ts';

export type Target = 'key' | 'value';

interface Step {
	/** The pair that led here, when the step went through a mapping key. */
	pair?: Pair;
	node: unknown;
}

function resolve(doc: Document, node: unknown): unknown {
	return isAlias(node) ? node.resolve(doc) : node;
}

function keyText(key: unknown): string | undefined {
	return isScalar(key) ? String(key.value) : undefined;
}

/** Walks the path as far as the source goes; the last step is the deepest node found. */
function walk(doc: Document, path: Path): { steps: Step[]; complete: boolean } {
	const steps: Step[] = [{ node: doc.contents }];
	for (const seg of path) {
		const cur = resolve(doc, steps[steps.length - 1]!.node);
		if (typeof seg === 'number') {
			if (!isSeq(cur) || seg >= cur.items.length) return { steps, complete: false };
			steps.push({ node: cur.items[seg] });
			continue;
		}
		const name = typeof seg === 'string' ? seg : seg.key;
		if (!isMap(cur)) return { steps, complete: false };
		// The last matching key wins, as in the decoded object.
		let found: Pair | undefined;
		for (const pair of cur.items) if (keyText(pair.key) === name) found = pair;
		if (!found) return { steps, complete: false };
		steps.push({ pair: found, node: found.value });
	}
	return { steps, complete: true };
}

function rangeOf(node: unknown): [number, number] | undefined {
	const r = (node as Node | null)?.range;
	return r ? [r[0], r[1]] : undefined;
}

/** A collection's first line only: highlighting a whole block would bury the point. */
function firstLine(text: string, span: [number, number]): [number, number] {
	const nl = text.indexOf('\n', span[0]);
	const end = nl === -1 ? span[1] : Math.min(nl, span[1]);
	return [span[0], Math.max(end, span[0] + 1)];
}

function keySpan(text: string, step: Step): [number, number] | undefined {
	if (step.pair) return rangeOf(step.pair.key);
	const r = rangeOf(step.node);
	return r ? firstLine(text, r) : undefined;
}

/** The root's anchor when a top-level field is missing: the `kind` key, else the first key. */
function rootSpan(doc: Document, text: string): [number, number] {
	const contents = doc.contents;
	if (isMap(contents)) {
		const pair = contents.items.find((p) => keyText(p.key) === 'kind') ?? contents.items[0];
		const r = pair ? rangeOf(pair.key) : undefined;
		if (r) return r;
	}
	const r = rangeOf(contents) ?? [doc.range?.[0] ?? 0, doc.range?.[1] ?? 0];
	return firstLine(text, r);
}

/** The source span `[start, end)` for a field path in a document. */
export function locate(doc: Document, text: string, path: Path, target?: Target): [number, number] {
	const { steps, complete } = walk(doc, path);
	const last = steps[steps.length - 1]!;
	if (steps.length === 1) return rootSpan(doc, text);
	if (!complete) return keySpan(text, last) ?? rootSpan(doc, text);
	const node = resolve(doc, last.node);
	const wantKey = target === 'key' || (target !== 'value' && !isScalar(node));
	if (!wantKey && isScalar(last.node) && last.node.range && last.node.range[1] > last.node.range[0]) {
		return [last.node.range[0], last.node.range[1]];
	}
	if (!wantKey && !isScalar(node)) {
		const r = rangeOf(last.node);
		if (r) return firstLine(text, r);
	}
	return keySpan(text, last) ?? rootSpan(doc, text);
}

/** The field path (`['spec', 'containers', 0, 'image']`) at an offset, for hovers; keys and values both count. */
export function pathAtOffset(doc: Document, offset: number): Path {
	const path: (string | number)[] = [];
	let cur: unknown = doc.contents;
	for (let depth = 0; depth < 200; depth++) {
		cur = resolve(doc, cur);
		if (isMap(cur)) {
			const pair = cur.items.find((p) => {
				const start = rangeOf(p.key)?.[0] ?? Infinity;
				const end = rangeOf(p.value)?.[1] ?? rangeOf(p.key)?.[1] ?? -1;
				return offset >= start && offset <= end;
			});
			const name = pair && keyText(pair.key);
			if (!pair || name === undefined) break;
			path.push(name);
			const keyRange = rangeOf(pair.key);
			if (keyRange && offset <= keyRange[1]) break;
			cur = pair.value;
		} else if (isSeq(cur)) {
			const i = cur.items.findIndex((item) => {
				const r = rangeOf(item);
				return r !== undefined && offset >= r[0] && offset <= r[1];
			});
			if (i === -1) break;
			path.push(i);
			cur = cur.items[i];
		} else break;
	}
	return path;
}
