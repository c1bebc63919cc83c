// The one map from rule codes to the lesson sections that explain them. Lessons create headings
// with these anchors, so keep both sides in step.

export const LESSON_SLUGS = [
	'start-here', 'why-kubernetes', 'orchestrators', 'architecture', 'control-plane', 'node-components', 'pods',
	'pod-manifests', 'labels-and-selectors', 'probes', 'replication-controllers', 'replicasets-and-deployments', 'services-and-networking',
	'configuration', 'resources-and-qos', 'storage', 'init-containers-and-sidecars', 'jobs-and-cronjobs', 'daemonsets-and-statefulsets',
	'troubleshooting', 'review',
] as const;
export type LessonSlug = (typeof LESSON_SLUGS)[number];

/**
 * Every anchor a lesson must define, by lesson. Where a lesson already exists these are its
 * anchors (`## Heading {#anchor}`, or the `{/* #anchor *\/}` comment under a heading);
 * tests/unit/validate/messages.test.ts checks that every written lesson defines them.
 */
export const LESSON_ANCHORS = {
	pods: ['one-or-two'],
	'pod-manifests': ['anatomy', 'manifest', 'errors', 'kubectl'],
	'labels-and-selectors': ['labels', 'selector', 'in-manifests', 'services'],
	probes: ['why', 'mechanisms', 'timing'],
	'replication-controllers': ['what', 'selector-check'],
	'replicasets-and-deployments': ['replicaset', 'deployment', 'rolling-update'],
	'services-and-networking': ['ports', 'types'],
	configuration: ['env'],
	'resources-and-qos': ['requests-limits'],
	storage: ['volumes'],
	'init-containers-and-sidecars': ['init-containers', 'sidecars'],
	'jobs-and-cronjobs': ['why', 'parallel', 'policies', 'cronjob'],
} as const satisfies Partial<Record<LessonSlug, readonly string[]>>;

type Anchor = { [S in keyof typeof LESSON_ANCHORS]: `${S}#${(typeof LESSON_ANCHORS)[S][number]}` }[keyof typeof LESSON_ANCHORS];

const group = (anchor: Anchor, codes: string[]) => Object.fromEntries(codes.map((c) => [c, anchor])) as Record<string, Anchor>;

const BY_CODE: Record<string, Anchor> = {
	...group('pod-manifests#anatomy', [
		'yaml-syntax', 'duplicate-key', 'tab-indent', 'too-large', 'too-deep', 'alias-limit', 'not-an-object', 'missing-api-version', 'missing-kind', 'unknown-kind', 'kind-not-checked',
		'field-immutable', 'finalizers-while-deleting', 'no-objects', 'object-too-large', 'list-items',
	]),
	...group('pod-manifests#errors', [
		'invalid-base64', 'invalid-config-key', 'config-key-in-both', 'config-too-large', 'secret-type-key', 'secret-docker-config', 'invalid-finalizer',
	]),
	...group('jobs-and-cronjobs#why', ['job-selector-generated', 'job-restart-policy']),
	...group('jobs-and-cronjobs#parallel', ['job-indexed-name']),
	...group('jobs-and-cronjobs#policies', ['job-indexed-only']),
	...group('jobs-and-cronjobs#cronjob', ['cronjob-schedule', 'cronjob-schedule-tz', 'cronjob-time-zone', 'cronjob-selector', 'cronjob-name-length']),
	...group('pod-manifests#errors', ['unknown-field', 'type-mismatch', 'invalid-quantity', 'required', 'unsupported-value', 'invalid-value', 'negative-value', 'missing-name', 'invalid-name', 'image-whitespace', 'active-deadline-range']),
	...group('pod-manifests#manifest', [
		'no-containers', 'duplicate-container-name', 'latest-tag', 'invalid-port', 'invalid-port-name', 'duplicate-port-name', 'unsupported-protocol',
		'invalid-env-name', 'non-integer-resource', 'invalid-resource-name', 'unsupported-restart-policy',
	]),
	...group('configuration#env', ['env-value-from', 'env-field-path']),
	...group('pod-manifests#errors', ['security-id-range', 'security-profile', 'share-process-host-pid', 'privilege-escalation', 'dns-config', 'lifecycle-sleep']),
	...group('storage#volumes', ['volume-path', 'file-mode', 'token-expiry', 'pvc-access-modes', 'pvc-storage']),
	...group('labels-and-selectors#in-manifests', ['invalid-toleration', 'affinity-weight', 'affinity-terms', 'topology-key', 'topology-spread', 'duplicate-gate']),
	...group('resources-and-qos#requests-limits', ['hpa-replicas', 'hpa-target', 'hpa-metric', 'negative-quantity', 'limit-required', 'requests-exceed-limits', 'requests-equal-limits', 'no-resource-requests']),
	...group('pod-manifests#kubectl', [
		'pod-update-forbidden', 'pod-update-containers', 'active-deadline-increase', 'active-deadline-removed', 'toleration-modified',
		'scheduling-gate-added', 'node-selector-mutation',
	]),
	...group('pods#one-or-two', ['duplicate-host-port', 'host-network-port', 'container-restart-policy']),
	...group('init-containers-and-sidecars#sidecars', ['init-restart-policy']),
	...group('init-containers-and-sidecars#init-containers', ['init-container-field']),
	...group('storage#volumes', ['volume-not-found', 'duplicate-mount-path', 'duplicate-volume-name', 'volume-type']),
	...group('labels-and-selectors#labels', ['invalid-label-key', 'invalid-label-value', 'invalid-annotation-key', 'annotations-too-long']),
	...group('labels-and-selectors#selector', ['selector-values', 'selector-operator']),
	...group('services-and-networking#ports', ['service-ports-required', 'service-port-name-required', 'duplicate-service-port']),
	...group('services-and-networking#types', [
		'unsupported-service-type', 'node-port-cluster-ip', 'service-headless-type', 'service-external-name', 'node-port-range', 'session-affinity-config',
		'service-source-ranges', 'service-traffic-policy',
	]),
	...group('services-and-networking#ports', ['duplicate-node-port']),
	...group('services-and-networking#types', ['ingress-backend', 'ingress-path', 'ingress-host', 'network-policy-peer', 'network-policy-types']),
	...group('probes#mechanisms', ['probe-handler-missing', 'probe-handler-multiple', 'invalid-header']),
	...group('probes#timing', ['probe-success-threshold', 'probe-grace-period', 'readiness-grace-period']),
	...group('probes#why', ['no-liveness-probe', 'no-readiness-probe']),
	...group('replication-controllers#selector-check', ['selector-mismatch', 'selector-required']),
	...group('replication-controllers#what', ['template-required', 'template-restart-policy', 'template-active-deadline', 'ephemeral-in-template']),
	...group('replicasets-and-deployments#replicaset', ['selector-empty', 'selector-immutable', 'selector-invalid']),
	...group('replicasets-and-deployments#rolling-update', ['invalid-percent', 'strategy-rolling-update', 'rolling-update-zero', 'progress-deadline', 'rollout-limits', 'statefulset-policy']),
};

/** Codes whose lesson depends on the field: selectors of ReplicaSets and Deployments live in their own lesson. */
function refine(code: string, field: string | undefined, owner: string | undefined): Anchor | undefined {
	if ((code === 'selector-mismatch' || code === 'selector-required') && owner === 'Job') return 'labels-and-selectors#selector';
	if ((code === 'selector-mismatch' || code === 'selector-required' || code === 'template-restart-policy') && owner && owner !== 'ReplicationController') {
		return owner === 'Deployment' && code !== 'template-restart-policy' ? 'replicasets-and-deployments#deployment' : 'replicasets-and-deployments#replicaset';
	}
	if (field?.endsWith('nodeSelector') && code.startsWith('invalid-label')) return 'labels-and-selectors#in-manifests';
	return BY_CODE[code];
}

/** Site-relative link to the lesson section for a rule: `lessons/replication-controllers/#selector`. */
export function lessonLink(code: string, field?: string, owner?: string): string | undefined {
	const anchor = refine(code, field, owner);
	if (!anchor) return undefined;
	const [slug, hash] = anchor.split('#');
	return `lessons/${slug}/#${hash}`;
}
