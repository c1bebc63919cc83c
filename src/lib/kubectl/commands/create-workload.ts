/**
 * `kubectl create deployment NAME --image=… [--replicas=N] [--port=P] [-- COMMAND…]` and
 * `kubectl create job NAME --image=… [-- COMMAND…]`. Mirrors k8s.io/kubectl/pkg/cmd/create
 * create_deployment.go (`createDeployment`, `buildPodSpec`: a container per image, named after the
 * image, labels app=NAME), create_job.go (`createJob`: one container named after the Job,
 * restartPolicy Never; `createJobFromCronJob` for `--from=cronjob/NAME`) and create_cronjob.go
 * (`createCronJob`: the schedule, one container named after the CronJob, restartPolicy OnFailure).
 */
import type { CronJob, Deployment, Job, KubeObject } from '../../cluster/api/types.ts';
import { newMeta } from '../../cluster/api/types.ts';
import { formatError } from '../api-errors.ts';
import { str, strings, type CommandContext } from '../context.ts';
import type { FlagValues } from '../flags.ts';
import { toJson, toYaml } from '../printers/serialize.ts';
import { typedName } from '../resources.ts';
import { KubectlError } from '../result.ts';

export const WORKLOAD_FLAGS = [
	{ name: 'image', type: 'strings' as const },
	{ name: 'replicas', short: 'r', type: 'int' as const },
	{ name: 'port', type: 'int' as const },
	{ name: 'from', type: 'string' as const },
	{ name: 'schedule', type: 'string' as const },
	{ name: 'restart', type: 'string' as const },
];

/** The name and the command after `--`: exactly one NAME before it. */
function nameAndCommand(ctx: CommandContext, sub: string): { name: string; command: string[] } {
	const dash = ctx.argsLenAtDash ?? -1;
	const names = ctx.args.slice(1, dash < 0 ? undefined : dash);
	if (names.length !== 1) throw new KubectlError(`error: exactly one NAME is required, got ${names.length}\nSee 'kubectl create ${sub} -h' for help and examples`);
	return { name: names[0]!, command: dash < 0 ? [] : ctx.args.slice(dash) };
}

/** buildPodSpec's container name: the image's last path segment without tag or digest, `_` as `-`. */
function containerName(image: string): string {
	const last = image.split('/').pop() ?? image;
	return last.split(':')[0]!.split('@')[0]!.replaceAll('_', '-');
}

/** Prints the object as kubectl's client-side dry run does (server-set fields left out), or creates it. */
function send(ctx: CommandContext, object: KubeObject): void {
	const dryRun = str(ctx, 'dry-run');
	const name = typedName(object.kind, object.metadata.name);
	if (dryRun === 'client' || dryRun === 'server') {
		const output = str(ctx, 'output');
		// The namespace shows only when given with -n (create_deployment.go: EnforceNamespace).
		const { namespace, ...meta } = object.metadata;
		// An object never stored has a null creationTimestamp (metav1.Time's zero value) and an empty status.
		const shown = { ...object, metadata: { ...meta, creationTimestamp: null, ...(typeof ctx.flags['namespace'] === 'string' ? { namespace } : {}) }, status: {} } as unknown as KubeObject;
		if (output === 'yaml') return ctx.out.out(toYaml(shown));
		if (output === 'json') return ctx.out.out(toJson(shown));
		return ctx.out.out(`${name} created (${dryRun} dry run)`);
	}
	try {
		ctx.cluster.api.create(object);
		ctx.out.out(`${name} created`);
	} catch (error) {
		ctx.out.fail(formatError(error));
	}
}

export function createDeployment(ctx: CommandContext): void {
	const images = strings(ctx, 'image');
	if (images.length === 0) throw new KubectlError('error: required flag(s) "image" not set');
	const { name, command } = nameAndCommand(ctx, 'deployment');
	if (images.length > 1 && command.length > 0) throw new KubectlError('error: cannot specify multiple --image options and command');
	const port = ctx.flags['port'];
	const labels = { app: name };
	const deployment: Deployment = {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: newMeta({ name, namespace: ctx.namespace, labels }),
		spec: {
			replicas: typeof ctx.flags['replicas'] === 'number' ? ctx.flags['replicas'] : 1,
			selector: { matchLabels: { ...labels } },
			strategy: {},
			template: {
				metadata: { creationTimestamp: null, labels: { ...labels } } as never,
				spec: {
					containers: images.map((image, i) => ({
						image,
						name: containerName(image),
						...(i === 0 && command.length > 0 ? { command } : {}),
						...(i === 0 && typeof port === 'number' && port >= 0 ? { ports: [{ containerPort: port }] } : {}),
						resources: {},
					})),
				},
			},
		},
	};
	send(ctx, deployment);
}

export function createJob(ctx: CommandContext): void {
	const image = strings(ctx, 'image').at(-1);
	const from = str(ctx, 'from');
	if (!image === !from) throw new KubectlError('error: either --image or --from must be specified');
	const { name, command } = nameAndCommand(ctx, 'job');
	if (from) {
		if (command.length > 0) throw new KubectlError('error: cannot specify --from and command');
		return send(ctx, jobFromCronJob(ctx, name, from));
	}
	const job: Job = {
		apiVersion: 'batch/v1',
		kind: 'Job',
		metadata: newMeta({ name, namespace: ctx.namespace }),
		spec: {
			template: {
				metadata: { creationTimestamp: null } as never,
				spec: { containers: [{ ...(command.length > 0 ? { command } : {}), image: image!, name, resources: {} }], restartPolicy: 'Never' },
			},
		},
	};
	send(ctx, job);
}

/** createJobFromCronJob: the CronJob's Job template, marked as started by hand, the CronJob as controller. */
function jobFromCronJob(ctx: CommandContext, name: string, from: string): Job {
	const slash = from.indexOf('/');
	const type = slash < 0 ? from : from.slice(0, slash);
	const source = slash < 0 ? '' : from.slice(slash + 1);
	if (!['cronjob', 'cronjobs', 'cj', 'cronjob.batch', 'cronjobs.batch'].includes(type.toLowerCase()) || source === '') {
		throw new KubectlError(`error: from must be an existing cronjob: ${from}`);
	}
	const cronJob = ctx.cluster.api.get<CronJob>('CronJob', ctx.namespace, source);
	if (!cronJob) throw new KubectlError(`Error from server (NotFound): cronjobs.batch "${source}" not found`);
	const template = cronJob.spec.jobTemplate;
	return {
		apiVersion: 'batch/v1',
		kind: 'Job',
		metadata: newMeta({
			name,
			namespace: ctx.namespace,
			annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', ...template.metadata?.annotations },
			...(template.metadata?.labels ? { labels: { ...template.metadata.labels } } : {}),
			ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cronJob.metadata.name, uid: cronJob.metadata.uid, controller: true }],
		}),
		spec: structuredClone(template.spec),
	};
}

export function createCronJob(ctx: CommandContext): void {
	const image = strings(ctx, 'image').at(-1);
	const schedule = str(ctx, 'schedule');
	const missing = [image ? '' : '"image"', schedule === undefined ? '"schedule"' : ''].filter(Boolean);
	if (missing.length > 0) throw new KubectlError(`error: required flag(s) ${missing.join(', ')} not set`);
	const { name, command } = nameAndCommand(ctx, 'cronjob');
	const restart = str(ctx, 'restart') ?? 'OnFailure';
	const cronJob: CronJob = {
		apiVersion: 'batch/v1',
		kind: 'CronJob',
		metadata: newMeta({ name, namespace: ctx.namespace }),
		spec: {
			jobTemplate: {
				metadata: { creationTimestamp: null, name } as never,
				spec: {
					template: {
						metadata: { creationTimestamp: null } as never,
						spec: { containers: [{ ...(command.length > 0 ? { command } : {}), image: image!, name, resources: {} }], restartPolicy: restart as 'OnFailure' },
					},
				},
			},
			schedule: schedule!,
		},
	};
	send(ctx, cronJob);
}

/** What `create deployment|job` will create, for prepareKubectl (the cluster's add-ons). */
export function workloadSent(flags: FlagValues, args: readonly string[]): readonly unknown[] {
	if (args[0] === 'job' && flags['from'] !== undefined) return [{ kind: 'Job' }];
	if (flags['image'] === undefined) return [];
	if (args[0] === 'deployment' || args[0] === 'deploy') return [{ kind: 'Deployment' }];
	if (args[0] === 'job') return [{ kind: 'Job' }];
	if (args[0] === 'cronjob' || args[0] === 'cj') return [{ kind: 'CronJob' }];
	return [];
}
