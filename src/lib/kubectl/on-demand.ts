/**
 * Code kubectl loads the first time a line needs it (the rarer commands, their help, the YAML library):
 * `prepareKubectl(line)` loads what a line needs; running a line whose code is not here fails with
 * kubectl's own kind of error, which says so. The loader itself is the shared one (src/lib/shared).
 */
import { OnDemand } from '../shared/on-demand.ts';
import { KubectlError } from './result.ts';

const missing = (what: string) => new KubectlError(`error: ${what} is not loaded; check the connection and run the command again`);

/** `what`, loaded by `importer` on first use; a line that runs without it fails as kubectl fails. */
export function onDemand<T>(what: string, importer: () => Promise<T>): OnDemand<T> {
	return new OnDemand(what, importer, missing);
}

export { OnDemand };
