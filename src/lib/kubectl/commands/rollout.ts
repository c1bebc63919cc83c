/**
 * `kubectl rollout status|history|undo` for Deployments, and `rollout status` for DaemonSets and
 * StatefulSets. Mirrors k8s.io/kubectl/pkg/polymorphichelpers `DeploymentStatusViewer` (the "Waiting
 * for deployment …" lines), `DaemonSetStatusViewer`, `StatefulSetStatusViewer`, `DeploymentHistoryViewer`
 * (REVISION / CHANGE-CAUSE) and `DeploymentRollbacker` (copy the chosen revision's pod template).
 */
import { CHANGE_CAUSE_ANNOTATION, equalIgnoreHash, POD_TEMPLATE_HASH, revisionOf } from '../../cluster/controllers/deployment-util.ts';
import { controllerOf, getCondition } from '../../cluster/api/pod-util.ts';
import type { DaemonSet, Deployment, KubeObject, ReplicaController, StatefulSet } from '../../cluster/api/types.ts';
import { formatError } from '../api-errors.ts';
import type { Command, CommandContext } from '../context.ts';
import { parseResourceArgs } from '../resources.ts';
import { KubectlError } from '../result.ts';
import { tabwrite } from '../tabwriter.ts';
import { waitFor } from './wait.ts';

function readDeployment(ctx: CommandContext, args: string[]): Deployment {
	return readWorkload(ctx, args, ['Deployment']) as Deployment;
}

function readWorkload(ctx: CommandContext, args: string[], kinds: readonly string[]): KubeObject {
	const { requests } = parseResourceArgs(args);
	const request = requests[0];
	const name = request?.names[0];
	if (!request || !name) throw new KubectlError("error: required resource not specified\nSee 'kubectl rollout -h' for help and examples");
	if (!kinds.includes(request.info.kind)) throw new KubectlError(`error: no ${ctx.flags['_sub']} has been implemented for ${request.info.kind.toLowerCase()}`);
	try {
		return ctx.cluster.api.read(request.info.kind, ctx.namespace, name);
	} catch (error) {
		throw new KubectlError(formatError(error));
	}
}

const ONLY_ROLLING = 'error: rollout status is only available for RollingUpdate strategy type';

/** DaemonSetStatusViewer.Status. */
export function daemonSetRolloutStatus(ds: DaemonSet): { message: string; done: boolean; failed?: boolean } {
	if ((ds.spec.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return { message: ONLY_ROLLING, done: true, failed: true };
	const st = ds.status;
	if ((ds.metadata.generation ?? 0) > (st?.observedGeneration ?? 0)) return { message: 'Waiting for daemon set spec update to be observed...', done: false };
	const desired = st?.desiredNumberScheduled ?? 0;
	const name = ds.metadata.name;
	if ((st?.updatedNumberScheduled ?? 0) < desired) return { message: `Waiting for daemon set "${name}" rollout to finish: ${st?.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...`, done: false };
	if ((st?.numberAvailable ?? 0) < desired) return { message: `Waiting for daemon set "${name}" rollout to finish: ${st?.numberAvailable ?? 0} of ${desired} updated pods are available...`, done: false };
	return { message: `daemon set "${name}" successfully rolled out`, done: true };
}

/** StatefulSetStatusViewer.Status. */
export function statefulSetRolloutStatus(sts: StatefulSet): { message: string; done: boolean; failed?: boolean } {
	const strategy = sts.spec.updateStrategy;
	if ((strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return { message: ONLY_ROLLING, done: true, failed: true };
	const st = sts.status;
	if (!st?.observedGeneration || (sts.metadata.generation ?? 0) > st.observedGeneration) return { message: 'Waiting for statefulset spec update to be observed...', done: false };
	const replicas = sts.spec.replicas ?? 1;
	if ((st.readyReplicas ?? 0) < replicas) return { message: `Waiting for ${replicas - (st.readyReplicas ?? 0)} pods to be ready...`, done: false };
	if (strategy?.rollingUpdate) {
		const partition = strategy.rollingUpdate.partition;
		if (partition !== undefined && (st.updatedReplicas ?? 0) < replicas - partition) {
			return { message: `Waiting for partitioned roll out to finish: ${st.updatedReplicas ?? 0} out of ${replicas - partition} new pods have been updated...`, done: false };
		}
		return { message: `partitioned roll out complete: ${st.updatedReplicas ?? 0} new pods have been updated...`, done: true };
	}
	if (st.updateRevision !== st.currentRevision) return { message: `waiting for statefulset rolling update to complete ${st.updatedReplicas ?? 0} pods at revision ${st.updateRevision}...`, done: false };
	return { message: `statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision}...`, done: true };
}

/** The status viewer of the object's kind. */
function statusOf(o: KubeObject): { message: string; done: boolean; failed?: boolean } {
	if (o.kind === 'DaemonSet') return daemonSetRolloutStatus(o as DaemonSet);
	if (o.kind === 'StatefulSet') return statefulSetRolloutStatus(o as StatefulSet);
	return rolloutStatus(o as Deployment);
}

function replicaSets(ctx: CommandContext, d: Deployment): ReplicaController[] {
	return ctx.cluster.api.list<ReplicaController>('ReplicaSet', d.metadata.namespace).filter((rs) => controllerOf(rs)?.uid === d.metadata.uid);
}

/** DeploymentStatusViewer.Status. */
export function rolloutStatus(d: Deployment): { message: string; done: boolean; failed?: boolean } {
	const name = d.metadata.name;
	const st = d.status ?? {};
	if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return { message: 'Waiting for deployment spec update to be observed...', done: false };
	if (getCondition(st.conditions, 'Progressing')?.reason === 'ProgressDeadlineExceeded') return { message: `error: deployment "${name}" exceeded its progress deadline`, done: true, failed: true };
	const replicas = d.spec.replicas ?? 1;
	const updated = st.updatedReplicas ?? 0;
	if (updated < replicas) return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...`, done: false };
	if ((st.replicas ?? 0) > updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${(st.replicas ?? 0) - updated} old replicas are pending termination...`, done: false };
	if ((st.availableReplicas ?? 0) < updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${st.availableReplicas ?? 0} of ${updated} updated replicas are available...`, done: false };
	return { message: `deployment "${name}" successfully rolled out`, done: true };
}

export const rollout: Command = {
	name: 'rollout',
	flags: [
		{ name: 'to-revision', type: 'int' },
		{ name: 'revision', type: 'int' },
		{ name: 'watch', short: 'w', type: 'bool' },
		{ name: 'timeout', type: 'string' },
	],
	run(ctx) {
		const [sub, ...rest] = ctx.args;
		const { api } = ctx.cluster;
		if (sub === 'status') {
			ctx.flags['_sub'] = 'status viewer';
			const key = readWorkload(ctx, rest, ['Deployment', 'DaemonSet', 'StatefulSet']);
			let last = '';
			let result = statusOf(key);
			const finished = waitFor(ctx.cluster, () => {
				const d = api.get(key.kind, key.metadata.namespace, key.metadata.name);
				if (!d) return true;
				result = statusOf(d);
				if (result.message !== last && !result.failed) ctx.out.out(result.message);
				last = result.message;
				return result.done || ctx.flags['watch'] === false;
			});
			if (result.failed) ctx.out.fail(result.message);
			else if (!finished) ctx.out.fail('error: timed out waiting for the condition');
		} else if (sub === 'history') {
			ctx.flags['_sub'] = 'history viewer';
			const d = readDeployment(ctx, rest);
			const rows = replicaSets(ctx, d)
				.filter((rs) => revisionOf(rs) > 0)
				.sort((a, b) => revisionOf(a) - revisionOf(b))
				.map((rs) => `${revisionOf(rs)}\t${rs.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] ?? '<none>'}`);
			ctx.out.out(`deployment.apps/${d.metadata.name} \n${tabwrite(['REVISION\tCHANGE-CAUSE', ...rows].join('\n'), { minwidth: 0, padding: 2 })}\n`);
		} else if (sub === 'undo') {
			ctx.flags['_sub'] = 'rollbacker';
			const d = readDeployment(ctx, rest);
			const history = replicaSets(ctx, d).sort((a, b) => revisionOf(b) - revisionOf(a));
			const wanted = ctx.flags['to-revision'];
			const target = typeof wanted === 'number' && wanted > 0 ? history.find((rs) => revisionOf(rs) === wanted) : history[1];
			if (!target) {
				throw new KubectlError(typeof wanted === 'number' && wanted > 0 ? `error: unable to find specified revision ${wanted} in history` : `error: no rollout history found for deployment "${d.metadata.name}"`);
			}
			if (equalIgnoreHash(target.spec.template, d.spec.template)) {
				ctx.out.out(`deployment.apps/${d.metadata.name} skipped rollback (current template already matches revision ${revisionOf(target)})`);
				return;
			}
			const template = structuredClone(target.spec.template!);
			if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH];
			try {
				api.mutate<Deployment>('Deployment', d.metadata.namespace, d.metadata.name, (o) => {
					o.spec.template = template;
				});
				ctx.out.out(`deployment.apps/${d.metadata.name} rolled back`);
			} catch (error) {
				ctx.out.fail(formatError(error));
			}
			ctx.cluster.settle();
		} else {
			throw new KubectlError(sub ? `error: unknown command "${sub}" for "kubectl rollout"` : "error: Required subcommand not specified\nSee 'kubectl rollout -h' for help and examples");
		}
	},
};
