/**
 * Splits a plain command line the way a POSIX shell would before kubectl sees it: quotes, backslash
 * escapes, and a here-document (`<<EOF` … `EOF`, `<<'EOF'`, `<<-EOF`) that becomes standard input.
 * A line with pipes, lists or `$(…)` goes to the shell instead (src/lib/session/shell, loaded when such a
 * line comes): this splitter is the fast path that ships with the playground, and a property test holds
 * it to the shell's parser on every line it accepts (tests/unit/session/shell.test.ts).
 */

export interface Tokens {
	words: string[];
	/** Here-document body, when the command has one. */
	stdin?: string;
}

export class TokenizeError extends Error {}

export function tokenize(text: string): Tokens {
	const newline = text.indexOf('\n');
	const first = newline < 0 ? text : text.slice(0, newline);
	const rest = newline < 0 ? '' : text.slice(newline + 1);
	const words: string[] = [];
	let heredoc: { delimiter: string; stripTabs: boolean } | undefined;
	let i = 0;
	while (i < first.length) {
		const ch = first[i]!;
		if (ch === ' ' || ch === '\t') {
			i++;
			continue;
		}
		if (first.startsWith('<<', i)) {
			let j = i + 2;
			const stripTabs = first[j] === '-';
			if (stripTabs) j++;
			while (first[j] === ' ') j++;
			const [word, end] = readWord(first, j);
			if (word === '') throw new TokenizeError('syntax error near unexpected token `newline\'');
			heredoc = { delimiter: word, stripTabs };
			i = end;
			continue;
		}
		const [word, end] = readWord(first, i);
		words.push(word);
		i = end;
	}
	if (!heredoc) {
		if (rest.trim() !== '') throw new TokenizeError('unexpected text after the command (use a here-document: <<EOF … EOF)');
		return { words };
	}
	const body: string[] = [];
	let closed = false;
	for (const raw of rest.split('\n')) {
		const line = heredoc.stripTabs ? raw.replace(/^\t+/, '') : raw;
		if (line === heredoc.delimiter) {
			closed = true;
			break;
		}
		body.push(line);
	}
	if (!closed) throw new TokenizeError(`here-document delimited by end-of-file (wanted \`${heredoc.delimiter}')`);
	return { words, stdin: body.length > 0 ? `${body.join('\n')}\n` : '' };
}

function readWord(s: string, start: number): [string, number] {
	let word = '';
	let i = start;
	while (i < s.length) {
		const ch = s[i]!;
		if (ch === ' ' || ch === '\t' || s.startsWith('<<', i)) break;
		if (ch === "'") {
			const end = s.indexOf("'", i + 1);
			if (end < 0) throw new TokenizeError("unexpected EOF while looking for matching `''");
			word += s.slice(i + 1, end);
			i = end + 1;
		} else if (ch === '"') {
			i++;
			while (i < s.length && s[i] !== '"') {
				if (s[i] === '\\' && i + 1 < s.length && '"\\$`'.includes(s[i + 1]!)) i++;
				word += s[i];
				i++;
			}
			if (i >= s.length) throw new TokenizeError('unexpected EOF while looking for matching `"\'');
			i++;
		} else if (ch === '\\' && i + 1 < s.length) {
			word += s[i + 1];
			i += 2;
		} else {
			word += ch;
			i++;
		}
	}
	return [word, i];
}
