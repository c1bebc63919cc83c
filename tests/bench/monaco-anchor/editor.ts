// Plain Monaco (the whole `monaco-editor` package, as its README imports it) with monaco-yaml's default
// setup from its Vite example (`?worker` imports, a label switch in MonacoEnvironment.getWorker), and the
// Kubernetes JSON Schema the course's editor once gave monaco-yaml, so hovers and completion say the same.
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import YamlWorker from 'monaco-yaml/yaml.worker.js?worker';
import { kubernetesJsonSchema } from '../k8s-json-schema.ts';

export interface BenchMarker {
	severity: string;
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
}

export interface BenchEditor {
	value(): string;
	setValue(text: string): void;
	markers(): BenchMarker[];
}

window.MonacoEnvironment = {
	getWorker(_moduleId: string, label: string) {
		return label === 'yaml' ? new YamlWorker() : new EditorWorker();
	},
};

configureMonacoYaml(monaco, {
	enableSchemaRequest: false,
	schemas: [{ uri: 'inmemory://kube-classroom/kubernetes.json', fileMatch: ['*'], schema: kubernetesJsonSchema() as never }],
});

export function createEditor(host: HTMLElement, value: string): BenchEditor {
	const model = monaco.editor.createModel(value, 'yaml', monaco.Uri.parse('file:///pod.yaml'));
	const editor = monaco.editor.create(host, { model, automaticLayout: true });
	editor.focus();
	return {
		value: () => model.getValue(),
		setValue: (text) => model.setValue(text),
		markers: () =>
			monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({
				severity: monaco.MarkerSeverity[m.severity],
				line: m.startLineNumber,
				column: m.startColumn,
				endLine: m.endLineNumber,
				endColumn: m.endColumn,
			})),
	};
}
