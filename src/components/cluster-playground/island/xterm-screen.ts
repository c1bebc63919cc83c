// The lab's terminal screen: xterm.js in its screen-reader mode, loaded the first time the reader
// focuses or presses the terminal (its own chunk, with its CSS; island/terminal.ts falls back to the
// one-line command box when it cannot download). Line editing is ours, on xterm's onData, because the
// shell decides when an input is whole (src/lib/session/shell/input.ts): Enter on an open quote or
// here-document gives bash's `> ` prompt, and a paste is read line by line as bash reads typed lines.
// Output from elsewhere (a stream's rows, "Show me", the inspector) is written above the prompt, which
// is then drawn again with what was being typed.
//
// Width: the fit addon sizes the terminal to its box, but never below 80 columns, a terminal's
// classic width: kubectl pads its tables to the widest cell, and a table wrapped at 45 columns on a
// phone is unreadable; on a narrower box the terminal scrolls sideways instead (a visible scroll bar).
import { Terminal as Xterm } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import xtermCss from '@xterm/xterm/css/xterm.css?inline';
import { loadShellInput } from '../../../lib/session/index.ts';
import type { PlaygroundStrings } from '../model/strings.ts';

/** What the screen asks of the terminal's logic (island/terminal.ts). */
export interface ScreenHost {
	/** Runs a whole input (one command line, or one with its here-document); resolves when it has printed. */
	enter(text: string): Promise<void>;
	/** Ctrl+C: stops what streams; false when nothing did. */
	interrupt(): boolean;
	/** Ctrl+C at the prompt: the abandoned line, for the transcript. */
	cancelled(text: string): void;
	/** Whether an input waits for more lines (the `> ` prompt), so that touch screens get a Ctrl+C button. */
	continuing(on: boolean): void;
	/** Tab: the completed line and the choices, or undefined when completion is not available. */
	complete(line: string): Promise<{ line: string; options: string[] } | undefined>;
	/** Lines run so far, oldest first (shared with the fallback command box). */
	readonly history: readonly string[];
}

interface ScreenOptions {
	/** The input's accessible name (the page's word for "Command"). */
	label: string;
	/** What the terminal printed before xterm.js took over. */
	text: string;
	/** What was typed in the command box, not yet run. */
	line: string;
	/** The page's terminal colours, read again when the site's theme changes. */
	colors: () => { foreground: string; background: string };
}

const theme = ({ foreground, background }: { foreground: string; background: string }) => ({ foreground, background, cursor: foreground, cursorAccent: background });

/** A terminal's classic width: kubectl's tables are not wrapped below it. */
const MIN_COLS = 80;
const MIN_ROWS = 8;
/** The most one input may hold (a paste, or lines typed after a `> ` prompt): a large manifest is ~10 KB. */
export const MAX_INPUT = 100_000;
const STYLE_ID = 'kube-classroom-xterm';
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';
/** Control characters that no text holds (tab and line breaks are text; so is nothing else below 0x20). */
// eslint-disable-next-line no-control-regex
const BINARY = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]/;

export class XtermScreen {
	readonly #term: Xterm;
	readonly #fit = new FitAddon();
	readonly #host: ScreenHost;
	readonly #t: PlaygroundStrings;
	readonly #needsMore: (text: string) => boolean;
	/** Lines of an input that waits for more (after a `> ` prompt). */
	#pending: string[] = [];
	#line = '';
	#cursor = 0;
	/** Whether a prompt is on screen (not while a command runs). */
	#prompting = false;
	/** Rows between the prompt's first row and the cursor's, to erase the prompt before output. */
	#row = 0;
	/** What arrived while a command ran: read once it is done, as a terminal's type-ahead. */
	#typeahead = '';
	/** Inside a bracketed paste that arrived in more than one piece. */
	#paste: string | undefined;
	/** That paste is too long: the rest of it is dropped. */
	#refusing = false;
	#historyAt = 0;
	/** A line on which Tab found nothing more: the next Tab moves focus on, so Tab never traps the keyboard. */
	#tabDeadEnd: string | undefined;
	readonly #observer: ResizeObserver;
	readonly #themeObserver: MutationObserver;

	private constructor(box: HTMLElement, host: ScreenHost, t: PlaygroundStrings, needsMore: (text: string) => boolean, options: ScreenOptions) {
		this.#host = host;
		this.#t = t;
		this.#needsMore = needsMore;
		this.#term = new Xterm({
			screenReaderMode: true,
			convertEol: true,
			scrollback: 2000,
			fontSize: 13,
			fontFamily: getComputedStyle(box).fontFamily || 'monospace',
			cursorBlink: false,
			theme: theme(options.colors()),
		});
		// The site's light or dark theme, followed when the reader switches it.
		this.#themeObserver = new MutationObserver(() => {
			this.#term.options.theme = theme(options.colors());
		});
		this.#themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		this.#term.loadAddon(this.#fit);
		this.#term.open(box);
		const textarea = this.#term.textarea!;
		textarea.setAttribute('aria-label', options.label);
		textarea.setAttribute('autocapitalize', 'off');
		textarea.setAttribute('enterkeyhint', 'send');
		this.#resize();
		this.#observer = new ResizeObserver(() => this.#resize());
		this.#observer.observe(box);
		// Pastes arrive marked, so that they are checked as a whole (size, binary) before they are read.
		this.#term.write('\x1b[?2004h');
		this.#term.attachCustomKeyEventHandler((event) => this.#key(event));
		this.#term.onData((data) => this.#data(data));
		this.#historyAt = host.history.length;
		if (options.text !== '') this.#term.write(options.text.endsWith('\n') ? options.text : `${options.text}\n`);
		this.#line = options.line;
		this.#cursor = options.line.length;
		this.#showPrompt();
	}

	/** Loads xterm.js and the shell's input rule, and opens the terminal in `box`. */
	static async open(box: HTMLElement, host: ScreenHost, t: PlaygroundStrings, options: ScreenOptions): Promise<XtermScreen> {
		const { needsMoreInput } = await loadShellInput();
		// xterm.js's stylesheet travels in this chunk (a stylesheet a chunk imports is not emitted by the site's build), once per page.
		if (!document.getElementById(STYLE_ID)) document.head.append(Object.assign(document.createElement('style'), { id: STYLE_ID, textContent: xtermCss }));
		return new XtermScreen(box, host, t, needsMoreInput, options);
	}

	#resize(): void {
		const size = this.#fit.proposeDimensions();
		if (!size || !Number.isFinite(size.cols)) return;
		const cols = Math.max(MIN_COLS, size.cols);
		const rows = Math.max(MIN_ROWS, size.rows);
		if (cols === this.#term.cols && rows === this.#term.rows) return;
		this.#term.resize(cols, rows);
	}

	/** Keys the page keeps: Escape (leaves full screen), Shift+Tab and a Tab that would do nothing (move focus), Ctrl+C on a selection (copies). */
	#key(event: KeyboardEvent): boolean {
		if (event.type !== 'keydown') return !(event.key === 'Tab' || event.key === 'Escape');
		if (event.key === 'Escape') return false;
		if (event.key === 'Tab') {
			const line = this.#line;
			return !event.shiftKey && this.#prompting && line.trim() !== '' && this.#tabDeadEnd !== line;
		}
		if (event.key !== 'Shift') this.#tabDeadEnd = undefined;
		if (event.ctrlKey && event.key === 'c' && this.#term.hasSelection()) return false;
		return true;
	}

	#data(data: string): void {
		if (this.#paste !== undefined || data.startsWith(PASTE_START)) {
			const collected = (this.#paste ?? '') + data;
			const end = collected.indexOf(PASTE_END);
			if (end < 0) {
				// A paste larger than any input is refused at once rather than collected megabyte by megabyte.
				if (!this.#refusing && collected.length > MAX_INPUT + PASTE_START.length) {
					this.#refusing = true;
					this.#say(this.#t.inputTooLong(MAX_INPUT));
				}
				this.#paste = this.#refusing ? collected.slice(-PASTE_END.length) : collected;
				return;
			}
			const refused = this.#refusing;
			this.#paste = undefined;
			this.#refusing = false;
			if (!refused) this.#pasted(collected.slice(PASTE_START.length, end));
			const rest = collected.slice(end + PASTE_END.length);
			if (rest !== '') this.#data(rest);
			return;
		}
		if (!this.#prompting) {
			if (data === '\x03') {
				if (this.#host.interrupt()) this.#typeahead = '';
			} else this.#typeahead += data;
			return;
		}
		this.#keys(data);
	}

	/** A paste, checked whole: too long or binary, it is refused with a message, and nothing of it is read. */
	#pasted(raw: string): void {
		const size = this.#pending.reduce((n, l) => n + l.length + 1, this.#line.length);
		const problem = raw.length + size > MAX_INPUT ? this.#t.inputTooLong(MAX_INPUT) : BINARY.test(raw) ? this.#t.binaryInput : undefined;
		if (problem) {
			this.#say(problem);
			return;
		}
		const text = raw.replace(/\r\n?/g, '\r');
		if (!this.#prompting) this.#typeahead += text;
		else this.#keys(text);
	}

	/** Tells the reader something between outputs (bash's way of answering a key): above the prompt, in the page's language. */
	#say(message: string): void {
		this.write(`${message}\n`);
	}

	/** Reads keys and typed text at the prompt; stops at an Enter that runs a command (the rest waits). */
	#keys(data: string): void {
		let text = '';
		const flush = () => {
			if (text === '') return;
			this.#line = this.#line.slice(0, this.#cursor) + text + this.#line.slice(this.#cursor);
			this.#cursor += text.length;
			text = '';
		};
		for (let i = 0; i < data.length; i++) {
			const ch = data[i]!;
			if (ch === '\x1b') {
				// An escape sequence: CSI (arrows, Home, End, Delete) or SS3 (arrows in application mode).
				// eslint-disable-next-line no-control-regex -- the keys' escape sequences are what is parsed
				const m = /^\x1b(?:\[([0-9;]*)([A-Za-z~])|O([A-Za-z]))/.exec(data.slice(i));
				flush();
				if (m) {
					this.#escape(m[1] ?? '', m[2] ?? m[3] ?? '');
					i += m[0].length - 1;
				}
				continue;
			}
			const code = ch.charCodeAt(0);
			if (code >= 0x20 && code !== 0x7f) {
				text += ch;
				continue;
			}
			flush();
			if (ch === '\r') {
				if (this.#enter()) {
					// What came after this line is read once the command is done.
					this.#typeahead = data.slice(i + 1) + this.#typeahead;
					return;
				}
			} else if (ch === '\x7f' || ch === '\b') {
				if (this.#cursor > 0) {
					this.#line = this.#line.slice(0, this.#cursor - 1) + this.#line.slice(this.#cursor);
					this.#cursor--;
				}
			} else if (ch === '\t') {
				this.#tab();
				return void (this.#typeahead = data.slice(i + 1) + this.#typeahead);
			} else if (ch === '\x03') this.#cancel();
			else if (ch === '\x01') this.#cursor = 0;
			else if (ch === '\x05') this.#cursor = this.#line.length;
			else if (ch === '\x15') {
				this.#line = this.#line.slice(this.#cursor);
				this.#cursor = 0;
			} else if (ch === '\x0b') this.#line = this.#line.slice(0, this.#cursor);
			else if (ch === '\x0c') {
				this.#erase();
				this.#term.clear();
				this.#term.write('\x1b[H\x1b[2K');
			}
		}
		flush();
		this.#redraw();
	}

	#escape(params: string, final: string): void {
		if (final === 'A' || final === 'B') this.#recall(final === 'A' ? -1 : 1);
		else if (final === 'C') this.#cursor = Math.min(this.#line.length, this.#cursor + 1);
		else if (final === 'D') this.#cursor = Math.max(0, this.#cursor - 1);
		else if (final === 'H' || (final === '~' && (params === '1' || params === '7'))) this.#cursor = 0;
		else if (final === 'F' || (final === '~' && (params === '4' || params === '8'))) this.#cursor = this.#line.length;
		else if (final === '~' && params === '3') this.#line = this.#line.slice(0, this.#cursor) + this.#line.slice(this.#cursor + 1);
	}

	#recall(direction: -1 | 1): void {
		const history = this.#host.history;
		if (history.length === 0 || this.#pending.length > 0) return;
		this.#historyAt = Math.min(history.length, Math.max(0, this.#historyAt + direction));
		this.#line = history[this.#historyAt] ?? '';
		this.#cursor = this.#line.length;
	}

	/** Enter: runs the input when it is whole (true), else asks for the next line with `> `. */
	#enter(): boolean {
		const lines = [...this.#pending, this.#line];
		const text = lines.join('\n');
		this.#cursor = this.#line.length;
		this.#redraw();
		this.#term.write('\r\n');
		this.#prompting = false;
		this.#line = '';
		this.#cursor = 0;
		if (this.#waits(lines)) {
			if (this.#pending.length === 0) this.#host.continuing(true);
			this.#pending = lines;
			this.#showPrompt();
			return false;
		}
		if (this.#pending.length > 0) this.#host.continuing(false);
		this.#pending = [];
		this.#historyAt = this.#host.history.length + 1;
		if (text.trim() === '') {
			this.#showPrompt();
			return false;
		}
		void this.#host.enter(text).finally(() => {
			this.#historyAt = this.#host.history.length;
			this.#showPrompt();
			const typed = this.#typeahead;
			this.#typeahead = '';
			if (typed !== '') this.#data(typed);
		});
		return true;
	}

	/**
	 * Whether the input goes on. Inside a here-document's body only its delimiter line can end it, so the
	 * body's lines are not parsed again one by one (a pasted manifest of 2,000 lines stays linear).
	 */
	#waits(lines: string[]): boolean {
		if (lines.length > 1 && this.#heredocOpen) {
			const last = lines.at(-1)!.replace(/^\t+/, '');
			if (!/^\S+$/.test(last) || !lines[0]!.includes(last)) return true;
		}
		const more = this.#needsMore(lines.join('\n'));
		this.#heredocOpen = more && lines[0]!.includes('<<');
		return more;
	}

	#heredocOpen = false;

	/** Ctrl+C at the prompt: the line is abandoned, as bash shows it (`^C`), and a fresh prompt follows. */
	#cancel(): void {
		if (this.#host.interrupt()) return;
		this.cancel();
	}

	/** Gives up what is being typed (the Ctrl+C button, when nothing streams). */
	cancel(): void {
		if (!this.#prompting) return;
		if (this.#pending.length > 0) this.#host.continuing(false);
		const text = [...this.#pending, this.#line].join('\n');
		this.#cursor = this.#line.length;
		this.#redraw();
		this.#term.write('^C\r\n');
		this.#host.cancelled(text);
		this.#pending = [];
		this.#heredocOpen = false;
		this.#line = '';
		this.#cursor = 0;
		this.#historyAt = this.#host.history.length;
		this.#prompting = false;
		this.#showPrompt();
	}

	#tab(): void {
		const line = this.#line;
		this.#prompting = false;
		void this.#host.complete(line).then((result) => {
			this.#prompting = true;
			if (!result || (result.line === line && result.options.length === 0)) this.#tabDeadEnd = line;
			else if (this.#line === line) {
				this.#line = result.line;
				this.#cursor = result.line.length;
				if (result.line === line) this.#tabDeadEnd = line;
				// Several choices: listed under the line, as bash does, and the line again.
				if (result.options.length > 1) this.#say(result.options.join('  '));
			}
			this.#redraw();
			const typed = this.#typeahead;
			this.#typeahead = '';
			if (typed !== '') this.#data(typed);
		});
	}

	get #prompt(): string {
		return this.#pending.length > 0 ? '> ' : '$ ';
	}

	#showPrompt(): void {
		this.#prompting = true;
		this.#row = 0;
		this.#redraw(false);
	}

	/** Moves to the prompt's first row and erases from there down. */
	#erase(): void {
		if (!this.#prompting) return;
		this.#term.write(`${this.#row > 0 ? `\x1b[${this.#row}A` : ''}\r\x1b[J`);
		this.#row = 0;
	}

	/** Draws the prompt and the line, and puts the cursor where the editing is. */
	#redraw(erase = true): void {
		if (!this.#prompting) return;
		if (erase) this.#erase();
		const cols = this.#term.cols;
		const end = this.#prompt.length + this.#line.length;
		const at = this.#prompt.length + this.#cursor;
		// At the last column the cursor waits to wrap; a space and a carriage return take it to the next row.
		let out = this.#prompt + this.#line + (end > 0 && end % cols === 0 ? ' \r\x1b[K' : '');
		const up = Math.floor(end / cols) - Math.floor(at / cols);
		if (up > 0) out += `\x1b[${up}A`;
		out += '\r';
		if (at % cols > 0) out += `\x1b[${at % cols}C`;
		this.#term.write(out);
		this.#row = Math.floor(at / cols);
	}

	/** Output from a command or from elsewhere: above the prompt, which is drawn again under it. */
	write(text: string): void {
		if (text === '') return;
		this.#erase();
		this.#term.write(text.endsWith('\n') ? text : `${text}\n`);
		this.#redraw(false);
	}

	/** `watch`: the screen shows only the latest output (the scrollback keeps what came before). */
	replace(text: string): void {
		this.#erase();
		this.#term.write('\x1b[H\x1b[2J');
		this.write(text);
	}

	clear(): void {
		this.#erase();
		this.#term.clear();
		this.#term.write('\x1b[H\x1b[2K');
		this.#redraw(false);
	}

	focus(): void {
		this.#term.focus();
	}

	dispose(): void {
		this.#observer.disconnect();
		this.#themeObserver.disconnect();
		this.#term.dispose();
	}
}
