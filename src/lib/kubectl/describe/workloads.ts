/**
 * `kubectl describe` for ReplicationControllers, ReplicaSets, Deployments, Services, Endpoints and
 * Nodes. Mirrors describe.go `describeReplicationController`, `describeReplicaSet`,
 * `describeDeployment`, `describeService`, `describeEndpoints`, `describeNode`.
 */
import type { Cluster } from '../../cluster/cluster.ts';
import { REVISION_ANNOTATION } from '../../cluster/controllers/deployment-util.ts';
import { formatSelector, fromLabelSelector, selectorFromSet } from '../../cluster/api/labels.ts';
import { controllerOf, isPodActive } from '../../cluster/api/pod-util.ts';
import { requests as podRequests } from '../../cluster/scheduler/scheduler.ts';
import { bytes, milliCpu } from '../../cluster/api/quantity.ts';
import type { Deployment, Endpoints, Job, Lease, Node, Pod, ReplicaController, Service } from '../../cluster/api/types.ts';
import { humanDuration, rfc1123z, since } from '../duration.ts';
import { formatEndpoints, nodeRoles } from '../printers/columns.ts';
import { describeTemplate } from './pod.ts';
import { annotationsFor, DescribeWriter } from './writer.ts';

export function podsStatus(cluster: Cluster, ownerUid: string): string {
	const pods = cluster.api.list<Pod>('Pod').filter((p) => controllerOf(p)?.uid === ownerUid);
	const count = (phase: string): number => pods.filter((p) => (p.status?.phase ?? 'Pending') === phase).length;
	return `${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`;
}

export function describeReplicaController(cluster: Cluster, rc: ReplicaController): string {
	const w = new DescribeWriter();
	const selector = rc.kind === 'ReplicationController' ? selectorFromSet(rc.spec.selector as Record<string, string>) : fromLabelSelector(rc.spec.selector);
	w.write(0, `Name:\t${rc.metadata.name}`);
	w.write(0, `Namespace:\t${rc.metadata.namespace}`);
	w.write(0, `Selector:\t${formatSelector(selector)}`);
	w.map(0, 'Labels', rc.metadata.labels);
	w.map(0, 'Annotations', annotationsFor(rc), ': ');
	const owner = controllerOf(rc);
	if (owner) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}`);
	w.write(0, `Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec.replicas ?? 1} desired`);
	w.write(0, `Pods Status:\t${podsStatus(cluster, rc.metadata.uid)}`);
	describeTemplate(w, rc.spec.template);
	w.events(cluster.events.eventsFor(rc), cluster.now());
	return w.toString();
}

export function describeDeployment(cluster: Cluster, d: Deployment): string {
	const w = new DescribeWriter();
	const st = d.status ?? {};
	const replicas = d.spec.replicas ?? 1;
	w.write(0, `Name:\t${d.metadata.name}`);
	w.write(0, `Namespace:\t${d.metadata.namespace}`);
	w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}`);
	w.map(0, 'Labels', d.metadata.labels);
	w.map(0, 'Annotations', annotationsFor(d), ': ');
	w.write(0, `Selector:\t${formatSelector(fromLabelSelector(d.spec.selector))}`);
	w.write(0, `Replicas:\t${replicas} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable`);
	const type = d.spec.strategy?.type ?? 'RollingUpdate';
	w.write(0, `StrategyType:\t${type}`);
	w.write(0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}`);
	if (type === 'RollingUpdate') {
		const ru = d.spec.strategy?.rollingUpdate ?? {};
		w.write(0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge`);
	}
	describeTemplate(w, d.spec.template);
	if (st.conditions?.length) {
		w.write(0, 'Conditions:');
		w.write(1, 'Type\tStatus\tReason');
		w.write(1, '----\t------\t------');
		for (const c of st.conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}`);
	}
	const all = cluster.api.list<ReplicaController>('ReplicaSet', d.metadata.namespace).filter((rs) => controllerOf(rs)?.uid === d.metadata.uid);
	const current = all.reduce<ReplicaController | undefined>((best, rs) => (!best || Number(rs.metadata.annotations?.[REVISION_ANNOTATION] ?? 0) > Number(best.metadata.annotations?.[REVISION_ANNOTATION] ?? 0) ? rs : best), undefined);
	const fmt = (rs: ReplicaController): string => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 0} replicas created)`;
	const old = all.filter((rs) => rs !== current && (rs.spec.replicas ?? 0) > 0);
	w.write(0, `OldReplicaSets:\t${old.length ? old.map(fmt).join(', ') : '<none>'}`);
	w.write(0, `NewReplicaSet:\t${current ? fmt(current) : '<none>'}`);
	w.events(cluster.events.eventsFor(d), cluster.now());
	return w.toString();
}

/** describe.go describeJob (NonIndexed). */
export function describeJob(cluster: Cluster, job: Job): string {
	const w = new DescribeWriter();
	const spec = job.spec;
	const st = job.status ?? {};
	w.write(0, `Name:\t${job.metadata.name}`);
	w.write(0, `Namespace:\t${job.metadata.namespace}`);
	w.write(0, `Selector:\t${formatSelector(fromLabelSelector(spec.selector))}`);
	w.map(0, 'Labels', job.metadata.labels);
	w.map(0, 'Annotations', annotationsFor(job), ': ');
	const owner = controllerOf(job);
	if (owner) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}`);
	if (spec.parallelism !== undefined) w.write(0, `Parallelism:\t${spec.parallelism}`);
	w.write(0, `Completions:\t${spec.completions ?? '<unset>'}`);
	if (spec.completionMode) w.write(0, `Completion Mode:\t${spec.completionMode}`);
	if (spec.suspend !== undefined) w.write(0, `Suspend:\t${spec.suspend}`);
	if (spec.backoffLimit !== undefined) w.write(0, `Backoff Limit:\t${spec.backoffLimit}`);
	if (spec.ttlSecondsAfterFinished !== undefined) w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}`);
	if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}`);
	if (st.completionTime) w.write(0, `Completed At:\t${rfc1123z(st.completionTime)}`);
	if (st.startTime && st.completionTime) w.write(0, `Duration:\t${humanDuration(Date.parse(st.completionTime) - Date.parse(st.startTime))}`);
	if (spec.activeDeadlineSeconds !== undefined) w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s`);
	const counts = `${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed`;
	w.write(0, `Pods Statuses:\t${st.active ?? 0} Active${st.ready === undefined ? '' : ` (${st.ready} Ready)`} / ${counts}`);
	describeTemplate(w, spec.template);
	w.events(cluster.events.eventsFor(job), cluster.now());
	return w.toString();
}

export function describeService(cluster: Cluster, svc: Service): string {
	const w = new DescribeWriter();
	const ep = cluster.api.get<Endpoints>('Endpoints', svc.metadata.namespace, svc.metadata.name);
	w.write(0, `Name:\t${svc.metadata.name}`);
	w.write(0, `Namespace:\t${svc.metadata.namespace}`);
	w.map(0, 'Labels', svc.metadata.labels);
	w.map(0, 'Annotations', annotationsFor(svc), ': ');
	w.write(0, `Selector:\t${svc.spec.selector ? formatSelector(selectorFromSet(svc.spec.selector)) : '<none>'}`);
	w.write(0, `Type:\t${svc.spec.type ?? 'ClusterIP'}`);
	w.write(0, 'IP Family Policy:\tSingleStack');
	w.write(0, 'IP Families:\tIPv4');
	w.write(0, `IP:\t${svc.spec.clusterIP ?? ''}`);
	w.write(0, `IPs:\t${(svc.spec.clusterIPs ?? []).join(',')}`);
	for (const p of svc.spec.ports ?? []) {
		w.write(0, `Port:\t${p.name ?? '<unset>'}\t${p.port}/${p.protocol ?? 'TCP'}`);
		w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${p.protocol ?? 'TCP'}`);
		if (p.nodePort) w.write(0, `NodePort:\t${p.name ?? '<unset>'}\t${p.nodePort}/${p.protocol ?? 'TCP'}`);
		w.write(0, `Endpoints:\t${ep ? formatEndpoints(ep).replace('<none>', '') : ''}`);
	}
	w.write(0, 'Session Affinity:\tNone');
	if (svc.spec.type === 'NodePort' || svc.spec.type === 'LoadBalancer') w.write(0, 'External Traffic Policy:\tCluster');
	w.write(0, 'Internal Traffic Policy:\tCluster');
	w.events(cluster.events.eventsFor(svc), cluster.now());
	return w.toString();
}

export function describeEndpoints(cluster: Cluster, ep: Endpoints): string {
	const w = new DescribeWriter();
	w.write(0, `Name:\t${ep.metadata.name}`);
	w.write(0, `Namespace:\t${ep.metadata.namespace}`);
	w.map(0, 'Labels', ep.metadata.labels);
	w.map(0, 'Annotations', annotationsFor(ep), ': ');
	w.write(0, 'Subsets:');
	for (const s of ep.subsets ?? []) {
		w.write(1, `Addresses:\t${(s.addresses ?? []).map((a) => a.ip).join(',') || '<none>'}`);
		w.write(1, `NotReadyAddresses:\t${(s.notReadyAddresses ?? []).map((a) => a.ip).join(',') || '<none>'}`);
		w.write(1, 'Ports:');
		w.write(2, 'Name\tPort\tProtocol');
		w.write(2, '----\t----\t--------');
		for (const p of s.ports ?? []) w.write(2, `${p.name ?? '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}`);
		w.write(0, '');
	}
	w.events(cluster.events.eventsFor(ep), cluster.now());
	return w.toString();
}

export function describeNode(cluster: Cluster, node: Node): string {
	const w = new DescribeWriter();
	const now = cluster.now();
	w.write(0, `Name:\t${node.metadata.name}`);
	w.write(0, `Roles:\t${nodeRoles(node)}`);
	w.map(0, 'Labels', node.metadata.labels);
	w.map(0, 'Annotations', annotationsFor(node), ': ');
	w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}`);
	w.list(0, 'Taints', (node.spec.taints ?? []).map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`));
	w.write(0, `Unschedulable:\t${node.spec.unschedulable ? 'true' : 'false'}`);
	const lease = cluster.api.get<Lease>('Lease', 'kube-node-lease', node.metadata.name);
	w.write(0, 'Lease:');
	w.write(1, `HolderIdentity:\t${lease?.spec.holderIdentity ?? '<unset>'}`);
	w.write(1, 'AcquireTime:\t<unset>');
	w.write(1, `RenewTime:\t${rfc1123z(lease?.spec.renewTime)}`);
	w.write(0, 'Conditions:');
	w.write(1, 'Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage');
	w.write(1, '----\t------\t-----------------\t------------------\t------\t-------');
	for (const c of node.status.conditions ?? []) w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}`);
	w.write(0, 'Addresses:');
	for (const a of node.status.addresses ?? []) w.write(1, `${a.type}:\t${a.address}`);
	for (const [title, list] of [['Capacity', node.status.capacity], ['Allocatable', node.status.allocatable]] as const) {
		w.write(0, `${title}:`);
		for (const [k, v] of Object.entries(list ?? {})) w.write(1, `${k}:\t${v}`);
	}
	w.write(0, 'System Info:');
	const info = node.status.nodeInfo ?? {};
	w.write(1, `Kernel Version:\t${info['kernelVersion'] ?? ''}`);
	w.write(1, `OS Image:\t${info['osImage'] ?? ''}`);
	w.write(1, `Operating System:\t${info['operatingSystem'] ?? ''}`);
	w.write(1, `Architecture:\t${info['architecture'] ?? ''}`);
	w.write(1, `Container Runtime Version:\t${info['containerRuntimeVersion'] ?? ''}`);
	w.write(1, `Kubelet Version:\t${info['kubeletVersion'] ?? ''}`);
	w.write(0, `PodCIDR:\t${node.spec.podCIDR ?? ''}`);
	w.write(0, `PodCIDRs:\t${node.spec.podCIDR ?? ''}`);
	const pods = cluster.api.list<Pod>('Pod').filter((p) => p.spec.nodeName === node.metadata.name && isPodActive(p));
	w.write(0, `Non-terminated Pods:\t(${pods.length} in total)`);
	w.write(1, 'Namespace\tName\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge');
	w.write(1, '---------\t----\t------------\t----------\t---------------\t-------------\t---');
	// describeNodeResource: each amount with its share of the node's allocatable, truncated to a whole percent.
	const alloc = { cpu: milliCpu(node.status.allocatable?.['cpu']), memory: bytes(node.status.allocatable?.['memory']) };
	const cpu = (m: number) => `${formatMilliCpu(m)} (${percent(m, alloc.cpu)}%)`;
	const mem = (b: number) => `${formatBytes(b)} (${percent(b, alloc.memory)}%)`;
	const total = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0 };
	for (const p of pods) {
		const r = podRequests(p);
		const l = podLimits(p);
		total.cpuReq += r.cpu;
		total.memReq += r.memory;
		total.cpuLim += l.cpu;
		total.memLim += l.memory;
		w.write(1, `${p.metadata.namespace}\t${p.metadata.name}\t${cpu(r.cpu)}\t${cpu(l.cpu)}\t${mem(r.memory)}\t${mem(l.memory)}\t${since(p.metadata.creationTimestamp, now)}`);
	}
	w.write(0, 'Allocated resources:');
	w.write(1, '(Total limits may be over 100 percent, i.e., overcommitted.)');
	w.write(1, 'Resource\tRequests\tLimits');
	w.write(1, '--------\t--------\t------');
	w.write(1, `cpu\t${cpu(total.cpuReq)}\t${cpu(total.cpuLim)}`);
	w.write(1, `memory\t${mem(total.memReq)}\t${mem(total.memLim)}`);
	w.events(cluster.events.eventsFor(node), now);
	return w.toString();
}

/** The sum of a pod's container limits, as PodRequestsAndLimits adds them (containers without one add nothing). */
function podLimits(pod: Pod): { cpu: number; memory: number } {
	let cpu = 0;
	let memory = 0;
	for (const c of pod.spec.containers ?? []) {
		cpu += milliCpu(c.resources?.limits?.['cpu']) || 0;
		memory += bytes(c.resources?.limits?.['memory']) || 0;
	}
	return { cpu, memory };
}

function percent(amount: number, allocatable: number): number {
	return allocatable > 0 ? Math.trunc((amount / allocatable) * 100) : 0;
}

/** Quantity.String() of a CPU amount: whole cores without a suffix (3), otherwise millicores (1500m). */
function formatMilliCpu(m: number): string {
	return m % 1000 === 0 ? String(m / 1000) : `${m}m`;
}

/** Quantity.String() of a memory amount: the largest binary suffix that divides it (1Gi, 512Mi), else decimal. */
function formatBytes(b: number): string {
	if (b === 0) return '0';
	for (const [suffix, size] of [['Ei', 2 ** 60], ['Pi', 2 ** 50], ['Ti', 2 ** 40], ['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]] as const) {
		if (b % size === 0) return `${b / size}${suffix}`;
	}
	for (const [suffix, size] of [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3]] as const) {
		if (b % size === 0) return `${b / size}${suffix}`;
	}
	return String(b);
}
