/**
 * `kubectl logs`: a container's output as the kubelet keeps it; `-c`, `--previous`, `--tail`;
 * `TYPE/NAME` picks the first pod of a controller. Errors as the kubelet/API server word them.
 */
import { ApiError } from '../../cluster/apiserver/errors.ts';
import { fromLabelSelector, matches, selectorFromSet } from '../../cluster/api/labels.ts';
import type { Pod, ReplicaController } from '../../cluster/api/types.ts';
import { formatError } from '../api-errors.ts';
import { bool, str, type Command, type CommandContext } from '../context.ts';
import { resolveKind } from '../resources.ts';
import { KubectlError } from '../result.ts';

/**
 * The container a command addresses (`-c`, the default-container annotation, else the first), as
 * k8s.io/kubectl/pkg/cmd/util/podcmd FindOrDefaultContainerByName picks it, init containers included.
 */
export function pickContainer(ctx: CommandContext, pod: Pod, wanted = str(ctx, 'container')): string {
	const names = pod.spec.containers.map((c) => c.name);
	const init = (pod.spec.initContainers ?? []).map((c) => c.name);
	if (wanted) {
		if (!names.includes(wanted) && !init.includes(wanted)) throw new KubectlError(formatError(new ApiError('BadRequest', 400, `container ${wanted} is not valid for pod ${pod.metadata.name}`)));
		return wanted;
	}
	const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
	if (annotated && names.includes(annotated)) return annotated;
	if (names.length + init.length > 1 && !bool(ctx, 'quiet')) {
		ctx.out.err(`Defaulted container "${names[0]}" out of: ${[...names, ...init.map((n) => `${n} (init)`)].join(', ')}`);
	}
	return names[0]!;
}

export function findPod(ctx: CommandContext, arg: string): Pod {
	const { api } = ctx.cluster;
	if (!arg.includes('/')) return api.read<Pod>('Pod', ctx.namespace, arg);
	const [type, name] = [arg.slice(0, arg.indexOf('/')), arg.slice(arg.indexOf('/') + 1)];
	const info = resolveKind(type);
	if (info.kind === 'Pod') return api.read<Pod>('Pod', ctx.namespace, name);
	const owner = api.read<ReplicaController>(info.kind, ctx.namespace, name);
	const raw = (owner.spec as { selector?: unknown }).selector;
	const selector = info.kind === 'ReplicationController' ? selectorFromSet(raw as Record<string, string>) : fromLabelSelector(raw as never);
	const pod = api
		.list<Pod>('Pod', ctx.namespace)
		.filter((p) => matches(selector, p.metadata.labels) && !p.metadata.deletionTimestamp)
		.sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp))[0];
	if (!pod) throw new KubectlError(`error: timed out waiting for the condition`);
	return pod;
}

export const logs: Command = {
	name: 'logs',
	flags: [
		{ name: 'container', short: 'c', type: 'string' },
		{ name: 'previous', short: 'p', type: 'bool' },
		{ name: 'tail', type: 'int' },
		{ name: 'follow', short: 'f', type: 'bool' },
		{ name: 'timestamps', type: 'bool' },
	],
	run(ctx) {
		if (ctx.args.length === 0) throw new KubectlError("error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples");
		let pod: Pod;
		try {
			pod = findPod(ctx, ctx.args[0]!);
		} catch (error) {
			throw new KubectlError(formatError(error));
		}
		const container = pickContainer(ctx, pod, str(ctx, 'container') ?? ctx.args[1]);
		const m = pod.metadata;
		const previous = bool(ctx, 'previous');
		const status = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].find((c) => c.name === container);
		const kubelet = pod.spec.nodeName ? ctx.cluster.kubelets().find((k) => k.nodeName === pod.spec.nodeName) : undefined;
		const lines = kubelet?.logs(`${m.namespace}/${m.name}`, container, previous);
		if (previous && !lines) throw new KubectlError(formatError(new ApiError('BadRequest', 400, `previous terminated container "${container}" in pod "${m.name}" not found`)));
		if (!lines || (!previous && status?.state.waiting && !status.lastState.terminated)) {
			const reason = status?.state.waiting?.reason ?? 'ContainerCreating';
			throw new KubectlError(formatError(new ApiError('BadRequest', 400, `container "${container}" in pod "${m.name}" is waiting to start: ${reason}`)));
		}
		const tail = typeof ctx.flags['tail'] === 'number' && (ctx.flags['tail'] as number) >= 0 ? lines.slice(-(ctx.flags['tail'] as number) || lines.length) : lines;
		if (tail.length > 0) ctx.out.out(tail.join('\n'));
	},
};
