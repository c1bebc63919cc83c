// <kc-exam>: the exam page's island. It keeps the attempt (src/lib/exam/attempt.ts: clock, flags, end),
// shows one task at a time, starts the exam's cluster (the lessons' playground, whole: its terminal and
// view are the playground's own) and, at the end, grades the cluster (src/lib/exam/grade.ts), shows each
// sub-task passed or not with what was found, and stores the result in the learner's progress.
import { endAttempt, examRecord, formatCountdown, remainingMs, startAttempt, timeIsUp, toggleFlag, type Attempt, type ExamMode } from '../../lib/exam/attempt.ts';
import type { ExamResult } from '../../lib/exam/grade.ts';
import type { LocalSet } from '../../lib/exam/task-set.ts';
import type { Lang } from '../../lib/shared/lang.ts';
import type { LiveLab } from '../cluster-playground/playground-element.ts';
import { progressStore } from '../progress/progress-store.ts';
import { EXAM_STRINGS, type ExamStrings } from './exam-strings.ts';

interface Config {
	set: LocalSet;
	lang: Lang;
	lessons: ({ title: string; href: string } | undefined)[];
}

type PlaygroundElement = HTMLElement & { start(): Promise<LiveLab> };

class ExamElement extends HTMLElement {
	#config!: Config;
	#t!: ExamStrings;
	#attempt: Attempt | undefined;
	#lab: LiveLab | undefined;
	#visited = new Set<number>();
	/** The grading code, fetched as the exam starts: finishing must work offline too, and at once. */
	#grading: Promise<typeof import('../../lib/exam/grade.ts')> | undefined;
	#tick = 0;

	connectedCallback(): void {
		const config = this.querySelector(':scope > script[data-exam-config]')?.textContent;
		if (!config) return;
		this.#config = JSON.parse(config) as Config;
		this.#t = EXAM_STRINGS[this.#config.lang];
		this.#on('[data-start]', () => void this.#start());
		this.#on('[data-finish]', () => this.#confirm());
		this.#on('[data-finish-now]', () => void this.#finish('finished'));
		this.#on('[data-keep-working]', () => this.#closeConfirm());
		this.#on('[data-restart]', () => this.#restart());
		this.#on('[data-prev]', () => this.#show((this.#attempt?.current ?? 0) - 1));
		this.#on('[data-next]', () => this.#show((this.#attempt?.current ?? 0) + 1));
		this.#on('[data-flag]', () => this.#flag());
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-goto]')) button.addEventListener('click', () => this.#show(Number(button.dataset['goto']), true));
		this.#showPrevious();
	}

	disconnectedCallback(): void {
		clearInterval(this.#tick);
	}

	#on(selector: string, handler: () => void): void {
		this.querySelector(selector)?.addEventListener('click', handler);
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	#showPrevious(): void {
		const last = (progressStore.snapshot().exams ?? []).filter((r) => r.set === this.#config.set.id).at(-1);
		const previous = this.#el('[data-previous]');
		previous.hidden = !last;
		if (last) previous.textContent = this.#t.lastAttempt(last.percent, new Date(last.finishedAt).toLocaleString(this.#config.lang));
	}

	async #start(): Promise<void> {
		const mode = (this.querySelector<HTMLInputElement>('[data-intro] input[type="radio"]:checked')?.value ?? 'exam') as ExamMode;
		const status = this.#el('[data-status]');
		const button = this.#el<HTMLButtonElement>('[data-start]');
		button.disabled = true;
		status.textContent = this.#t.starting;
		this.#grading ??= import('../../lib/exam/grade.ts');
		try {
			// By its class: the weight test finds the playground's loader by its element's name in a chunk.
			const playground = this.querySelector<PlaygroundElement>('[data-lab] .kc-pg')!;
			this.#el('[data-lab]').hidden = false;
			// A restart gives a fresh cluster; the first start sets the cluster up as the page shows it.
			if (this.#lab) this.#lab.reset();
			else this.#lab = await playground.start();
		} catch {
			status.textContent = this.#t.startFailed;
			button.disabled = false;
			return;
		}
		status.textContent = '';
		button.disabled = false;
		this.#attempt = startAttempt(this.#config.set.id, mode, this.#config.set.minutes, Date.now());
		this.#visited = new Set();
		this.dataset['state'] = 'running';
		this.dataset['mode'] = mode;
		this.#el('[data-intro]').hidden = true;
		this.#el('[data-results]').hidden = true;
		this.#el('[data-bar]').hidden = false;
		this.#el('[data-body]').hidden = false;
		this.#el('[data-practice-badge]').hidden = mode !== 'practice';
		for (const hint of this.querySelectorAll<HTMLElement>('[data-hint]')) hint.hidden = mode !== 'practice';
		for (const mark of this.querySelectorAll<HTMLElement>('[data-flag-mark]')) mark.hidden = true;
		this.#show(0, true);
		this.#updateTimer();
		clearInterval(this.#tick);
		this.#tick = window.setInterval(() => this.#updateTimer(), 1000);
	}

	#updateTimer(): void {
		const attempt = this.#attempt;
		if (!attempt) return;
		const now = Date.now();
		const left = remainingMs(attempt, now);
		const timer = this.#el('[data-timer]');
		timer.textContent = formatCountdown(left);
		// The last five minutes read as urgent (not by colour alone: the bar says so in words too).
		this.#el('[data-bar]').dataset['urgent'] = String(left <= 5 * 60_000);
		if (timeIsUp(attempt, now)) void this.#finish('time');
	}

	#show(index: number, focus = false): void {
		const attempt = this.#attempt;
		if (!attempt) return;
		const count = this.#config.set.tasks.length;
		const current = Math.max(0, Math.min(count - 1, index));
		this.#attempt = { ...attempt, current };
		this.#visited.add(current);
		for (const article of this.querySelectorAll<HTMLElement>('[data-task]')) article.hidden = Number(article.dataset['task']) !== current;
		for (const button of this.querySelectorAll<HTMLElement>('[data-goto]')) {
			if (Number(button.dataset['goto']) === current) button.setAttribute('aria-current', 'step');
			else button.removeAttribute('aria-current');
		}
		this.#el<HTMLButtonElement>('[data-prev]').disabled = current === 0;
		this.#el<HTMLButtonElement>('[data-next]').disabled = current === count - 1;
		this.#el('[data-flag]').setAttribute('aria-pressed', String(attempt.flagged.includes(this.#config.set.tasks[current]!.id)));
		if (focus) this.querySelector<HTMLElement>(`[data-task="${current}"] h2`)?.focus();
	}

	#flag(): void {
		const attempt = this.#attempt;
		if (!attempt) return;
		const task = this.#config.set.tasks[attempt.current]!;
		this.#attempt = toggleFlag(attempt, task.id);
		const on = this.#attempt.flagged.includes(task.id);
		this.#el('[data-flag]').setAttribute('aria-pressed', String(on));
		this.querySelector<HTMLElement>(`[data-goto="${attempt.current}"] [data-flag-mark]`)!.hidden = !on;
	}

	#confirm(): void {
		const attempt = this.#attempt;
		if (!attempt) return;
		this.#el('[data-confirm-text]').textContent = this.#t.confirmFinish(attempt.flagged.length, this.#config.set.tasks.length - this.#visited.size);
		this.#el('[data-confirm]').hidden = false;
		this.#el<HTMLButtonElement>('[data-finish-now]').focus();
	}

	#closeConfirm(): void {
		this.#el('[data-confirm]').hidden = true;
		this.#el<HTMLButtonElement>('[data-finish]').focus();
	}

	async #finish(why: 'finished' | 'time'): Promise<void> {
		const attempt = this.#attempt;
		const lab = this.#lab;
		if (!attempt || attempt.finishedAt !== undefined || !lab) return;
		clearInterval(this.#tick);
		this.#attempt = endAttempt(attempt, Date.now(), why);
		// The cluster as it is now, then the grading code (fetched at the start; the lab's checks come with the playground).
		const snapshot = lab.snapshot();
		this.#grading ??= import('../../lib/exam/grade.ts');
		const { gradeExam } = await this.#grading;
		const result = gradeExam(this.#config.set, snapshot);
		const saved = progressStore.recordExam(examRecord(this.#attempt, result));
		this.dataset['state'] = 'results';
		for (const selector of ['[data-bar]', '[data-confirm]', '[data-body]', '[data-lab]']) this.#el(selector).hidden = true;
		this.#renderResults(result, why, saved === 'saved');
	}

	#renderResults(result: ExamResult, why: 'finished' | 'time', saved: boolean): void {
		const t = this.#t;
		this.#el('[data-ended]').textContent = why === 'time' ? t.timeUp : t.finished;
		this.#el('[data-score]').textContent = t.score(result.points, result.max, result.percent);
		this.#el('[data-saved]').textContent = saved ? t.saved : t.notSaved;
		const list = this.#el('[data-result-list]');
		list.replaceChildren(
			...result.tasks.map((task, i) => {
				const li = document.createElement('li');
				li.dataset['passed'] = String(task.points === task.max);
				const head = document.createElement('h3');
				head.textContent = `${i + 1}. ${task.title} — ${t.taskScore(task.points, task.max)}`;
				const checks = document.createElement('ul');
				checks.className = 'kc-exam-checks';
				for (const check of task.checks) {
					const item = document.createElement('li');
					item.dataset['passed'] = String(check.passed);
					const mark = document.createElement('span');
					mark.className = 'kc-exam-mark';
					mark.setAttribute('aria-hidden', 'true');
					mark.textContent = check.passed ? '✓' : '✗';
					const state = document.createElement('strong');
					state.textContent = check.passed ? t.passed : t.failed;
					item.append(mark, ' ', state, ` ${check.label}`);
					if (!check.passed && check.found) {
						const found = document.createElement('span');
						found.className = 'kc-exam-found';
						found.textContent = ` — ${t.found(check.found)}`;
						item.append(found);
					}
					checks.append(item);
				}
				li.append(head, checks);
				const lesson = this.#config.lessons[i];
				if (lesson && task.points < task.max) {
					const p = document.createElement('p');
					const a = document.createElement('a');
					a.href = lesson.href;
					a.textContent = lesson.title;
					p.append(`${t.studyIn} `, a);
					li.append(p);
				}
				return li;
			}),
		);
		this.#el('[data-results]').hidden = false;
		this.#el('[data-results] h2').focus();
	}

	#restart(): void {
		this.#attempt = undefined;
		this.dataset['state'] = 'intro';
		this.#el('[data-results]').hidden = true;
		this.#el('[data-intro]').hidden = false;
		this.#showPrevious();
		this.#el<HTMLButtonElement>('[data-start]').focus();
	}
}

if (!customElements.get('kc-exam')) customElements.define('kc-exam', ExamElement);
