/**
 * The columns `kubectl get` prints for each kind, from the server-side table handlers in
 * pkg/printers/internalversion/printers.go (printPod, printReplicationController, printReplicaSet,
 * printDeployment, printJob, printCronJob, printDaemonSet, printStatefulSet, printService, printEndpoints, printNode, printEvent,
 * printNamespace, printLease, printConfigMap, printSecret, printHorizontalPodAutoscaler, printEndpointSlice).
 */
import { fromLabelSelector, formatSelector, selectorFromSet } from '../../cluster/api/labels.ts';
import type { EndpointSlice } from '../../cluster/controllers/endpoint-slices.ts';
import type { CronJob, DaemonSet, Deployment, Endpoints, Job, StatefulSet, KubeEvent, KubeObject, Lease, Node, Pod, ReplicaController, Service } from '../../cluster/api/types.ts';
import { getCondition } from '../../cluster/api/pod-util.ts';
import { humanDuration, since } from '../duration.ts';
import { summarizePod } from './pod-status.ts';

export interface Columns {
	headers: string[];
	wide: string[];
	/** The normal cells of one row, NAME first. */
	row(obj: KubeObject, now: number): string[];
	/** The extra cells `-o wide` adds. */
	wideRow(obj: KubeObject, now: number): string[];
}

const age = (o: KubeObject, now: number): string => since(o.metadata.creationTimestamp, now);
const none = (s: string | undefined): string => (s === undefined || s === '' ? '<none>' : s);

function containersImages(template: { spec?: { containers?: { name: string; image: string }[] } } | undefined): string[] {
	const cs = template?.spec?.containers ?? [];
	return [cs.map((c) => c.name).join(','), cs.map((c) => c.image).join(',')];
}

const pods: Columns = {
	headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
	wide: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
	row(o, now) {
		const s = summarizePod(o as Pod, now);
		return [o.metadata.name, s.ready, s.status, s.restarts, age(o, now)];
	},
	wideRow(o) {
		const p = o as Pod;
		return [none(p.status?.podIP), none(p.spec.nodeName), '<none>', '<none>'];
	},
};

const replicationControllers: Columns = {
	headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
	wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
	row(o, now) {
		const rc = o as ReplicaController;
		return [o.metadata.name, String(rc.spec.replicas ?? 1), String(rc.status?.replicas ?? 0), String(rc.status?.readyReplicas ?? 0), age(o, now)];
	},
	wideRow(o) {
		const rc = o as ReplicaController;
		const selector = rc.kind === 'ReplicationController' ? selectorFromSet(rc.spec.selector as Record<string, string>) : fromLabelSelector(rc.spec.selector);
		return [...containersImages(rc.spec.template), none(formatSelector(selector))];
	},
};

const deployments: Columns = {
	headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
	wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
	row(o, now) {
		const d = o as Deployment;
		const st = d.status ?? {};
		return [o.metadata.name, `${st.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`, String(st.updatedReplicas ?? 0), String(st.availableReplicas ?? 0), age(o, now)];
	},
	wideRow: (o) => templateCells(o as Deployment),
};

/** The wide cells of a controller with a label selector: CONTAINERS, IMAGES, SELECTOR. */
function templateCells(o: Deployment | Job | DaemonSet): string[] {
	return [...containersImages(o.spec.template), none(formatSelector(fromLabelSelector(o.spec.selector)))];
}

/** printJob's STATUS: the first of these conditions that holds, else Running. */
function jobStatus(job: Job): string {
	const holds = (type: string) => job.status?.conditions?.some((c) => c.type === type && c.status === 'True') === true;
	if (holds('Complete')) return 'Complete';
	if (holds('Failed')) return 'Failed';
	if (job.metadata.deletionTimestamp) return 'Terminating';
	for (const type of ['Suspended', 'FailureTarget', 'SuccessCriteriaMet']) if (holds(type)) return type;
	return 'Running';
}

const jobs: Columns = {
	headers: ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE'],
	wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
	row(o, now) {
		const job = o as Job;
		const st = job.status ?? {};
		const succeeded = st.succeeded ?? 0;
		const parallelism = job.spec.parallelism ?? 0;
		const completions = job.spec.completions !== undefined ? `${succeeded}/${job.spec.completions}` : parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
		let duration = '';
		if (st.startTime && st.completionTime) duration = humanDuration(Date.parse(st.completionTime) - Date.parse(st.startTime));
		else if (st.startTime) duration = since(st.startTime, now);
		return [o.metadata.name, jobStatus(job), completions, duration, age(o, now)];
	},
	wideRow: (o) => templateCells(o as Job),
};

const cronJobs: Columns = {
	headers: ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'],
	wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
	row(o, now) {
		const cj = o as CronJob;
		const last = cj.status?.lastScheduleTime;
		return [o.metadata.name, cj.spec.schedule, none(cj.spec.timeZone), cj.spec.suspend ? 'True' : 'False', String(cj.status?.active?.length ?? 0), last ? since(last, now) : '<none>', age(o, now)];
	},
	wideRow: (o) => templateCells({ spec: (o as CronJob).spec.jobTemplate.spec } as Job),
};

const daemonSets: Columns = {
	headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
	wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
	row(o, now) {
		const ds = o as DaemonSet;
		const st = ds.status;
		const n = (v: number | undefined) => String(v ?? 0);
		const nodeSelector = formatSelector(selectorFromSet(ds.spec.template.spec.nodeSelector ?? {}));
		return [o.metadata.name, n(st?.desiredNumberScheduled), n(st?.currentNumberScheduled), n(st?.numberReady), n(st?.updatedNumberScheduled), n(st?.numberAvailable), none(nodeSelector), age(o, now)];
	},
	wideRow: (o) => templateCells(o as DaemonSet),
};

const statefulSets: Columns = {
	headers: ['NAME', 'READY', 'AGE'],
	wide: ['CONTAINERS', 'IMAGES'],
	row(o, now) {
		const sts = o as StatefulSet;
		return [o.metadata.name, `${sts.status?.readyReplicas ?? 0}/${sts.spec.replicas ?? 1}`, age(o, now)];
	},
	wideRow: (o) => containersImages((o as StatefulSet).spec.template),
};

/** makePortString: `80/TCP`, `80:30080/TCP`, comma-separated. */
export function servicePorts(svc: Service): string {
	const ports = svc.spec.ports ?? [];
	if (ports.length === 0) return '<none>';
	return ports.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',');
}

const services: Columns = {
	headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
	wide: ['SELECTOR'],
	row(o, now) {
		const svc = o as Service;
		const type = svc.spec.type ?? 'ClusterIP';
		const external = type === 'LoadBalancer' ? '<pending>' : type === 'ExternalName' ? (svc.spec.externalName ?? '<none>') : '<none>';
		return [o.metadata.name, type, none(svc.spec.clusterIP), external, servicePorts(svc), age(o, now)];
	},
	wideRow(o) {
		return [none(formatSelector(selectorFromSet((o as Service).spec.selector)))];
	},
};

/** formatEndpoints: up to three `ip:port` pairs of ready addresses, then `+ N more...`. */
export function formatEndpoints(ep: Endpoints): string {
	const all: string[] = [];
	for (const subset of ep.subsets ?? []) {
		for (const address of subset.addresses ?? []) {
			if ((subset.ports ?? []).length === 0) all.push(address.ip);
			for (const port of subset.ports ?? []) all.push(`${address.ip}:${port.port}`);
		}
	}
	if (all.length === 0) return '<none>';
	return all.length > 3 ? `${all.slice(0, 3).join(',')} + ${all.length - 3} more...` : all.join(',');
}

const endpoints: Columns = {
	headers: ['NAME', 'ENDPOINTS', 'AGE'],
	wide: [],
	row: (o, now) => [o.metadata.name, formatEndpoints(o as Endpoints), age(o, now)],
	wideRow: () => [],
};

export function nodeStatus(node: Node): string {
	const ready = getCondition(node.status.conditions, 'Ready');
	let status = ready?.status === 'True' ? 'Ready' : ready ? 'NotReady' : 'Unknown';
	if (node.spec.unschedulable) status += ',SchedulingDisabled';
	return status;
}

export function nodeRoles(node: Node): string {
	const roles = Object.keys(node.metadata.labels ?? {})
		.filter((k) => k.startsWith('node-role.kubernetes.io/'))
		.map((k) => k.slice('node-role.kubernetes.io/'.length));
	return roles.length > 0 ? roles.sort().join(',') : '<none>';
}

const nodes: Columns = {
	headers: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
	wide: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
	row(o, now) {
		const n = o as Node;
		return [o.metadata.name, nodeStatus(n), nodeRoles(n), age(o, now), n.status.nodeInfo?.['kubeletVersion'] ?? ''];
	},
	wideRow(o) {
		const n = o as Node;
		const info = n.status.nodeInfo ?? {};
		const address = (type: string): string => none(n.status.addresses?.find((a) => a.type === type)?.address);
		return [address('InternalIP'), address('ExternalIP'), info['osImage'] ?? '', info['kernelVersion'] ?? '', info['containerRuntimeVersion'] ?? ''];
	},
};

/** printEvent: `LAST SEEN` gains `(xN over …)` for repeated events. */
export function eventAge(e: KubeEvent, now: number): string {
	return e.count > 1 ? `${since(e.lastTimestamp, now)} (x${e.count} over ${since(e.firstTimestamp, now)})` : since(e.lastTimestamp, now);
}

const events: Columns = {
	headers: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
	wide: ['SUBOBJECT', 'SOURCE', 'FIRST SEEN', 'COUNT', 'NAME'],
	row(o, now) {
		const e = o as KubeEvent;
		return [eventAge(e, now), e.type, e.reason, `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`, e.message.trim()];
	},
	wideRow(o, now) {
		const e = o as KubeEvent;
		const source = e.source.host ? `${e.source.component}, ${e.source.host}` : e.source.component;
		return [e.involvedObject.fieldPath ?? '', source, since(e.firstTimestamp, now), String(e.count), o.metadata.name];
	},
};

const namespaces: Columns = {
	headers: ['NAME', 'STATUS', 'AGE'],
	wide: [],
	row: (o, now) => [o.metadata.name, String((o.status as { phase?: string } | undefined)?.phase ?? 'Active'), age(o, now)],
	wideRow: () => [],
};

const leases: Columns = {
	headers: ['NAME', 'HOLDER', 'AGE'],
	wide: [],
	row: (o, now) => [o.metadata.name, (o as Lease).spec.holderIdentity ?? '', age(o, now)],
	wideRow: () => [],
};

/** printConfigMap: DATA counts data and binaryData keys. */
const configMaps: Columns = {
	headers: ['NAME', 'DATA', 'AGE'],
	wide: [],
	row(o, now) {
		const count = (v: unknown): number => Object.keys((v as Record<string, unknown> | undefined) ?? {}).length;
		return [o.metadata.name, String(count(o['data']) + count(o['binaryData'])), age(o, now)];
	},
	wideRow: () => [],
};

/** printSecret: TYPE and the number of data keys. */
const secrets: Columns = {
	headers: ['NAME', 'TYPE', 'DATA', 'AGE'],
	wide: [],
	row: (o, now) => [o.metadata.name, String(o['type'] ?? ''), String(Object.keys((o['data'] as Record<string, unknown> | undefined) ?? {}).length), age(o, now)],
	wideRow: () => [],
};

/** printHorizontalPodAutoscaler with formatHPAMetrics: `cpu: <unknown>/70%` until metrics arrive. */
const autoscalers: Columns = {
	headers: ['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE'],
	wide: [],
	row(o, now) {
		const spec = o.spec as { scaleTargetRef: { kind: string; name: string }; minReplicas?: number; maxReplicas: number; metrics?: { resource?: { name: string; target: { averageUtilization?: number; averageValue?: string } } }[] };
		const targets = (spec.metrics ?? [])
			.map((m) => (m.resource ? `${m.resource.name}: <unknown>/${m.resource.target.averageUtilization !== undefined ? `${m.resource.target.averageUtilization}%` : m.resource.target.averageValue}` : '<unknown>'))
			.join(', ');
		const status = o.status as { currentReplicas?: number } | undefined;
		return [o.metadata.name, `${spec.scaleTargetRef.kind}/${spec.scaleTargetRef.name}`, targets || '<none>', String(spec.minReplicas ?? 1), String(spec.maxReplicas), String(status?.currentReplicas ?? 0), age(o, now)];
	},
	wideRow: () => [],
};

/** printEndpointSlice: formatDiscoveryPorts and formatDiscoveryEndpoints (three, then `+ N more...`). */
const endpointSlices: Columns = {
	headers: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
	wide: [],
	row(o, now) {
		const slice = o as EndpointSlice;
		const ports = slice.ports.length === 0 ? '<unset>' : slice.ports.map((p) => String(p.port)).join(',');
		const addresses = slice.endpoints.flatMap((e) => e.addresses);
		const shown = addresses.length === 0 ? '<unset>' : addresses.length > 3 ? `${addresses.slice(0, 3).join(',')} + ${addresses.length - 3} more...` : addresses.join(',');
		return [o.metadata.name, slice.addressType, ports, shown, age(o, now)];
	},
	wideRow: () => [],
};

export const COLUMNS: Record<string, Columns> = {
	Lease: leases,
	ConfigMap: configMaps,
	Secret: secrets,
	HorizontalPodAutoscaler: autoscalers,
	EndpointSlice: endpointSlices,
	Pod: pods,
	ReplicationController: replicationControllers,
	ReplicaSet: replicationControllers,
	Deployment: deployments,
	Job: jobs,
	CronJob: cronJobs,
	DaemonSet: daemonSets,
	StatefulSet: statefulSets,
	Service: services,
	Endpoints: endpoints,
	Node: nodes,
	Event: events,
	Namespace: namespaces,
};
