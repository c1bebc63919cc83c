/**
 * Runs a playground's scenario and guided steps with the same runtime the browser and `npm run kube`
 * use, and keeps one frame per step: the starting state (what the page shows before the playground
 * loads) and the storyboard that print and the PDF show.
 */
import { createRuntime, type ClusterRuntime, type RuntimeOptions, type TranscriptEntry, narrate, type Moment, type Narration, deriveView, type GuidedStep } from '../../../lib/session/index.ts';
import { frameSvg } from './storyboard-svg.ts';
import type { Lang } from './strings.ts';
import { TEXTS } from './texts.ts';

export interface Frame {
	caption: string;
	/** The session lines this frame ran (empty for the starting state). */
	commands: string[];
	svg: string;
	/** What the control plane did during the step, in the reader's language. */
	narration: Narration[];
}

export interface Storyboard {
	start: Moment;
	/** The scenario's transcript, as the terminal starts with it. */
	scenario: TranscriptEntry[];
	frames: Frame[];
	/** Commands that failed (non-zero exit), with their output: the scenario's author should look. */
	problems: string[];
}

const commandsOf = (entries: TranscriptEntry[]): string[] => entries.filter((e) => e.kind !== 'comment').map((e) => e.command.split('\n')[0]!);

function moment(runtime: ClusterRuntime): Moment {
	const snapshot = runtime.snapshot();
	return { snapshot, view: deriveView(snapshot) };
}

export async function buildStoryboard(scenario: string, steps: readonly GuidedStep[], lang: Lang, options: RuntimeOptions = {}): Promise<Storyboard> {
	const { strings: t, narration, page } = TEXTS[lang];
	const runtime = createRuntime(options);
	for (const text of [scenario, ...steps.map((s) => s.run ?? '')]) await runtime.prepare(text);
	const problems: string[] = [];
	const run = (text: string): TranscriptEntry[] => {
		const entries = runtime.run(text);
		for (const e of entries) if (e.exitCode !== 0) problems.push(`$ ${e.command.split('\n')[0]}\n${e.output.trim()}`);
		return entries;
	};
	const first = run(scenario);
	const start = moment(runtime);
	const frames: Frame[] = [{ caption: page.start, commands: commandsOf(first), svg: frameSvg(start.view, t), narration: [] }];
	let prev = start;
	steps.forEach((step, i) => {
		const entries = step.run ? run(step.run) : [];
		const next = moment(runtime);
		const before = new Set(prev.view.pods.map((p) => p.name));
		const fresh = new Set(next.view.pods.filter((p) => !before.has(p.name)).map((p) => p.name));
		frames.push({
			caption: page.stepCaption(i + 1, steps.length, step.title),
			commands: commandsOf(entries),
			svg: frameSvg(next.view, t, { fresh }),
			narration: narrate(prev, next, narration),
		});
		prev = next;
	});
	return { start, scenario: first, frames, problems };
}
