// One object through the API server's pipeline: map the kind, decode strictly, apply defaults,
// validate; then the course's advice, when the caller brings it (validate.ts; the API server gives
// none). Produces located-later Issues.
import { applyDefaults, applyDefaultsInPlace } from './defaults.ts';
import { type Issue } from './issue.ts';
import { checkKind } from './kinds.ts';
import { validateDeploymentSpec, validateReplicaSetSpec, validateReplicationControllerSpec, validateSelectorUpdate } from './rules/controllers.ts';
import { validateDaemonSetSpec, validateStatefulSetSpec } from './rules/apps-sets.ts';
import { validateConfigMap, validateSecret } from './rules/config-data.ts';
import { validateCronJob } from './rules/cronjob.ts';
import { validateJob } from './rules/job.ts';
import { validateObjectMeta, validateObjectMetaUpdate, type NameRule } from './rules/metadata.ts';
import { validateNamespace } from './rules/namespace.ts';
import { validateContainersOnlyForPod } from './rules/containers.ts';
import { validatePodSpec } from './rules/pod-spec.ts';
import { validatePodUpdate } from './rules/pod-update.ts';
import { validatePersistentVolumeClaimSpec } from './rules/pvc.ts';
import { validateIngressSpec } from './rules/ingress.ts';
import { validateNetworkPolicySpec } from './rules/network-policy.ts';
import { validateHorizontalPodAutoscalerSpec } from './rules/hpa.ts';
import { validateServiceSpec } from './rules/service.ts';
import { isObj, obj, str } from './rules/util.ts';
import { decode } from './schema.ts';

export interface CheckedObject {
	issues: Issue[];
	apiVersion?: string;
	kind?: string;
	name?: string;
	/** The defaulted object, when it decoded. */
	object?: unknown;
}

/** Best-practice advice on an object as written (rules/advice.ts `adviseContainers`). */
export type Advise = (object: unknown, kind: string, issues: Issue[]) => void;

export interface CheckOptions {
	operation: 'create' | 'update';
	old?: unknown;
	/** The course's advice, after the API server's checks. @default none, as the API server gives */
	advise?: Advise;
	/** The caller hands over `raw` (a fresh parse): defaults are applied to it in place, not to a copy. */
	owned?: boolean;
}

function mappingIssue(code: string, apiMessage: string, at: Issue['at'], params: Issue['params'] = {}): Issue {
	return { severity: code === 'kind-not-checked' ? 'warning' : 'error', code, stage: 'mapping', at, apiMessage, params, target: 'key' };
}

const RULES: Record<string, (o: Record<string, unknown>, issues: Issue[]) => void> = {
	ConfigMap: validateConfigMap,
	Secret: validateSecret,
	Namespace: validateNamespace,
	Job: validateJob,
	CronJob: validateCronJob,
	Pod: (o, issues) => {
		validatePodSpec(o.spec, ['spec'], issues, true);
		// validatePodMetadataAndSpec: checks a Pod gets and a Pod template does not, after the spec's.
		const spec = obj(o.spec);
		validateContainersOnlyForPod(spec.containers, ['spec', 'containers'], issues);
		validateContainersOnlyForPod(spec.initContainers, ['spec', 'initContainers'], issues);
	},
	ReplicationController: (o, issues) => validateReplicationControllerSpec(o.spec, issues),
	ReplicaSet: (o, issues) => validateReplicaSetSpec(o.spec, issues),
	Deployment: (o, issues) => validateDeploymentSpec(o.spec, issues),
	Service: (o, issues) => validateServiceSpec(o.spec, issues),
	DaemonSet: (o, issues) => validateDaemonSetSpec(o.spec, issues),
	StatefulSet: (o, issues) => validateStatefulSetSpec(o.spec, issues),
	PersistentVolumeClaim: (o, issues) => validatePersistentVolumeClaimSpec(o.spec, ['spec'], issues),
	Ingress: (o, issues) => validateIngressSpec(o.spec, issues),
	NetworkPolicy: (o, issues) => validateNetworkPolicySpec(o.spec, issues),
	HorizontalPodAutoscaler: (o, issues) => validateHorizontalPodAutoscalerSpec(o.spec, issues),
};

/** The name function each kind's Validate* passes to ValidateObjectMeta, where it is not NameIsDNSSubdomain. */
const NAME_RULES: Record<string, NameRule> = { HorizontalPodAutoscaler: 'subdomain', NetworkPolicy: 'subdomain', Ingress: 'subdomain', PersistentVolumeClaim: 'subdomain', DaemonSet: 'subdomain', StatefulSet: 'label', Service: 'dns1035', Namespace: 'label', ConfigMap: 'subdomain', Secret: 'subdomain', Job: 'subdomain', CronJob: 'subdomain' };
/** Cluster-scoped kinds: rest.BeforeCreate clears a metadata.namespace they carry, so it is not validated. */
const CLUSTER_SCOPED = new Set([
	'Namespace', 'Node', 'PersistentVolume', 'ComponentStatus', 'ClusterRole', 'ClusterRoleBinding', 'StorageClass', 'CSIDriver', 'CSINode',
	'VolumeAttachment', 'VolumeAttributesClass', 'CustomResourceDefinition', 'APIService', 'PriorityClass', 'IngressClass', 'IPAddress', 'ServiceCIDR',
	'RuntimeClass', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding',
	'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'CertificateSigningRequest', 'FlowSchema', 'PriorityLevelConfiguration',
	'DeviceClass', 'ResourceSlice',
]);
/**
 * Requests rather than stored objects (reviews, and what kubectl sends to a subresource): their
 * validation does not run ValidateObjectMeta, so a missing name is no error.
 */
const NOT_STORED = new Set(['TokenReview', 'SelfSubjectReview', 'SubjectAccessReview', 'SelfSubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectRulesReview', 'TokenRequest', 'Eviction', 'Scale']);

// What an update may not change, on top of validating the new object: ValidatePodUpdate, and the
// selector immutability of ValidateReplicaSetUpdate / ValidateDeploymentUpdate (an RC's selector may change).
const UPDATE_RULES: Record<string, (o: Record<string, unknown>, old: Record<string, unknown>, issues: Issue[]) => void> = {
	Pod: (o, old, issues) => validatePodUpdate(o.spec, old.spec, issues),
	ReplicaSet: (o, old, issues) => validateSelectorUpdate(o.spec, old.spec, issues),
	Deployment: (o, old, issues) => validateSelectorUpdate(o.spec, old.spec, issues),
};

export function checkObject(raw: unknown, options: CheckOptions): CheckedObject {
	if (!isObj(raw)) return { issues: [mappingIssue('not-an-object', 'Object is not a mapping of fields', [])] };
	const apiVersion = typeof raw.apiVersion === 'string' ? raw.apiVersion : undefined;
	const kind = typeof raw.kind === 'string' ? raw.kind : undefined;
	const name = str(obj(raw.metadata).name) || undefined;
	const result: CheckedObject = { issues: [], apiVersion, kind, name };
	// kubectl refuses to send an object it cannot map to a resource: "error validating data: ...".
	if (!apiVersion) result.issues.push(mappingIssue('missing-api-version', 'apiVersion not set', ['apiVersion']));
	if (!kind) result.issues.push(mappingIssue('missing-kind', 'kind not set', ['kind']));
	if (!apiVersion || !kind) return result;
	const known = checkKind(apiVersion, kind);
	if (!known.known) {
		if (known.builtin) {
			result.issues.push(mappingIssue('kind-not-checked', `${kind} in version "${apiVersion}" is not checked by this validator`, ['kind'], { kind, apiVersion }));
		} else {
			result.issues.push(mappingIssue('unknown-kind', `no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}`, ['kind'], { kind, apiVersion }));
		}
		return result;
	}
	const decoded = decode(raw, known.definition);
	// A built-in kind the course does not teach: decoded strictly from its schema, its semantic rules
	// where this validator has them (RULES), its name where the rule is known (NAME_RULES).
	const course = known.course;
	if (decoded.issues.length > 0) {
		result.issues.push(...decoded.issues);
		return result;
	}
	// Advice reads the object as written, so it is taken before defaulting (which may work in place).
	const advice: Issue[] = [];
	options.advise?.(raw, kind, advice);
	const object = options.owned ? applyDefaultsInPlace(raw) : applyDefaults(raw);
	result.object = object;
	const rules: Issue[] = [];
	if (!NOT_STORED.has(kind)) validateObjectMeta(object.metadata, NAME_RULES[kind] ?? (course ? 'subdomain' : 'any'), rules, !CLUSTER_SCOPED.has(kind));
	// As upstream, `old` is the object as stored, so already defaulted: only the new one is defaulted here.
	const old = options.operation === 'update' && isObj(options.old) ? options.old : undefined;
	if (old) validateObjectMetaUpdate(object.metadata, old.metadata, rules);
	RULES[kind]?.(object, rules);
	if (old) UPDATE_RULES[kind]?.(object, old, rules);
	// Schema-level required fields and enums, unless a specific rule already reported that field. Only for
	// the course's kinds, whose rules are complete enough for the schema to fill the gaps: for the others
	// the OpenAPI `required` list is not what the API server's Go validation requires.
	const reported = new Set(rules.map((i) => i.field));
	if (course) for (const issue of decoded.shapeIssues(object)) if (!reported.has(issue.field)) rules.push(issue);
	result.issues.push(...rules, ...advice);
	return result;
}
