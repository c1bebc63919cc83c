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

/** Go's `%#v` of a `map[string]string`, as `field.Invalid` prints label maps. */
export function goStringMap(map: Record<string, string> | undefined | null): string {
	if (map == null) return 'map[string]string(nil)';
	const entries = Object.keys(map)
		.sort()
		.map((k) => `${goQuote(k)}:${goQuote(String(map[k]))}`);
	return `map[string]string{${entries.join(', ')}}`;
}

/** A bad value the way `field.Error.ErrorBody` prints it: strings quoted, numbers and booleans bare. */
export function goValue(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'string') return goQuote(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value === 'object' && !Array.isArray(value)) {
		const entries = Object.values(value as object);
		if (entries.every((v) => typeof v === 'string')) return goStringMap(value as Record<string, string>);
	}
	return JSON.stringify(value);
}
