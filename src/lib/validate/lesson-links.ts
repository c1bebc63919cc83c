// The one map from rule codes to the lesson sections that explain them. Lessons create headings
// with these anchors (`## Selectors {#selector}`), so keep both sides in step.

export const LESSON_SLUGS = [
	'start-here', 'why-kubernetes', 'orchestrators', 'architecture', 'control-plane', 'node-components', 'pods',
	'pod-manifests', 'labels-and-selectors', 'probes', 'replication-controllers', 'replicasets-and-deployments', 'review',
] as const;
export type LessonSlug = (typeof LESSON_SLUGS)[number];

/** Every anchor a lesson must define, by lesson. */
export const LESSON_ANCHORS = {
	'pod-manifests': ['yaml-syntax', 'api-version-and-kind', 'fields', 'names', 'containers', 'images', 'ports', 'env', 'volumes', 'resources', 'restart-policy'],
	'labels-and-selectors': ['label-syntax', 'annotations', 'selectors', 'node-selector'],
	probes: ['handlers', 'thresholds', 'liveness', 'readiness'],
	'replication-controllers': ['selector', 'replicas', 'template'],
	'replicasets-and-deployments': ['selector', 'template', 'strategy'],
	review: ['services'],
} as const satisfies Partial<Record<LessonSlug, readonly string[]>>;

type Anchor = { [S in keyof typeof LESSON_ANCHORS]: `${S}#${(typeof LESSON_ANCHORS)[S][number]}` }[keyof typeof LESSON_ANCHORS];

const BY_CODE: Record<string, Anchor> = {
	'yaml-syntax': 'pod-manifests#yaml-syntax',
	'duplicate-key': 'pod-manifests#yaml-syntax',
	'tab-indent': 'pod-manifests#yaml-syntax',
	'too-large': 'pod-manifests#yaml-syntax',
	'too-deep': 'pod-manifests#yaml-syntax',
	'alias-limit': 'pod-manifests#yaml-syntax',
	'not-an-object': 'pod-manifests#yaml-syntax',
	'missing-api-version': 'pod-manifests#api-version-and-kind',
	'missing-kind': 'pod-manifests#api-version-and-kind',
	'unknown-kind': 'pod-manifests#api-version-and-kind',
	'kind-not-checked': 'pod-manifests#api-version-and-kind',
	'unknown-field': 'pod-manifests#fields',
	'type-mismatch': 'pod-manifests#fields',
	required: 'pod-manifests#fields',
	'unsupported-value': 'pod-manifests#fields',
	'invalid-value': 'pod-manifests#fields',
	'negative-value': 'pod-manifests#fields',
	'missing-name': 'pod-manifests#names',
	'invalid-name': 'pod-manifests#names',
	'no-containers': 'pod-manifests#containers',
	'duplicate-container-name': 'pod-manifests#containers',
	'latest-tag': 'pod-manifests#images',
	'invalid-port': 'pod-manifests#ports',
	'invalid-port-name': 'pod-manifests#ports',
	'duplicate-port-name': 'pod-manifests#ports',
	'unsupported-protocol': 'pod-manifests#ports',
	'invalid-env-name': 'pod-manifests#env',
	'env-value-from': 'pod-manifests#env',
	'volume-not-found': 'pod-manifests#volumes',
	'duplicate-mount-path': 'pod-manifests#volumes',
	'duplicate-volume-name': 'pod-manifests#volumes',
	'volume-type': 'pod-manifests#volumes',
	'invalid-quantity': 'pod-manifests#resources',
	'negative-quantity': 'pod-manifests#resources',
	'non-integer-resource': 'pod-manifests#resources',
	'invalid-resource-name': 'pod-manifests#resources',
	'limit-required': 'pod-manifests#resources',
	'requests-exceed-limits': 'pod-manifests#resources',
	'requests-equal-limits': 'pod-manifests#resources',
	'no-resource-requests': 'pod-manifests#resources',
	'unsupported-restart-policy': 'pod-manifests#restart-policy',
	'invalid-label-key': 'labels-and-selectors#label-syntax',
	'invalid-label-value': 'labels-and-selectors#label-syntax',
	'invalid-annotation-key': 'labels-and-selectors#annotations',
	'annotations-too-long': 'labels-and-selectors#annotations',
	'selector-values': 'labels-and-selectors#selectors',
	'selector-operator': 'labels-and-selectors#selectors',
	'probe-handler-missing': 'probes#handlers',
	'probe-handler-multiple': 'probes#handlers',
	'invalid-header': 'probes#handlers',
	'probe-success-threshold': 'probes#thresholds',
	'no-liveness-probe': 'probes#liveness',
	'no-readiness-probe': 'probes#readiness',
	'selector-mismatch': 'replication-controllers#selector',
	'selector-required': 'replication-controllers#selector',
	'template-required': 'replication-controllers#template',
	'template-restart-policy': 'replication-controllers#template',
	'template-active-deadline': 'replication-controllers#template',
	'selector-empty': 'replicasets-and-deployments#selector',
	'selector-immutable': 'replicasets-and-deployments#selector',
	'invalid-percent': 'replicasets-and-deployments#strategy',
	'strategy-rolling-update': 'replicasets-and-deployments#strategy',
	'rolling-update-zero': 'replicasets-and-deployments#strategy',
	'progress-deadline': 'replicasets-and-deployments#strategy',
	'service-ports-required': 'review#services',
	'service-port-name-required': 'review#services',
	'unsupported-service-type': 'review#services',
	'node-port-cluster-ip': 'review#services',
	'duplicate-service-port': 'review#services',
};

/** Codes whose lesson depends on the field: selectors of ReplicaSets and Deployments live in their own lesson. */
function refine(code: string, field: string | undefined, owner: string | undefined): Anchor | undefined {
	if ((code === 'selector-mismatch' || code === 'selector-required' || code === 'template-restart-policy') && owner && owner !== 'ReplicationController') {
		return code === 'template-restart-policy' ? 'replicasets-and-deployments#template' : 'replicasets-and-deployments#selector';
	}
	if (field?.endsWith('nodeSelector') && code.startsWith('invalid-label')) return 'labels-and-selectors#node-selector';
	return BY_CODE[code];
}

/** Site-relative link to the lesson section for a rule: `lessons/replication-controllers/#selector`. */
export function lessonLink(code: string, field?: string, owner?: string): string | undefined {
	const anchor = refine(code, field, owner);
	if (!anchor) return undefined;
	const [slug, hash] = anchor.split('#');
	return `lessons/${slug}/#${hash}`;
}
