/**
 * The session format shared by `npm run kube`, the playground widget and the PDF storyboards: lines of
 * shell (src/lib/session/shell), as a learner types them in a terminal:
 *
 *     # a comment
 *     kubectl apply -f rc.yaml          (paths relative to the session file)
 *     kubectl apply -f - <<EOF          (a here-document, up to the delimiter line)
 *     …
 *     EOF
 *     sleep 30                          (simulated seconds; `2m` and `500ms` also work)
 *     sim node fail node-1              (what kubectl cannot do; see sim.ts)
 *     kubectl delete $(kubectl get pods -o name | head -1)    (pipes, filters, `&&`, `;`, `$(…)`)
 *
 * A line ending in a backslash continues on the next line.
 */

import { literalWord, parseScript, simpleCommandOf, type Statement } from './shell/syntax.ts';
import { FILTER_NAMES } from './shell/filter-names.ts';

export type Step =
	| { kind: 'comment'; text: string; line: number }
	/** One kubectl command, split into words by the shell (`command` is its text, here-document included). */
	| { kind: 'kubectl'; command: string; words: string[]; stdin: string | undefined; line: number }
	| { kind: 'sleep'; ms: number; text: string; line: number }
	| { kind: 'sim'; args: string[]; text: string; line: number }
	/** Anything else the shell runs: pipes, `&&`/`;` lists, `$(…)`, the filters (src/lib/session/shell). */
	| { kind: 'shell'; command: string; statement: Statement; line: number }
	| { kind: 'error'; text: string; message: string; line: number };

export function parseDuration(text: string): number | undefined {
	const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
	if (!m) return undefined;
	const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'] ?? 1000;
	return Math.round(Number(m[1]) * factor);
}

/** The programs a session knows besides the shell's filters. */
const PROGRAMS = new Set(['kubectl', 'sleep', 'sim']);

/** A session's text as steps, one per line (a here-document's body belongs to its line); parsed by the shell. */
export function parseSession(text: string): Step[] {
	return parseScript(text, 1, { recover: true }).statements.map(stepOf);
}

/** What a statement the shell parsed is, for the runtime. */
export function stepOf(statement: Statement): Step {
	const { text, line } = statement;
	if (statement.comment !== undefined) return { kind: 'comment', text, line };
	if (statement.error !== undefined) return { kind: 'error', text, message: statement.error, line };
	const simple = simpleCommandOf(statement);
	if (!simple) return { kind: 'shell', command: text, statement, line };
	const words = simple.words.map((w) => literalWord(w)!);
	const [word] = words;
	if (word === 'kubectl') return { kind: 'kubectl', command: text, words, stdin: simple.heredoc?.body, line };
	if (word === 'sleep' && !simple.heredoc) {
		const arg = words[1] ?? '';
		const ms = words.length === 2 ? parseDuration(arg) : undefined;
		if (ms === undefined) return { kind: 'error', text, message: words.length === 1 ? 'sleep: missing operand' : `sleep: invalid time interval '${arg}'`, line };
		return { kind: 'sleep', ms, text, line };
	}
	if (word === 'sim') return { kind: 'sim', args: words.slice(1), text, line };
	if (word !== undefined && !PROGRAMS.has(word) && !FILTER_NAMES.has(word)) return { kind: 'error', text, message: `${word}: command not found`, line };
	return { kind: 'shell', command: text, statement, line };
}
