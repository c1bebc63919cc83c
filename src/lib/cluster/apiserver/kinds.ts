/**
 * The resource types the simulated API server serves, with the names discovery would report
 * (`kubectl api-resources`): plural resource, group, short names, whether namespaced.
 */

export interface KindInfo {
	kind: string;
	apiVersion: string;
	/** Plural resource name, e.g. `pods`. */
	plural: string;
	singular: string;
	/** API group; '' for the core group. */
	group: string;
	shortNames: string[];
	namespaced: boolean;
}

const KINDS: KindInfo[] = [
	{ kind: 'Pod', apiVersion: 'v1', plural: 'pods', singular: 'pod', group: '', shortNames: ['po'], namespaced: true },
	{
		kind: 'ReplicationController',
		apiVersion: 'v1',
		plural: 'replicationcontrollers',
		singular: 'replicationcontroller',
		group: '',
		shortNames: ['rc'],
		namespaced: true,
	},
	{ kind: 'ReplicaSet', apiVersion: 'apps/v1', plural: 'replicasets', singular: 'replicaset', group: 'apps', shortNames: ['rs'], namespaced: true },
	{ kind: 'Job', apiVersion: 'batch/v1', plural: 'jobs', singular: 'job', group: 'batch', shortNames: [], namespaced: true },
	{ kind: 'CronJob', apiVersion: 'batch/v1', plural: 'cronjobs', singular: 'cronjob', group: 'batch', shortNames: ['cj'], namespaced: true },
	{ kind: 'DaemonSet', apiVersion: 'apps/v1', plural: 'daemonsets', singular: 'daemonset', group: 'apps', shortNames: ['ds'], namespaced: true },
	{ kind: 'StatefulSet', apiVersion: 'apps/v1', plural: 'statefulsets', singular: 'statefulset', group: 'apps', shortNames: ['sts'], namespaced: true },
	{ kind: 'Deployment', apiVersion: 'apps/v1', plural: 'deployments', singular: 'deployment', group: 'apps', shortNames: ['deploy'], namespaced: true },
	{ kind: 'Service', apiVersion: 'v1', plural: 'services', singular: 'service', group: '', shortNames: ['svc'], namespaced: true },
	{ kind: 'Endpoints', apiVersion: 'v1', plural: 'endpoints', singular: 'endpoints', group: '', shortNames: ['ep'], namespaced: true },
	{ kind: 'Node', apiVersion: 'v1', plural: 'nodes', singular: 'node', group: '', shortNames: ['no'], namespaced: false },
	{ kind: 'Namespace', apiVersion: 'v1', plural: 'namespaces', singular: 'namespace', group: '', shortNames: ['ns'], namespaced: false },
	{ kind: 'Event', apiVersion: 'v1', plural: 'events', singular: 'event', group: '', shortNames: ['ev'], namespaced: true },
	{ kind: 'Lease', apiVersion: 'coordination.k8s.io/v1', plural: 'leases', singular: 'lease', group: 'coordination.k8s.io', shortNames: [], namespaced: true },
	{ kind: 'ConfigMap', apiVersion: 'v1', plural: 'configmaps', singular: 'configmap', group: '', shortNames: ['cm'], namespaced: true },
	{ kind: 'Secret', apiVersion: 'v1', plural: 'secrets', singular: 'secret', group: '', shortNames: [], namespaced: true },
	// Stored and shown, but no controller acts on it: the simulator has no metrics server.
	{
		kind: 'HorizontalPodAutoscaler',
		apiVersion: 'autoscaling/v2',
		plural: 'horizontalpodautoscalers',
		singular: 'horizontalpodautoscaler',
		group: 'autoscaling',
		shortNames: ['hpa'],
		namespaced: true,
	},
	// Read-only: derived from Endpoints when read (see endpoint-slices.ts), never stored.
	{ kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', plural: 'endpointslices', singular: 'endpointslice', group: 'discovery.k8s.io', shortNames: [], namespaced: true },
];

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));

export function kindInfo(kind: string): KindInfo | undefined {
	return BY_KIND.get(kind);
}

export function allKinds(): readonly KindInfo[] {
	return KINDS;
}

/** `pods`, `deployments.apps`: how API errors name a resource. */
export function qualifiedResource(kind: string): string {
	const info = BY_KIND.get(kind);
	if (!info) return kind.toLowerCase();
	return info.group ? `${info.plural}.${info.group}` : info.plural;
}

/** Resolves what a user may type (`po`, `pod`, `pods`, `deploy`, `deployments.apps`) to a kind. */
export function resolveResource(name: string): KindInfo | undefined {
	const lower = name.toLowerCase();
	return KINDS.find(
		(k) =>
			k.plural === lower ||
			k.singular === lower ||
			k.kind.toLowerCase() === lower ||
			k.shortNames.includes(lower) ||
			(k.group !== '' && `${k.plural}.${k.group}` === lower),
	);
}
