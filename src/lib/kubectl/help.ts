/**
 * kubectl's help: the command list `kubectl --help` prints, a command's own `--help`, and the
 * suggestions for an unknown command. Only a learner who asks for help or mistypes needs them, so this
 * loads on demand (see index.ts).
 */
import { editDistance } from '../validate/edit-distance.ts';
import type { Command } from './context.ts';

/** One-line summaries, as `kubectl --help` lists them. */
const SUMMARIES: Record<string, string> = {
	create: 'Create a resource from a file or from stdin',
	expose: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
	run: 'Run a particular image on the cluster',
	set: 'Set specific features on objects',
	explain: 'Get documentation for a resource',
	get: 'Display one or many resources',
	delete: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
	rollout: 'Manage the rollout of a resource',
	scale: 'Set a new size for a deployment, replica set, or replication controller',
	autoscale: 'Auto-scale a deployment, replica set, stateful set, or replication controller (the simulator stores the autoscaler; nothing acts on it)',
	'cluster-info': 'Display cluster information',
	cordon: 'Mark node as unschedulable',
	uncordon: 'Mark node as schedulable',
	drain: 'Drain node in preparation for maintenance',
	describe: 'Show details of a specific resource or group of resources',
	logs: 'Print the logs for a container in a pod',
	exec: 'Execute a command in a container',
	'port-forward': 'Forward one or more local ports to a pod',
	apply: 'Apply a configuration to a resource by file name or stdin',
	label: 'Update the labels on a resource',
	annotate: 'Update the annotations on a resource',
	'api-resources': 'Print the supported API resources on the server',
	'api-versions': 'Print the supported API versions on the server, in the form of "group/version"',
	config: 'Modify kubeconfig files',
	version: 'Print the client and server version information',
};

/** `kubectl --help`: every command in `names`, with its summary. */
export function overview(names: readonly string[]): string {
	const width = Math.max(...names.map((n) => n.length)) + 3;
	return [
		'kubectl controls the Kubernetes cluster manager.',
		'',
		'Commands:',
		...names.map((n) => `  ${n.padEnd(width)}${SUMMARIES[n] ?? ''}`),
		'',
		'Usage:',
		'  kubectl [flags] [options]',
	].join('\n');
}

/** `kubectl <command> --help`. */
export function commandHelp(command: Command): string {
	return `${SUMMARIES[command.name] ?? ''}.\n\nUsage:\n  kubectl ${command.name} [options]\n\nOptions:\n${command.flags.map((f) => `    ${f.short ? `-${f.short}, ` : ''}--${f.name}`).join('\n')}`;
}

/** cobra's "unknown command" error with its suggestions among `names` (distance ≤ 2, or a prefix). */
export function unknownCommand(name: string, names: readonly string[]): string {
	// cobra sorts commands by name (EnableCommandSorting) before SuggestionsFor walks them.
	const suggestions = [...names].sort().filter((c) => editDistance(c, name) <= 2 || c.startsWith(name));
	const hint = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}`).join('\n')}\n` : '\n';
	return `error: unknown command "${name}" for "kubectl"${hint}\nRun 'kubectl --help' for usage.`;
}
