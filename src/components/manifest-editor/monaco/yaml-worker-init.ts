// Stands in for `monaco-worker-manager/worker` inside monaco-yaml's worker only (see vite-plugin.mjs): the
// same initialize(), with the Kubernetes schema added to the settings the page sends. The schema and its
// field documentation (~75 KB gzip) thus load with monaco-yaml's worker, which monaco-yaml starts on the
// first hover or completion, not with the editor; and it never crosses from the page to the worker (nor
// again each time monaco-yaml restarts an idle worker).
import { initialize as initializeManaged, type WebWorkerInitializeFunction } from 'monaco-worker-manager/worker';
import { kubernetesJsonSchema } from '../k8s-json-schema.ts';

interface YamlSettings {
	schemas?: { uri: string; fileMatch?: string[]; schema?: unknown }[];
}

const KUBERNETES_SCHEMA_URI = 'inmemory://kube-classroom/kubernetes.json';

export function initialize<T, C extends YamlSettings>(fn: WebWorkerInitializeFunction<T, C>): void {
	initializeManaged<T, C>((ctx, createData) =>
		fn(ctx, {
			...createData,
			schemas: [...(createData.schemas ?? []), { uri: KUBERNETES_SCHEMA_URI, fileMatch: ['*'], schema: kubernetesJsonSchema() }],
		}),
	);
}
