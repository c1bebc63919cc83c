/**
 * Command substitution as a shell does it, for the one form lessons need: a step that acts on "one of
 * the Pods" cannot name a generated Pod in advance, so it writes what a learner would type in bash:
 *
 *     kubectl delete $(kubectl get pods -l app=web -o name | head -1)
 *
 * The inner kubectl runs against the same cluster; `| head -1` (or `head -n 1`) keeps the first line.
 * Works in steps, in the storyboard and in the playground's terminal.
 */
import type { ClusterRuntime, TranscriptEntry } from '../../../lib/session/index.ts';

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
 */
export async function prepareSession(runtime: ClusterRuntime, text: string): Promise<void> {
	const inner = [...text.matchAll(SUBSTITUTION)].map((m) => m[1]!.trim());
	await Promise.all([runtime.prepare(text), ...inner.map((command) => runtime.prepare(command))]);
}

/**
 * Runs session text on `runtime`. Text with a substitution runs line by line, each line expanded just
 * before it runs (so it sees what earlier lines did); such text cannot also hold a here-document.
 */
export function runSession(runtime: ClusterRuntime, text: string): TranscriptEntry[] {
	if (!text.includes('$(')) return runtime.run(text);
	return text.split('\n').flatMap((line) => runtime.run(expandSubstitutions(line, (command) => runtime.kubectl(command).output)));
}
