// When Enter is pressed, whether what the learner typed is a whole command yet, as bash decides it: an open
// quote, an unclosed `$(`, a line ending in `|`, `&&`, `||` or a backslash, or a here-document whose
// delimiter line has not come all wait for more lines (bash's `> ` prompt). The terminal then goes on
// reading; anything else, even a syntax error, runs (and reports the error as bash would).
import { commandsOf, parseScript, ShellSyntaxError } from './syntax.ts';

/** Messages of the parser (syntax.ts) that mean "the input ended too soon". */
const WANTS_MORE = /^unexpected EOF while looking for matching|^syntax error: unexpected end of file$/;

export function needsMoreInput(text: string): boolean {
	// An odd number of backslashes at the end: the newline is escaped and the line goes on.
	if (/(?:^|[^\\])(?:\\\\)*\\$/.test(text)) return true;
	try {
		return commandsOf(parseScript(text)).some((command) => command.heredoc?.unterminated === true);
	} catch (error) {
		return error instanceof ShellSyntaxError && WANTS_MORE.test(error.message);
	}
}
