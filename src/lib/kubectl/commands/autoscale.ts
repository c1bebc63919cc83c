/**
 * `kubectl autoscale (TYPE NAME | TYPE/NAME) --max=N [--min=N] [--cpu=70%]`: creates an
 * autoscaling/v2 HorizontalPodAutoscaler, as k8s.io/kubectl/pkg/cmd/autoscale does. The simulator
 * stores the object and shows it, but nothing acts on it: there is no metrics server and no
 * horizontal-pod-autoscaler controller, so its targets stay `<unknown>` and the replicas unchanged.
 */
import type { KubeObject } from '../../cluster/api/types.ts';
import { newMeta } from '../../cluster/api/types.ts';
import { formatError } from '../api-errors.ts';
import { str, type Command } from '../context.ts';
import { typedName } from '../resources.ts';
import { KubectlError } from '../result.ts';
import { targets } from './label.ts';

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet']);

/** `70%` is a utilization target; a quantity (`500m`) an average value; a bare number means percent. */
function cpuTarget(text: string): Record<string, unknown> {
	if (/^\d+%?$/.test(text)) return { type: 'Utilization', averageUtilization: Number(text.replace('%', '')) };
	return { type: 'AverageValue', averageValue: text };
}

export const autoscale: Command = {
	name: 'autoscale',
	flags: [
		{ name: 'min', type: 'int' },
		{ name: 'max', type: 'int' },
		{ name: 'cpu', type: 'string' },
		{ name: 'cpu-percent', type: 'int' },
		{ name: 'name', type: 'string' },
	],
	run(ctx) {
		const max = typeof ctx.flags['max'] === 'number' ? (ctx.flags['max'] as number) : -1;
		const min = typeof ctx.flags['min'] === 'number' ? (ctx.flags['min'] as number) : -1;
		if (max < 1) throw new KubectlError(`error: --max=MAXPODS is required and must be at least 1, max: ${max}`);
		if (max < min) throw new KubectlError(`error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
		if (ctx.args.length === 0) throw new KubectlError("error: You must provide one or more resources by argument or filename.\nSee 'kubectl autoscale -h' for help and examples");
		const percent = ctx.flags['cpu-percent'];
		const cpu = str(ctx, 'cpu') ?? (typeof percent === 'number' ? `${percent}%` : undefined);
		for (const target of targets(ctx, ctx.args)) {
			if (!SCALABLE.has(target.kind)) {
				ctx.out.fail(`error: cannot autoscale a ${target.kind}: not scalable`);
				continue;
			}
			const hpa: KubeObject = {
				apiVersion: 'autoscaling/v2',
				kind: 'HorizontalPodAutoscaler',
				metadata: newMeta({ name: str(ctx, 'name') ?? target.metadata.name, namespace: target.metadata.namespace }),
				spec: {
					scaleTargetRef: { apiVersion: target.apiVersion, kind: target.kind, name: target.metadata.name },
					...(min >= 0 ? { minReplicas: min } : {}),
					maxReplicas: max,
					// Without --cpu the API server's defaulting asks for 80% CPU utilization.
					metrics: [{ type: 'Resource', resource: { name: 'cpu', target: cpuTarget(cpu ?? '80%') } }],
				},
			};
			try {
				ctx.cluster.api.create(hpa);
				ctx.out.out(`${typedName(hpa.kind, hpa.metadata.name)} autoscaled`);
			} catch (error) {
				ctx.out.fail(formatError(error));
			}
		}
		ctx.cluster.settle();
	},
};
