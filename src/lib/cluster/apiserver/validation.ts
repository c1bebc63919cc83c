/**
 * Admission's validation through the project's validator (src/lib/validate): the same checks the
 * editor shows, so a write the editor flags is a write the simulated API server rejects, with the API
 * server's own message. Decode-stage problems (unknown fields, wrong types) are a 400 BadRequest
 * ("cannot be handled as a Pod"), as kube-apiserver's strict decoder answers before validation.
 * Loaded on demand (validator-admission.ts): it carries the validator's rules and the API schema.
 */
import { apiServerStatus } from '../../validate/api-status.ts';
import { validateObjectIssues } from '../../validate/server.ts';
import type { AdmitHook } from './admission.ts';
import { ApiError } from './errors.ts';
import type { KubeObject } from '../api/types.ts';

export const validate: AdmitHook = (object, operation, old) => {
	// Issues, not diagnostics: the API server speaks only its own words (apiMessage), never the editor's.
	const { object: defaulted, issues } = validateObjectIssues(object, { operation, old });
	const errors = issues.filter((d) => d.severity === 'error');
	const status = apiServerStatus(object.apiVersion, object.kind, object.metadata?.name ?? '', errors);
	if (status?.reason === 'BadRequest') throw new ApiError('BadRequest', 400, status.message);
	return {
		object: defaulted as KubeObject,
		causes: errors.filter((d) => d.stage === 'validate').map((d) => ({ field: d.field, message: d.apiMessage })),
		warnings: [],
	};
};
