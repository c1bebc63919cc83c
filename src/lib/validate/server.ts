// What the simulated API server needs from the validator: the checks and the API server's own words
// (`apiMessage`), without the friendly messages in both languages, the lesson links, the suggestions,
// the advice and the source ranges the editor shows. Kept apart from validate.ts so the playground's
// bundle can leave those out, and apart from reading text (syntax.ts), so the API server does not pull
// in the YAML library.
import { checkObject, type Advise } from './check-object.ts';
import { applyDefaults } from './defaults.ts';
import type { Issue } from './issue.ts';
import type { ValidateObjectOptions, ValidateOptions } from './types.ts';

export const MANIFEST_DEFAULTS: Required<ValidateOptions> = { maxLength: 64 * 1024 * 1024, maxObjectBytes: 3 * 1024 * 1024, maxDepth: 64, advice: true };

/**
 * What kube-apiserver checks on create or update, in its order, as issues: validateObject's findings
 * without the course's advice (validate.ts brings `advise`).
 */
export function validateObjectIssues(obj: unknown, options: Omit<ValidateObjectOptions, 'advice'> = {}, advise?: Advise): { object: unknown; issues: Issue[] } {
	const checked = checkObject(obj, { operation: options.operation ?? 'create', old: options.old, advise });
	return { object: checked.object ?? applyDefaults(obj), issues: checked.issues };
}
