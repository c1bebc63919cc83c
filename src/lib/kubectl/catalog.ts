/**
 * Every command kubectl knows, in `kubectl --help` order (basic, deploy, cluster management,
 * troubleshooting, advanced, settings, other), and its code.
 *
 * Only `apply` ships with the interpreter: a playground's scenario replays with it as soon as the
 * playground starts. Every other command loads the first time a line names it (a typed line, a button,
 * a step), so a page fetches only what the learner uses. `prepareKubectl(line)` loads what a line
 * needs; a line run without it fails and says so.
 */
import { apply } from './commands/apply.ts';
import type { Command } from './context.ts';
import { OnDemand, onDemand as loadedLater } from './on-demand.ts';

export interface CatalogEntry {
	name: string;
	code: OnDemand<Command>;
	/** The command only reads (its requests are GETs): running it changes nothing in the cluster. */
	reads: boolean;
}

const READS = new Set(['get', 'describe', 'explain', 'logs', 'version', 'api-resources', 'api-versions', 'cluster-info']);
const bundled = (command: Command): CatalogEntry => ({ name: command.name, code: OnDemand.bundled(`the code of "kubectl ${command.name}"`, command), reads: READS.has(command.name) });
const onDemand = (name: string, load: () => Promise<Command>): CatalogEntry => ({ name, code: loadedLater(`the code of "kubectl ${name}"`, load), reads: READS.has(name) });

export const CATALOG: readonly CatalogEntry[] = [
	onDemand('create', async () => (await import('./commands/create.ts')).create),
	onDemand('expose', async () => (await import('./commands/run-expose.ts')).expose),
	onDemand('run', async () => (await import('./commands/run-expose.ts')).run),
	onDemand('set', async () => (await import('./commands/set-image.ts')).setCommand),
	onDemand('explain', async () => (await import('./commands/explain.ts')).explain),
	onDemand('get', async () => (await import('./commands/get.ts')).get),
	onDemand('delete', async () => (await import('./commands/delete.ts')).del),
	onDemand('rollout', async () => (await import('./commands/rollout.ts')).rollout),
	onDemand('scale', async () => (await import('./commands/scale.ts')).scale),
	onDemand('autoscale', async () => (await import('./commands/autoscale.ts')).autoscale),
	onDemand('cluster-info', async () => (await import('./commands/discovery.ts')).clusterInfo),
	onDemand('cordon', async () => (await import('./commands/nodes.ts')).cordon),
	onDemand('uncordon', async () => (await import('./commands/nodes.ts')).uncordon),
	onDemand('drain', async () => (await import('./commands/nodes.ts')).drain),
	onDemand('describe', async () => (await import('./commands/describe.ts')).describe),
	onDemand('logs', async () => (await import('./commands/logs.ts')).logs),
	onDemand('exec', async () => (await import('./commands/exec.ts')).exec),
	onDemand('port-forward', async () => (await import('./commands/port-forward.ts')).portForward),
	bundled(apply),
	onDemand('label', async () => (await import('./commands/label.ts')).label),
	onDemand('annotate', async () => (await import('./commands/label.ts')).annotate),
	onDemand('api-resources', async () => (await import('./commands/discovery.ts')).apiResources),
	onDemand('api-versions', async () => (await import('./commands/discovery.ts')).apiVersions),
	onDemand('config', async () => (await import('./commands/config.ts')).config),
	onDemand('version', async () => (await import('./commands/version.ts')).version),
];

export function catalogEntry(name: string): CatalogEntry | undefined {
	return CATALOG.find((c) => c.name === name);
}
