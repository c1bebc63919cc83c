// The challenge after the last step (#14): it appears once the last step is done or shown, is checked
// on the cluster like a step but has no "Show me", and offers its hint on request. Meeting it records
// `<id>/challenge` in the progress store, as done, or as helped when the hint was read first; a reload
// shows it met.
import { evaluateStep, type ClusterView, type LabChallenge, type StepContext } from '../../../lib/session/index.ts';
import { progressStore } from '../../progress/progress-store.ts';
import type { PlaygroundStrings } from '../model/strings.ts';
import { markChecks } from './steps.ts';

export class Challenge {
	readonly #root: HTMLElement;
	readonly #challenge: LabChallenge;
	readonly #t: PlaygroundStrings;
	readonly #id: string;
	#helped = false;
	/** Called with a sentence to announce when the challenge is met. */
	announce: (text: string) => void = () => {};

	constructor(root: HTMLElement, challenge: LabChallenge, t: PlaygroundStrings, id: string) {
		this.#root = root;
		this.#challenge = challenge;
		this.#t = t;
		this.#id = `${id}/challenge`;
		const hint = root.querySelector<HTMLButtonElement>('[data-challenge-hint]');
		hint?.addEventListener('click', () => {
			this.#helped = true;
			hint.setAttribute('aria-expanded', 'true');
			hint.disabled = true;
			const text = root.querySelector<HTMLElement>('[data-challenge-hint-text]');
			if (text) text.hidden = false;
		});
		this.#showMet();
	}

	/** `reached`: the last step is done or shown, so the challenge is offered. */
	update(view: ClusterView, context: StepContext, reached: boolean): void {
		if (!reached && !progressStore.entry(this.#id)) return;
		this.#root.hidden = false;
		const outcome = evaluateStep({ title: this.#challenge.goal, checks: this.#challenge.checks }, view, context);
		markChecks(this.#root, outcome.checks, this.#t);
		if (!outcome.passed) return;
		const before = progressStore.entry(this.#id);
		progressStore.markPassed(this.#id, new Date(), this.#helped ? 'helped' : 'done');
		const after = progressStore.entry(this.#id);
		if (after && (!before || before.helped !== after.helped)) {
			this.#showMet();
			this.announce(after.helped ? this.#t.challengeHelped : this.#t.challengeDone);
		}
	}

	#showMet(): void {
		const entry = progressStore.entry(this.#id);
		if (!entry) return;
		this.#root.hidden = false;
		this.#root.dataset['state'] = entry.helped ? 'helped' : 'done';
		const done = this.#root.querySelector<HTMLElement>('[data-challenge-done]');
		if (done) {
			done.hidden = false;
			done.textContent = entry.helped ? this.#t.challengeHelped : this.#t.challengeDone;
		}
	}
}
