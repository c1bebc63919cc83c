/**
 * `kubectl describe` for DaemonSets, StatefulSets and CronJobs. Mirrors describe.go
 * `describeDaemonSet`, `describeStatefulSet` (with `describeVolumeClaimTemplates`) and `describeCronJob`
 * (with `describeJobTemplate` and `printActiveJobs`).
 */
import type { Cluster } from '../../cluster/cluster.ts';
import { formatSelector, fromLabelSelector, selectorFromSet } from '../../cluster/api/labels.ts';
import type { CronJob, DaemonSet, StatefulSet } from '../../cluster/api/types.ts';
import { rfc1123z } from '../duration.ts';
import { describeTemplate } from './pod.ts';
import { podsStatus } from './workloads.ts';
import { annotationsFor, DescribeWriter } from './writer.ts';

export function describeDaemonSet(cluster: Cluster, ds: DaemonSet): string {
	const w = new DescribeWriter();
	const st = ds.status;
	w.write(0, `Name:\t${ds.metadata.name}`);
	w.write(0, `Namespace:\t${ds.metadata.namespace}`);
	w.write(0, `Selector:\t${formatSelector(fromLabelSelector(ds.spec.selector))}`);
	w.write(0, `Node-Selector:\t${formatSelector(selectorFromSet(ds.spec.template.spec.nodeSelector ?? {})) || '<none>'}`);
	w.map(0, 'Labels', ds.metadata.labels);
	w.map(0, 'Annotations', annotationsFor(ds), ': ');
	w.write(0, `Desired Number of Nodes Scheduled: ${st?.desiredNumberScheduled ?? 0}`);
	w.write(0, `Current Number of Nodes Scheduled: ${st?.currentNumberScheduled ?? 0}`);
	w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${st?.updatedNumberScheduled ?? 0}`);
	w.write(0, `Number of Nodes Scheduled with Available Pods: ${st?.numberAvailable ?? 0}`);
	w.write(0, `Number of Nodes Misscheduled: ${st?.numberMisscheduled ?? 0}`);
	w.write(0, `Pods Status:\t${podsStatus(cluster, ds.metadata.uid)}`);
	describeTemplate(w, ds.spec.template);
	w.events(cluster.events.eventsFor(ds), cluster.now());
	return w.toString();
}

export function describeStatefulSet(cluster: Cluster, sts: StatefulSet): string {
	const w = new DescribeWriter();
	w.write(0, `Name:\t${sts.metadata.name}`);
	w.write(0, `Namespace:\t${sts.metadata.namespace}`);
	w.write(0, `CreationTimestamp:\t${rfc1123z(sts.metadata.creationTimestamp)}`);
	w.write(0, `Selector:\t${formatSelector(fromLabelSelector(sts.spec.selector))}`);
	w.map(0, 'Labels', sts.metadata.labels);
	w.map(0, 'Annotations', annotationsFor(sts), ': ');
	w.write(0, `Replicas:\t${sts.spec.replicas ?? 1} desired | ${sts.status?.replicas ?? 0} total`);
	w.write(0, `Update Strategy:\t${sts.spec.updateStrategy?.type ?? 'RollingUpdate'}`);
	const ru = sts.spec.updateStrategy?.rollingUpdate;
	if (ru?.partition !== undefined) {
		w.write(1, `Partition:\t${ru.partition}`);
		if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}`);
	}
	w.write(0, `Pods Status:\t${podsStatus(cluster, sts.metadata.uid)}`);
	describeTemplate(w, sts.spec.template);
	const claims = sts.spec.volumeClaimTemplates ?? [];
	if (claims.length === 0) w.write(0, 'Volume Claims:\t<none>');
	else {
		w.write(0, 'Volume Claims:');
		for (const claim of claims) {
			const spec = (claim.spec ?? {}) as { storageClassName?: string; accessModes?: string[]; resources?: { requests?: { storage?: string } } };
			w.write(1, `Name:\t${claim.metadata.name}`);
			w.write(1, `StorageClass:\t${spec.storageClassName ?? ''}`);
			w.map(1, 'Labels', claim.metadata.labels);
			w.write(1, 'Annotations:\t<none>');
			w.write(1, `Capacity:\t${spec.resources?.requests?.storage ?? ''}`);
			w.write(1, `Access Modes:\t${(spec.accessModes ?? []).join(',')}`);
		}
	}
	w.events(cluster.events.eventsFor(sts), cluster.now());
	return w.toString();
}

export function describeCronJob(cluster: Cluster, cj: CronJob): string {
	const w = new DescribeWriter();
	const spec = cj.spec;
	const unset = (v: number | undefined, suffix = ''): string => (v === undefined ? '<unset>' : `${v}${suffix}`);
	w.write(0, `Name:\t${cj.metadata.name}`);
	w.write(0, `Namespace:\t${cj.metadata.namespace}`);
	w.map(0, 'Labels', cj.metadata.labels);
	w.map(0, 'Annotations', annotationsFor(cj), ': ');
	w.write(0, `Schedule:\t${spec.schedule}`);
	w.write(0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}`);
	w.write(0, `Suspend:\t${spec.suspend === undefined ? '<unset>' : spec.suspend ? 'True' : 'False'}`);
	w.write(0, `Successful Job History Limit:\t${unset(spec.successfulJobsHistoryLimit)}`);
	w.write(0, `Failed Job History Limit:\t${unset(spec.failedJobsHistoryLimit)}`);
	w.write(0, `Starting Deadline Seconds:\t${unset(spec.startingDeadlineSeconds, 's')}`);
	// describeJobTemplate.
	const job = spec.jobTemplate.spec;
	w.write(0, `Selector:\t${job.selector ? formatSelector(fromLabelSelector(job.selector)) : '<unset>'}`);
	w.write(0, `Parallelism:\t${unset(job.parallelism)}`);
	w.write(0, `Completions:\t${unset(job.completions)}`);
	if (job.activeDeadlineSeconds !== undefined) w.write(0, `Active Deadline Seconds:\t${job.activeDeadlineSeconds}s`);
	describeTemplate(w, job.template);
	w.write(0, `Last Schedule Time:\t${cj.status?.lastScheduleTime ? rfc1123z(cj.status.lastScheduleTime) : '<unset>'}`);
	const active = cj.status?.active ?? [];
	w.write(0, `Active Jobs:\t${active.length === 0 ? '<none>' : active.map((a) => a.name).join(', ')}`);
	w.events(cluster.events.eventsFor(cj), cluster.now());
	return w.toString();
}
