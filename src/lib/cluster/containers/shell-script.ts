/**
 * What a busybox container does with its command: a tiny timeline interpreter for the scripts
 * Kubernetes tutorials use (`touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600`,
 * `echo hello; sleep 3600`). Unknown statements and endless loops keep the container running.
 */

export interface ScriptTimeline {
	/** Seconds after start when the script ends (process exits); Infinity when it never does. */
	exitAfterSeconds: number;
	exitCode: number;
	/** Lines printed to stdout, with their time offset in seconds. */
	logs: { at: number; line: string }[];
	/** For `cat <file>` probes: whether the file exists `seconds` after start. */
	fileExists(path: string, seconds: number): boolean;
}

export function interpretScript(command: string[] | undefined, args: string[] | undefined): ScriptTimeline {
	const words = [...(command ?? []), ...(args ?? [])];
	// `sh -c "script"` / `/bin/sh -c script`: the script is what follows -c.
	const dashC = words.indexOf('-c');
	const script = dashC >= 0 ? words.slice(dashC + 1).join(' ') : words.join(' ');
	const files = new Map<string, { at: number; exists: boolean }[]>();
	const logs: { at: number; line: string }[] = [];
	let t = 0;
	let exitCode = 0;
	let endless = false;
	if (script.trim() === '') return { exitAfterSeconds: 0, exitCode: 0, logs, fileExists: () => false };
	for (const raw of script.split(/;|&&|\n/)) {
		const statement = raw.trim();
		const [cmd, ...rest] = statement.split(/\s+/);
		if (!cmd) continue;
		if (cmd === 'sleep') {
			const n = rest[0] === 'infinity' ? Number.POSITIVE_INFINITY : Number(rest[0]);
			t += Number.isFinite(n) || n === Number.POSITIVE_INFINITY ? n : 0;
		} else if (cmd === 'echo') {
			logs.push({ at: t, line: rest.join(' ').replace(/^["']|["']$/g, '') });
		} else if (cmd === 'touch') {
			for (const f of rest) (files.get(f) ?? files.set(f, []).get(f)!).push({ at: t, exists: true });
		} else if (cmd === 'rm') {
			for (const f of rest.filter((w) => !w.startsWith('-'))) (files.get(f) ?? files.set(f, []).get(f)!).push({ at: t, exists: false });
		} else if (cmd === 'exit') {
			exitCode = Number(rest[0] ?? 0) || 0;
			break;
		} else if (cmd === 'while' || cmd === 'tail' || cmd === 'do' || cmd === 'done') {
			endless = true;
		}
		if (t === Number.POSITIVE_INFINITY) break;
	}
	return {
		exitAfterSeconds: endless ? Number.POSITIVE_INFINITY : t,
		exitCode,
		logs,
		fileExists(path, seconds) {
			let exists = false;
			for (const change of files.get(path) ?? []) if (change.at <= seconds) exists = change.exists;
			return exists;
		},
	};
}
