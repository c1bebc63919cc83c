// The editor's help with an unknown kind or field: a removed API version, the kind or field name it
// probably meant. The API server's own words need none of it (its message only names what is unknown),
// so it stays out of the simulated API server's path: validate.ts adds it before wording a diagnostic.
import { editDistance } from './edit-distance.ts';
import type { Issue } from './issue.ts';
import { SCHEMA } from './schema.ts';

/** API versions that used to serve these kinds and were removed (Kubernetes 1.16 for the apps kinds). */
const REMOVED_VERSIONS: Record<string, string> = { 'extensions/v1beta1': '1.16', 'apps/v1beta1': '1.16', 'apps/v1beta2': '1.16' };

const supported = () => Object.keys(SCHEMA.kinds).map((gvk) => {
	const slash = gvk.lastIndexOf('/');
	return { apiVersion: gvk.slice(0, slash), kind: gvk.slice(slash + 1) };
});

/** For a kind no API version serves as written: the kind in a served version, or a close name. */
function suggestKind(apiVersion: string, kind: string): { suggestion?: { apiVersion: string; kind: string }; removedIn?: string } {
	const all = supported();
	const sameKind = all.find((k) => k.kind === kind);
	const removedIn = REMOVED_VERSIONS[apiVersion];
	if (sameKind) return { suggestion: sameKind, ...(removedIn ? { removedIn } : {}) };
	const close = all
		.map((k) => ({ k, d: k.kind.toLowerCase() === kind.toLowerCase() ? 0 : editDistance(k.kind.toLowerCase(), kind.toLowerCase()) }))
		.sort((a, b) => a.d - b.d)[0];
	return close && close.d <= 2 ? { suggestion: close.k } : {};
}

/** The issue with what the editor suggests: the kind for `unknown-kind`, the closest known name for `unknown-field`. */
export function withSuggestions(issue: Issue): Issue {
	if (issue.code === 'unknown-kind') {
		const { suggestion, removedIn } = suggestKind(String(issue.params.apiVersion), String(issue.params.kind));
		return { ...issue, params: { ...issue.params, suggestKind: suggestion?.kind, suggestApiVersion: suggestion?.apiVersion, removedIn } };
	}
	if (issue.code !== 'unknown-field' || !Array.isArray(issue.params.known)) return issue;
	const name = String(issue.params.name).toLowerCase();
	let best: string | undefined;
	let bestDistance = 3;
	for (const k of issue.params.known) {
		const d = editDistance(name, k.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [k, d];
	}
	const { known: _known, ...rest } = issue.params;
	return { ...issue, params: { ...rest, suggestion: best } };
}
