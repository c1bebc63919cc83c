// Which kinds the validator knows, and a plain explanation when kubectl would say
// `no matches for kind "X" in version "Y"`.
import { SCHEMA } from './schema.ts';

/** Built-in kinds of Kubernetes that the course does not check field by field (kubectl accepts them). */
const OTHER_BUILTIN = new Set([
	'v1/ConfigMap', 'v1/Secret', 'v1/Namespace', 'v1/ServiceAccount', 'v1/PersistentVolumeClaim', 'v1/PersistentVolume',
	'v1/Endpoints', 'v1/LimitRange', 'v1/ResourceQuota', 'v1/Node', 'v1/PodTemplate', 'v1/Event',
	'apps/v1/StatefulSet', 'apps/v1/DaemonSet', 'apps/v1/ControllerRevision',
	'batch/v1/Job', 'batch/v1/CronJob', 'autoscaling/v2/HorizontalPodAutoscaler', 'autoscaling/v1/HorizontalPodAutoscaler',
	'networking.k8s.io/v1/Ingress', 'networking.k8s.io/v1/NetworkPolicy', 'networking.k8s.io/v1/IngressClass',
	'policy/v1/PodDisruptionBudget', 'rbac.authorization.k8s.io/v1/Role', 'rbac.authorization.k8s.io/v1/RoleBinding',
	'rbac.authorization.k8s.io/v1/ClusterRole', 'rbac.authorization.k8s.io/v1/ClusterRoleBinding',
	'storage.k8s.io/v1/StorageClass', 'discovery.k8s.io/v1/EndpointSlice', 'coordination.k8s.io/v1/Lease',
	'scheduling.k8s.io/v1/PriorityClass', 'apiextensions.k8s.io/v1/CustomResourceDefinition',
]);

/** API versions that used to serve these kinds and were removed (Kubernetes 1.16 for the apps kinds). */
const REMOVED_VERSIONS: Record<string, string> = { 'extensions/v1beta1': '1.16', 'apps/v1beta1': '1.16', 'apps/v1beta2': '1.16' };

export type KindCheck =
	| { known: true; definition: string }
	| { known: false; builtin: true }
	| { known: false; builtin: false; suggestion?: { apiVersion: string; kind: string }; removedIn?: string };

const supported = () => Object.keys(SCHEMA.kinds).map((gvk) => {
	const slash = gvk.lastIndexOf('/');
	return { apiVersion: gvk.slice(0, slash), kind: gvk.slice(slash + 1) };
});

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length]!;
}

export function checkKind(apiVersion: string, kind: string): KindCheck {
	const definition = SCHEMA.kinds[`${apiVersion}/${kind}`];
	if (definition) return { known: true, definition };
	if (OTHER_BUILTIN.has(`${apiVersion}/${kind}`)) return { known: false, builtin: true };
	const all = supported();
	const sameKind = all.find((k) => k.kind === kind);
	const removedIn = REMOVED_VERSIONS[apiVersion];
	if (sameKind) return { known: false, builtin: false, suggestion: sameKind, ...(removedIn ? { removedIn } : {}) };
	const close = all
		.map((k) => ({ k, d: k.kind.toLowerCase() === kind.toLowerCase() ? 0 : editDistance(k.kind.toLowerCase(), kind.toLowerCase()) }))
		.sort((a, b) => a.d - b.d)[0];
	if (close && close.d <= 2) return { known: false, builtin: false, suggestion: close.k };
	return { known: false, builtin: false };
}
