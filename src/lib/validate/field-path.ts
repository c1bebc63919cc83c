// Field paths as the API server prints them (mirrors k8s.io/apimachinery/pkg/util/validation/field.Path):
// `spec.containers[0].resources.limits[cpu]`.

/** A child field, a list index, or a map key (`{ key: 'cpu' }`). */
export type Segment = string | number | { key: string };
export type Path = readonly Segment[];

export function formatPath(path: Path): string {
	let out = '';
	for (const seg of path) {
		if (typeof seg === 'number') out += `[${seg}]`;
		else if (typeof seg === 'string') out += out === '' ? seg : `.${seg}`;
		else out += `[${seg.key}]`;
	}
	return out;
}

/** Go's `%q` for the strings validation messages quote. */
export function goQuote(value: string): string {
	return JSON.stringify(value);
}

// How kube-apiserver renders a bad value. Source: field.Error.ErrorBody in
// staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go as changed by
// kubernetes/kubernetes#132314 ("Nicer value rendering in API errors", merged June 2025, in every
// release since 1.34, so in 1.36): int/float/bool values print bare, strings with %q, and composite
// values (maps, structs, lists) as JSON instead of Go's %#v (`map[string]string{"app":"web"}` before).

/** Go's encoding/json string: like JSON.stringify, but <, >, & and U+2028/U+2029 escaped (HTML-safe). */
function goJSONString(s: string): string {
	return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Go's json.Marshal of a plain value: maps (plain objects) with their keys sorted, as Go sorts map keys. */
export function goJSON(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'string') return goJSONString(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `[${value.map(goJSON).join(',')}]`;
	if (typeof value === 'object') {
		const o = value as Record<string, unknown>;
		return `{${Object.keys(o).sort().map((k) => `${goJSONString(k)}:${goJSON(o[k])}`).join(',')}}`;
	}
	return 'null';
}

/** A `map[string]string` (labels, a selector) as a bad value: JSON, `null` for a nil map. */
export function goStringMap(map: Record<string, string> | undefined | null): string {
	return goJSON(map ?? null);
}

/** A bad value the way `field.Error.ErrorBody` prints it (see above). */
export function goValue(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'string') return goQuote(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return goJSON(value);
}
