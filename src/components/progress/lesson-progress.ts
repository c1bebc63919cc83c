// <kc-lesson-progress>: marks read lessons in the sidebar and records this lesson as read once the reader
// reaches its summary (or the end of the page, for a lesson without one).
import { lessonKeyFromPath, readKey } from '../../lib/course/progress-keys.ts';
import { progressStore } from './progress-store.ts';

function markSidebar(label: string): void {
	const base = import.meta.env.BASE_URL;
	for (const link of document.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href]')) {
		const key = lessonKeyFromPath(new URL(link.href).pathname, base);
		const read = key !== undefined && progressStore.isPassed(readKey(key));
		let mark = link.querySelector<HTMLElement>('.kc-read-mark');
		if (read && !mark) {
			mark = document.createElement('span');
			mark.className = 'kc-read-mark';
			// A symbol for the eye, a word for screen readers: never colour alone.
			mark.innerHTML = '<span aria-hidden="true">✓</span>';
			const words = document.createElement('span');
			words.className = 'sr-only';
			words.textContent = label;
			mark.append(words);
			link.append(mark);
		} else if (!read && mark) {
			mark.remove();
		}
	}
}

class LessonProgress extends HTMLElement {
	#stop: (() => void) | undefined;
	#observer: IntersectionObserver | undefined;

	connectedCallback() {
		const label = this.dataset.readLabel ?? 'read';
		markSidebar(label);
		this.#stop = progressStore.onChange(() => markSidebar(label));
		const lesson = this.dataset.lesson;
		if (!lesson || progressStore.isPassed(readKey(lesson))) return;
		const target = document.getElementById('summary') ?? document.querySelector('.pagination-links') ?? document.querySelector('footer');
		if (!target) return;
		this.#observer = new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				progressStore.markPassed(readKey(lesson));
				this.#observer?.disconnect();
			}
		});
		this.#observer.observe(target);
	}

	disconnectedCallback() {
		this.#stop?.();
		this.#observer?.disconnect();
	}
}

export function defineLessonProgress(): void {
	if (!customElements.get('kc-lesson-progress')) customElements.define('kc-lesson-progress', LessonProgress);
}
