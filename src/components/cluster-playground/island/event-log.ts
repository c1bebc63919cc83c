// The plain-language event stream, newest first, each line with the Event it explains (as
// `kubectl get events` shows it) or a note that it was read from the objects' changes.
import type { Narration } from '../../../lib/session/index.ts';
import { escapeHtml } from '../model/render-html.ts';
import { elapsed, type PlaygroundStrings } from '../model/strings.ts';

/** Lines kept in the list. @default 150 */
const KEEP = 150;

export class EventLog {
	readonly #list: HTMLElement;
	readonly #t: PlaygroundStrings;
	#start: number;

	constructor(list: HTMLElement, t: PlaygroundStrings, start: number) {
		this.#list = list;
		this.#t = t;
		this.#start = start;
	}

	reset(start: number): void {
		this.#start = start;
		this.#list.replaceChildren();
	}

	add(lines: readonly Narration[]): void {
		if (lines.length === 0) return;
		const html = lines
			.map((n) => {
				const raw = n.event
					? `<code class="kc-pg-ev-raw">${escapeHtml(`${n.event.type} ${n.event.reason} ${n.event.object}: ${n.event.message}`)}${n.event.count > 1 ? ` (x${n.event.count})` : ''}</code>`
					: `<span class="kc-pg-ev-raw">${escapeHtml(this.#t.derived)}</span>`;
				return `<li data-tone="${n.tone}"><span class="kc-pg-ev-time">+${escapeHtml(elapsed(Date.parse(n.time) - this.#start))}</span> <span class="kc-pg-ev-text">${escapeHtml(n.text)}</span> ${raw}</li>`;
			})
			.reverse()
			.join('');
		this.#list.insertAdjacentHTML('afterbegin', html);
		while (this.#list.children.length > KEEP) this.#list.lastElementChild!.remove();
	}
}
