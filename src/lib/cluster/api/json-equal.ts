/**
 * Equality of two JSON-shaped values as their serializations would compare (keys whose value is
 * undefined count as absent), without building the strings: the kubelet's status manager compares
 * every status it computes with the last one, as upstream's `isPodStatusByKubeletEqual` does with
 * apiequality.Semantic.DeepEqual.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const list = b as unknown[];
		if (a.length !== list.length) return false;
		for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], list[i])) return false;
		return true;
	}
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	let count = 0;
	for (const key in x) {
		if (x[key] === undefined) continue;
		count++;
		if (!jsonEqual(x[key], y[key])) return false;
	}
	for (const key in y) if (y[key] !== undefined) count--;
	return count === 0;
}
