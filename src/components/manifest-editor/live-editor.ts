// The editor's behaviour, imported by <kc-manifest-editor> (./manifest-editor-element.ts) when the reader
// first uses it, or at once when this browser holds something of it (edited text, the plain-text choice, a
// passed exercise). It turns the static copy rendered by ManifestEditor.astro into a live editor when the
// reader clicks or focuses it. Monaco is imported only then (./monaco/messages.ts), or never, in plain-text
// mode. Validation always runs in the worker (./checker.ts); this file only wires state to the page.
import type { Lang, SourceRange, ValidationResult } from '../../lib/validate/index.ts';
import { progressStore } from '../progress/progress-store.ts';
import { applyTarget, onApplyTargetsChange } from '../shared/apply-channel.ts';
import { ManifestChecker, type CheckEvent } from './checker.ts';
import type { EditorHandle, MarkerInfo } from './editor-handle.ts';
import { loadMode, loadText, pageStorage, saveMode, saveText, clearText, type EditorMode } from './editor-storage.ts';
import { loadMonaco } from './monaco/messages.ts';
import { evaluateExercise, type Exercise } from './exercise.ts';
import { problemsHtml, statusOf, type Status } from './report.ts';
import { STRINGS, langOf, type EditorStrings } from './strings.ts';
import { createTextarea } from './textarea-editor.ts';

interface Config {
	name: string;
	kind?: string;
	title: string;
	version: string;
	base: string;
	exercise?: Exercise;
}

const TAB_FOCUS_EVENT = 'kc-manifest-editor:tab-focus';
/** Page-wide, like Monaco's own tab trapping: one switch for every editor. */
let tabMovesFocus = false;
const isDark = () => document.documentElement.dataset.theme === 'dark';

export class LiveEditor {
	readonly #host: HTMLElement;
	#config!: Config;
	#lang: Lang = 'en';
	#t!: EditorStrings;
	#original = '';
	#text = '';
	#mode: EditorMode = 'monaco';
	#editor: EditorHandle | undefined;
	#activation: Promise<void> | undefined;
	#checker = new ManifestChecker((event) => this.#onCheck(event));
	#lastResult: ValidationResult | undefined;
	/** The problems list as last rendered (undefined: still the build's). */
	#problemsHtml: string | undefined;
	#cleanup: (() => void)[] = [];

	constructor(host: HTMLElement) {
		this.#host = host;
	}

	connect(): void {
		this.#config = JSON.parse(this.#part('[data-config]').textContent ?? '{}') as Config;
		this.#original = JSON.parse(this.#part('[data-original]').textContent ?? '""') as string;
		this.#lang = langOf(document.documentElement.lang);
		this.#t = STRINGS[this.#lang];
		this.#mode = loadMode(pageStorage());
		this.#syncModeButtons();
		const saved = loadText(pageStorage(), this.#config.name);
		this.#text = saved ?? this.#original;
		if (saved !== undefined && saved !== this.#original) {
			this.#showEdited();
			this.#notice(this.#t.savedRestored);
			this.#checker.checkNow(this.#text);
		}
		this.#showProgress();

		const box = this.#part('.kc-me-box');
		box.addEventListener('click', () => void this.activate(true));
		box.addEventListener('focusin', () => void this.activate(true));
		const onClick = (event: Event) => void this.#onClick(event);
		this.#host.addEventListener('click', onClick);
		const onTabFocus = () => this.#syncModeButtons();
		document.addEventListener(TAB_FOCUS_EVENT, onTabFocus);
		const observer = new MutationObserver(() => this.#editor?.setDark(isDark()));
		observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		const showApply = () => (this.#button('apply').hidden = !applyTarget());
		showApply();
		this.#cleanup.push(
			() => this.#host.removeEventListener('click', onClick),
			() => document.removeEventListener(TAB_FOCUS_EVENT, onTabFocus),
			() => observer.disconnect(),
			onApplyTargetsChange(showApply),
			progressStore.onChange(() => this.#showProgress()),
		);
	}

	disconnect(): void {
		for (const fn of this.#cleanup) fn();
		this.#cleanup = [];
		this.#checker.dispose();
		this.#editor?.dispose();
		this.#editor = undefined;
	}

	/** The current text (also read by the browser tests). */
	value(): string {
		return this.#text;
	}

	/** Replaces the whole text as one undoable edit, as a paste would (browser tests, other widgets). */
	setValue(text: string): Promise<void> {
		return this.#setText(text);
	}

	/** Markers in the live editor, as plain data (empty in plain-text mode). */
	markers(): MarkerInfo[] {
		return this.#editor?.markers() ?? [];
	}

	/** Replaces the static copy with the editor of the chosen mode; later calls wait for the first. */
	activate(focus: boolean): Promise<void> {
		// Set before mounting starts: mounting focuses the editor, and focus calls activate() again.
		this.#activation ??= Promise.resolve().then(() => this.#mount(focus));
		return this.#activation;
	}

	async #mount(focus: boolean): Promise<void> {
		const live = this.#part('[data-live]');
		if (this.#mode === 'textarea') {
			this.#editor = createTextarea(live, this.#text, this.#t.editorLabel(this.#config.title));
		} else {
			this.#host.dataset.state = 'loading';
			this.#notice(this.#t.loading);
			try {
				// Read before Monaco's CSS goes in: afterwards the read would force a style recalculation of the
				// whole page (~50 ms at 4× CPU slowdown on a lesson) before Monaco's own sheets force another.
				const fontFamily = getComputedStyle(this.#host.querySelector('.kc-me-static pre') ?? this.#host).fontFamily;
				const { createEditor } = await loadMonaco(this.#lang);
				this.#editor = createEditor({
					host: live,
					value: this.#text,
					name: this.#config.name,
					ariaLabel: `${this.#t.editorLabel(this.#config.title)}. ${this.#t.tabHint('Ctrl+M')}`,
					dark: isDark(),
					fontFamily,
					format: (text) => this.#checker.format(text),
					hover: (text, offset) => this.#checker.hover(text, offset),
					complete: (text, offset) => this.#checker.complete(text, offset),
					fieldDocLabels: this.#t.fieldDocs,
				});
				this.#editor.setTabMovesFocus(tabMovesFocus);
				this.#editor.onTabMovesFocusChange((on) => {
					tabMovesFocus = on;
					document.dispatchEvent(new Event(TAB_FOCUS_EVENT));
				});
				this.#notice('');
			} catch {
				// A failed chunk load (offline, blocked): fall back to the textarea, which needs nothing more.
				this.#mode = 'textarea';
				this.#editor = createTextarea(live, this.#text, this.#t.editorLabel(this.#config.title));
				this.#notice(this.#t.loadFailed);
			}
		}
		const editor = this.#editor!;
		editor.onDidChange((text) => this.#onEdit(text));
		live.hidden = false;
		this.#part('[data-static]').hidden = true;
		this.#part('[data-print]').hidden = true;
		this.#host.dataset.state = 'live';
		this.#part('[data-hint]').textContent = this.#mode === 'monaco' ? this.#t.tabHint('Ctrl+M') : '';
		this.#syncModeButtons();
		if (this.#lastResult) editor.setDiagnostics(this.#lastResult.diagnostics, this.#lang);
		else this.#checker.checkNow(this.#text);
		if (focus) editor.focus();
	}

	#onEdit(text: string): void {
		this.#text = text;
		this.#showEdited();
		const saved = saveText(pageStorage(), this.#config.name, text, this.#original);
		if (saved === 'full') this.#notice(this.#t.storageFull);
		else if (saved === 'unavailable') this.#notice(this.#t.storageUnavailable);
		this.#checker.schedule(text);
	}

	#onCheck(event: CheckEvent): void {
		const status = this.#part('[data-status]');
		// Checks now follow nearly every keystroke: the status (a live region) and the problems list change
		// only when their content does, so a screen reader does not hear the same verdict again per letter.
		const setStatus = (s: Status) => {
			status.dataset.tone = s.tone;
			if (status.textContent !== s.text) status.textContent = s.text;
		};
		if (event.state === 'checking') return; // The previous verdict stays until the new one arrives.
		if (event.state === 'too-large') {
			setStatus({ tone: 'notice', text: this.#t.tooLarge(Math.ceil(event.length / 1024), Math.floor(event.limit / 1024)) });
			return;
		}
		if (event.state === 'timed-out' || event.state === 'failed') {
			setStatus({ tone: 'notice', text: event.state === 'timed-out' ? this.#t.timedOut : this.#t.workerFailed });
			return;
		}
		if (event.text !== this.#text) return; // Stale: a newer check is scheduled.
		this.#lastResult = event.result;
		setStatus(statusOf(event.result, this.#lang, this.#config.version, this.#config.kind));
		const problems = problemsHtml(event.result.diagnostics, this.#lang, this.#config.base);
		if (problems !== this.#problemsHtml) this.#part('[data-problems]').innerHTML = this.#problemsHtml = problems;
		this.#editor?.setDiagnostics(event.result.diagnostics, this.#lang);
		this.#showExercise(event.result);
	}

	#showExercise(result: ValidationResult): void {
		const exercise = this.#config.exercise;
		if (!exercise) return;
		const outcome = evaluateExercise(exercise, result, this.#config.kind);
		this.#host.querySelectorAll<HTMLLIElement>('.kc-me-checks li').forEach((li, i) => {
			const passed = outcome.checks[i]?.passed ?? false;
			li.dataset.passed = String(passed);
			li.querySelector('.kc-me-check-mark')!.textContent = passed ? '✓' : '○';
			li.querySelector('.sr-only')!.textContent = `(${passed ? this.#t.checkPassed : this.#t.checkFailed})`;
		});
		if (outcome.passed) progressStore.markPassed(this.#exerciseId());
		this.#showProgress();
	}

	#exerciseId(): string {
		return this.#config.exercise?.id ?? this.#config.name;
	}

	#showProgress(): void {
		const done = this.#host.querySelector<HTMLElement>('.kc-me-done');
		if (done) done.hidden = !progressStore.isPassed(this.#exerciseId());
	}

	/** Edited text replaces the lesson's copy in the static view and in print. */
	#showEdited(): void {
		const edited = this.#text !== this.#original;
		this.#host.toggleAttribute('data-edited', edited);
		const print = this.#part('[data-print]');
		print.textContent = this.#text;
		if (this.#host.dataset.state === 'static') {
			print.hidden = !edited;
			print.tabIndex = 0;
			this.#part('[data-static]').hidden = edited;
		}
	}

	async #onClick(event: Event): Promise<void> {
		const target = event.target as HTMLElement;
		const jump = target.closest<HTMLElement>('.kc-me-jump');
		if (jump) return this.#jump(jump.dataset);
		const action = target.closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
		const t = this.#t;
		switch (action) {
			case 'reset':
				clearText(pageStorage(), this.#config.name);
				return this.#setText(this.#original);
			case 'copy':
				return navigator.clipboard.writeText(this.#text).then(
					() => this.#notice(t.copied),
					() => this.#notice(t.copyFailed),
				);
			case 'download':
				return this.#download();
			case 'format': {
				const formatted = await this.#checker.format(this.#text);
				return formatted === undefined ? this.#notice(t.formatFailed) : this.#setText(formatted);
			}
			case 'apply':
				return this.#apply();
			case 'show-lab':
				return applyTarget()?.show?.();
			case 'tab-focus':
				tabMovesFocus = !tabMovesFocus;
				this.#editor?.setTabMovesFocus(tabMovesFocus);
				document.dispatchEvent(new Event(TAB_FOCUS_EVENT));
				return;
			case 'plain-text':
				return this.#switchMode(this.#mode === 'textarea' ? 'monaco' : 'textarea');
			case 'reset-progress':
				progressStore.reset(this.#exerciseId());
				return this.#showProgress();
		}
	}

	async #setText(text: string): Promise<void> {
		if (this.#host.dataset.state === 'static') return this.#onEdit(text);
		await this.#activation;
		this.#editor?.replaceAll(text); // Fires onDidChange, which saves and checks.
	}

	async #jump(data: DOMStringMap): Promise<void> {
		const range: SourceRange = {
			line: Number(data.line),
			column: Number(data.column),
			endLine: Number(data.endLine),
			endColumn: Number(data.endColumn),
		};
		await this.activate(false);
		this.#editor?.reveal(range);
	}

	async #switchMode(mode: EditorMode): Promise<void> {
		saveMode(pageStorage(), mode);
		this.#mode = mode;
		this.#syncModeButtons();
		if (this.#host.dataset.state === 'static') return;
		await this.#activation;
		this.#editor?.dispose();
		this.#editor = undefined;
		this.#part('[data-live]').replaceChildren();
		this.#activation = Promise.resolve().then(() => this.#mount(true));
	}

	#syncModeButtons(): void {
		const plain = this.#button('plain-text');
		plain.setAttribute('aria-pressed', String(this.#mode === 'textarea'));
		const tab = this.#button('tab-focus');
		tab.hidden = this.#mode === 'textarea';
		tab.setAttribute('aria-pressed', String(tabMovesFocus));
	}

	#download(): void {
		const name = /\.ya?ml$/.test(this.#config.title) ? this.#config.title : `${this.#config.name}.yaml`;
		const url = URL.createObjectURL(new Blob([this.#text], { type: 'application/yaml' }));
		const a = Object.assign(document.createElement('a'), { href: url, download: name });
		a.click();
		setTimeout(() => URL.revokeObjectURL(url), 0);
	}

	async #apply(): Promise<void> {
		const target = applyTarget();
		if (!target) return;
		this.#notice(this.#t.applying);
		const result = await target.apply(this.#text);
		const story = result.story ?? [];
		this.#notice([...result.lines, ...(story.length > 0 ? [this.#t.inTheCluster, ...story] : [])].join('\n'));
		this.#button('show-lab').hidden = !target.show;
	}

	#notice(text: string): void {
		this.#part('[data-notice]').textContent = text;
	}

	#part(selector: string): HTMLElement {
		return this.#host.querySelector<HTMLElement>(selector)!;
	}

	#button(action: string): HTMLButtonElement {
		return this.#host.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
	}
}
