/**
 * What the playground shows, derived from a cluster snapshot: nodes with their Pods, controllers with
 * selector and desired/current/ready, Services with their endpoints, and who owns which Pod. Pure data,
 * so the build (static HTML, print storyboard) and the browser render the same thing, and unit tests
 * can compare it.
 */
import type { ClusterSnapshot } from '../cluster/cluster.ts';
import { formatSelector, fromLabelSelector } from '../cluster/api/labels.ts';
import { controllerOf, getCondition, isPodReady } from '../cluster/api/pod-util.ts';
import type { Deployment, Endpoints, KubeObject, Node, Pod, ReplicaController, Service } from '../cluster/api/types.ts';
import { summarizePod } from '../kubectl/printers/pod-status.ts';

export interface OwnerView {
	kind: string;
	name: string;
}

export interface PodView {
	name: string;
	uid: string;
	node?: string;
	/** kubectl's STATUS column: Running, Pending, ContainerCreating, CrashLoopBackOff, Terminating… */
	status: string;
	/** kubectl's READY column, `1/1`. */
	ready: string;
	isReady: boolean;
	/** Sum of the containers' restartCount. */
	restarts: number;
	labels: [string, string][];
	/** The controller in ownerReferences (metav1.GetControllerOf); undefined for an orphan or bare Pod. */
	owner?: OwnerView;
	/**
	 * No controller, but made by one (it still carries the `generateName` a controller gave it): a Pod a
	 * controller released when its labels stopped matching, or left behind by `--cascade=orphan`. A Pod
	 * with no controller and no generateName is a bare Pod someone created by hand.
	 */
	orphan: boolean;
	terminating: boolean;
	ip?: string;
}

export interface NodeView {
	name: string;
	/** The Ready condition's status: `True`, `False` or `Unknown` (a node that stopped reporting). */
	ready: 'True' | 'False' | 'Unknown';
	schedulable: boolean;
	pods: PodView[];
}

export interface ControllerView {
	kind: 'ReplicationController' | 'ReplicaSet' | 'Deployment';
	name: string;
	/** As kubectl prints it in the SELECTOR column: `app=web`. */
	selector: string;
	desired: number;
	current: number;
	ready: number;
	/** Pods whose controller ownerReference points at this object. */
	pods: string[];
	owner?: OwnerView;
}

export interface EndpointView {
	pod: string;
	ip: string;
	ready: boolean;
}

export interface ServiceView {
	name: string;
	selector: string;
	endpoints: EndpointView[];
}

export interface ClusterView {
	time: string;
	nodes: NodeView[];
	/** Pods no node has been assigned to yet (spec.nodeName empty). */
	unscheduled: PodView[];
	controllers: ControllerView[];
	services: ServiceView[];
	/** Names of orphaned Pods (see PodView.orphan). */
	orphans: string[];
	/** Every Pod, in creation order. */
	pods: PodView[];
}

const list = <T extends KubeObject>(snapshot: ClusterSnapshot, kind: string): T[] =>
	(snapshot.objects[kind] ?? []).filter((o) => (o.metadata.namespace ?? 'default') === 'default' || kind === 'Node') as T[];

export function podView(pod: Pod, nowMs: number): PodView {
	const summary = summarizePod(pod, nowMs);
	const owner = controllerOf(pod);
	const restarts = (pod.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0);
	return {
		name: pod.metadata.name,
		uid: pod.metadata.uid,
		...(pod.spec.nodeName ? { node: pod.spec.nodeName } : {}),
		status: summary.status,
		ready: summary.ready,
		isReady: isPodReady(pod),
		restarts,
		labels: Object.entries(pod.metadata.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
		...(owner ? { owner: { kind: owner.kind, name: owner.name } } : {}),
		orphan: !owner && pod.metadata.generateName !== undefined,
		terminating: pod.metadata.deletionTimestamp !== undefined,
		...(pod.status?.podIP ? { ip: pod.status.podIP } : {}),
	};
}

function controllerView(o: ReplicaController | Deployment, pods: PodView[]): ControllerView {
	const selector = formatSelector(fromLabelSelector(o.spec.selector));
	const status = o.status ?? {};
	const owner = controllerOf(o);
	return {
		kind: o.kind as ControllerView['kind'],
		name: o.metadata.name,
		selector,
		desired: o.spec.replicas ?? 1,
		current: status.replicas ?? 0,
		ready: status.readyReplicas ?? 0,
		pods: pods.filter((p) => p.owner?.kind === o.kind && p.owner.name === o.metadata.name).map((p) => p.name),
		...(owner ? { owner: { kind: owner.kind, name: owner.name } } : {}),
	};
}

function serviceView(svc: Service, endpoints: Endpoints | undefined): ServiceView {
	const out: EndpointView[] = [];
	for (const subset of endpoints?.subsets ?? []) {
		for (const a of subset.addresses ?? []) out.push({ pod: a.targetRef?.name ?? a.ip, ip: a.ip, ready: true });
		for (const a of subset.notReadyAddresses ?? []) out.push({ pod: a.targetRef?.name ?? a.ip, ip: a.ip, ready: false });
	}
	out.sort((a, b) => (a.pod < b.pod ? -1 : a.pod > b.pod ? 1 : 0));
	const selector = svc.spec.selector ? formatSelector(fromLabelSelector(svc.spec.selector)) : '';
	return { name: svc.metadata.name, selector, endpoints: out };
}

export function deriveView(snapshot: ClusterSnapshot): ClusterView {
	const now = Date.parse(snapshot.time);
	const pods = list<Pod>(snapshot, 'Pod').map((p) => podView(p, now));
	const nodes: NodeView[] = list<Node>(snapshot, 'Node').map((n) => ({
		name: n.metadata.name,
		ready: getCondition(n.status.conditions, 'Ready')?.status ?? 'Unknown',
		schedulable: !n.spec.unschedulable,
		pods: pods.filter((p) => p.node === n.metadata.name),
	}));
	const known = new Set(nodes.map((n) => n.name));
	const controllers = [
		...list<ReplicaController>(snapshot, 'ReplicationController'),
		...list<Deployment>(snapshot, 'Deployment'),
		...list<ReplicaController>(snapshot, 'ReplicaSet'),
	].map((o) => controllerView(o, pods));
	const endpoints = new Map(list<Endpoints>(snapshot, 'Endpoints').map((e) => [e.metadata.name, e]));
	const services = list<Service>(snapshot, 'Service')
		.filter((s) => s.metadata.name !== 'kubernetes')
		.map((s) => serviceView(s, endpoints.get(s.metadata.name)));
	return {
		time: snapshot.time,
		nodes,
		unscheduled: pods.filter((p) => !p.node || !known.has(p.node)),
		controllers,
		services,
		orphans: pods.filter((p) => p.orphan).map((p) => p.name),
		pods,
	};
}

const KIND_SHORT: Record<string, string> = { ReplicationController: 'rc', ReplicaSet: 'rs', Deployment: 'deploy', Service: 'svc' };

/** The short name kubectl accepts for a kind (`kubectl api-resources` SHORTNAMES), or the kind in lower case. */
export const shortKind = (kind: string): string => KIND_SHORT[kind] ?? kind.toLowerCase();
