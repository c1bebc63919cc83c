// The terminal under the view: commands (kubectl, sleep, sim, the shell's pipes and lists, clear), output
// exactly as `npm run kube` prints it, history on Up/Down, and Tab completion of commands, types and names.
// The page shows the scenario's transcript (`[data-output]`) and a one-line command box; the first time the
// reader focuses or presses the terminal, xterm.js loads (./xterm-screen.ts, its own chunk) and takes their
// place, with what was printed and what was typed. The transcript stays underneath, hidden, the record of
// what ran; if xterm.js cannot download, the command box goes on working and says why.
import { formatTranscript, GetWatch, streamingOf, type ClusterRuntime, type TranscriptEntry, loadCompletion, type complete as Complete, type ClusterSnapshot } from '../../../lib/session/index.ts';
import type { PlaygroundStrings } from '../model/strings.ts';
import type { ScreenHost, XtermScreen } from './xterm-screen.ts';

/** Output kept on screen; older lines scroll away as in a real terminal's scrollback. @default 400 */
const SCROLLBACK = 400;

export class Terminal {
	readonly #runtime: ClusterRuntime;
	readonly #output: HTMLElement;
	readonly #input: HTMLInputElement;
	readonly #completions: HTMLElement;
	readonly #t: PlaygroundStrings;
	readonly #commands: readonly string[];
	readonly #snapshot: () => ClusterSnapshot;
	readonly #history: string[] = [];
	#cursor = 0;
	#lastTabLine: string | undefined;
	/** Tab completion's code, loaded on the first Tab. */
	#complete: typeof Complete | undefined;
	#queue: Promise<void> = Promise.resolve();
	/** A command that streams (`kubectl get -w`, `watch …`) until Ctrl+C: how to stop it. */
	#stopStream: (() => void) | undefined;
	readonly #stopButton: HTMLButtonElement | null;
	readonly #section: HTMLElement;
	/** xterm.js, once it has loaded; until then (or if it cannot) the command box. */
	#screen: XtermScreen | undefined;
	#opening: Promise<XtermScreen | undefined> | undefined;
	onRan: (entries: TranscriptEntry[]) => void = () => {};
	/** A command could not run because its code did not download; `message` is in the reader's language. */
	onLoadFailed: (message: string) => void = () => {};

	constructor(section: HTMLElement, runtime: ClusterRuntime, commands: readonly string[], snapshot: () => ClusterSnapshot, t: PlaygroundStrings) {
		this.#runtime = runtime;
		this.#section = section;
		this.#t = t;
		this.#commands = commands;
		this.#snapshot = snapshot;
		this.#output = section.querySelector<HTMLElement>('[data-output]')!;
		this.#input = section.querySelector<HTMLInputElement>('[data-command]')!;
		this.#completions = section.querySelector<HTMLElement>('[data-completions]')!;
		this.#stopButton = section.querySelector<HTMLButtonElement>('[data-stop]');
		// Ctrl+C for touch screens: stops what streams, else gives up an unfinished input (after a `> ` prompt).
		this.#stopButton?.addEventListener('click', () => {
			if (!this.#interrupt()) this.#screen?.cancel();
			this.focus();
		});
		// First use of the terminal loads xterm.js; the island itself started on this same focus or press.
		const open = () => void this.#open();
		section.addEventListener('focusin', open);
		section.addEventListener('pointerdown', open);
		if (section.contains(document.activeElement)) open();
		section.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			const line = this.#input.value;
			if (line.trim() === '') return;
			this.#input.value = '';
			this.#completions.textContent = '';
			// A line typed at the prompt ends what streams there, as Ctrl+C would first.
			this.#interrupt();
			void this.submit(line);
		});
		this.#input.addEventListener('keydown', (event) => {
			if (event.key === 'c' && event.ctrlKey && !event.altKey && !event.metaKey && this.#stopStream) {
				event.preventDefault();
				this.#interrupt();
			} else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
				event.preventDefault();
				this.#recall(event.key === 'ArrowUp' ? -1 : 1);
			} else if (event.key === 'Tab' && !event.shiftKey && this.#input.value.trim() !== '') {
				const line = this.#input.value;
				if (!this.#complete) {
					// The first Tab waits for completion's code; if it cannot load, Tab only moves focus from then on.
					event.preventDefault();
					void loadCompletion().then(
						(m) => {
							this.#complete = m.complete;
							if (this.#input.value === line) this.#tab(line);
						},
						(error: unknown) => {
							console.error(error);
							this.#complete = (unchanged) => ({ line: unchanged, options: [] });
						},
					);
					return;
				}
				if (this.#tab(line)) event.preventDefault();
			} else if (event.key !== 'Shift') this.#lastTabLine = undefined;
		});
	}

	/**
	 * Completes `line`; false when Tab should move focus on instead: a second Tab on a line that cannot
	 * grow lets focus leave, so Tab never traps the keyboard.
	 */
	#tab(line: string): boolean {
		const result = this.#complete!(line, this.#snapshot(), this.#commands);
		if (result.line === line && (result.options.length === 0 || this.#lastTabLine === line)) return false;
		this.#input.value = result.line;
		this.#lastTabLine = result.line;
		this.#completions.textContent = result.options.length > 1 ? this.#t.completions(result.options.join(' ')) : '';
		return true;
	}

	#remember(line: string): void {
		if (this.#history[this.#history.length - 1] !== line) this.#history.push(line);
		this.#cursor = this.#history.length;
	}

	#recall(direction: -1 | 1): void {
		if (this.#history.length === 0) return;
		this.#cursor = Math.min(this.#history.length, Math.max(0, this.#cursor + direction));
		this.#input.value = this.#history[this.#cursor] ?? '';
		this.#input.setSelectionRange(this.#input.value.length, this.#input.value.length);
	}

	/**
	 * Like `run`, for any command, in order with the lines submitted before it: first waits for `text`
	 * (a command built from code that loads on demand) and loads what it needs (catalog.ts,
	 * yaml-on-demand.ts). When a download fails, says so in the reader's language and resolves to undefined.
	 */
	submit(text: string | Promise<string>, options: RunOptions = {}): Promise<TranscriptEntry[] | undefined> {
		const ran = this.#queue.then(async () => {
			let line: string | undefined;
			try {
				line = await text;
				await this.#runtime.prepare(line);
			} catch (error) {
				console.error(error);
				// Echoed and kept in the history, so that Up brings it back to run again.
				const first = line?.split('\n')[0]!.trim();
				if (first !== undefined && (options.remember ?? true)) this.#remember(first);
				this.#show(`${first === undefined ? '' : `$ ${first}\n`}`, options.typed === true);
				this.print(`${this.#t.commandLoadFailed}\n`);
				this.onLoadFailed(this.#t.commandLoadFailed);
				return undefined;
			}
			return this.run(line, options);
		});
		this.#queue = ran.then(() => {}, () => {});
		return ran;
	}

	/** Runs session text (one line, or a here-document) at once and prints it as the CLI would. */
	run(text: string, options: RunOptions = {}): TranscriptEntry[] {
		const first = text.split('\n')[0]!.trim();
		if (options.remember ?? true) this.#remember(first);
		// What the inspector, the steps or an editor run goes on beside a stream, as in a second terminal;
		// a streaming command replaces the one before.
		if (first === 'clear' || streamingOf(text)) this.#interrupt();
		if (first === 'clear') {
			this.clear();
			return [];
		}
		const typed = options.typed === true;
		const stream = streamingOf(text);
		if (stream) return this.#stream(text.trim(), stream, typed);
		const entries = this.#runtime.run(text);
		this.#showEntries(entries, typed);
		this.onRan(entries);
		return entries;
	}

	/** `kubectl get -w` and `watch …`: the first output now, then more as the cluster changes, until Ctrl+C. */
	#stream(line: string, stream: NonNullable<ReturnType<typeof streamingOf>>, typed: boolean): TranscriptEntry[] {
		const entries = this.#runtime.run(stream.command).map((e) => ({ ...e, command: line }));
		const failed = entries.some((e) => e.exitCode !== 0);
		this.onRan(entries);
		if (stream.kind === 'get-watch') {
			this.#showEntries(entries, typed);
			if (failed) return entries;
			const watch = new GetWatch(entries[0]?.output ?? '');
			let reading = false;
			const stop = this.#runtime.subscribe(() => {
				// Reading the table notifies too (kubectl settles the cluster after every command): once is enough.
				if (reading) return;
				reading = true;
				try {
					const rows = watch.next(this.#runtime.run(stream.command)[0]?.output ?? '');
					if (rows) this.print(rows);
				} finally {
					reading = false;
				}
			});
			this.#streaming(stop);
		} else {
			// watch shows only the latest output, below what came before it.
			const before = `${this.#output.textContent ?? ''}$ ${line}\n`;
			const show = (output: string): void => {
				const screen = `Every ${stream.interval.toFixed(1)}s: ${stream.command}\n\n${output}`;
				this.#output.textContent = '';
				this.#append(`${before}${screen}`);
				this.#screen?.replace(screen);
			};
			show(entries.map((e) => e.output).join(''));
			const timer = setInterval(() => show(this.#runtime.run(stream.command).map((e) => e.output).join('')), stream.interval * 1000);
			this.#streaming(() => clearInterval(timer));
		}
		return entries;
	}

	#streaming(stop: () => void): void {
		this.#stopStream = stop;
		this.#showStop();
	}

	/** The Ctrl+C button, while there is something for Ctrl+C to stop: a stream, or an input waiting for more lines. */
	#showStop(): void {
		if (this.#stopButton) this.#stopButton.hidden = !this.#stopStream && !this.#continuing;
	}

	#continuing = false;

	/** Ctrl+C: stops what streams, and says so as a terminal does. */
	#interrupt(): boolean {
		if (!this.#stopStream) return false;
		this.#stopStream();
		this.#stopStream = undefined;
		this.#showStop();
		this.print('^C\n');
		return true;
	}

	print(text: string): void {
		this.#append(text);
		this.#screen?.write(text);
	}

	/** The transcript, as `npm run kube` prints it; the screen shows the same, less a typed command's echo. */
	#showEntries(entries: TranscriptEntry[], typed: boolean): void {
		this.#append(formatTranscript(entries));
		const [first, ...rest] = entries;
		this.#screen?.write(typed && first ? `${first.output}${formatTranscript(rest)}` : formatTranscript(entries));
	}

	/** Text the transcript gets, and the screen too unless the reader typed it there. */
	#show(text: string, typed: boolean): void {
		this.#append(text);
		if (!typed) this.#screen?.write(text);
	}

	#append(text: string): void {
		const lines = `${this.#output.textContent ?? ''}${text}`.split('\n');
		this.#output.textContent = lines.slice(-SCROLLBACK).join('\n');
		this.#output.scrollTop = this.#output.scrollHeight;
	}

	clear(): void {
		this.#output.textContent = '';
		this.#screen?.clear();
	}

	focus(): void {
		if (this.#screen) this.#screen.focus();
		else {
			this.#input.focus();
			void this.#open();
		}
	}

	get history(): readonly string[] {
		return this.#history;
	}

	/** Loads xterm.js and puts it in the command box's place; undefined (the box stays, with a note) if it cannot. */
	#open(): Promise<XtermScreen | undefined> {
		this.#opening ??= this.#load();
		return this.#opening;
	}

	async #load(): Promise<XtermScreen | undefined> {
		const box = this.#section.querySelector<HTMLElement>('[data-xterm]')!;
		const note = this.#section.querySelector<HTMLElement>('[data-term-note]');
		const host: ScreenHost = {
			enter: async (text) => {
				this.#interrupt();
				await this.submit(text, { typed: true });
			},
			interrupt: () => this.#interrupt(),
			cancelled: (text) => this.#append(`$ ${text}^C\n`),
			continuing: (on) => {
				this.#continuing = on;
				this.#showStop();
			},
			complete: async (line) => {
				try {
					this.#complete ??= (await loadCompletion()).complete;
				} catch (error) {
					console.error(error);
					return undefined;
				}
				return this.#complete(line, this.#snapshot(), this.#commands);
			},
			history: this.#history,
		};
		try {
			const { XtermScreen } = await import('./xterm-screen.ts');
			const hadFocus = this.#section.contains(document.activeElement);
			box.hidden = false;
			const screen = await XtermScreen.open(box, host, this.#t, {
				label: box.dataset['label'] ?? '',
				text: this.#output.textContent ?? '',
				line: this.#input.value,
				colors: () => {
					// The transcript's colours, which follow the site's theme (it is hidden, but styled).
					const style = getComputedStyle(this.#output);
					return { foreground: style.color, background: style.backgroundColor };
				},
			});
			this.#screen = screen;
			this.#input.value = '';
			this.#section.dataset['terminal'] = 'xterm';
			if (note) note.hidden = true;
			if (hadFocus) screen.focus();
			return screen;
		} catch (error) {
			console.error(error);
			box.hidden = true;
			box.replaceChildren();
			// The next focus tries again (a phone that was offline for a moment); the command box works meanwhile.
			this.#opening = undefined;
			if (note) {
				note.textContent = this.#t.terminalLoadFailed;
				note.hidden = false;
			}
			this.onLoadFailed(this.#t.terminalLoadFailed);
			return undefined;
		}
	}
}

interface RunOptions {
	/** Whether to keep the line in the history. @default true */
	remember?: boolean;
	/** Typed in xterm, which shows the line already: the screen gets only the output. @default false */
	typed?: boolean;
}
