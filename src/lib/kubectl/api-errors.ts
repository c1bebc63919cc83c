/**
 * How kubectl prints API errors. Mirrors k8s.io/kubectl/pkg/cmd/util/helpers.go `checkErr` /
 * `StandardErrorMessage` (`Error from server (NotFound): …`), `MultilineError` for Invalid
 * (`The ReplicationController "web" is invalid: …`) and `AddSourceToErr` (`error when creating
 * "rc.yaml": …`).
 */
import { ApiError } from '../cluster/errors.ts';
import { KubectlError } from './result.ts';

export function formatError(error: unknown, source?: { verb: string; file: string }): string {
	if (error instanceof KubectlError) return error.message;
	if (error instanceof ApiError) {
		if (error.reason === 'Invalid') {
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
