/**
 * Runs parsed shell statements (syntax.ts): lists left to right as `&&` and `||` allow, pipelines with
 * each command's output as the next one's input, command substitutions first (their output, trailing
 * newlines removed, split into words unless quoted), here-documents as standard input. The filters are
 * the shell's own (filters.ts); every other program (kubectl, sleep, sim) is the host's. What a real
 * terminal shows, standard error as it comes and the last command's output, is the statement's output;
 * its exit code is the last pipeline's, as in sh without `pipefail`.
 */
import { OnDemand } from '../../shared/on-demand.ts';
import { FILTER_NAMES } from './filter-names.ts';
import type { FilterResult } from './filters.ts';
import type { AndOr, Pipeline, Script, SimpleCommand, Statement, Word } from './syntax.ts';

/** The filters' code: loaded by `loadFilters` before a line that uses one runs (the browser fetches it then). */
const FILTERS = new OnDemand('the shell\'s filters', () => import('./filters.ts'), (what) => new Error(`${what} are not loaded; check the connection and run the command again`));

export const loadFilters = async (): Promise<void> => void (await FILTERS.load());

export interface ShellHost {
	/** Runs `name` with `args` and standard input; `undefined` when the host has no such program. */
	program(name: string, args: string[], stdin: string | undefined): FilterResult | undefined;
}

export interface ShellResult {
	output: string;
	exitCode: number;
}

/** Output beyond this many characters is cut, with a note, so a runaway pipeline cannot freeze the page. */
export const MAX_OUTPUT = 1_000_000;

export function runStatement(statement: Statement, host: ShellHost): ShellResult {
	if (statement.error !== undefined) return { output: `bash: ${statement.error}\n`, exitCode: 2 };
	const out = new Collector();
	let exitCode = 0;
	for (const list of statement.lists) exitCode = runAndOr(list, host, out, out);
	return { output: out.text(), exitCode };
}

class Collector {
	#parts: string[] = [];
	#length = 0;
	#cut = false;

	add(text: string): void {
		if (text === '' || this.#cut) return;
		if (this.#length + text.length > MAX_OUTPUT) {
			this.#parts.push(text.slice(0, MAX_OUTPUT - this.#length), `\n… output cut at ${MAX_OUTPUT.toLocaleString('en')} characters\n`);
			this.#cut = true;
			return;
		}
		this.#parts.push(text);
		this.#length += text.length;
	}

	text(): string {
		return this.#parts.join('');
	}
}

/** Runs a list; each pipeline's standard output goes to `stdout`, what its commands report to `stderr`. */
function runAndOr(list: AndOr, host: ShellHost, stdout: Collector, stderr: Collector): number {
	let code = runPipeline(list.first, host, stdout, stderr);
	for (const { op, pipeline } of list.rest) {
		if ((op === '&&' && code === 0) || (op === '||' && code !== 0)) code = runPipeline(pipeline, host, stdout, stderr);
	}
	return code;
}

function runPipeline(pipeline: Pipeline, host: ShellHost, stdout: Collector, stderr: Collector): number {
	let input: string | undefined;
	let code = 0;
	pipeline.commands.forEach((command, i) => {
		const result = runCommand(command, i === 0 ? undefined : (input ?? ''), host, stderr);
		stderr.add(result.stderr);
		input = result.stdout;
		code = result.exitCode;
	});
	stdout.add(input ?? '');
	return code;
}

function runCommand(command: SimpleCommand, piped: string | undefined, host: ShellHost, out: Collector): FilterResult {
	const argv = command.words.flatMap((word) => expandWord(word, host, out));
	const [name, ...args] = argv;
	if (name === undefined) return { stdout: '', stderr: '', exitCode: 0 };
	const stdin = command.heredoc?.body ?? piped;
	if (command.heredoc?.unterminated) out.add(`bash: warning: here-document delimited by end-of-file (wanted \`${command.heredoc.delimiter}')\n`);
	if (FILTER_NAMES.has(name)) {
		try {
			return FILTERS.get().FILTERS[name]!(args, stdin ?? '');
		} catch (error) {
			return { stdout: '', stderr: `bash: ${name}: ${(error as Error).message}\n`, exitCode: 126 };
		}
	}
	return host.program(name, args, stdin) ?? { stdout: '', stderr: `bash: ${name}: command not found\n`, exitCode: 127 };
}

/** The output of a command substitution, as the shell splices it in: trailing newlines removed. What its commands write to standard error shows. */
function substitute(script: Script, host: ShellHost, shown: Collector): string {
	const captured = new Collector();
	for (const statement of script.statements) {
		if (statement.error !== undefined) shown.add(`bash: ${statement.error}\n`);
		else for (const list of statement.lists) runAndOr(list, host, captured, shown);
	}
	return captured.text().replace(/\n+$/, '');
}

/** A word's fields after substitution: quoted text stays one field, an unquoted substitution's output splits on blanks. */
function expandWord(word: Word, host: ShellHost, out: Collector): string[] {
	const fields: string[] = [];
	let current = '';
	let started = false;
	for (const part of word.parts) {
		if ('text' in part) {
			current += part.text;
			started ||= part.quoted || part.text !== '';
			continue;
		}
		const value = substitute(part.substitution, host, out);
		if (part.quoted) {
			current += value;
			started = true;
			continue;
		}
		const pieces = value.split(/[ \t\n]+/);
		pieces.forEach((piece, i) => {
			if (i > 0) {
				if (started) fields.push(current);
				current = '';
				started = false;
			}
			current += piece;
			started ||= piece !== '';
		});
	}
	if (started) fields.push(current);
	return fields;
}
