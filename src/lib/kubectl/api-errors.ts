/**
 * How kubectl prints API errors. Mirrors k8s.io/kubectl/pkg/cmd/util/helpers.go `checkErr` /
 * `StandardErrorMessage` (`Error from server (NotFound): …`), `MultilineError` for Invalid
 * (`The ReplicationController "web" is invalid: …`) and `AddSourceToErr` (`error when creating
 * "rc.yaml": …`).
 */
import { ApiError } from '../cluster/apiserver/errors.ts';
import { KubectlError } from './result.ts';

export function formatError(error: unknown, source?: { verb: string; file: string }, inAggregate = false): string {
	if (error instanceof KubectlError) return error.message;
	if (error instanceof ApiError) {
		// checkErr words an Invalid error on its own; MultipleErrors (several failures) uses StandardErrorMessage.
		if (error.reason === 'Invalid' && !inAggregate) {
			const prefix = `The ${error.details.kind} "${error.details.name}" is invalid: `;
			const causes = error.details.causes ?? [];
			if (causes.length === 0) return prefix.trimEnd();
			if (causes.length === 1) return prefix + causes[0]!.message;
			return `${prefix}\n${causes.map((c) => `* ${c.message}`).join('\n')}`;
		}
		const where = source && source.file ? `error when ${source.verb} "${source.file}": ` : '';
		return `Error from server (${error.reason}): ${where}${error.message}`;
	}
	return `error: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * What `kubectl create|apply -f` prints for the objects it could not write: it goes on after a
 * failure and reports at the end, one error as checkErr does, several as an aggregate.
 */
export function formatErrors(failures: { error: unknown; verb: string; file: string }[]): string[] {
	if (failures.length === 1) return [formatError(failures[0]!.error, failures[0])];
	return failures.map((f) => formatError(f.error, f, true));
}
