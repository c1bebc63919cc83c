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

import { FILTER_NAMES } from './shell/filter-names.ts';

export type Step =
	| { kind: 'comment'; text: string; line: number }
	| { kind: 'kubectl'; command: string; line: number }
	| { kind: 'sleep'; ms: number; text: string; line: number }
	| { kind: 'sim'; args: string[]; text: string; line: number }
	/** A line for the shell (src/lib/session/shell): pipes, `&&`/`;` lists, `$(…)`, the filters. */
	| { kind: 'shell'; command: string; line: number }
	| { kind: 'error'; text: string; message: string; line: number };

export function parseDuration(text: string): number | undefined {
	const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
	if (!m) return undefined;
	const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'] ?? 1000;
	return Math.round(Number(m[1]) * factor);
}

/**
 * Whether a line needs the shell: outside single quotes, one of `| & ; ( ) < > \``, a `$(`, or a `#`
 * comment after a command; a here-document's `<<` is not one. Other lines are one plain command.
 */
export function needsShell(line: string): boolean {
	let quote: string | undefined;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (ch === '$' && line[i + 1] === '(' && quote !== "'") return true;
		if (quote) {
			if (ch === quote) quote = undefined;
			else if (ch === '\\' && quote === '"') i++;
			continue;
		}
		if (ch === '\\') i++;
		else if (ch === "'" || ch === '"') quote = ch;
		else if (ch === '<' && line[i + 1] === '<') i++;
		else if ('|&;()<>`'.includes(ch) || (ch === '#' && i > 0 && /\s/.test(line[i - 1]!))) return true;
	}
	return false;
}

export function parseSession(text: string): Step[] {
	const lines = text.replace(/\r\n/g, '\n').split('\n');
	const steps: Step[] = [];
	for (let i = 0; i < lines.length; i++) {
		const start = i + 1;
		let current = lines[i]!;
		while (current.endsWith('\\') && i + 1 < lines.length) current = `${current.slice(0, -1)} ${lines[++i]!.trim()}`;
		const trimmed = current.trim();
		if (trimmed === '') continue;
		if (trimmed.startsWith('#')) {
			steps.push({ kind: 'comment', text: trimmed, line: start });
			continue;
		}
		// A here-document's body belongs to its line, whatever the command. Kubectl's own splitter takes one
		// plain here-document (`<<EOF`, `<<-EOF`, `<<'EOF'`) whose delimiter line comes; anything else about
		// here-documents (two on a line, one that runs to the end, odd delimiters) is the shell's.
		const heredoc = /(?:^|\s)<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2(?=\s|$)/.exec(trimmed);
		const opens = trimmed.split('<<').length - 1;
		const delimiter = heredoc?.[3] ?? /<<-?\s*['"]?([^\s'"|&;<>()\\]+)/.exec(trimmed)?.[1];
		let command = trimmed;
		// (So is a line with a quote or backslash before its `<<`, or one left ending in a backslash once trimmed.)
		let plain =
			(opens === 0 || (opens === 1 && heredoc !== null && !/['"\\]/.test(trimmed.slice(0, heredoc.index)))) && !trimmed.endsWith('\\');
		if (delimiter !== undefined) {
			const body: string[] = [];
			let closed = false;
			while (i + 1 < lines.length) {
				const next = lines[++i]!;
				body.push(next);
				if ((heredoc?.[1] ? next.replace(/^\t+/, '') : next) === delimiter) {
					closed = true;
					break;
				}
			}
			plain &&= closed;
			command = [trimmed, ...body].join('\n');
		}
		const word = trimmed.split(/\s+/)[0]!;
		if (needsShell(trimmed) || !plain || FILTER_NAMES.has(word)) steps.push({ kind: 'shell', command, line: start });
		else if (word === 'kubectl') steps.push({ kind: 'kubectl', command, line: start });
		else if (word === 'sleep') {
			const arg = trimmed.split(/\s+/)[1] ?? '';
			const ms = parseDuration(arg);
			if (ms === undefined) steps.push({ kind: 'error', text: trimmed, message: `sleep: invalid time interval '${arg}'`, line: start });
			else steps.push({ kind: 'sleep', ms, text: trimmed, line: start });
		} else if (word === 'sim') {
			steps.push({ kind: 'sim', args: trimmed.split(/\s+/).slice(1), text: trimmed, line: start });
		} else {
			steps.push({ kind: 'error', text: trimmed, message: `${word}: command not found`, line: start });
		}
	}
	return steps;
}
