// The lessons' live widgets (issue 7): every playground's guided steps can be completed, one after the
// other, by the step's own "Show me" text; every editor exercise fails on its starting manifest and
// passes on the solution the lesson shows; and each 简体中文 lesson has the same widgets as its English
// twin, with the same names, commands, checks and manifests (only the words differ).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuidedStep, LabChallenge } from '../../../src/lib/lab/checks.ts';
import { evaluateStep } from '../../../src/lib/lab/checks.ts';
import { deriveView } from '../../../src/lib/lab/view-model.ts';
import { evaluateExercise, type Exercise } from '../../../src/components/manifest-editor/exercise.ts';
import { createRuntime, type TranscriptEntry } from '../../../src/lib/session/index.ts';
import { validateManifest } from '../../../src/lib/validate/index.ts';
import { DOCS, readLessons } from './lesson-blocks.ts';
import { parseWidgets, type Widget } from './lesson-widgets.ts';

const lessons = readLessons().map((l) => ({ path: l.path, widgets: parseWidgets(readFileSync(join(DOCS, l.path), 'utf8')) }));
const english = lessons.filter((l) => l.path.startsWith('lessons/'));
const twinOf = (path: string) => lessons.find((l) => l.path === path);

const playgrounds = lessons.flatMap((l) => l.widgets.filter((w) => w.component === 'ClusterPlayground').map((w) => [`${l.path}:${w.line} ${String(w.props.name)}`, w] as const));
const exercises = lessons.flatMap((l) => l.widgets.filter((w) => w.props.exercise !== undefined).map((w) => [`${l.path}:${w.line} ${String(w.props.name)}`, w] as const));

/** What must be equal between the two languages: everything but labels, titles, hints and comments. */
function shape(widget: Widget): unknown {
	const { steps, exercise, challenge, ...props } = widget.props as { steps?: GuidedStep[]; exercise?: Exercise; challenge?: LabChallenge };
	const code = widget.blocks.map((b) => ({ lang: b.lang, meta: b.meta, title: b.title, lines: b.body.split('\n').filter((line) => !/^\s*#/.test(line)) }));
	return {
		component: widget.component,
		props,
		code,
		steps: steps?.map((s) => ({ run: s.run, hint: s.hint !== undefined, checks: s.checks?.map(({ label: _label, ...check }) => check) })),
		challenge: challenge && { hint: challenge.hint !== undefined, solution: challenge.solution, checks: challenge.checks.map(({ label: _label, ...check }) => check) },
		exercise: exercise && { id: exercise.id, checks: exercise.checks.map(({ label: _label, ...check }) => check) },
		solution: widget.solution?.body,
	};
}

describe('widgets in both languages', () => {
	it('finds playgrounds and exercises', () => {
		expect(playgrounds.length).toBeGreaterThan(5);
		expect(exercises.length).toBeGreaterThan(3);
	});

	it.each(english.map((l) => [l.path, l] as const))('%s has the same widgets in 简体中文', (path, lesson) => {
		const zh = twinOf(`zh-cn/${path}`);
		expect(zh, `zh-cn/${path}`).toBeDefined();
		expect(zh!.widgets.map(shape)).toEqual(lesson.widgets.map(shape));
	});

	// A playground is a landmark named after its scenario; the print book holds every lesson of a language,
	// and two landmarks with one name fail axe's landmark-unique rule there.
	it.each(['lessons/', 'zh-cn/lessons/'])('names each playground scenario once in %s', (prefix) => {
		const titles = lessons
			.filter((l) => l.path.startsWith(prefix))
			.flatMap((l) => l.widgets.filter((w) => w.component === 'ClusterPlayground').map((w) => String(w.props.title ?? w.blocks[0]?.title)));
		expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
	});

	it('leaves no planned-but-unbuilt widget behind', () => {
		for (const l of lessons) expect(readFileSync(join(DOCS, l.path), 'utf8'), l.path).not.toMatch(/\{\/\*\s*widget:/);
	});
});

describe.each(playgrounds)('playground %s', (_where, widget) => {
	it('completes its guided steps in order, each only once its own step has run', async () => {
		const steps = (widget.props.steps ?? []) as GuidedStep[];
		const scenario = widget.blocks.find((b) => b.lang === 'sh')?.body ?? '';
		const runtime = createRuntime({ nodes: (widget.props.nodes as number | undefined) ?? 3, seed: (widget.props.seed as number | undefined) ?? 1 });
		for (const text of [scenario, ...steps.map((s) => s.run ?? '')]) await runtime.prepare(text);
		const failed: string[] = [];
		const ran: TranscriptEntry[] = [];
		const run = (text: string) => {
			for (const e of runtime.run(text)) {
				if (e.exitCode !== 0) failed.push(`$ ${e.command.split('\n')[0]}\n${e.output.trim()}`);
				ran.push(e);
			}
		};
		run(scenario);
		// As on the page: checks see the Pods the scenario left, and only what the learner ran after it.
		const context = { initial: new Set(deriveView(runtime.snapshot()).pods.map((p) => p.uid)), ran };
		ran.length = 0;
		const passed = () => steps.map((s) => evaluateStep(s, deriveView(runtime.snapshot()), context).passed);
		// The page ticks a step as soon as its checks hold, so none may hold before its own step has run.
		steps.forEach((step, i) => {
			const early = passed().map((ok, j) => (ok && j >= i ? `step ${j + 1}: ${steps[j]!.title}` : '')).filter(Boolean);
			expect(early, `passed before their turn, after ${i} step(s)`).toEqual([]);
			expect(step.run, `step ${i + 1} has no "Show me": ${step.title}`).toBeDefined();
			// A step counts only when the cluster shows it done, so every step needs a check.
			expect(step.checks?.length ?? 0, `step ${i + 1} has no check: ${step.title}`).toBeGreaterThan(0);
			run(step.run!);
			expect(passed()[i], `step ${i + 1} does not pass once done: ${step.title}`).toBe(true);
		});
		expect(failed).toEqual([]);
		// The challenge after the last step: not met by the steps themselves, met by its own solution.
		const challenge = widget.props.challenge as LabChallenge | undefined;
		if (!challenge) return;
		const met = () => evaluateStep({ title: challenge.goal, checks: challenge.checks }, deriveView(runtime.snapshot()), { ...context, objects: runtime.snapshot().objects });
		expect(met().passed, 'the challenge is met as soon as the steps are done').toBe(false);
		expect(challenge.solution, 'a challenge carries a solution for this test').toBeDefined();
		await runtime.prepare(challenge.solution!);
		run(challenge.solution!);
		expect(met().checks).toEqual(challenge.checks.map(() => true));
		expect(failed).toEqual([]);
	});
});

describe('challenges', () => {
	// #14: after the last step, a short challenge without help, in these lessons at least.
	it.each(['replication-controllers', 'labels-and-selectors', 'replicasets-and-deployments'])('the lab of %s ends with a challenge, in both languages', (slug) => {
		for (const path of [`lessons/${slug}.mdx`, `zh-cn/lessons/${slug}.mdx`]) {
			const labs = twinOf(path)!.widgets.filter((w) => w.component === 'ClusterPlayground');
			expect(labs.some((w) => (w.props.challenge as LabChallenge | undefined)?.checks.length), path).toBe(true);
		}
	});
});

describe.each(exercises)('editor exercise %s', (_where, widget) => {
	const exercise = widget.props.exercise as Exercise;
	const kind = widget.props.kind as string | undefined;
	const start = widget.blocks.find((b) => b.lang === 'yaml');

	it('is not done by the starting manifest', () => {
		expect(start).toBeDefined();
		expect(evaluateExercise(exercise, validateManifest(start!.body), kind).passed).toBe(false);
	});

	it('is done by the solution the lesson shows', () => {
		expect(widget.solution, 'a ```yaml solution block after the editor').toBeDefined();
		const outcome = evaluateExercise(exercise, validateManifest(widget.solution!.body), kind);
		expect(outcome.checks.filter((c) => !c.passed).map((c) => c.label)).toEqual([]);
	});
});
