// The terminal under the view: one command line at a time (kubectl, sleep, sim, clear), output exactly
// as `npm run kube` prints it, history on Up/Down, and Tab completion of commands, types and names.
import type { ClusterSnapshot } from '../../../lib/cluster/cluster.ts';
import { formatTranscript, type ClusterRuntime, type TranscriptEntry } from '../../../lib/session/index.ts';
import { complete } from '../model/completion.ts';
import { runSession } from '../model/substitute.ts';
import type { PlaygroundStrings } from '../model/strings.ts';

/** Output kept on screen; older lines scroll away as in a real terminal's scrollback. @default 400 */
const SCROLLBACK = 400;

export class Terminal {
	readonly #runtime: ClusterRuntime;
	readonly #output: HTMLElement;
	readonly #input: HTMLInputElement;
	readonly #completions: HTMLElement;
	readonly #history: string[] = [];
	#cursor = 0;
	#lastTabLine: string | undefined;
	#queue: Promise<void> = Promise.resolve();
	onRan: (entries: TranscriptEntry[]) => void = () => {};

	constructor(section: HTMLElement, runtime: ClusterRuntime, commands: readonly string[], snapshot: () => ClusterSnapshot, t: PlaygroundStrings) {
		this.#runtime = runtime;
		this.#output = section.querySelector<HTMLElement>('[data-output]')!;
		this.#input = section.querySelector<HTMLInputElement>('[data-command]')!;
		this.#completions = section.querySelector<HTMLElement>('[data-completions]')!;
		section.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			const line = this.#input.value;
			if (line.trim() === '') return;
			this.#input.value = '';
			this.#completions.textContent = '';
			void this.submit(line);
		});
		this.#input.addEventListener('keydown', (event) => {
			if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
				event.preventDefault();
				this.#recall(event.key === 'ArrowUp' ? -1 : 1);
			} else if (event.key === 'Tab' && !event.shiftKey && this.#input.value.trim() !== '') {
				const line = this.#input.value;
				const result = complete(line, snapshot(), commands);
				// A second Tab on a line that cannot grow lets focus move on: Tab never traps the keyboard.
				if (result.line === line && (result.options.length === 0 || this.#lastTabLine === line)) return;
				event.preventDefault();
				this.#input.value = result.line;
				this.#lastTabLine = result.line;
				this.#completions.textContent = result.options.length > 1 ? t.completions(result.options.join(' ')) : '';
			} else if (event.key !== 'Shift') this.#lastTabLine = undefined;
		});
	}

	#recall(direction: -1 | 1): void {
		if (this.#history.length === 0) return;
		this.#cursor = Math.min(this.#history.length, Math.max(0, this.#cursor + direction));
		this.#input.value = this.#history[this.#cursor] ?? '';
		this.#input.setSelectionRange(this.#input.value.length, this.#input.value.length);
	}

	/**
	 * Like `run`, for any command: first loads what it needs (`kubectl explain`'s documentation), in
	 * order with the lines typed before it.
	 */
	submit(text: string): Promise<TranscriptEntry[]> {
		const ran = this.#queue.then(
			() => this.#runtime.prepare(text).catch(() => {}),
		).then(() => this.run(text));
		this.#queue = ran.then(() => {}, () => {});
		return ran;
	}

	/** Runs session text (one line, or a here-document) at once and prints it as the CLI would. */
	run(text: string, options: { remember?: boolean } = {}): TranscriptEntry[] {
		const first = text.split('\n')[0]!.trim();
		if (options.remember ?? true) {
			if (this.#history[this.#history.length - 1] !== first) this.#history.push(first);
			this.#cursor = this.#history.length;
		}
		if (first === 'clear') {
			this.#output.textContent = '';
			return [];
		}
		const entries = runSession(this.#runtime, text);
		this.print(formatTranscript(entries));
		this.onRan(entries);
		return entries;
	}

	print(text: string): void {
		const lines = `${this.#output.textContent ?? ''}${text}`.split('\n');
		this.#output.textContent = lines.slice(-SCROLLBACK).join('\n');
		this.#output.scrollTop = this.#output.scrollHeight;
	}

	clear(): void {
		this.#output.textContent = '';
	}

	focus(): void {
		this.#input.focus();
	}
}
