/**
 * The kubectl interpreter: one command line in, kubectl's stdout, stderr and exit code out, against
 * a simulated cluster. Same syntax, output and errors as real kubectl for the commands it knows.
 */
import type { Cluster } from '../cluster/cluster.ts';
import { formatError } from './api-errors.ts';
import { autoscale } from './commands/autoscale.ts';
import { apiResources, apiVersions, clusterInfo } from './commands/discovery.ts';
import { exec } from './commands/exec.ts';
import { annotate, label } from './commands/label.ts';
import { portForward } from './commands/port-forward.ts';
import { setCommand } from './commands/set-image.ts';
import { apply, create } from './commands/create-apply.ts';
import { del } from './commands/delete.ts';
import { describe } from './commands/describe.ts';
import { explain } from './commands/explain.ts';
import { get } from './commands/get.ts';
import { logs } from './commands/logs.ts';
import { cordon, drain, uncordon } from './commands/nodes.ts';
import { rollout } from './commands/rollout.ts';
import { expose, run } from './commands/run-expose.ts';
import { scale } from './commands/scale.ts';
import { version } from './commands/version.ts';
import type { Command, FileReader } from './context.ts';
import { parseFlags } from './flags.ts';
import { KubectlError, Output, type KubectlResult } from './result.ts';
import { tokenize, TokenizeError } from './tokenize.ts';

export type { KubectlResult } from './result.ts';
export type { FileReader } from './context.ts';

// In `kubectl --help` order (basic, deploy, cluster management, troubleshooting, advanced, settings, other).
export const COMMANDS: readonly Command[] = [
	create,
	expose,
	run,
	setCommand,
	explain,
	get,
	del,
	rollout,
	scale,
	autoscale,
	clusterInfo,
	cordon,
	uncordon,
	drain,
	describe,
	logs,
	exec,
	portForward,
	apply,
	label,
	annotate,
	apiResources,
	apiVersions,
	version,
];

export interface KubectlOptions {
	/** Reads files named with `-f`. Without it, only `-f -` (a here-document) works. */
	readFile?: FileReader;
}

export interface Kubectl {
	/** Runs one command line (`kubectl get pods`, possibly with a here-document on the following lines). */
	run(commandLine: string): KubectlResult;
}

export function createKubectl(cluster: Cluster, options: KubectlOptions = {}): Kubectl {
	return { run: (line) => runKubectl(cluster, line, options) };
}

function levenshtein(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
	}
	return d[a.length]![b.length]!;
}

/** cobra's "unknown command" error with its suggestions (distance ≤ 2, or a prefix). */
function unknownCommand(name: string): string {
	// cobra sorts commands by name (EnableCommandSorting) before SuggestionsFor walks them.
	const suggestions = COMMANDS.map((c) => c.name)
		.sort()
		.filter((c) => levenshtein(c, name) <= 2 || c.startsWith(name));
	const hint = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}`).join('\n')}\n` : '\n';
	return `error: unknown command "${name}" for "kubectl"${hint}\nRun 'kubectl --help' for usage.`;
}

function help(): string {
	const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 3;
	return [
		'kubectl controls the Kubernetes cluster manager.',
		'',
		'Commands:',
		...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.short}`),
		'',
		'Usage:',
		'  kubectl [flags] [options]',
	].join('\n');
}

/** The words after `kubectl`: global flags before the command name, the name, then the rest. */
function splitCommand(words: string[]): { leading: string[]; name: string | undefined; rest: string[] } {
	const rest = words.slice(1);
	// Global flags may come before the command name (`kubectl -n dev get pods`).
	const leading: string[] = [];
	while (rest[0]?.startsWith('-')) {
		const flag = rest.shift()!;
		leading.push(flag);
		if ((flag === '-n' || flag === '--namespace') && rest.length > 0) leading.push(rest.shift()!);
	}
	return { leading, name: rest.shift(), rest };
}

/**
 * Loads what the command on `line` needs before `runKubectl` can run it (see `Command.load`); resolves
 * at once for the commands that need nothing. A line that does not parse needs nothing: running it
 * reports the problem.
 */
export async function prepareKubectl(line: string): Promise<void> {
	let words: string[];
	try {
		words = tokenize(line.trim()).words;
	} catch {
		return;
	}
	if (words[0] !== 'kubectl') return;
	const { name } = splitCommand(words);
	await COMMANDS.find((c) => c.name === name)?.load?.();
}

export function runKubectl(cluster: Cluster, line: string, options: KubectlOptions = {}): KubectlResult {
	const out = new Output();
	try {
		const { words, stdin } = tokenize(line.trim());
		if (words[0] !== 'kubectl') throw new KubectlError(`${words[0] ?? ''}: command not found`, 127);
		const { leading, name, rest } = splitCommand(words);
		if (!name || name === 'help' || leading.includes('--help') || leading.includes('-h')) {
			out.out(help());
			return out;
		}
		const command = COMMANDS.find((c) => c.name === name);
		if (!command) throw new KubectlError(unknownCommand(name));
		const { flags, args } = parseFlags([...leading, ...rest], command.flags, command.name);
		if (flags['help'] === true) {
			out.out(`${command.short}.\n\nUsage:\n  kubectl ${command.name} [options]\n\nOptions:\n${command.flags.map((f) => `    ${f.short ? `-${f.short}, ` : ''}--${f.name}`).join('\n')}`);
			return out;
		}
		const namespace = typeof flags['namespace'] === 'string' ? flags['namespace'] : 'default';
		command.run({ cluster, namespace, flags, args, stdin, readFile: options.readFile, out });
	} catch (error) {
		if (error instanceof TokenizeError) out.fail(`bash: ${error.message}`, 2);
		else if (error instanceof KubectlError) out.fail(error.message, error.exitCode);
		else out.fail(formatError(error));
	}
	cluster.settle();
	return { stdout: out.stdout, stderr: out.stderr, exitCode: out.exitCode };
}
