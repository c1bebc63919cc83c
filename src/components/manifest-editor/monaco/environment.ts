// Monaco's own worker (diffs, links, the editor's text computations), bundled by Vite from a `?worker`
// import. Completion and hover are served by the validator's worker (../validate.worker.ts), so Monaco
// never asks for a language worker.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';

window.MonacoEnvironment = {
	getWorker() {
		return new EditorWorker();
	},
};
