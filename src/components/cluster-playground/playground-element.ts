// The only script every page with a playground loads up front: a custom element that waits until the
// reader uses the playground (presses, touches or types in it, or moves focus into it) and only then
// imports the simulator and the interactive view (./island/playground.ts). Scrolling past loads nothing:
// most readers only read. What the reader did before the island was live is not lost: the buttons they
// pressed and the command they sent are done again once it is, and what they typed stays in the box.
import type { ClusterSnapshot } from '../../lib/session/index.ts';
import { registerApplyTarget, type ApplyResult } from '../shared/apply-channel.ts';

/** How an editor on the page applies a manifest to this cluster. */
export type ApplyToCluster = (manifest: string) => Promise<ApplyResult>;

/** What the live island gives back: applying a manifest (an editor), and reading or resetting the cluster (the exam page). */
export interface LiveLab {
	apply: ApplyToCluster;
	/** Every stored object, now. */
	snapshot(): ClusterSnapshot;
	/** As the Reset button: the scenario again on a fresh cluster. */
	reset(): void;
}

/** The events that mean "I want to use this": they start the island. */
const STARTERS = ['pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

class ClusterPlaygroundElement extends HTMLElement {
	#live: Promise<LiveLab> | undefined;
	/** Presses and sends held back while the island loads, done again in order once it is live. */
	#held: (() => void)[] = [];
	readonly #start = (): void => void this.start().catch(() => {});
	readonly #hold = (event: Event): void => this.#holdUntilLive(event);
	#unregister?: () => void;

	connectedCallback(): void {
		// In the print book (src/routes/print) a playground is its static storyboard: nothing to run.
		if (this.closest('[data-kc-book]')) return;
		// The terminal shows the end of what the scenario printed, as a terminal would.
		const output = this.querySelector<HTMLElement>('[data-output]');
		if (output) output.scrollTop = output.scrollHeight;
		for (const type of STARTERS) this.addEventListener(type, this.#start, { passive: true });
		this.addEventListener('click', this.#hold, { capture: true });
		this.addEventListener('submit', this.#hold, { capture: true });
		// An editor on the page can apply to this cluster at any time; applying starts it.
		this.#unregister = registerApplyTarget({
			label: this.dataset['applyLabel'] ?? this.id,
			apply: async (manifest) => (await this.start()).apply(manifest),
			show: () => {
				if (!this.hasAttribute('data-wide')) this.querySelector<HTMLButtonElement>('[data-action="wide"]')?.click();
			},
		});
	}

	disconnectedCallback(): void {
		for (const type of STARTERS) this.removeEventListener(type, this.#start);
		this.removeEventListener('click', this.#hold, { capture: true });
		this.removeEventListener('submit', this.#hold, { capture: true });
		this.#unregister?.();
	}

	/** Loads and mounts the island once (again after a failed download); resolves when it is live. */
	start(): Promise<LiveLab> {
		this.#live ??= this.#load();
		return this.#live;
	}

	async #load(): Promise<LiveLab> {
		this.dataset['state'] = 'loading';
		this.setAttribute('aria-busy', 'true');
		const loading = this.querySelector<HTMLElement>('[data-loading]');
		if (loading) {
			// A second try after a failed one says "Starting…" again.
			loading.textContent = (loading.dataset['text'] ??= loading.textContent ?? '');
			loading.hidden = false;
		}
		try {
			const { mountPlayground } = await import('./island/playground.ts');
			const lab = await mountPlayground(this);
			this.removeAttribute('aria-busy');
			for (const again of this.#held.splice(0)) again();
			return lab;
		} catch (error) {
			this.dataset['state'] = 'failed';
			this.removeAttribute('aria-busy');
			this.#held = [];
			// The next press tries again (a phone that was offline for a moment).
			this.#live = undefined;
			if (loading) loading.textContent = this.dataset['failedText'] ?? String(error);
			console.error(error);
			throw error;
		}
	}

	/** Before the island is live, a press on one of its buttons or a sent command waits for it. */
	#holdUntilLive(event: Event): void {
		if (this.dataset['state'] === 'live') return;
		if (event.type === 'submit') {
			const form = event.target as HTMLFormElement;
			event.preventDefault();
			event.stopImmediatePropagation();
			this.#held.push(() => form.requestSubmit());
			return;
		}
		const button = (event.target as Element).closest('button');
		if (!button || !this.contains(button)) return;
		event.preventDefault();
		event.stopImmediatePropagation();
		// The live view may have redrawn the object's button: find it again by what it selects.
		const select = button.dataset['select'];
		const detail = (event as MouseEvent).detail;
		this.#held.push(() => {
			const now = button.isConnected ? button : select ? this.querySelector(`[data-select="${CSS.escape(select)}"]`) : null;
			now?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail }));
		});
		void this.start().catch(() => {});
	}
}

if (!customElements.get('kc-cluster-playground')) customElements.define('kc-cluster-playground', ClusterPlaygroundElement);
