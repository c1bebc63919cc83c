/**
 * `kubectl create -f`, and `kubectl create configmap` (configmap.ts), `deployment`, `job` and `cronjob`
 * (create-workload.ts), `namespace` (create_namespace.go).
 */
import { formatError, formatErrors } from '../api-errors.ts';
import type { Command, CommandContext } from '../context.ts';
import { newMeta } from '../../cluster/api/types.ts';
import { readManifests } from '../manifests.ts';
import { typedName } from '../resources.ts';
import { KubectlError } from '../result.ts';
import { FILE_FLAGS, requireFile, warn } from './apply.ts';
import { createConfigMap } from './configmap.ts';
import { createCronJob, createDeployment, createJob, WORKLOAD_FLAGS, workloadSent } from './create-workload.ts';

export const create: Command = {
	name: 'create',
	flags: [...FILE_FLAGS, { name: 'from-literal', type: 'array' }, { name: 'from-file', type: 'array' }, ...WORKLOAD_FLAGS],
	sends: workloadSent,
	run(ctx) {
		if (ctx.args[0] === 'configmap' || ctx.args[0] === 'cm') return createConfigMap(ctx);
		if (ctx.args[0] === 'deployment' || ctx.args[0] === 'deploy') return createDeployment(ctx);
		if (ctx.args[0] === 'job') return createJob(ctx);
		if (ctx.args[0] === 'cronjob' || ctx.args[0] === 'cj') return createCronJob(ctx);
		if (ctx.args[0] === 'namespace' || ctx.args[0] === 'ns') return createNamespace(ctx);
		if (ctx.args.length > 0 && ctx.flags['filename'] === undefined) {
			throw new KubectlError(`error: unknown command "${ctx.args[0]}" for "kubectl create"\n\nRun 'kubectl create --help' for usage.`);
		}
		requireFile(ctx, 'create');
		const failures: { error: unknown; verb: string; file: string }[] = [];
		for (const { object, source } of readManifests(ctx)) {
			try {
				const dryRun = ctx.flags['dry-run'];
				if (dryRun === 'client' || dryRun === 'server') {
					ctx.out.out(`${typedName(object.kind, object.metadata.name)} created (${dryRun} dry run)`);
					continue;
				}
				const { object: created, warnings } = ctx.cluster.api.create(object);
				warn(ctx, warnings);
				ctx.out.out(`${typedName(created.kind, created.metadata.name)} created`);
			} catch (error) {
				failures.push({ error, verb: 'creating', file: source });
			}
			ctx.cluster.settle();
		}
		for (const message of formatErrors(failures)) ctx.out.fail(message);
	},
};

function createNamespace(ctx: CommandContext): void {
	const names = ctx.args.slice(1);
	if (names.length !== 1) throw new KubectlError(`error: exactly one NAME is required, got ${names.length}\nSee 'kubectl create namespace -h' for help and examples`);
	const dryRun = ctx.flags['dry-run'];
	if (dryRun === 'client' || dryRun === 'server') return ctx.out.out(`namespace/${names[0]} created (${dryRun} dry run)`);
	try {
		// The namespace strategy labels it with its name, and it starts Active with the kubernetes finalizer.
		const name = names[0]!;
		ctx.cluster.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: newMeta({ name, labels: { 'kubernetes.io/metadata.name': name } }), spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
		ctx.out.out(`namespace/${names[0]} created`);
	} catch (error) {
		ctx.out.fail(formatError(error));
	}
}
