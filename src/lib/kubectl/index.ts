/**
 * The kubectl interpreter: one command line in, kubectl's stdout, stderr and exit code out, against
 * a simulated cluster. Same syntax, output and errors as real kubectl for the commands it knows.
 */
import type { Cluster } from '../cluster/cluster.ts';
import { formatError } from './api-errors.ts';
import { CATALOG, catalogEntry } from './catalog.ts';
import type { FileReader } from './context.ts';
import { parseFlags, type FlagValues } from './flags.ts';
import { KubectlError, Output, type KubectlResult } from './result.ts';
import { defaultNamespace } from './kubeconfig.ts';
import { memoLast } from '../shared/memo.ts';
import { tokenize as tokenizeText, TokenizeError, type Tokens } from './tokenize.ts';

/** A line is split when prepared and again when run: the second time is free (shared/memo.ts). */
const tokenize = memoLast(16, tokenizeText);
import { onDemand } from './on-demand.ts';
import { TEMPLATES } from './printers/template-format.ts';
import { loadYaml, needsYaml, readManifestText } from './yaml-on-demand.ts';

export type { KubectlResult } from './result.ts';
export type { FileReader } from './context.ts';
export { CATALOG, type CatalogEntry } from './catalog.ts';
export { loadYaml, rememberManifests, type ManifestText } from './yaml-on-demand.ts';

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

const HELP = onDemand("kubectl's help", () => import('./help.ts'));

/** Whether the line asks for help: no command, `help`, or `-h`/`--help` anywhere. */
function wantsHelp(name: string | undefined, words: readonly string[]): boolean {
	return !name || name === 'help' || words.includes('--help') || words.includes('-h');
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
 * Loads what the command on `line` needs before `runKubectl` can run it (on-demand.ts): its code when
 * it is not bundled (catalog.ts), what this invocation needs beyond it (`Command.load`: `-o jsonpath`'s
 * evaluator), the help texts, and the YAML library when it prints YAML or reads a manifest nobody read
 * before (yaml-on-demand.ts). Resolves at once when everything is here; rejects when a download fails.
 * A line that does not parse needs nothing: running it reports the problem.
 *
 * Resolves to what the line sends, for a caller that must get the cluster ready for it (the
 * cluster's add-ons): the documents of its here-document, what the command builds itself (`create
 * job`), or `'file'` when it reads a file, whose content is known only when it runs.
 */
export async function prepareKubectl(line: string): Promise<readonly unknown[] | 'file'> {
	let tokens: Tokens;
	try {
		tokens = tokenize(line.trim());
	} catch {
		return [];
	}
	return prepareKubectlWords(tokens.words, tokens.stdin);
}

/** `prepareKubectl` for a command the shell has already split into words (src/lib/session/shell). */
export async function prepareKubectlWords(words: readonly string[], stdin: string | undefined): Promise<readonly unknown[] | 'file'> {
	if (words[0] !== 'kubectl') return [];
	const { leading, name, rest } = splitCommand([...words]);
	if (wantsHelp(name, words)) await HELP.load();
	const entry = name === undefined ? undefined : catalogEntry(name);
	// An unknown command's error suggests the names it may have meant (help.ts).
	if (!entry) return name === undefined ? [] : (await HELP.load(), []);
	const command = await entry.code.load();
	let flags: FlagValues;
	let args: string[];
	try {
		({ flags, args } = parseFlags([...leading, ...rest], command.flags, command.name));
	} catch {
		return [];
	}
	await Promise.all([command.load?.(flags), usesYaml(flags, stdin) ? loadYaml() : undefined]);
	const file = flags['filename'];
	if (typeof file !== 'string') return command.sends?.(flags, args) ?? [];
	if (file !== '-') return 'file';
	const read = readManifestText(stdin ?? '');
	return 'documents' in read ? read.documents : [];
}

/** Whether `kubectl <words>` only reads the cluster (`get`, `describe`…; catalog.ts). */
export function readsOnlyWords(words: readonly string[]): boolean {
	const { name } = splitCommand([...words]);
	return words[0] === 'kubectl' && name !== undefined && catalogEntry(name)?.reads === true;
}

/** Whether the line runs a command that only reads the cluster (`kubectl get`, `describe`…; catalog.ts). */
export function readsOnly(line: string): boolean {
	try {
		return readsOnlyWords(tokenize(line.trim()).words);
	} catch {
		return false;
	}
}

/** Loads everything that loads on demand: for callers that run lines without preparing each. */
export async function loadKubectl(): Promise<void> {
	await Promise.all([...CATALOG.map((c) => c.code.load()), HELP.load(), TEMPLATES.load(), loadYaml()]);
}

/** Whether the command prints YAML, or reads manifest text that was not read before. */
function usesYaml(flags: FlagValues, stdin: string | undefined): boolean {
	if (flags['output'] === 'yaml') return true;
	const file = flags['filename'];
	if (typeof file !== 'string') return false;
	return file !== '-' || needsYaml(stdin ?? '');
}

export function runKubectl(cluster: Cluster, line: string, options: KubectlOptions = {}): KubectlResult {
	let tokens: Tokens;
	try {
		tokens = tokenize(line.trim());
		if (tokens.words[0] !== 'kubectl') throw new KubectlError(`${tokens.words[0] ?? ''}: command not found`, 127);
	} catch (error) {
		const out = new Output();
		if (error instanceof TokenizeError) out.fail(`bash: ${error.message}`, 2);
		else if (error instanceof KubectlError) out.fail(error.message, error.exitCode);
		else throw error;
		cluster.settle();
		return { stdout: out.stdout, stderr: out.stderr, exitCode: out.exitCode };
	}
	return runKubectlWords(cluster, tokens.words, tokens.stdin, options);
}

/** `runKubectl` for a command the shell has already split into words (src/lib/session/shell): `words[0]` is `kubectl`. */
export function runKubectlWords(cluster: Cluster, words: readonly string[], stdin: string | undefined, options: KubectlOptions = {}): KubectlResult {
	const out = new Output();
	try {
		const { leading, name, rest } = splitCommand([...words]);
		if (!name || name === 'help' || leading.includes('--help') || leading.includes('-h')) {
			out.out(HELP.get().overview(CATALOG.map((c) => c.name)));
			return out;
		}
		const entry = catalogEntry(name);
		if (!entry) throw new KubectlError(HELP.get().unknownCommand(name, CATALOG.map((c) => c.name)));
		const command = entry.code.get();
		const { flags, args, argsLenAtDash } = parseFlags([...leading, ...rest], command.flags, command.name);
		if (flags['help'] === true) {
			out.out(HELP.get().commandHelp(command));
			return out;
		}
		const namespace = typeof flags['namespace'] === 'string' ? flags['namespace'] : defaultNamespace(cluster);
		command.run({ cluster, namespace, flags, args, argsLenAtDash, stdin, readFile: options.readFile, out });
	} catch (error) {
		if (error instanceof KubectlError) out.fail(error.message, error.exitCode);
		else out.fail(formatError(error));
	}
	cluster.settle();
	return { stdout: out.stdout, stderr: out.stderr, exitCode: out.exitCode };
}
