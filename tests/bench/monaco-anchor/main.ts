// The editor bench's anchor page (tests/bench/manifest-editor.bench.ts): a box with a manifest that turns
// into plain Monaco with monaco-yaml when clicked, set up as monaco-yaml's own Vite example does. The
// bench reads and drives it through `window.__kcBench`, as it does the course's editor.
import type { BenchEditor } from './editor.ts';

declare global {
	interface Window {
		__kcBench: BenchEditor;
	}
}

const box = document.querySelector<HTMLElement>('.kc-me-box')!;
let editor: BenchEditor | undefined;
window.__kcBench = {
	value: () => editor?.value() ?? '',
	setValue: (text) => editor?.setValue(text),
	markers: () => editor?.markers() ?? [],
};

let loading: Promise<void> | undefined;
function activate(): Promise<void> {
	loading ??= import('./editor.ts').then(({ createEditor }) => {
		const text = box.textContent ?? '';
		box.replaceChildren();
		editor = createEditor(box, text);
	});
	return loading;
}
box.addEventListener('click', () => void activate());
box.addEventListener('focusin', () => void activate());
