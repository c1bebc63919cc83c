// Monaco's workers, bundled by Vite from `?worker` imports: the editor's own worker and monaco-yaml's
// language server worker (completion and hover). Monaco asks by label, as in monaco-yaml's Vite example.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from 'monaco-yaml/yaml.worker.js?worker';

window.MonacoEnvironment = {
	getWorker(_moduleId: string, label: string) {
		return label === 'yaml' ? new YamlWorker() : new EditorWorker();
	},
};
