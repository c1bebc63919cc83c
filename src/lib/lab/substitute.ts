/**
 * Command substitution as a shell does it, for the one form lessons need: a step that acts on "one of
 * the Pods" cannot name a generated Pod in advance, so it writes what a learner would type in bash:
 *
 *     kubectl delete $(kubectl get pods -l app=web -o name | head -1)
 *
 * The inner kubectl runs against the same cluster; `| head -1` (or `head -n 1`) keeps the first line.
 * Works in steps, in the storyboard and in the playground's terminal.
 */
import type { ClusterRuntime, Recording, TranscriptEntry } from '../session/runtime.ts';

const SUBSTITUTION = /\$\((kubectl\s[^()|]*?)\s*(?:\|\s*head\s+(?:-n\s*)?-?(\d+)\s*)?\)/g;

export function expandSubstitutions(line: string, kubectl: (command: string) => string): string {
	return line.replace(SUBSTITUTION, (_whole, command: string, head: string | undefined) => {
		const lines = kubectl(command.trim()).split('\n').filter((l) => l.trim() !== '');
		return (head === undefined ? lines : lines.slice(0, Number(head))).join(' ');
	});
}

/**
 * Loads what `text` needs before `runSession` can run it (see ClusterRuntime.prepare), the commands
 * inside substitutions included. Rejects when a download fails.
 * @param recorded what `runSession` may take instead of running (see ClusterRuntime.run)
 */
export async function prepareSession(runtime: ClusterRuntime, text: string, recorded?: Recording): Promise<void> {
	const inner = [...text.matchAll(SUBSTITUTION)].map((m) => m[1]!.trim());
	await Promise.all([runtime.prepare(text, text.includes('$(') ? undefined : recorded), ...inner.map((command) => runtime.prepare(command))]);
}

/**
 * Runs session text on `runtime`. Text with a substitution runs line by line, each line expanded just
 * before it runs (so it sees what earlier lines did); such text cannot also hold a here-document.
 * @param recorded a transcript of the same text from an earlier run (the build's): lines that only read
 *   take their entry from it (see ClusterRuntime.run). Text with a substitution runs every line.
 */
export function runSession(runtime: ClusterRuntime, text: string, recorded?: Recording): TranscriptEntry[] {
	if (!text.includes('$(')) return runtime.run(text, recorded);
	return text.split('\n').flatMap((line) => runtime.run(expandSubstitutions(line, (command) => runtime.kubectl(command).output)));
}
