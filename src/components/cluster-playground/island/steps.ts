// Guided steps: each step's checks are evaluated against the cluster after every change. A passed step
// stays passed (a later step may undo its state on purpose); when all have passed, the exercise is
// recorded in the shared progress store.
import { evaluateStep, type GuidedStep, type ClusterView } from '../../../lib/session/index.ts';
import type { PlaygroundStrings } from '../model/strings.ts';
import { progressStore } from '../../progress/progress-store.ts';

export class Steps {
	readonly #root: HTMLElement | null;
	readonly #steps: readonly GuidedStep[];
	readonly #t: PlaygroundStrings;
	readonly #id: string;
	#passed: boolean[];
	/** Called with a sentence to announce when a step or the whole exercise is done. */
	announce: (text: string) => void = () => {};

	constructor(root: HTMLElement | null, steps: readonly GuidedStep[], t: PlaygroundStrings, id: string) {
		this.#root = root;
		this.#steps = steps;
		this.#t = t;
		this.#id = id;
		this.#passed = steps.map(() => false);
		this.#showDone();
	}

	reset(): void {
		this.#passed = this.#steps.map(() => false);
	}

	update(view: ClusterView): void {
		if (!this.#root) return;
		this.#steps.forEach((step, i) => {
			const item = this.#root!.querySelector<HTMLElement>(`[data-step="${i}"]`);
			if (!item) return;
			const outcome = evaluateStep(step, view);
			const checks = item.querySelectorAll<HTMLElement>('.kc-pg-checks > li');
			outcome.checks.forEach((ok, j) => {
				const li = checks[j];
				if (!li || li.dataset['passed'] === String(ok)) return;
				li.dataset['passed'] = String(ok);
				li.querySelector('.kc-pg-mark')!.textContent = ok ? '✓' : '○';
				li.querySelector('.kc-pg-check-state')!.textContent = `(${ok ? this.#t.checkPassed : this.#t.checkPending})`;
			});
			if (outcome.passed && !this.#passed[i]) {
				this.#passed[i] = true;
				this.announce(this.#t.announceStep(i + 1));
			}
			item.dataset['passed'] = String(this.#passed[i]);
		});
		const graded = this.#steps.map((s, i) => ({ s, i })).filter(({ s }) => (s.checks ?? []).length > 0);
		if (graded.length > 0 && graded.every(({ i }) => this.#passed[i]) && !progressStore.isPassed(this.#id)) {
			progressStore.markPassed(this.#id);
			this.announce(this.#t.allDone);
			this.#showDone();
		}
	}

	#showDone(): void {
		const done = this.#root?.parentElement?.querySelector<HTMLElement>('[data-all-done]');
		if (done) done.hidden = !progressStore.isPassed(this.#id);
	}
}
