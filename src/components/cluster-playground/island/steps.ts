// Guided steps: each step's checks are evaluated against the cluster after every change. A step is
// *done* when the learner's own actions bring the cluster to its state, and *shown* when its checks
// passed while "Show me" ran its commands; the progress store keeps the difference, per step
// (`<id>/step-<n>`, so a reload shows where the learner got to) and for the whole exercise. A passed step
// stays passed (a later step may undo its state on purpose); a shown step becomes done when the learner
// does it (after Reset, say).
import { evaluateStep, type GuidedStep, type ClusterView, type StepContext, type TranscriptEntry } from '../../../lib/session/index.ts';
import type { PlaygroundStrings } from '../model/strings.ts';
import { progressStore } from '../../progress/progress-store.ts';

type StepState = 'todo' | 'done' | 'shown';

/** Ticks the checks listed in `item` (a step, or the challenge) as `passed` says, changing only what changed. */
export function markChecks(item: HTMLElement, passed: readonly boolean[], t: PlaygroundStrings): void {
	const checks = item.querySelectorAll<HTMLElement>('.kc-pg-checks > li');
	passed.forEach((ok, j) => {
		const li = checks[j];
		if (!li || li.dataset['passed'] === String(ok)) return;
		li.dataset['passed'] = String(ok);
		li.querySelector('.kc-pg-mark')!.textContent = ok ? '✓' : '○';
		li.querySelector('.kc-pg-check-state')!.textContent = `(${ok ? t.checkPassed : t.checkPending})`;
	});
}

/** The commands a check may look back on (a `ran` check): enough for any step, bounded for a long session. */
const MAX_RAN = 200;

export class Steps {
	readonly #root: HTMLElement | null;
	readonly #steps: readonly GuidedStep[];
	readonly #t: PlaygroundStrings;
	readonly #id: string;
	#state: StepState[];
	/** Whether each step's checks held at the last update: a step changes state only as they come to hold. */
	#held: boolean[];
	#showing = false;
	/** Whether the exercise's record needs checking: at first, then only when a step changes state (not every frame). */
	#stale = true;
	#context: { initial: Set<string>; ran: Pick<TranscriptEntry, 'command' | 'output' | 'exitCode'>[] } = { initial: new Set(), ran: [] };
	/** Called with a sentence to announce when a step or the whole exercise is done. */
	announce: (text: string) => void = () => {};

	constructor(root: HTMLElement | null, steps: readonly GuidedStep[], t: PlaygroundStrings, id: string) {
		this.#root = root;
		this.#steps = steps;
		this.#t = t;
		this.#id = id;
		this.#state = steps.map((_, i) => {
			const entry = progressStore.entry(this.#stepId(i));
			return entry ? (entry.shown ? 'shown' : 'done') : 'todo';
		});
		this.#held = steps.map(() => false);
		this.#showDone();
	}

	#stepId(i: number): string {
		return `${this.#id}/step-${i + 1}`;
	}

	/** The scenario has set the stage: its Pods are not the learner's doing, and nothing has been run yet. */
	begin(view: ClusterView): void {
		this.#context = { initial: new Set(view.pods.map((p) => p.uid)), ran: [] };
		this.#held = this.#steps.map(() => false);
	}

	/** Commands the learner ran (a `ran` check reads them). */
	ran(entries: readonly TranscriptEntry[]): void {
		const ran = this.#context.ran;
		for (const e of entries) ran.push({ command: e.command, output: e.output, exitCode: e.exitCode });
		if (ran.length > MAX_RAN) ran.splice(0, ran.length - MAX_RAN);
	}

	/** What checks read besides the cluster: the scenario's Pods and what the learner ran. */
	get context(): StepContext {
		return this.#context;
	}

	/** Whether the last step is done or shown: the challenge after it is offered. */
	get reachedEnd(): boolean {
		return this.#steps.length > 0 && this.#state[this.#steps.length - 1] !== 'todo';
	}

	/** Runs "Show me": whatever passes meanwhile (`settle` renders the result) counts as shown, not done. */
	async show(run: () => Promise<unknown>, settle: () => void): Promise<void> {
		this.#showing = true;
		try {
			await run();
			settle();
		} finally {
			this.#showing = false;
		}
	}

	update(view: ClusterView): void {
		if (!this.#root) return;
		const context: StepContext = this.#context;
		this.#steps.forEach((step, i) => {
			const item = this.#root!.querySelector<HTMLElement>(`[data-step="${i}"]`);
			if (!item) return;
			const outcome = evaluateStep(step, view, context);
			markChecks(item, outcome.checks, this.#t);
			const now: StepState = this.#showing ? 'shown' : 'done';
			const came = outcome.passed && !this.#held[i];
			this.#held[i] = outcome.passed;
			if (came && (this.#state[i] === 'todo' || (this.#state[i] === 'shown' && now === 'done'))) {
				this.#state[i] = now;
				this.#stale = true;
				progressStore.markPassed(this.#stepId(i), new Date(), now);
				this.announce(now === 'done' ? this.#t.announceStep(i + 1) : this.#t.announceShown(i + 1));
			}
			this.#render(item, this.#state[i]!);
		});
		if (this.#stale && this.#state.every((s) => s !== 'todo')) {
			this.#stale = false;
			const how = this.#state.includes('shown') ? 'shown' : 'done';
			const entry = progressStore.entry(this.#id);
			if (!entry || (entry.shown && how === 'done')) {
				progressStore.markPassed(this.#id, new Date(), how);
				this.announce(how === 'done' ? this.#t.allDone : this.#t.allShown);
				this.#showDone();
			}
		}
	}

	#render(item: HTMLElement, state: StepState): void {
		item.dataset['passed'] = String(state !== 'todo');
		item.dataset['state'] = state;
		const label = item.querySelector<HTMLElement>('[data-step-state]');
		const text = state === 'done' ? this.#t.stepDone : state === 'shown' ? this.#t.stepShown : '';
		if (label && label.textContent !== text) label.textContent = text;
	}

	#showDone(): void {
		const done = this.#root?.parentElement?.querySelector<HTMLElement>('[data-all-done]');
		const entry = progressStore.entry(this.#id);
		if (!done) return;
		done.hidden = !entry;
		const text = done.querySelector<HTMLElement>('[data-all-done-text]');
		if (text && entry) text.textContent = entry.shown ? this.#t.allShown : this.#t.allDone;
	}
}
