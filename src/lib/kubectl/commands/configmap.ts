/**
 * `kubectl create configmap NAME --from-literal=key=value --from-file=[key=]path` and
 * `kubectl describe configmap`. Mirrors k8s.io/kubectl/pkg/cmd/create/create_configmap.go (keys
 * from literals and file names, the same key twice is an error) and describe.go `ConfigMapDescriber`.
 */
import type { KubeObject } from '../../cluster/api/types.ts';
import { newMeta } from '../../cluster/api/types.ts';
import { formatError } from '../api-errors.ts';
import { str, strings, type CommandContext } from '../context.ts';
import { annotationsFor, DescribeWriter } from '../describe/writer.ts';
import type { Cluster } from '../../cluster/cluster.ts';
import { KubectlError } from '../result.ts';
import { toJson, toYaml } from '../printers/serialize.ts';

export function createConfigMap(ctx: CommandContext): void {
	const names = ctx.args.slice(1);
	if (names.length !== 1) throw new KubectlError(`error: exactly one NAME is required, got ${names.length}\nSee 'kubectl create configmap -h' for help and examples`);
	const data: Record<string, string> = {};
	const put = (key: string, value: string): void => {
		if (key in data) throw new KubectlError(`error: cannot add key ${key}, another key by that name already exists in Data for ConfigMap "${names[0]}"`);
		data[key] = value;
	};
	for (const literal of strings(ctx, 'from-literal')) {
		const eq = literal.indexOf('=');
		if (eq <= 0) throw new KubectlError(`error: invalid literal source ${literal}, expected key=value`);
		put(literal.slice(0, eq), literal.slice(eq + 1));
	}
	for (const source of strings(ctx, 'from-file')) {
		const eq = source.indexOf('=');
		const path = eq < 0 ? source : source.slice(eq + 1);
		let text: string;
		try {
			if (!ctx.readFile) throw new Error('no file reader');
			text = ctx.readFile(path);
		} catch {
			throw new KubectlError(`error: error reading ${path}: no such file or directory`);
		}
		put(eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : source.slice(0, eq), text);
	}
	const cm: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: newMeta({ name: names[0], namespace: ctx.namespace }), ...(Object.keys(data).length > 0 ? { data } : {}) };
	const dryRun = str(ctx, 'dry-run');
	if (dryRun === 'client') {
		const output = str(ctx, 'output');
		if (output === 'yaml') return ctx.out.out(toYaml(cm));
		if (output === 'json') return ctx.out.out(toJson(cm));
		return ctx.out.out(`configmap/${names[0]} created (client dry run)`);
	}
	try {
		ctx.cluster.api.create(cm);
		ctx.out.out(`configmap/${names[0]} created`);
	} catch (error) {
		ctx.out.fail(formatError(error));
	}
}

/** ConfigMapDescriber: Data (each key, `----`, the value), BinaryData, Events. */
export function describeConfigMap(cluster: Cluster, cm: KubeObject): string {
	const w = new DescribeWriter();
	w.write(0, `Name:\t${cm.metadata.name}`);
	w.write(0, `Namespace:\t${cm.metadata.namespace}`);
	w.map(0, 'Labels', cm.metadata.labels);
	w.map(0, 'Annotations', annotationsFor(cm), ': ');
	w.write(0, '');
	w.write(0, 'Data');
	w.write(0, '====');
	// Go ranges over the map in no set order; sorted keys keep transcripts stable.
	for (const [key, value] of Object.entries((cm['data'] as Record<string, string> | undefined) ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
		w.write(0, `${key}:`);
		w.write(0, '----');
		w.write(0, value);
		w.write(0, '');
	}
	w.write(0, '');
	w.write(0, 'BinaryData');
	w.write(0, '====');
	for (const [key, value] of Object.entries((cm['binaryData'] as Record<string, string> | undefined) ?? {})) w.write(0, `${key}: ${Math.floor((value.length * 3) / 4)} bytes`);
	w.write(0, '');
	w.events(cluster.events.eventsFor(cm), cluster.now());
	return w.toString();
}
