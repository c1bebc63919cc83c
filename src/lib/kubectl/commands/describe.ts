/** `kubectl describe TYPE [NAME…]`, `TYPE/NAME`, or `-l`: one description per object, blank-line separated. */
import type { CronJob, DaemonSet, Deployment, Endpoints, Job, StatefulSet, KubeObject, Node, Pod, ReplicaController, Service } from '../../cluster/api/types.ts';
import type { Cluster } from '../../cluster/cluster.ts';
import type { Command } from '../context.ts';
import { describePod } from '../describe/pod.ts';
import { describeCronJob, describeDaemonSet, describeStatefulSet } from '../describe/controllers.ts';
import { describeDeployment, describeEndpoints, describeJob, describeNode, describeReplicaController, describeService } from '../describe/workloads.ts';
import { parseResourceArgs } from '../resources.ts';
import { KubectlError } from '../result.ts';
import { bool } from '../context.ts';
import { describeConfigMap } from './configmap.ts';
import { fetch, selectorFlag } from '../fetch.ts';

function describeOne(cluster: Cluster, obj: KubeObject): string {
	switch (obj.kind) {
		case 'Pod':
			return describePod(cluster, obj as Pod);
		case 'ReplicationController':
		case 'ReplicaSet':
			return describeReplicaController(cluster, obj as ReplicaController);
		case 'Deployment':
			return describeDeployment(cluster, obj as Deployment);
		case 'Job':
			return describeJob(cluster, obj as Job);
		case 'CronJob':
			return describeCronJob(cluster, obj as CronJob);
		case 'DaemonSet':
			return describeDaemonSet(cluster, obj as DaemonSet);
		case 'StatefulSet':
			return describeStatefulSet(cluster, obj as StatefulSet);
		case 'Service':
			return describeService(cluster, obj as Service);
		case 'Endpoints':
			return describeEndpoints(cluster, obj as Endpoints);
		case 'Node':
			return describeNode(cluster, obj as Node);
		case 'ConfigMap':
			return describeConfigMap(cluster, obj);
		default:
			return `Name:         ${obj.metadata.name}\n`;
	}
}

export const describe: Command = {
	name: 'describe',
	flags: [
		{ name: 'selector', short: 'l', type: 'string' },
		{ name: 'all-namespaces', short: 'A', type: 'bool' },
		{ name: 'show-events', type: 'bool' },
	],
	run(ctx) {
		if (ctx.args.length === 0) throw new KubectlError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee \'kubectl describe -h\' for help and examples');
		const { requests } = parseResourceArgs(ctx.args);
		const selector = selectorFlag(ctx);
		const texts: string[] = [];
		const errors: string[] = [];
		for (const request of requests) {
			// describe matches names by prefix when no exact object exists (describe.go: prefix search).
			const found = fetch(ctx, request, bool(ctx, 'all-namespaces'), selector);
			for (const [i, error] of found.errors.entries()) {
				const name = request.names[i];
				const byPrefix = name ? ctx.cluster.api.list(request.info.kind, request.info.namespaced ? ctx.namespace : undefined).filter((o) => o.metadata.name.startsWith(name)) : [];
				if (byPrefix.length > 0) found.objects.push(...byPrefix);
				else errors.push(error);
			}
			for (const obj of found.objects) texts.push(describeOne(ctx.cluster, obj));
		}
		if (texts.length > 0) ctx.out.out(texts.join('\n\n'));
		if (texts.length === 0 && errors.length === 0) ctx.out.err(`No resources found in ${ctx.namespace} namespace.`);
		for (const e of errors) ctx.out.fail(e);
	},
};
