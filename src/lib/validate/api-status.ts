// The reply kube-apiserver sends when it refuses an object, built from the validator's diagnostics,
// so the simulated API server and kubectl word refusals exactly as a real cluster does.
// Mirrors k8s.io/apimachinery/pkg/api/errors NewInvalid / NewBadRequest and the handlers' decode errors.
import type { Diagnostic } from './types.ts';

export interface ApiStatus {
	/** HTTP status: 400 for requests that cannot be decoded, 422 for objects that fail validation. */
	code: 400 | 422;
	reason: 'BadRequest' | 'Invalid';
	/** The Status message, e.g. `Pod "web" is invalid: spec.containers[0].image: Required value`. */
	message: string;
	/** kubectl's rendering of the same refusal (`The Pod "web" is invalid: …`, `Error from server (BadRequest): …`). */
	kubectl: string;
}

/** `Deployment.apps` for named groups, `Pod` for the core group: schema.GroupKind.String(). */
function qualifiedKind(apiVersion: string, kind: string): string {
	const slash = apiVersion.indexOf('/');
	return slash === -1 ? kind : `${kind}.${apiVersion.slice(0, slash)}`;
}

/** utilerrors.Aggregate.Error(): one message bare, several in brackets. */
function aggregate(messages: string[]): string {
	return messages.length === 1 ? messages[0]! : `[${messages.join(', ')}]`;
}

/**
 * The refusal for an object with these diagnostics (or the issues validateObjectIssues returns), or
 * undefined when the API server would accept it. Decode problems win over validation problems, as the
 * server never validates what it cannot decode.
 */
export function apiServerStatus(apiVersion: string, kind: string, name: string, diagnostics: readonly Pick<Diagnostic, 'severity' | 'stage' | 'code' | 'apiMessage'>[]): ApiStatus | undefined {
	const errors = diagnostics.filter((d) => d.severity === 'error');
	const decode = errors.filter((d) => d.stage === 'decode');
	if (decode.length > 0) {
		const version = apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
		const strict = decode.filter((d) => d.code === 'unknown-field');
		const detail = strict.length > 0 ? `strict decoding error: ${strict.map((d) => d.apiMessage).join(', ')}` : decode[0]!.apiMessage;
		const message = `${kind} in version ${JSON.stringify(version)} cannot be handled as a ${kind}: ${detail}`;
		return { code: 400, reason: 'BadRequest', message, kubectl: `Error from server (BadRequest): ${message}` };
	}
	const invalid = errors.filter((d) => d.stage === 'validate');
	if (invalid.length === 0) return undefined;
	const messages = invalid.map((d) => d.apiMessage);
	const message = `${qualifiedKind(apiVersion, kind)} ${JSON.stringify(name)} is invalid: ${aggregate(messages)}`;
	const causes = messages.length === 1 ? messages[0]! : `\n${messages.map((m) => `* ${m}`).join('\n')}`;
	return { code: 422, reason: 'Invalid', message, kubectl: `The ${kind} ${JSON.stringify(name)} is invalid: ${causes}` };
}
