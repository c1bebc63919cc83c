// What kubectl needs from the validator to read manifest text: the first syntax problem, in the API
// server's words. Apart from server.ts because it needs the YAML library, which the playground loads
// only when the learner's input needs it (src/lib/kubectl/yaml-on-demand.ts).
import { parseText, type TextIssue } from './parse.ts';
import { MANIFEST_DEFAULTS } from './server.ts';
import type { ValidateOptions } from './types.ts';

/**
 * The first YAML or JSON syntax problem in manifest text, in the API server's words: the same one
 * validateManifest lists first among its `parse` diagnostics (by position), found without checking objects.
 */
export function firstSyntaxError(text: string, options: ValidateOptions = {}): string | undefined {
	return readText(text, options).error;
}

/**
 * Reads text as kubectl's resource builder does, with one parse: the first syntax problem (where
 * validateManifest places it), else every document's value, each the caller's to change.
 */
export function readText(text: string, options: ValidateOptions = {}): { error: string } | { error?: undefined; documents: unknown[] } {
	const parsed = parseText(text, { ...MANIFEST_DEFAULTS, ...options });
	// Spans may run one past the end of the text.
	const start = (t: TextIssue): number => Math.min(t.span[0], t.span[1], parsed.lines.length);
	let first: TextIssue | undefined;
	for (const t of [...parsed.issues, ...parsed.documents.flatMap((d) => d.issues)]) if (!first || start(t) < start(first)) first = t;
	if (first) return { error: first.issue.apiMessage };
	return { documents: parsed.documents.map((d) => (d.shared ? structuredClone(d.value) : d.value)) };
}
