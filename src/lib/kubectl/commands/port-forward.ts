/**
 * `kubectl port-forward TYPE/NAME [LOCAL:]REMOTE …`. Mirrors k8s.io/kubectl/pkg/cmd/portforward:
 * a Service or workload resolves to one of its running pods, a Service port translates to the
 * pod's target port, and a pod that is not running is refused. The real command then holds the
 * tunnel open until Ctrl-C; the simulator cannot hold a command open, so it prints the two
 * "Forwarding from" lines and returns.
 */
import { matches, selectorFromSet } from '../../cluster/api/labels.ts';
import type { Pod, Service } from '../../cluster/api/types.ts';
import { formatError } from '../api-errors.ts';
import type { Command, CommandContext } from '../context.ts';
import { resolveKind } from '../resources.ts';
import { KubectlError } from '../result.ts';
import { findPod } from './logs.ts';

interface Target {
	pod: Pod;
	/** Maps a remote port as typed to the pod's port (a Service's targetPort). */
	translate(port: string): number;
}

function resolveTarget(ctx: CommandContext, arg: string): Target {
	const { api } = ctx.cluster;
	const type = arg.includes('/') ? resolveKind(arg.slice(0, arg.indexOf('/'))).kind : 'Pod';
	if (type !== 'Service') {
		const pod = findPod(ctx, arg);
		return { pod, translate: (port) => containerPort(pod, port) };
	}
	const svc = api.read<Service>('Service', ctx.namespace, arg.slice(arg.indexOf('/') + 1));
	const selector = selectorFromSet(svc.spec.selector ?? {});
	const pod = api.list<Pod>('Pod', ctx.namespace).find((p) => svc.spec.selector && matches(selector, p.metadata.labels) && p.status?.phase === 'Running');
	if (!pod) throw new KubectlError(`error: unable to forward port because pod is not running. Current status=Pending`);
	return {
		pod,
		translate(port) {
			const sp = svc.spec.ports?.find((p) => String(p.port) === port || p.name === port);
			if (!sp) throw new KubectlError(`error: Service ${svc.metadata.name} does not have a service port ${port}`);
			const target = sp.targetPort ?? sp.port;
			return typeof target === 'number' ? target : containerPort(pod, target);
		},
	};
}

function containerPort(pod: Pod, port: string): number {
	if (/^\d+$/.test(port)) return Number(port);
	const found = pod.spec.containers.flatMap((c) => c.ports ?? []).find((p) => p.name === port);
	if (!found) throw new KubectlError(`error: Pod '${pod.metadata.name}' does not have a named port '${port}'`);
	return found.containerPort;
}

export const portForward: Command = {
	name: 'port-forward',
	flags: [
		{ name: 'address', type: 'strings' },
		{ name: 'pod-running-timeout', type: 'string' },
	],
	run(ctx) {
		const [arg, ...ports] = ctx.args;
		if (!arg || ports.length === 0) throw new KubectlError("error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples");
		let target: Target;
		try {
			target = resolveTarget(ctx, arg);
		} catch (error) {
			throw new KubectlError(formatError(error));
		}
		const phase = target.pod.status?.phase ?? 'Pending';
		if (phase !== 'Running') throw new KubectlError(`error: unable to forward port because pod is not running. Current status=${phase}`);
		const addresses = (ctx.flags['address'] as string[] | undefined) ?? ['localhost'];
		for (const spec of ports) {
			const [local, remote] = spec.includes(':') ? [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)] : [spec, spec];
			const podPort = target.translate(remote);
			// `:80` asks for a random local port; the simulator's is fixed so transcripts stay stable.
			const localPort = local === '' ? '40123' : local;
			for (const address of addresses) {
				if (address === 'localhost') {
					ctx.out.out(`Forwarding from 127.0.0.1:${localPort} -> ${podPort}`);
					ctx.out.out(`Forwarding from [::1]:${localPort} -> ${podPort}`);
				} else ctx.out.out(`Forwarding from ${address}:${localPort} -> ${podPort}`);
			}
		}
	},
};
