/**
 * Every hands-on action in the playground is the command a learner would type: the UI builds the
 * command line, the terminal shows it and runs it through kubectl (or `sim` for what kubectl cannot
 * do), so the API server admits, validates and stores each change exactly as it would from the CLI.
 */
import type { KubeObject, ReplicaController } from '../cluster/api/types.ts';
import { yamlCodec } from '../kubectl/yaml-on-demand.ts';
import { shortKind } from './view-model.ts';

export type Action =
	| { type: 'label'; pod: string; key: string; value: string }
	| { type: 'unlabel'; pod: string; key: string }
	| { type: 'delete-pod'; pod: string }
	| { type: 'app'; pod: string; health: 'healthy' | 'unhealthy' | 'crash' }
	| { type: 'node'; node: string; state: 'fail' | 'recover' }
	| { type: 'scale'; kind: string; name: string; replicas: number }
	| { type: 'template'; object: KubeObject; image?: string; selector?: Record<string, string> };

/** Quotes a word for the shell only when it needs it (kubectl's tokenizer reads the same quoting). */
const word = (w: string): string => (/^[\w./:=,@+-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

/** Parses `key=value` (the label editor's input); undefined when there is no `=`. */
export function parseLabelInput(text: string): { key: string; value: string } | undefined {
	const at = text.indexOf('=');
	if (at <= 0) return undefined;
	return { key: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

/** `app=web,tier=front` → a label map; undefined when a term is not `key=value`. */
export function parseLabelSet(text: string): Record<string, string> | undefined {
	const out: Record<string, string> = {};
	for (const term of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
		const kv = parseLabelInput(term);
		if (!kv) return undefined;
		out[kv.key] = kv.value;
	}
	return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The manifest `kubectl apply` gets for a template or selector change: the object as a user would
 * have written it (no status, no server-set metadata), with the change made. A selector change moves
 * the template's labels with it, as a learner editing the file would. Needs the YAML library loaded
 * (`loadYaml`).
 */
export function editedManifest(object: KubeObject, change: { image?: string; selector?: Record<string, string> }): string {
	const rc = structuredClone(object) as ReplicaController;
	const spec = rc.spec;
	if (change.image && spec.template?.spec.containers[0]) spec.template.spec.containers[0].image = change.image;
	if (change.selector) {
		spec.selector = rc.kind === 'ReplicationController' ? change.selector : { matchLabels: change.selector };
		if (spec.template) spec.template.metadata = { ...spec.template.metadata, labels: change.selector };
	}
	const manifest = {
		apiVersion: rc.apiVersion,
		kind: rc.kind,
		metadata: { name: rc.metadata.name, ...(rc.metadata.labels ? { labels: rc.metadata.labels } : {}) },
		spec,
	};
	return yamlCodec().stringify(manifest, { lineWidth: 0 });
}

/** The command line for `action`; a template change needs the YAML library loaded (see editedManifest). */
export function commandFor(action: Action): string {
	switch (action.type) {
		case 'label':
			return `kubectl label pod ${word(action.pod)} ${word(`${action.key}=${action.value}`)} --overwrite`;
		case 'unlabel':
			return `kubectl label pod ${word(action.pod)} ${word(`${action.key}-`)}`;
		case 'delete-pod':
			return `kubectl delete pod ${word(action.pod)}`;
		case 'app':
			return `sim app ${action.health} ${word(action.pod)}`;
		case 'node':
			return `sim node ${action.state} ${word(action.node)}`;
		case 'scale':
			return `kubectl scale ${shortKind(action.kind)} ${word(action.name)} --replicas=${action.replicas}`;
		case 'template':
			return `kubectl apply -f - <<EOF\n${editedManifest(action.object, action).trimEnd()}\nEOF`;
	}
}
