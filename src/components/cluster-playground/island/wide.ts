// Full screen: the lab over the whole window, so the cluster, the terminal and the story fit on one
// screen (cluster-playground.css lays out the panes). The frame goes into the top layer as a manual
// popover, above the page's header and sidebars whatever their stacking; not the Fullscreen API, which
// Safari on phones does not offer for elements. On a narrow screen it shows one pane at a time,
// one tap apart. Escape, or the same button, returns to the lesson where the reader was.
import type { PlaygroundStrings } from '../model/strings.ts';

export function wireFullScreen(root: HTMLElement, t: PlaygroundStrings, focusCommand: () => void): void {
	const button = root.querySelector<HTMLButtonElement>('[data-action="wide"]');
	if (!button) return;
	const panes = [...root.querySelectorAll<HTMLButtonElement>('[data-show-pane]')];
	const showPane = (pane: string): void => {
		root.dataset['pane'] = pane;
		for (const b of panes) b.setAttribute('aria-pressed', String(b.dataset['showPane'] === pane));
	};
	const frame = root.querySelector<HTMLElement>('.kc-pg-frame');
	const set = (on: boolean): void => {
		root.toggleAttribute('data-wide', on);
		if (frame && 'showPopover' in frame) {
			if (on) {
				frame.setAttribute('popover', 'manual');
				frame.showPopover();
			} else if (frame.hasAttribute('popover')) {
				frame.hidePopover();
				frame.removeAttribute('popover');
			}
		}
		button.setAttribute('aria-pressed', String(on));
		button.textContent = on ? t.exitFullScreen : t.fullScreen;
		// The page behind does not scroll while the lab covers it.
		document.documentElement.classList.toggle('kc-pg-covered', on);
		showPane('cluster');
	};
	button.addEventListener('click', () => {
		const on = !root.hasAttribute('data-wide');
		set(on);
		if (on) focusCommand();
		else button.focus();
	});
	for (const b of panes) b.addEventListener('click', () => showPane(b.dataset['showPane'] ?? 'cluster'));
	root.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || event.defaultPrevented || !root.hasAttribute('data-wide')) return;
		set(false);
		button.focus();
	});
}
