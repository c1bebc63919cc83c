// Which kinds the validator knows: what the API server needs to map a kind. The explanation of an
// unknown one (`no matches for kind "X" in version "Y"`: a removed API version, a near miss) is the
// editor's, in suggestions.ts.
import { kindDefinition } from './compiled-schema.ts';

/**
 * Built-in kinds of Kubernetes, for entry points without generated/builtin-schema.json (the simulated API
 * server): they get a warning that they are not checked, not kubectl's "no matches".
 */
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

export type KindCheck = { known: true; definition: string; course: boolean } | { known: false; builtin: boolean };

export function checkKind(apiVersion: string, kind: string): KindCheck {
	const found = kindDefinition(`${apiVersion}/${kind}`);
	if (found) return { known: true, ...found };
	return { known: false, builtin: OTHER_BUILTIN.has(`${apiVersion}/${kind}`) };
}
