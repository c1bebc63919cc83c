// Monaco's stylesheets, added to the page by the "monaco-styles" chunk when it loads (point 3 of
// vite-plugin.mjs): one small module per CSS file of Monaco's ~75 calls addStyle() while the chunk
// evaluates; the texts are only collected, and go into the page as one <style> element once evaluation is
// over (a microtask later) or when the first editor is created, whichever comes first. Appending each text to a growing <style>
// instead made the browser reparse the whole sheet 75 times (289 ms of main thread at 4× CPU slowdown).
const STYLE_ID = 'kube-classroom-monaco';
const pending: string[] = [];
let scheduled = false;

export function addStyle(css: string): void {
	pending.push(css);
	if (scheduled) return;
	scheduled = true;
	queueMicrotask(flushStyles);
}

/** Puts the collected CSS into the page, as one stylesheet; nothing when there is none pending. */
export function flushStyles(): void {
	scheduled = false;
	if (pending.length === 0) return;
	const css = pending.join('\n');
	pending.length = 0;
	const existing = document.getElementById(STYLE_ID);
	if (existing) existing.append(css); // Monaco code loaded later (none today) adds to the same sheet.
	else document.head.append(Object.assign(document.createElement('style'), { id: STYLE_ID, textContent: css }));
}
