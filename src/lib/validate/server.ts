// What the simulated API server and kubectl need from the validator: the checks and the API server's own
// words (`apiMessage`), without the friendly messages in both languages, the lesson links and the source
// ranges the editor shows. Kept apart from validate.ts so the playground's bundle can leave those out.
import { checkObject } from './check-object.ts';
import { applyDefaults } from './defaults.ts';
import type { Issue } from './issue.ts';
import { parseText, type TextIssue } from './parse.ts';
import type { ValidateObjectOptions, ValidateOptions } from './types.ts';

export const MANIFEST_DEFAULTS: Required<ValidateOptions> = { maxLength: 3 * 1024 * 1024, maxDepth: 64, maxAliasCount: 100, advice: true };

/** validateObject's findings as issues: what kube-apiserver checks on create or update, in its order. */
export function validateObjectIssues(obj: unknown, options: ValidateObjectOptions = {}): { object: unknown; issues: Issue[] } {
	const checked = checkObject(obj, { operation: options.operation ?? 'create', old: options.old, advice: options.advice ?? true });
	return { object: checked.object ?? applyDefaults(obj), issues: checked.issues };
}

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
