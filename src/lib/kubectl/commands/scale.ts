/**
 * `kubectl scale`: sets spec.replicas through the API (k8s.io/kubectl/pkg/cmd/scale), with the
 * optional `--current-replicas` precondition.
 */
import { formatError } from '../api-errors.ts';
import type { Command } from '../context.ts';
import { typedName } from '../resources.ts';
import { KubectlError } from '../result.ts';
import { targets } from './label.ts';

const SCALABLE = new Set(['ReplicationController', 'ReplicaSet', 'Deployment', 'StatefulSet']);

export const scale: Command = {
	name: 'scale',
	flags: [
		{ name: 'replicas', type: 'int' },
		{ name: 'current-replicas', type: 'int' },
		{ name: 'selector', short: 'l', type: 'string' },
		{ name: 'all', type: 'bool' },
	],
	run(ctx) {
		const replicas = ctx.flags['replicas'];
		if (typeof replicas !== 'number') throw new KubectlError('error: required flag(s) "replicas" not set');
		if (replicas < 0) throw new KubectlError('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
		if (ctx.args.length === 0) throw new KubectlError("error: required resource not specified\nSee 'kubectl scale -h' for help and examples");
		for (const target of targets(ctx, ctx.args)) {
			if (!SCALABLE.has(target.kind)) {
				ctx.out.fail(`error: no scaler has been implemented for {"" "${target.kind}"}`);
				continue;
			}
			const current = (target.spec as { replicas?: number }).replicas ?? 1;
			const expected = ctx.flags['current-replicas'];
			if (typeof expected === 'number' && expected !== current) {
				ctx.out.fail(`error: Expected replicas to be ${expected}, was ${current}`);
				continue;
			}
			try {
				ctx.cluster.api.mutate(target.kind, target.metadata.namespace, target.metadata.name, (o) => {
					(o.spec as { replicas?: number }).replicas = replicas;
				});
				ctx.out.out(`${typedName(target.kind, target.metadata.name)} scaled`);
			} catch (error) {
				ctx.out.fail(formatError(error));
			}
			ctx.cluster.settle();
		}
	},
};
