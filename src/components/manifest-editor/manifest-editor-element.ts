// <kc-manifest-editor>: the only editor code a lesson loads up front. The static copy rendered by
// ManifestEditor.astro reads as it is; the editor's behaviour (./live-editor.ts) is imported when the reader
// first uses the editor (presses, touches or types in it, or moves focus into it), or at once when this
// browser holds something of it: edited text to restore, the plain-text choice, a passed exercise.
// What the reader did before it was live is not lost: a press on the box or a button is done again.
import { progressStore } from '../progress/progress-store.ts';
import { applyTarget, onApplyTargetsChange } from '../shared/apply-channel.ts';
import type { MarkerInfo } from './editor-handle.ts';
import { loadMode, loadText, pageStorage } from './editor-storage.ts';
import type { LiveEditor } from './live-editor.ts';

/** The events that mean "I want to use this": they load the editor. */
const STARTERS = ['pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

class ManifestEditorElement extends HTMLElement {
	#live: Promise<LiveEditor> | undefined;
	#editor: LiveEditor | undefined;
	/** Presses held back while the editor loads, pressed again once it is live. */
	#held: HTMLElement[] = [];
	#stopApply: (() => void) | undefined;
	readonly #start = (): void => void this.#load().catch(() => {});
	readonly #hold = (event: Event): void => {
		if (!this.#editor && event.target instanceof HTMLElement) this.#held.push(event.target);
	};

	connectedCallback(): void {
		// In the print book (src/routes/print) an editor is its printed manifest: nothing to edit.
		if (this.closest('[data-kc-book]')) return;
		if (this.#editor) return this.#editor.connect();
		if (this.#hasState()) return this.#start();
		for (const type of STARTERS) this.addEventListener(type, this.#start, { passive: true });
		this.addEventListener('click', this.#hold, { capture: true });
		// "Apply to the cluster" shows while a playground is on the page, before the editor is live too.
		const apply = this.querySelector<HTMLButtonElement>('button[data-action="apply"]');
		const showApply = () => apply && (apply.hidden = !applyTarget());
		showApply();
		this.#stopApply = onApplyTargetsChange(showApply);
	}

	disconnectedCallback(): void {
		this.#stopListening();
		this.#editor?.disconnect();
	}

	/** The current text (also read by the browser tests). */
	value(): string {
		return this.#editor?.value() ?? (JSON.parse(this.querySelector('[data-original]')?.textContent ?? '""') as string);
	}

	/** Replaces the whole text as one undoable edit, as a paste would (browser tests, other widgets). */
	async setValue(text: string): Promise<void> {
		return (await this.#load()).setValue(text);
	}

	/** Markers in the live editor, as plain data (empty in plain-text mode or before it is live). */
	markers(): MarkerInfo[] {
		return this.#editor?.markers() ?? [];
	}

	/** Replaces the static copy with the editor of the chosen mode; later calls wait for the first. */
	async activate(focus: boolean): Promise<void> {
		return (await this.#load()).activate(focus);
	}

	/** Edited text, the plain-text choice or a passed exercise: the page must show it as it opens. */
	#hasState(): boolean {
		const config = JSON.parse(this.querySelector('[data-config]')?.textContent ?? '{}') as { name?: string; exercise?: { id?: string } };
		const storage = pageStorage();
		return (
			(config.name !== undefined && loadText(storage, config.name) !== undefined) ||
			loadMode(storage) === 'textarea' ||
			(config.exercise !== undefined && progressStore.isPassed(config.exercise.id ?? config.name ?? ''))
		);
	}

	/** Imports and connects the editor once (again after a failed download). */
	#load(): Promise<LiveEditor> {
		this.#live ??= import('./live-editor.ts').then(
			({ LiveEditor }) => {
				this.#stopListening();
				const editor = new LiveEditor(this);
				editor.connect();
				this.#editor = editor;
				// What the reader did meanwhile: focus in the box starts the editor, presses are done again.
				if (this.querySelector('.kc-me-box')?.contains(document.activeElement)) void editor.activate(true);
				for (const target of this.#held.splice(0)) target.click();
				return editor;
			},
			(error: unknown) => {
				// The next use tries again (a phone that was offline for a moment).
				this.#live = undefined;
				this.#held = [];
				throw error;
			},
		);
		return this.#live;
	}

	#stopListening(): void {
		for (const type of STARTERS) this.removeEventListener(type, this.#start);
		this.removeEventListener('click', this.#hold, { capture: true });
		this.#stopApply?.();
		this.#stopApply = undefined;
	}
}

if (!customElements.get('kc-manifest-editor')) customElements.define('kc-manifest-editor', ManifestEditorElement);
