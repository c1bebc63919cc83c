/**
 * `kubectl run` (one pod, labelled `run=<name>`) and `kubectl expose` (a Service selecting what a
 * controller, or a pod, selects). Mirrors k8s.io/kubectl/pkg/cmd/run and pkg/cmd/expose.
 */
import { kindInfo } from '../../cluster/apiserver/kinds.ts';
import type { LabelSelector, Pod, Service, KubeObject } from '../../cluster/api/types.ts';
import { newMeta } from '../../cluster/api/types.ts';
import { formatError } from '../api-errors.ts';
import { bool, str, type Command } from '../context.ts';
import { toJson, toYaml } from '../printers/serialize.ts';
import { parseResourceArgs, typedName } from '../resources.ts';
import { KubectlError } from '../result.ts';

function parseLabels(text: string | undefined, fallback: Record<string, string>): Record<string, string> {
	if (!text) return fallback;
	return Object.fromEntries(text.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

export const run: Command = {
	name: 'run',
	flags: [
		{ name: 'image', type: 'string' },
		{ name: 'labels', short: 'l', type: 'string' },
		{ name: 'port', type: 'int' },
		{ name: 'restart', type: 'string' },
		{ name: 'command', type: 'bool' },
		{ name: 'dry-run', type: 'string' },
		{ name: 'output', short: 'o', type: 'string' },
		{ name: 'env', type: 'array' },
		{ name: 'rm', type: 'bool' },
		{ name: 'stdin', short: 'i', type: 'bool' },
		{ name: 'tty', short: 't', type: 'bool' },
		{ name: 'attach', type: 'bool' },
	],
	run(ctx) {
		const attach = bool(ctx, 'attach') || bool(ctx, 'stdin');
		if (bool(ctx, 'rm') && !attach) throw new KubectlError('error: --rm should only be used for attached containers');
		if (attach || bool(ctx, 'tty')) {
			// The real command attaches the terminal to the container and, with --rm, deletes the pod after.
			throw new KubectlError('error: the simulator cannot attach a terminal to a container (kubectl run -i, -t, --attach, --rm); run the pod without them and read its output with kubectl logs');
		}
		const name = ctx.args[0];
		if (!name) throw new KubectlError("error: NAME is required for run\nSee 'kubectl run -h' for help and examples");
		const image = str(ctx, 'image');
		if (!image) throw new KubectlError('error: required flag(s) "image" not set');
		const rest = ctx.args.slice(1);
		const pod: Pod = {
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: newMeta({ name, namespace: ctx.namespace, labels: parseLabels(str(ctx, 'labels'), { run: name }) }),
			spec: {
				containers: [
					{
						name,
						image,
						...(rest.length > 0 ? (bool(ctx, 'command') ? { command: rest } : { args: rest }) : {}),
						...(typeof ctx.flags['port'] === 'number' ? { ports: [{ containerPort: ctx.flags['port'] as number }] } : {}),
					},
				],
				restartPolicy: (str(ctx, 'restart') as Pod['spec']['restartPolicy']) ?? 'Always',
			},
			status: {},
		};
		const dryRun = str(ctx, 'dry-run');
		if (dryRun === 'client') {
			const output = str(ctx, 'output');
			if (output === 'yaml') return ctx.out.out(toYaml(pod));
			if (output === 'json') return ctx.out.out(toJson(pod));
			return ctx.out.out(`pod/${name} created (client dry run)`);
		}
		try {
			ctx.cluster.api.create(pod);
			ctx.out.out(`pod/${name} created`);
		} catch (error) {
			ctx.out.fail(formatError(error));
		}
		ctx.cluster.settle();
	},
};

export const expose: Command = {
	name: 'expose',
	flags: [
		{ name: 'port', type: 'int' },
		{ name: 'target-port', type: 'string' },
		{ name: 'name', type: 'string' },
		{ name: 'type', type: 'string' },
		{ name: 'protocol', type: 'string' },
		{ name: 'selector', type: 'string' },
		{ name: 'labels', short: 'l', type: 'string' },
	],
	run(ctx) {
		const { requests } = parseResourceArgs(ctx.args);
		const request = requests[0];
		const name = request?.names[0];
		if (!request || !name) throw new KubectlError("error: You must provide one or more resources by argument or filename.\nSee 'kubectl expose -h' for help and examples");
		let source: KubeObject;
		try {
			source = ctx.cluster.api.read(request.info.kind, ctx.namespace, name);
		} catch (error) {
			throw new KubectlError(formatError(error));
		}
		const spec = source.spec as { selector?: Record<string, string> | LabelSelector; template?: { spec?: Pod['spec'] }; containers?: Pod['spec']['containers'] };
		let selector: Record<string, string> | undefined;
		if (source.kind === 'Pod') selector = source.metadata.labels;
		else if (source.kind === 'ReplicationController') selector = spec.selector as Record<string, string>;
		else if (source.kind === 'Service') selector = spec.selector as Record<string, string>;
		else {
			const ls = spec.selector as LabelSelector | undefined;
			if (ls?.matchExpressions?.length) throw new KubectlError(`error: couldn't retrieve selectors via --selector flag or introspection: ${kindInfo(source.kind)?.plural}.${kindInfo(source.kind)?.group} "${name}" has a selector that cannot be converted to a map`);
			selector = ls?.matchLabels;
		}
		if (str(ctx, 'selector')) selector = parseLabels(str(ctx, 'selector'), {});
		const containers = source.kind === 'Pod' ? spec.containers : spec.template?.spec?.containers;
		const ports = (containers ?? []).flatMap((c) => c.ports ?? []);
		const port = typeof ctx.flags['port'] === 'number' ? (ctx.flags['port'] as number) : ports.length === 1 ? ports[0]!.containerPort : undefined;
		if (port === undefined) throw new KubectlError(`error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples`);
		const target = str(ctx, 'target-port');
		const service: Service = {
			apiVersion: 'v1',
			kind: 'Service',
			metadata: newMeta({ name: str(ctx, 'name') ?? name, namespace: ctx.namespace, labels: parseLabels(str(ctx, 'labels'), { ...source.metadata.labels }) }),
			spec: {
				ports: [{ port, protocol: str(ctx, 'protocol') ?? 'TCP', targetPort: target === undefined ? port : /^\d+$/.test(target) ? Number(target) : target }],
				selector,
				...(str(ctx, 'type') ? { type: str(ctx, 'type') as Service['spec']['type'] } : {}),
			},
		};
		try {
			ctx.cluster.api.create(service);
			ctx.out.out(`${typedName('Service', service.metadata.name)} exposed`);
		} catch (error) {
			ctx.out.fail(formatError(error));
		}
		ctx.cluster.settle();
	},
};
