/**
 * `kubectl cordon`, `uncordon` and `drain` (k8s.io/kubectl/pkg/drain): drain cordons the node, then
 * deletes its pods (refusing pods no controller would replace unless `--force`) and waits for them
 * to go.
 */
import type { Node, Pod } from '../../cluster/api/types.ts';
import { controllerOf } from '../../cluster/api/pod-util.ts';
import { formatError } from '../api-errors.ts';
import { bool, type Command, type CommandContext } from '../context.ts';
import { KubectlError } from '../result.ts';
import { waitFor } from './wait.ts';

function readNode(ctx: CommandContext, command: string): Node {
	const name = ctx.args[0];
	if (!name) throw new KubectlError(`error: USAGE: ${command} NODE [flags]\nSee 'kubectl ${command} -h' for help and examples`);
	try {
		return ctx.cluster.api.read<Node>('Node', undefined, name);
	} catch (error) {
		throw new KubectlError(formatError(error));
	}
}

function setUnschedulable(ctx: CommandContext, node: Node, value: boolean): void {
	const verb = value ? 'cordoned' : 'uncordoned';
	if ((node.spec.unschedulable ?? false) === value) {
		ctx.out.out(`node/${node.metadata.name} already ${verb}`);
		return;
	}
	ctx.cluster.api.mutate<Node>('Node', undefined, node.metadata.name, (n) => {
		if (value) n.spec.unschedulable = true;
		else delete n.spec.unschedulable;
	});
	ctx.out.out(`node/${node.metadata.name} ${verb}`);
	ctx.cluster.settle();
}

export const cordon: Command = {
	name: 'cordon',
	flags: [],
	run: (ctx) => setUnschedulable(ctx, readNode(ctx, 'cordon'), true),
};

export const uncordon: Command = {
	name: 'uncordon',
	flags: [],
	run: (ctx) => setUnschedulable(ctx, readNode(ctx, 'uncordon'), false),
};

export const drain: Command = {
	name: 'drain',
	flags: [
		{ name: 'force', type: 'bool' },
		{ name: 'ignore-daemonsets', type: 'bool' },
		{ name: 'delete-emptydir-data', type: 'bool' },
		{ name: 'grace-period', type: 'int' },
		{ name: 'timeout', type: 'string' },
	],
	run(ctx) {
		const node = readNode(ctx, 'drain');
		setUnschedulable(ctx, node, true);
		const { api } = ctx.cluster;
		const pods = api.list<Pod>('Pod').filter((p) => p.spec.nodeName === node.metadata.name && !p.metadata.deletionTimestamp);
		const unmanaged = pods.filter((p) => !controllerOf(p));
		if (unmanaged.length > 0 && !bool(ctx, 'force')) {
			const list = unmanaged.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).join(', ');
			ctx.out.fail(
				`error: unable to drain node "${node.metadata.name}" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): ${list}, continuing command...\nThere are pending nodes to be drained:\n ${node.metadata.name}\ncannot delete cannot delete Pods that declare no controller (use --force to override): ${list}`,
			);
			return;
		}
		if (unmanaged.length > 0) ctx.out.err(`Warning: deleting Pods that declare no controller: ${unmanaged.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).join(', ')}`);
		const grace = typeof ctx.flags['grace-period'] === 'number' && (ctx.flags['grace-period'] as number) >= 0 ? (ctx.flags['grace-period'] as number) : undefined;
		for (const pod of pods) {
			ctx.out.out(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name}`);
			api.delete('Pod', pod.metadata.namespace, pod.metadata.name, grace === undefined ? {} : { gracePeriodSeconds: grace });
		}
		ctx.cluster.settle();
		const done = new Set<string>();
		waitFor(ctx.cluster, () => {
			for (const pod of pods) {
				if (!done.has(pod.metadata.uid) && api.get('Pod', pod.metadata.namespace, pod.metadata.name)?.metadata.uid !== pod.metadata.uid) {
					done.add(pod.metadata.uid);
					ctx.out.out(`pod/${pod.metadata.name} evicted`);
				}
			}
			return done.size === pods.length;
		});
		ctx.out.out(`node/${node.metadata.name} drained`);
	},
};
