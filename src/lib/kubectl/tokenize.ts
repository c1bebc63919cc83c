/**
 * A kubectl command line split into words as the shell splits it (src/lib/session/shell/syntax.ts, the
 * one implementation of quoting and here-documents): the words, and a here-document's body as standard
 * input. A line with more than one command (pipes, lists, substitutions) is the shell's to run.
 */
import { literalWord, parseScript, ShellSyntaxError } from '../session/shell/syntax.ts';

export interface Tokens {
	words: string[];
	/** Here-document body, when the command has one. */
	stdin?: string;
}

export class TokenizeError extends Error {}

export function tokenize(text: string): Tokens {
	let statements;
	try {
		statements = parseScript(text).statements.filter((s) => s.comment === undefined);
	} catch (error) {
		if (error instanceof ShellSyntaxError) throw new TokenizeError(error.message);
		throw error;
	}
	const [statement] = statements;
	if (!statement) return { words: [] };
	if (statements.length > 1) throw new TokenizeError('unexpected text after the command (use a here-document: <<EOF … EOF)');
	const [list] = statement.lists;
	const command = list?.rest.length === 0 && statement.lists.length === 1 && list.first.commands.length === 1 ? list.first.commands[0] : undefined;
	const words = command?.words.map(literalWord);
	if (!command || !words || words.some((w) => w === undefined)) throw new TokenizeError('pipes, lists and $(…) are run by the shell, not by kubectl');
	const heredoc = command.heredoc;
	if (heredoc?.unterminated) throw new TokenizeError(`here-document delimited by end-of-file (wanted \`${heredoc.delimiter}')`);
	return heredoc ? { words: words as string[], stdin: heredoc.body } : { words: words as string[] };
}
