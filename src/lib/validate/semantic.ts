// Whether two API objects are the same to kube-apiserver, and where they differ. Mirrors
// apiequality.Semantic.DeepEqual (k8s.io/apimachinery/pkg/api/equality) as far as JSON can show it:
// - an absent field, `null`, `[]` and `{}` are equal: Go decodes them to nil or empty slices and maps,
//   which Semantic.DeepEqual (the forked reflect.DeepEqual) treats as equal. JSON cannot tell a map
//   from a struct pointer, so an empty struct (`securityContext: {}`) also counts as absent; the
//   defaulting both sides went through makes that case rare;
// - resource quantities compare by amount (`0.5` equals `500m`), as Semantic registers Quantity.Cmp.
import type { Path } from './field-path.ts';
import { parseQuantity } from './quantity.ts';
import { isObj } from './rules/util.ts';

export interface Difference {
	at: Path;
	/** The old value; undefined when the field was absent. */
	before: unknown;
	/** The new value; undefined when the field is now absent. */
	after: unknown;
}

/** How to compare a value: plainly, as a map of quantities (requests, limits), or as one quantity. */
type Mode = 'plain' | 'quantities' | 'quantity';

// ResourceList fields of a PodSpec and its containers, and the one lone Quantity (emptyDir.sizeLimit).
const QUANTITY_MAPS = new Set(['requests', 'limits', 'overhead']);

function childMode(mode: Mode, key: string): Mode {
	if (mode === 'quantities') return 'quantity';
	if (QUANTITY_MAPS.has(key)) return 'quantities';
	return key === 'sizeLimit' ? 'quantity' : 'plain';
}

function isEmpty(v: unknown): boolean {
	return v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0);
}

function sameQuantity(a: unknown, b: unknown): boolean | undefined {
	if ((typeof a !== 'string' && typeof a !== 'number') || (typeof b !== 'string' && typeof b !== 'number')) return undefined;
	const qa = parseQuantity(a);
	const qb = parseQuantity(b);
	return 'error' in qa || 'error' in qb ? undefined : qa.value === qb.value;
}

function keysOf(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
	return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function equal(a: unknown, b: unknown, mode: Mode): boolean {
	if (a === b || (isEmpty(a) && isEmpty(b))) return true;
	if (mode === 'quantity') {
		const same = sameQuantity(a, b);
		if (same !== undefined) return same;
	}
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i], 'plain'));
	if (isObj(a) && isObj(b)) return keysOf(a, b).every((k) => equal(a[k], b[k], childMode(mode, k)));
	return false;
}

/** Semantic.DeepEqual for decoded JSON values. */
export function semanticEqual(a: unknown, b: unknown): boolean {
	return equal(a, b, 'plain');
}

function collect(before: unknown, after: unknown, at: Path, mode: Mode, out: Difference[]): void {
	if (equal(before, after, mode)) return;
	if (isObj(before) && isObj(after)) {
		for (const k of keysOf(before, after)) collect(before[k], after[k], [...at, k], childMode(mode, k), out);
	} else if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
		before.forEach((item, i) => collect(item, after[i], [...at, i], 'plain', out));
	} else {
		out.push({ at, before: isEmpty(before) ? undefined : before, after: isEmpty(after) ? undefined : after });
	}
}

/**
 * The smallest fields where `after` differs from `before` (as Semantic.DeepEqual sees them): objects and
 * lists of the same length are compared item by item; anything else is reported whole.
 */
export function semanticDiff(before: unknown, after: unknown, at: Path = []): Difference[] {
	const out: Difference[] = [];
	collect(before, after, at, 'plain', out);
	return out;
}
