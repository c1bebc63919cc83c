/**
 * The runtime the UI, the CLI and the PDF talk to: a simulated cluster with kubectl and the session
 * commands, behind one small interface (like learn.svelte.dev's Adapter). The playground widget
 * depends on this, not on the engine's insides.
 */
import { loadAddons, loadAddonsFor } from '../cluster/addons.ts';
import { loadValidation } from '../cluster/apiserver/validator-admission.ts';
import { createCluster, type ClusterOptions, type ClusterSnapshot, type ClusterStep, type SnapshotOptions } from '../cluster/cluster.ts';
import type { KubeObject } from '../cluster/api/types.ts';
import { loadKubectl, prepareKubectl, prepareKubectlWords, readsOnly as kubectlReadsOnly, runKubectl, type FileReader } from '../kubectl/index.ts';
import { onDemand } from '../kubectl/on-demand.ts';
import { memoLast } from '../shared/memo.ts';
import { parseSession as parseSessionText, type Step } from './parse.ts';
import { FILTER_NAMES } from './shell/filter-names.ts';

/** `prepare` and then `run` read the same text: it is parsed once (each caller gets its own steps). */
const parseSession = memoLast(8, parseSessionText, (steps) => steps.map((step) => ({ ...step })));

// `sim …` commands are rare in a playground (a node fails, an app turns unhealthy): their code loads
// with the first line that uses one, as kubectl's rarer commands do.
const SIM = onDemand('the code of "sim"', () => import('./sim.ts'));
// Pipes, lists and substitutions run in the shell's executor (and its filters), loaded likewise.
const SHELL = onDemand("the shell's pipes and lists", () => import('./shell-step.ts'));

export interface TranscriptEntry {
	/** The command as written (`kubectl get pods`, `sleep 30`, `sim node fail node-1`, `# note`). */
	command: string;
	kind: Step['kind'];
	/** stdout and stderr in the order a terminal shows them (stdout first). */
	output: string;
	exitCode: number;
	/** Simulated time after the command, ISO-8601. */
	time: string;
	/** 1-based line in the session file. */
	line?: number;
}

/**
 * The transcript of an earlier run of the same session text with the same options (the build's), by
 * step; `null` where none is kept.
 */
export type Recording = readonly (TranscriptEntry | null | undefined)[];

export interface RuntimeOptions extends ClusterOptions {
	/** Reads `-f` paths (the CLI resolves them against the session file). */
	readFile?: FileReader;
}

export interface ClusterRuntime {
	/** Runs one kubectl command line (here-document included). */
	kubectl(commandLine: string): TranscriptEntry;
	/** Runs one `sim …` command. */
	sim(commandLine: string): TranscriptEntry;
	/** Lets simulated time pass; every controller runs. */
	advance(ms: number): void;
	/** Step mode: runs to the next thing the cluster does, and says who did it and why (Cluster.step). */
	step(limitMs?: number): ClusterStep | undefined;
	/** With the clock paused, commands' writes wait for Next or Play before the controllers react (Cluster.hold). */
	hold(on: boolean): void;
	/**
	 * Loads what the commands in `sessionText` need before `run`, `kubectl` or `sim` can run them
	 * (`kubectl explain`'s field documentation, fetched on first use; `sim`; the cluster's add-ons the
	 * manifests need, all of them for a manifest read from a file; admission's validation for a line that
	 * writes, unless `recorded` says the text is the build's, already validated); resolves at once otherwise.
	 */
	prepare(sessionText: string, recorded?: Recording): Promise<void>;
	/**
	 * Replays a whole session text and returns its transcript. A line that only reads the cluster
	 * (`kubectl get`…) and has an entry in `recorded` for the same command takes that entry instead of
	 * running: it would change nothing, so the cluster ends the same, and `prepare` leaves its code out.
	 */
	run(sessionText: string, recorded?: Recording): TranscriptEntry[];
	/** The whole cluster state (or only some kinds), copied, for rendering and comparing. */
	snapshot(options?: SnapshotOptions): ClusterSnapshot;
	/** Simulated time, in ms since the epoch. */
	now(): number;
	/** Changes whenever `snapshot({ kinds })` would, apart from the time (see Cluster.version). */
	version(kinds?: readonly string[]): string;
	/** Objects of `kind` created or changed after resourceVersion `since` (see Cluster.changedSince). */
	changedSince(kind: string, since: number): { objects: KubeObject[]; resourceVersion: number };
	/** Called after every change; returns an unsubscribe function. */
	subscribe(listener: () => void): () => void;
	/** A fresh cluster with the same options. */
	reset(): void;
}

export function createRuntime(options: RuntimeOptions = {}): ClusterRuntime {
	const cluster = createCluster(options);
	const time = (): string => cluster.clock.iso();
	const runSim = (args: string[]): { output: string; exitCode: number } => {
		try {
			return SIM.get().runSim(cluster, args);
		} catch (error) {
			return { output: (error as Error).message, exitCode: 1 };
		}
	};
	const runStep = (step: Step): TranscriptEntry => {
		const base = { kind: step.kind, line: step.line };
		switch (step.kind) {
			case 'comment':
				return { ...base, command: step.text, output: '', exitCode: 0, time: time() };
			case 'kubectl': {
				const r = runKubectl(cluster, step.command, { readFile: options.readFile });
				return { ...base, command: step.command, output: r.stdout + r.stderr, exitCode: r.exitCode, time: time() };
			}
			case 'shell': {
				let r: { output: string; exitCode: number };
				try {
					r = SHELL.get().runShellLine(step.command, cluster, runSim, options.readFile);
				} catch (error) {
					r = { output: `${(error as Error).message}\n`, exitCode: 1 };
				}
				return { ...base, command: step.command, output: r.output, exitCode: r.exitCode, time: time() };
			}
			case 'sleep':
				cluster.advance(step.ms);
				return { ...base, command: step.text, output: '', exitCode: 0, time: time() };
			case 'sim': {
				const r = runSim(step.args);
				return { ...base, command: step.text, output: r.output ? `${r.output}\n` : '', exitCode: r.exitCode, time: time() };
			}
			case 'error':
				return { ...base, command: step.text, output: `${step.message}\n`, exitCode: 127, time: time() };
		}
	};
	/** The recorded entry for step `i`, when the step only reads and the recording is of the same command. */
	const replayed = (step: Step, i: number, recorded: Recording | undefined): TranscriptEntry | undefined => {
		const entry = recorded?.[i];
		return entry && (step.kind === 'kubectl' || step.kind === 'shell') && entry.command === step.command && readsOnlyStep(step) ? { ...entry } : undefined;
	};
	return {
		kubectl: (line) => runStep(parseSession(line.trim())[0] ?? { kind: 'comment', text: '', line: 0 }),
		sim: (line) => runStep({ kind: 'sim', args: line.trim().split(/\s+/).slice(1), text: line.trim(), line: 0 }),
		advance: (ms) => cluster.advance(ms),
		step: (limitMs) => cluster.step(limitMs),
		hold: (on) => {
			cluster.hold = on;
		},
		prepare: async (text, recorded) => {
			await Promise.all(
				parseSession(text).map(async (step, i) => {
					const shell = step.kind === 'shell' ? await SHELL.load() : undefined;
					if (replayed(step, i, recorded)) return;
					// A line that may write needs admission's validation; a replay of the build's run (`recorded`)
					// writes only what the build validated (validator-admission.ts).
					if (!recorded && (step.kind === 'kubectl' || step.kind === 'shell' || step.kind === 'sim') && !readsOnlyStep(step)) await loadValidation();
					if (step.kind === 'sim') await SIM.load();
					if (step.kind === 'kubectl') {
						const sent = await prepareKubectl(step.command);
						await (sent === 'file' ? loadAddons() : loadAddonsFor(sent));
					}
					for (const command of shell && step.kind === 'shell' ? shell.shellCommands(step.command) : []) {
						if (command.words[0] === 'sim') await SIM.load();
						if (FILTER_NAMES.has(command.words[0] ?? '')) await shell!.loadFilters();
						if (command.words[0] !== 'kubectl') continue;
						const sent = await prepareKubectlWords(command.words, command.stdin);
						await (sent === 'file' ? loadAddons() : loadAddonsFor(sent));
					}
				}),
			);
		},
		run: (text, recorded) => parseSession(text).map((step, i) => replayed(step, i, recorded) ?? runStep(step)),
		snapshot: (snapshotOptions) => cluster.snapshot(snapshotOptions),
		now: () => cluster.now(),
		version: (kinds) => cluster.version(kinds),
		changedSince: (kind, since) => cluster.changedSince(kind, since),
		subscribe: (listener) => cluster.subscribe(listener),
		reset: () => cluster.reset(),
	};
}

/** Loads everything that loads on demand (kubectl's, `sim`'s and the cluster's): for callers that run lines without preparing each. */
export async function loadRuntime(): Promise<void> {
	await Promise.all([loadKubectl(), SIM.load(), loadAddons(), loadValidation(), SHELL.load().then((shell) => shell.loadFilters())]);
}

/** The text transcript `npm run kube` prints: `$ command`, then its output. */
export function formatTranscript(entries: TranscriptEntry[]): string {
	return entries.map((e) => (e.kind === 'comment' ? `${e.command}\n` : `$ ${e.command}\n${e.output}`)).join('');
}

/** Whether every line of `text` only reads the cluster (kubectl's read commands and the shell's filters): what a replay may take from a recording. */
export function readsOnly(text: string): boolean {
	const steps = parseSession(text).filter((step) => step.kind !== 'comment');
	return steps.length > 0 && steps.every(readsOnlyStep);
}

/** Whether a step only reads (kubectl's read commands, the shell's filters); a shell line counts only once the shell is here. */
function readsOnlyStep(step: Step): boolean {
	if (step.kind === 'kubectl') return kubectlReadsOnly(step.command);
	return step.kind === 'shell' && (SHELL.value?.shellReadsOnly(step.command) ?? false);
}
