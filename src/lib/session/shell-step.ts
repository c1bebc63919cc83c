/**
 * A session line that needs the shell (parse.ts `needsShell`), run on a cluster: the shell's filters are
 * its own; kubectl, sleep and sim are this runtime's. Loaded with the first such line, with the shell.
 */
import type { Cluster } from '../cluster/cluster.ts';
import { readsOnlyWords, runKubectlWords, type FileReader } from '../kubectl/index.ts';
import { parseDuration } from './parse.ts';
import { commandsOf, literalWord, loadFilters, parseScript, runStatement, type ShellHost } from './shell/index.ts';

export { loadFilters };

type SimRunner = (args: string[]) => { output: string; exitCode: number };

/** Runs the line's statements (one, or more when a here-document holds a line break) on `cluster`. */
export function runShellLine(text: string, cluster: Cluster, runSim: SimRunner, readFile: FileReader | undefined): { output: string; exitCode: number } {
	const host: ShellHost = {
		program(name, args, stdin) {
			if (name === 'kubectl') return runKubectlWords(cluster, [name, ...args], stdin, { readFile });
			if (name === 'sleep') {
				const ms = args.length === 1 ? parseDuration(args[0]!) : undefined;
				if (ms === undefined) return { stdout: '', stderr: args.length === 0 ? 'sleep: missing operand\n' : `sleep: invalid time interval '${args[0]}'\n`, exitCode: 1 };
				cluster.advance(ms);
				return { stdout: '', stderr: '', exitCode: 0 };
			}
			if (name === 'sim') {
				const r = runSim(args);
				const text = r.output ? `${r.output}\n` : '';
				return { stdout: r.exitCode === 0 ? text : '', stderr: r.exitCode === 0 ? '' : text, exitCode: r.exitCode };
			}
			return undefined;
		},
	};
	let output = '';
	let exitCode = 0;
	for (const statement of parseScript(text, 1, { recover: true }).statements) {
		if (statement.comment !== undefined) continue;
		const r = runStatement(statement, host);
		output += r.output;
		exitCode = r.exitCode;
	}
	cluster.settle();
	return { output, exitCode };
}

/** The commands a line runs, as words (a substitution's value, unknown before it runs, reads as `_`), with their input. */
export function shellCommands(text: string): { words: string[]; stdin: string | undefined }[] {
	try {
		return commandsOf(parseScript(text)).map((command) => ({
			words: command.words.map((word) => literalWord(word) ?? '_'),
			stdin: command.heredoc?.body,
		}));
	} catch {
		return [];
	}
}

/** Whether a line only reads: kubectl's read commands and the filters, nothing that writes or waits. */
export function shellReadsOnly(text: string): boolean {
	const commands = shellCommands(text);
	return commands.length > 0 && commands.every(({ words }) => (words[0] === 'kubectl' ? readsOnlyWords(words) : words[0] !== 'sleep' && words[0] !== 'sim'));
}
