/**
 * The session format shared by `npm run kube`, the playground widget and the PDF storyboards:
 *
 *     # a comment
 *     kubectl apply -f rc.yaml          (paths relative to the session file)
 *     kubectl apply -f - <<EOF          (a here-document, up to the delimiter line)
 *     …
 *     EOF
 *     sleep 30                          (simulated seconds; `2m` and `500ms` also work)
 *     sim node fail node-1              (what kubectl cannot do; see sim.ts)
 *
 * A line ending in a backslash continues on the next line.
 */

export type Step =
	| { kind: 'comment'; text: string; line: number }
	| { kind: 'kubectl'; command: string; line: number }
	| { kind: 'sleep'; ms: number; text: string; line: number }
	| { kind: 'sim'; args: string[]; text: string; line: number }
	| { kind: 'error'; text: string; message: string; line: number };

export function parseDuration(text: string): number | undefined {
	const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
	if (!m) return undefined;
	const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'] ?? 1000;
	return Math.round(Number(m[1]) * factor);
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
		const word = trimmed.split(/\s+/)[0];
		if (word === 'kubectl') {
			const heredoc = /<<-?\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?/.exec(trimmed);
			let command = trimmed;
			if (heredoc) {
				const body: string[] = [];
				while (i + 1 < lines.length) {
					const next = lines[++i]!;
					body.push(next);
					if (next.replace(/^\t+/, '') === heredoc[1]) break;
				}
				command = [trimmed, ...body].join('\n');
			}
			steps.push({ kind: 'kubectl', command, line: start });
		} else if (word === 'sleep') {
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
