/**
 * API errors shaped like metav1.Status, so kubectl can print them the way real kubectl does
 * (k8s.io/apimachinery/pkg/api/errors).
 */

export type StatusReason = 'NotFound' | 'AlreadyExists' | 'Invalid' | 'Conflict' | 'BadRequest' | 'Forbidden' | 'InternalError';

export interface StatusCause {
	field?: string;
	message: string;
}

export class ApiError extends Error {
	readonly reason: StatusReason;
	readonly code: number;
	readonly details: { kind?: string; name?: string; group?: string; causes?: StatusCause[] };

	constructor(
		reason: StatusReason,
		code: number,
		message: string,
		details: { kind?: string; name?: string; group?: string; causes?: StatusCause[] } = {},
	) {
		super(message);
		this.reason = reason;
		this.code = code;
		this.details = details;
	}
}

/** Mirrors errors.NewNotFound: `pods "x" not found`. */
export function notFound(resource: string, name: string): ApiError {
	return new ApiError('NotFound', 404, `${resource} "${name}" not found`, { kind: resource, name });
}

/** Mirrors errors.NewAlreadyExists. */
export function alreadyExists(resource: string, name: string): ApiError {
	return new ApiError('AlreadyExists', 409, `${resource} "${name}" already exists`, { kind: resource, name });
}

/**
 * Mirrors errors.NewInvalid: the message names the group-qualified kind (`Deployment.apps`) and joins
 * the field errors; the details keep the bare kind (kubectl prints `The Deployment "web" is invalid`)
 * and the causes apart.
 */
export function invalid(kind: string, name: string, causes: StatusCause[], group = ''): ApiError {
	const list = causes.map((c) => c.message);
	const joined = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
	const qualified = group ? `${kind}.${group}` : kind;
	return new ApiError('Invalid', 422, `${qualified} "${name}" is invalid: ${joined}`, { kind, name, group, causes });
}

export function conflict(resource: string, name: string, why: string): ApiError {
	return new ApiError(
		'Conflict',
		409,
		`Operation cannot be fulfilled on ${resource} "${name}": ${why}`,
		{ kind: resource, name },
	);
}
