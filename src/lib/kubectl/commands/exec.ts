/**
 * `kubectl exec POD [-c CONTAINER] -- COMMAND [args…]`. Mirrors k8s.io/kubectl/pkg/cmd/exec/exec.go:
 * the container defaults to the `kubectl.kubernetes.io/default-container` annotation or the first
 * one (with the "Defaulted container" note), a finished pod cannot be exec'd into, and a command
 * that exits non-zero ends with `command terminated with exit code N`. What the command itself does
 * is the simulation's model of the image (cluster/container-exec.ts).
 */
import { execInContainer } from '../../cluster/containers/container-exec.ts';
import type { Pod } from '../../cluster/api/types.ts';
import { formatError } from '../api-errors.ts';
import { bool, type Command } from '../context.ts';
import { KubectlError } from '../result.ts';
import { findPod, pickContainer } from './logs.ts';


export const exec: Command = {
	name: 'exec',
	flags: [
		{ name: 'container', short: 'c', type: 'string' },
		{ name: 'stdin', short: 'i', type: 'bool' },
		{ name: 'tty', short: 't', type: 'bool' },
		{ name: 'quiet', short: 'q', type: 'bool' },
	],
	run(ctx) {
		const [target, ...command] = ctx.args;
		if (!target) throw new KubectlError("error: pod, type/name or --filename must be specified\nSee 'kubectl exec -h' for help and examples");
		if (command.length === 0) throw new KubectlError("error: you must specify at least one command for the container\nSee 'kubectl exec -h' for help and examples");
		let pod: Pod;
		try {
			pod = findPod(ctx, target);
		} catch (error) {
			throw new KubectlError(formatError(error));
		}
		const phase = pod.status?.phase;
		if (phase === 'Succeeded' || phase === 'Failed') throw new KubectlError(`error: cannot exec into a container in a completed pod; current phase is ${phase}`);
		const container = pickContainer(ctx, pod);
		if (bool(ctx, 'stdin') && bool(ctx, 'tty')) {
			throw new KubectlError('error: the simulator cannot open an interactive terminal; run one command at a time: kubectl exec POD -- COMMAND');
		}
		const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
		const kubelet = ctx.cluster.kubelets().find((k) => k.nodeName === pod.spec.nodeName);
		const records = kubelet?.isUp() ? kubelet.containers(key) : undefined;
		const rec = records?.find((r) => r.name === container);
		if (!records || !rec || (rec.phase !== 'running' && rec.phase !== 'killing')) {
			throw new KubectlError(`error: unable to upgrade connection: container not found ("${container}")`);
		}
		const kubelets = new Map(ctx.cluster.kubelets().map((k) => [k.nodeName, k]));
		const net = {
			api: ctx.cluster.api,
			now: ctx.cluster.now(),
			containers: (p: Pod) => {
				const k = kubelets.get(p.spec.nodeName ?? '');
				return k?.isUp() ? k.containers(`${p.metadata.namespace}/${p.metadata.name}`) : undefined;
			},
		};
		const result = execInContainer({ rec, pod, net }, command);
		if ('notFound' in result) {
			// containerd's reply through the API server, as kubectl prints it.
			throw new KubectlError(
				`error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${ctx.cluster.api.random.hex(64)}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${result.notFound}": executable file not found in $PATH: unknown`,
			);
		}
		ctx.out.write(result.stdout);
		ctx.out.stderr += result.stderr;
		if (result.exitCode !== 0) ctx.out.fail(`command terminated with exit code ${result.exitCode}`, result.exitCode);
	},
};
