// <kc-course-progress>: the course outline's marks and the progress panel (summary, export, import).
import {
	exportProgress,
	mergeProgress,
	parseProgressFile,
	summarize,
	type OutlineLesson,
} from '../../lib/course/progress-report.ts';
import { progressStore } from './progress-store.ts';
import { progressStrings } from './progress-strings.ts';

class CourseProgress extends HTMLElement {
	#stop: (() => void) | undefined;

	connectedCallback() {
		const lang = document.documentElement.lang;
		const t = progressStrings(lang);
		const lessons = JSON.parse(this.dataset.outline ?? '[]') as OutlineLesson[];
		const status = this.querySelector<HTMLElement>('.kc-progress-status')!;

		const render = () => {
			const summary = summarize(progressStore.snapshot(), lessons);
			for (const row of summary.lessons) {
				const marks = this.querySelector<HTMLElement>(`li[data-lesson="${row.key}"] .kc-outline-marks`);
				if (marks) marks.textContent = [row.read && `✓ ${t.read}`, row.quiz && `✓ ${t.quiz}`].filter(Boolean).join(' · ');
			}
			this.querySelector('.kc-progress-summary')!.textContent = t.summary(
				summary.lessonsRead,
				summary.quizzesPassed,
				lessons.length,
				summary.exercisesPassed.length,
			);
		};
		render();
		this.#stop = progressStore.onChange(render);

		this.querySelector('[data-action="export"]')!.addEventListener('click', () => {
			const now = new Date();
			const file = exportProgress(progressStore.snapshot(), lessons, now);
			const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
			const link = document.createElement('a');
			link.href = url;
			link.download = `kube-classroom-progress-${now.toISOString().slice(0, 10)}.json`;
			link.click();
			setTimeout(() => URL.revokeObjectURL(url), 0);
		});

		const input = this.querySelector<HTMLInputElement>('[data-action="import"]')!;
		input.addEventListener('change', async () => {
			const chosen = input.files?.[0];
			input.value = '';
			if (!chosen) return;
			const result = parseProgressFile(await chosen.text());
			if (!result.ok) {
				status.textContent = result.message[lang.startsWith('zh') ? 'zh-CN' : 'en'];
				return;
			}
			const merged = mergeProgress(progressStore.snapshot(), result.progress);
			status.textContent =
				progressStore.replace(merged) === 'saved' ? t.imported(Object.keys(result.progress.exercises).length) : t.unavailable;
		});
	}

	disconnectedCallback() {
		this.#stop?.();
	}
}

export function defineCourseProgress(): void {
	if (!customElements.get('kc-course-progress')) customElements.define('kc-course-progress', CourseProgress);
}
