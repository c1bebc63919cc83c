// <kc-offline-course>: the start page's "make the whole course available offline" choice. It reads the
// whole-course manifest the build wrote (offline-course.json), states its size, downloads it into the
// service worker's caches with progress, and on a later visit shows it as done (or to update after a new
// deploy), with a way to remove it. Without a service worker or Cache Storage it stays hidden.
import {
	downloadCourse,
	formatSize,
	missingFiles,
	parseManifest,
	removeCourse,
	type CourseFile,
	type DownloadDeps,
	type DownloadResult,
} from '../../lib/offline/course-download.ts';
import { pageStorage } from '../shared/page-storage.ts';
import { offlineStrings } from './offline-strings.ts';

/** Set once the reader chose the whole course, so a later deploy's new files are offered as an update. */
const CHOSEN_KEY = 'kube-classroom:offline-course';

class OfflineCourse extends HTMLElement {
	#t = offlineStrings(document.documentElement.lang);
	#files: CourseFile[] = [];
	#bytes = 0;
	#busy = false;

	async connectedCallback() {
		if (!('serviceWorker' in navigator) || typeof caches === 'undefined') return;
		const manifestUrl = new URL(this.dataset.manifest ?? '', location.href).href;
		const course = await fetch(manifestUrl)
			.then((response) => (response.ok ? response.json() : undefined))
			.then((json: unknown) => parseManifest(json, manifestUrl))
			.catch(() => undefined);
		if (!course || course.files.length === 0) return;
		this.#files = course.files;
		this.#bytes = course.bytes;
		// Where Cache Storage refuses to open (some private modes), the choice is not offered.
		if (!(await this.#show().then(() => true, () => false))) return;
		this.#part('download').addEventListener('click', () => void this.#download());
		this.#part('remove').addEventListener('click', () => void this.#remove());
		this.hidden = false;
	}

	#part(name: 'download' | 'remove' | 'status' | 'progress'): HTMLElement {
		return this.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
	}

	/** Offer, update or done, from what the caches hold now. */
	async #show(): Promise<void> {
		const missing = await missingFiles(this.#files, caches);
		const chosen = pageStorage()?.getItem(CHOSEN_KEY) === '1';
		const download = this.#part('download');
		download.hidden = missing.length === 0;
		this.#part('remove').hidden = missing.length > 0 && !chosen;
		if (missing.length === 0) {
			this.#status(this.#t.done(formatSize(this.#bytes)));
		} else if (chosen) {
			download.textContent = this.#t.update(formatSize(missing.reduce((sum, f) => sum + f.bytes, 0)));
			this.#status(this.#t.outdated);
		} else {
			download.textContent = this.#t.offer(formatSize(this.#bytes));
		}
	}

	#status(text: string): void {
		this.#part('status').textContent = text;
	}

	async #download(): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		const button = this.#part('download');
		const progress = this.#part('progress') as HTMLProgressElement;
		button.setAttribute('aria-disabled', 'true');
		progress.hidden = false;
		progress.max = this.#bytes;
		this.#status(this.#t.started(formatSize(this.#bytes)));
		// Ask the browser to keep the course when storage runs low (Firefox asks the reader).
		void navigator.storage?.persist?.().catch(() => false);
		let announced = 0;
		const deps: DownloadDeps = {
			fetch: (url) => fetch(url),
			caches,
			estimate: navigator.storage?.estimate ? () => navigator.storage.estimate() : undefined,
		};
		const result = await downloadCourse(this.#files, deps, (stored, total) => {
			progress.value = stored;
			// Screen readers hear every quarter, not every file.
			const quarter = Math.floor((stored / total) * 4);
			if (quarter > announced && quarter < 4) {
				announced = quarter;
				this.#status(this.#t.step(formatSize(stored), formatSize(total)));
			}
		}).catch((): DownloadResult => ({ ok: false, reason: 'quota' }));
		this.#busy = false;
		button.removeAttribute('aria-disabled');
		progress.hidden = true;
		const focused = document.activeElement === button;
		if (result.ok) remember(true);
		await this.#show().catch(() => undefined);
		if (!result.ok) this.#status(this.#t.failed[result.reason]);
		// The button is gone once done: keep keyboard focus in the section, on the outcome.
		else if (focused) this.#part('status').focus();
	}

	async #remove(): Promise<void> {
		if (this.#busy) return;
		await removeCourse(this.#files, caches).catch(() => undefined);
		remember(false);
		await this.#show().catch(() => undefined);
		this.#status(this.#t.removed);
		this.#part('download').focus();
	}
}

/** Notes the reader's choice; a browser that will not store it only loses the "update" wording. */
function remember(chosen: boolean): void {
	try {
		if (chosen) pageStorage()?.setItem(CHOSEN_KEY, '1');
		else pageStorage()?.removeItem(CHOSEN_KEY);
	} catch {
		// Storage full or off.
	}
}

export function defineOfflineCourse(): void {
	if (!customElements.get('kc-offline-course')) customElements.define('kc-offline-course', OfflineCourse);
}
