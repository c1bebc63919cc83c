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
	const parsed = parseText(text, { ...MANIFEST_DEFAULTS, ...options });
	// Where validateManifest places a problem: spans may run one past the end of the text.
	const start = (t: TextIssue): number => Math.min(t.span[0], t.span[1], parsed.lines.length);
	let first: TextIssue | undefined;
	for (const t of [...parsed.issues, ...parsed.documents.flatMap((d) => d.issues)]) if (!first || start(t) < start(first)) first = t;
	return first?.issue.apiMessage;
}
