// The inspector panel's code (inspector.ts and the commands it builds) loads the first time the learner
// selects something: many readers only watch. Until then the slot only remembers the selection.
import { loadActions, type ClusterSnapshot, type ClusterView } from '../../../lib/session/index.ts';
import type { PlaygroundStrings } from '../model/strings.ts';
import type { Inspector } from './inspector.ts';

export class InspectorSlot {
	readonly #root: HTMLElement;
	readonly #t: PlaygroundStrings;
	#inspector: Inspector | undefined;
	selected: string | undefined;
	/** Runs a command line in the terminal (see Inspector.run). */
	run: (command: string | Promise<string>) => void = () => {};
	onClose: () => void = () => {};

	constructor(root: HTMLElement, t: PlaygroundStrings) {
		this.#root = root;
		this.#t = t;
	}

	/**
	 * Selects `key` (undefined: nothing) at once, then loads the panel's code if needed; resolves to false
	 * when it could not load.
	 */
	async select(key: string | undefined): Promise<boolean> {
		this.selected = key;
		if (key !== undefined && !this.#inspector) {
			try {
				const [{ Inspector }, actions] = await Promise.all([import('./inspector.ts'), loadActions()]);
				this.#inspector ??= new Inspector(this.#root, this.#t, actions);
			} catch (error) {
				console.error(error);
				this.#root.textContent = this.#t.inspectorLoadFailed;
				return false;
			}
			this.#inspector.run = (command) => this.run(command);
			this.#inspector.onClose = () => this.onClose();
		}
		if (this.#inspector) this.#inspector.selected = this.selected;
		return true;
	}

	update(view: ClusterView, snapshot: ClusterSnapshot): void {
		this.#inspector?.update(view, snapshot);
	}
}
