/**
 * Reads a field of a Kubernetes object by a dotted path, as a check names it:
 *
 *     spec.replicas                                       one value
 *     spec.template.spec.containers[0].image              an element of a list
 *     spec.containers[*].env[*].valueFrom.configMapKeyRef.name   every element: a list of values
 *     spec.containers[name=web].image                     the element whose `name` is `web`
 *
 * It returns every value the path reaches (none when a step is absent), so a check passes when any of
 * them does. A path is data a lesson or a teacher writes; a malformed one reaches nothing.
 */

const STEP = /^([^[\]]*)((?:\[[^\]]*\])*)$/;

/** The values of `object` at `path`; `[]` when the path leads nowhere. */
export function readPath(object: unknown, path: string): unknown[] {
	let current: unknown[] = [object];
	for (const part of path.split('.')) {
		const m = STEP.exec(part);
		if (!m) return [];
		const [, key = '', brackets = ''] = m;
		if (key !== '') current = current.flatMap((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) && key in v ? [(v as Record<string, unknown>)[key]] : []));
		for (const [, index] of brackets.matchAll(/\[([^\]]*)\]/g)) current = current.flatMap((v) => select(v, index ?? ''));
	}
	return current;
}

function select(value: unknown, index: string): unknown[] {
	if (!Array.isArray(value)) return [];
	if (index === '*') return value;
	const eq = index.indexOf('=');
	if (eq > 0) {
		const [field, wanted] = [index.slice(0, eq), index.slice(eq + 1)];
		return value.filter((v) => v !== null && typeof v === 'object' && String((v as Record<string, unknown>)[field]) === wanted);
	}
	return /^\d+$/.test(index) && Number(index) < value.length ? [value[Number(index)]] : [];
}
