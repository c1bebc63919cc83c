/**
 * The shell language the course's terminal, `npm run kube` and the print storyboards understand: the part
 * of POSIX sh (bash's wording for errors) that learners type around kubectl. One implementation, used
 * everywhere; kubectl's own word splitting (src/lib/kubectl/tokenize.ts) is this parser on one command.
 *
 *     kubectl get pods -l 'app=web' -o name | head -1          words, quotes, pipes
 *     kubectl delete $(kubectl get pods -o name | head -1)      command substitution, nested
 *     kubectl apply -f - <<EOF … EOF                          here-documents (<<-, quoted delimiters)
 *     kubectl get rs && kubectl get pods; echo done            lists: &&, ||, ;
 *     # comments, and a backslash at the end of a line to go on
 *
 * Not supported, with a message that says so: redirections to files, background jobs (`&`), variables,
 * globs and control structures. Quoting follows sh: '…' is literal, "…" keeps spaces and allows $(…),
 * a backslash escapes the next character.
 */

/** A piece of a word: literal text, or a command substitution whose output is spliced in when it runs. */
export type WordPart = { text: string; quoted: boolean } | { substitution: Script; quoted: boolean; source: string };

export interface Word {
	parts: WordPart[];
}

export interface HereDoc {
	delimiter: string;
	/** The body's lines joined with newlines, ending in one (empty for an empty body). */
	body: string;
	/** Whether the end of the script came before the delimiter (bash warns, then uses what it read). */
	unterminated: boolean;
}

export interface SimpleCommand {
	words: Word[];
	heredoc?: HereDoc;
}

/** Commands joined by `|`: each one's output is the next one's input. */
export interface Pipeline {
	commands: SimpleCommand[];
}

/** Pipelines joined by `&&` and `||`, run left to right as each one's exit code allows. */
export interface AndOr {
	first: Pipeline;
	rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

/** What one line of input (with its continuation lines and here-document bodies) holds. */
export interface Statement {
	/** The source text, as typed: the line, its continuations and its here-document bodies. */
	text: string;
	/** 1-based line of the script where it starts. */
	line: number;
	/** The lists separated by `;`, in order; empty for a line with only a comment. */
	lists: AndOr[];
	/** The comment on the line, when the line is only a comment. */
	comment?: string;
	/** Why the line could not be parsed (with `recover`): bash's message; `lists` is then empty. */
	error?: string;
}

export interface Script {
	statements: Statement[];
}

export class ShellSyntaxError extends Error {
	/** 1-based line where the problem was found. */
	readonly line: number;
	constructor(message: string, line: number) {
		super(message);
		this.line = line;
	}
}

const OPERATORS = ['&&', '||', ';;', '|', ';', '&', '<<', '>>', '<', '>', '(', ')'];
const METACHARACTERS = ' \t\n|&;<>()';

interface Token {
	kind: 'word' | 'op' | 'newline';
	word?: Word;
	op?: string;
	line: number;
	/** Offset in the source where the token starts. */
	start: number;
}

interface Lexer {
	/** Where the next token starts, and its line. */
	readonly offset: number;
	readonly line: number;
	/** The next token, or undefined at the end (a `#` word starts a comment, skipped to the end of the line). */
	next(): Token | undefined;
	/** A `#` comment at this point, up to the end of the line (the newline is left). */
	comment(): string | undefined;
	/** Registers a here-document whose body starts after the current line. */
	hereDoc(delimiter: Word, stripTabs: boolean): HereDoc;
	/** Here-documents announced on the last line of the script, which has no newline after it. */
	finish(): void;
	/** Goes on from `offset`, the start of line `line` (after a syntax error, with `recover`). */
	seek(offset: number, line: number): void;
}

/** The tokenizer: a closure over the text and the position (plain locals, so the minifier shortens them). */
function lexer(src: string, firstLine: number): Lexer {
	let i = 0;
	let line = firstLine;
	/** Here-documents announced on the current line, read once the line ends. */
	const pending: { doc: HereDoc; stripTabs: boolean }[] = [];

	const readHereDocs = () => {
		for (const { doc, stripTabs } of pending.splice(0)) {
			const body: string[] = [];
			let closed = false;
			while (i < src.length) {
				const end = src.indexOf('\n', i);
				const raw = src.slice(i, end < 0 ? undefined : end);
				i = end < 0 ? src.length : end + 1;
				line++;
				const text = stripTabs ? raw.replace(/^\t+/, '') : raw;
				if (text === doc.delimiter) {
					closed = true;
					break;
				}
				body.push(text);
			}
			doc.body = body.length > 0 ? `${body.join('\n')}\n` : '';
			doc.unterminated = !closed;
		}
	};

	const skipBlanks = () => {
		for (;;) {
			const ch = src[i];
			if (ch === ' ' || ch === '\t' || ch === '\r') i++;
			else if (ch === '\\' && src[i + 1] === '\n') {
				i += 2;
				line++;
			} else return;
		}
	};

	/** `$(…)`: finds the closing parenthesis (quotes and nested substitutions respected) and parses what is inside. */
	const readSubstitution = (quoted: boolean): WordPart => {
		const open = i;
		let depth = 0;
		let j = open + 1;
		for (; j < src.length; j++) {
			const ch = src[j];
			if (ch === '\\') j++;
			else if (ch === "'") {
				const end = src.indexOf("'", j + 1);
				if (end < 0) break;
				j = end;
			} else if (ch === '"') {
				for (j++; j < src.length && src[j] !== '"'; j++) if (src[j] === '\\') j++;
			} else if (ch === '(') depth++;
			else if (ch === ')' && --depth === 0) break;
		}
		if (j >= src.length) throw new ShellSyntaxError("unexpected EOF while looking for matching `)'", line);
		const inner = src.slice(open + 2, j);
		const substitution = parseScript(inner, line);
		line += inner.split('\n').length - 1;
		i = j + 1;
		return { substitution, quoted, source: src.slice(open, j + 1) };
	};

	const readWord = (): Word => {
		const parts: WordPart[] = [];
		const literal = (text: string, quoted: boolean) => {
			const last = parts.at(-1);
			if (last && 'text' in last && last.quoted === quoted) last.text += text;
			else parts.push({ text, quoted });
		};
		while (i < src.length) {
			const ch = src[i]!;
			if (METACHARACTERS.includes(ch) || ch === '\r') break;
			if (ch === "'") {
				const end = src.indexOf("'", i + 1);
				if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''", line);
				const text = src.slice(i + 1, end);
				line += text.split('\n').length - 1;
				literal(text, true);
				i = end + 1;
			} else if (ch === '"') {
				i++;
				literal('', true);
				while (i < src.length && src[i] !== '"') {
					if (src[i] === '\\' && i + 1 < src.length && '"\\$`\n'.includes(src[i + 1]!)) {
						if (src[i + 1] === '\n') line++;
						else literal(src[i + 1]!, true);
						i += 2;
					} else if (src.startsWith('$(', i)) {
						parts.push(readSubstitution(true));
					} else {
						if (src[i] === '\n') line++;
						literal(src[i]!, true);
						i++;
					}
				}
				if (i >= src.length) throw new ShellSyntaxError('unexpected EOF while looking for matching `"\'', line);
				i++;
			} else if (ch === '\\') {
				// A backslash at the very end of the input stays, as bash keeps it.
				if (src[i + 1] === '\n') line++;
				else literal(src[i + 1] ?? '\\', i + 1 < src.length);
				i += 2;
			} else if (src.startsWith('$(', i)) {
				parts.push(readSubstitution(false));
			} else if (ch === '`') {
				throw new ShellSyntaxError('backquotes are not supported here: use $(…)', line);
			} else {
				literal(ch, false);
				i++;
			}
		}
		return { parts };
	};

	const next = (): Token | undefined => {
		skipBlanks();
		if (i >= src.length) return undefined;
		const start = i;
		const ch = src[i]!;
		if (ch === '\n') {
			i++;
			const at = line++;
			readHereDocs();
			return { kind: 'newline', line: at, start };
		}
		if (ch === '#') {
			const end = src.indexOf('\n', i);
			i = end < 0 ? src.length : end;
			return next();
		}
		const op = OPERATORS.find((o) => src.startsWith(o, i));
		if (op) {
			i += op.length;
			return { kind: 'op', op, line, start };
		}
		const word = readWord();
		return { kind: 'word', word, line, start };
	};

	return {
		get offset() {
			return i;
		},
		get line() {
			return line;
		},
		next,
		comment() {
			skipBlanks();
			if (src[i] !== '#') return undefined;
			const end = src.indexOf('\n', i);
			const text = src.slice(i, end < 0 ? undefined : end);
			i = end < 0 ? src.length : end;
			return text;
		},
		hereDoc(delimiterWord, stripTabs) {
			const delimiter = delimiterWord.parts.map((p) => ('text' in p ? p.text : p.source)).join('');
			const doc: HereDoc = { delimiter, body: '', unterminated: false };
			pending.push({ doc, stripTabs });
			return doc;
		},
		finish() {
			if (pending.length > 0) readHereDocs();
		},
		seek(offset, at) {
			i = offset;
			line = at;
			pending.length = 0;
		},
	};
}

const unsupported = (op: string): string =>
	op === '>' || op === '>>' || op === '<'
		? `${op}: redirections to files are not available in this terminal (there is no file system); use a pipe or a here-document`
		: op === '&'
			? '&: background jobs are not available in this terminal'
			: `syntax error near unexpected token \`${op}'`;

/**
 * Parses a script into statements, one per line (with its continuations and here-document bodies).
 * Throws ShellSyntaxError with bash's wording (`syntax error near unexpected token `|'`, `unexpected EOF
 * while looking for matching `''`).
 */
export function parseScript(source: string, firstLine = 1, options: { recover?: boolean } = {}): Script {
	const text = source.replace(/\r\n/g, '\n');
	const lex = lexer(text, firstLine);
	const statements: Statement[] = [];
	for (;;) {
		const at = lex.offset;
		const atLine = lex.line;
		try {
			if (!parseStatement(text, lex, statements)) break;
		} catch (error) {
			if (!options.recover || !(error instanceof ShellSyntaxError)) throw error;
			// The line that failed becomes a statement that reports it; parsing goes on with the next line.
			let start = at;
			while (text[start] === '\n') start++;
			const lineBreak = text.indexOf('\n', start);
			const end = lineBreak < 0 ? text.length : lineBreak;
			const line = atLine + text.slice(at, start).length;
			statements.push({ text: text.slice(start, end).trim(), line, lists: [], error: error.message });
			if (lineBreak < 0) break;
			lex.seek(lineBreak + 1, line + 1);
		}
	}
	return { statements };
}

/** Parses the next statement into `statements`; false at the end of the script. */
function parseStatement(text: string, lex: Lexer, statements: Statement[]): boolean {
	for (;;) {
		const comment = lex.comment();
		let token = lex.next();
		if (comment !== undefined) {
			statements.push({ text: comment, line: token?.line ?? lex.line, lists: [], comment });
			return token !== undefined;
		}
		if (!token) return false;
		if (token.kind === 'newline') continue;
		const line = token.line;
		const begin = token.start;
		const lists: AndOr[] = [];
		let andOr: AndOr | undefined;
		let pipeline: Pipeline = { commands: [] };
		let command: SimpleCommand = { words: [] };
		/** After `|`, `&&` or `||`: a command must follow. */
		let dangling = false;
		const fail = (op: string): never => {
			throw new ShellSyntaxError(`syntax error near unexpected token \`${op}'`, token?.line ?? line);
		};
		const endCommand = (op: string) => {
			if (command.words.length === 0) fail(op);
			pipeline.commands.push(command);
			command = { words: [] };
		};
		const endPipeline = (op: string) => {
			endCommand(op);
			if (!andOr) andOr = { first: pipeline, rest: [] };
			else andOr.rest.at(-1)!.pipeline = pipeline;
			pipeline = { commands: [] };
		};
		while (token && token.kind !== 'newline') {
			if (token.kind === 'word') {
				command.words.push(token.word!);
				dangling = false;
			} else {
				const op = token.op!;
				if (op === '|') {
					endCommand(op);
					dangling = true;
				} else if (op === '&&' || op === '||') {
					endPipeline(op);
					andOr!.rest.push({ op, pipeline: { commands: [] } });
					dangling = true;
				} else if (op === ';') {
					endPipeline(op);
					lists.push(andOr!);
					andOr = undefined;
				} else if (op === '<<') {
					if (command.words.length === 0) fail(op);
					const next = lex.next();
					let word = next?.kind === 'word' ? next.word : undefined;
					let stripTabs = false;
					const first = word?.parts[0];
					if (word && first && 'text' in first && !first.quoted && first.text.startsWith('-')) {
						// `<<-EOF` (or `<<- EOF`): leading tabs are stripped from the body and the delimiter line.
						stripTabs = true;
						const rest = first.text.slice(1);
						word = { parts: rest === '' ? word.parts.slice(1) : [{ text: rest, quoted: false }, ...word.parts.slice(1)] };
						if (word.parts.length === 0) {
							const after = lex.next();
							word = after?.kind === 'word' ? after.word : undefined;
						}
					}
					if (!word) fail('newline');
					command.heredoc = lex.hereDoc(word!, stripTabs);
				} else {
					throw new ShellSyntaxError(unsupported(op), token.line);
				}
			}
			token = lex.next();
		}
		if (dangling) throw new ShellSyntaxError('syntax error: unexpected end of file', line);
		if (command.words.length > 0) endPipeline('newline');
		if (andOr) lists.push(andOr);
		if (!token) lex.finish();
		// The statement's text: the line (with its continuations), then the here-document bodies it read.
		const end = token ? lex.offset : text.length;
		statements.push({ text: text.slice(begin, end).replace(/\n$/, '').trim(), line, lists });
		return token !== undefined;
	}
}

/** Every simple command of a script, substitutions included, in source order (for loading what they need). */
export function commandsOf(script: Script): SimpleCommand[] {
	const out: SimpleCommand[] = [];
	const visitWord = (word: Word) => {
		for (const part of word.parts) if ('substitution' in part) out.push(...commandsOf(part.substitution));
	};
	for (const statement of script.statements)
		for (const list of statement.lists)
			for (const pipeline of [list.first, ...list.rest.map((r) => r.pipeline)])
				for (const command of pipeline.commands) {
					command.words.forEach(visitWord);
					out.push(command);
				}
	return out;
}

/** A word's text when it holds no substitution (`undefined` otherwise): command names, flags. */
export function literalWord(word: Word): string | undefined {
	let text = '';
	for (const part of word.parts) {
		if ('substitution' in part) return undefined;
		text += part.text;
	}
	return text;
}
