// The API server's defaulting, applied before validation exactly as kube-apiserver does.
// Mirrors pkg/apis/core/v1/defaults.go, pkg/apis/apps/v1/defaults.go and pkg/apis/batch/v1/defaults.go (SetDefaults_*).
// Pure: works on a copy (or in place on a fresh parse), and leaves values of the wrong type alone (decode
// errors report them).
import { defaultPullPolicy } from './image-reference.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The object at `key`, created when absent; a value of the wrong type is left alone (a throwaway is returned). */
const objAt = (o: Obj, key: string): Obj => {
	if (o[key] === undefined || o[key] === null) o[key] = {};
	return isObj(o[key]) ? o[key] : {};
};
const setIfAbsent = (o: Obj, key: string, value: unknown) => {
	if (o[key] === undefined || o[key] === null || o[key] === '') o[key] = value;
};
/** For Go's non-pointer numbers, where 0 is "unset": SetDefaults_Probe defaults a 0 as it defaults a missing field. */
const setIfZero = (o: Obj, key: string, value: number) => {
	if (o[key] === undefined || o[key] === null || o[key] === 0) o[key] = value;
};
const eachObj = (v: unknown, fn: (o: Obj) => void) => {
	if (Array.isArray(v)) for (const item of v) if (isObj(item)) fn(item);
};

function clone<T>(value: T): T {
	if (Array.isArray(value)) return value.map(clone) as T;
	if (isObj(value)) {
		const out: Obj = {};
		for (const k of Object.keys(value)) out[k] = clone(value[k]);
		return out as T;
	}
	return value;
}

/** SetDefaults_Probe: the four fields are int32 (not pointers), so `0` is defaulted like an absent field. */
function defaultProbe(probe: unknown): void {
	if (!isObj(probe)) return;
	setIfZero(probe, 'timeoutSeconds', 1);
	setIfZero(probe, 'periodSeconds', 10);
	setIfZero(probe, 'successThreshold', 1);
	setIfZero(probe, 'failureThreshold', 3);
	if (isObj(probe.httpGet)) {
		// SetDefaults_HTTPGetAction
		setIfAbsent(probe.httpGet, 'path', '/');
		setIfAbsent(probe.httpGet, 'scheme', 'HTTP');
	}
}

/** SetDefaults_Container and what it reaches: ports, probes, env. */
function defaultContainer(c: Obj): void {
	// A missing image is Go's "" here: it still gets a policy (IfNotPresent), validation reports the image.
	setIfAbsent(c, 'imagePullPolicy', defaultPullPolicy(typeof c.image === 'string' ? c.image : ''));
	setIfAbsent(c, 'terminationMessagePath', '/dev/termination-log');
	setIfAbsent(c, 'terminationMessagePolicy', 'File');
	eachObj(c.ports, (p) => setIfAbsent(p, 'protocol', 'TCP'));
	defaultProbe(c.livenessProbe);
	defaultProbe(c.readinessProbe);
	defaultProbe(c.startupProbe);
	eachObj(c.env, (e) => {
		if (isObj(e.valueFrom) && isObj(e.valueFrom.fieldRef)) setIfAbsent(e.valueFrom.fieldRef, 'apiVersion', 'v1');
	});
}

const VOLUME_SOURCES_WITH_MODE = ['secret', 'configMap', 'downwardAPI', 'projected'];

/** SetDefaults_PodSpec, SetDefaults_Volume and the container defaults. */
function defaultPodSpec(spec: Obj): void {
	setIfAbsent(spec, 'restartPolicy', 'Always');
	setIfAbsent(spec, 'dnsPolicy', 'ClusterFirst');
	setIfAbsent(spec, 'terminationGracePeriodSeconds', 30);
	setIfAbsent(spec, 'schedulerName', 'default-scheduler');
	if (spec.securityContext === undefined) spec.securityContext = {};
	eachObj(spec.containers, defaultContainer);
	eachObj(spec.initContainers, defaultContainer);
	eachObj(spec.volumes, (v) => {
		// SetDefaults_Volume: a volume with no source (a `null` one is none: a nil pointer) is an emptyDir.
		const sources = Object.keys(v).filter((k) => k !== 'name' && v[k] !== null && v[k] !== undefined);
		if (sources.length === 0) v.emptyDir = {};
		for (const s of VOLUME_SOURCES_WITH_MODE) if (isObj(v[s])) setIfAbsent(v[s] as Obj, 'defaultMode', 420);
	});

}

/** A ReplicationController's template is a pointer: only a template that is there gets defaults. */
function defaultTemplate(template: unknown): void {
	if (isObj(template) && isObj(template.spec)) defaultPodSpec(template.spec);
}

/** The apps kinds hold their template (and its pod spec) by value, so SetDefaults_PodSpec always runs. */
function defaultValueTemplate(spec: Obj): void {
	defaultPodSpec(objAt(objAt(spec, 'template'), 'spec'));
}

/** SetDefaults_Pod: also copies limits into missing requests. */
function defaultPod(pod: Obj): void {
	const spec = objAt(pod, 'spec');
	defaultPodSpec(spec);
	if (spec.enableServiceLinks === undefined) spec.enableServiceLinks = true;
	const limitsAsRequests = (c: Obj) => {
		const res = c.resources;
		if (!isObj(res) || !isObj(res.limits)) return;
		const requests = isObj(res.requests) ? res.requests : (res.requests = {});
		for (const [k, v] of Object.entries(res.limits)) if (!(k in requests)) requests[k] = v;
	};
	eachObj(spec.containers, limitsAsRequests);
	eachObj(spec.initContainers, limitsAsRequests);
	if (spec.hostNetwork === true) {
		// defaultHostNetworkPorts: with host networking the host port is the container port.
		const hostPorts = (c: Obj) => eachObj(c.ports, (p) => {
			if (!p.hostPort) p.hostPort = p.containerPort;
		});
		eachObj(spec.containers, hostPorts);
		eachObj(spec.initContainers, hostPorts);
	}
}

/** SetDefaults_ReplicationController: an empty selector (and empty labels) take the template's labels. */
function defaultReplicationController(rc: Obj): void {
	const spec = objAt(rc, 'spec');
	const template = isObj(spec.template) ? spec.template : undefined;
	const labels = template && isObj(template.metadata) ? template.metadata.labels : undefined;
	if (isObj(labels)) {
		if (!isObj(spec.selector) || Object.keys(spec.selector).length === 0) spec.selector = { ...labels };
		const meta = objAt(rc, 'metadata');
		if (!isObj(meta.labels) || Object.keys(meta.labels).length === 0) meta.labels = { ...labels };
	}
	setIfAbsent(spec, 'replicas', 1);
	defaultTemplate(spec.template);
}

/** apps/v1 SetDefaults_ReplicaSet. */
function defaultReplicaSet(rs: Obj): void {
	const spec = objAt(rs, 'spec');
	setIfAbsent(spec, 'replicas', 1);
	defaultValueTemplate(spec);
}

/** A Deployment's or DaemonSet's strategy: RollingUpdate by default, with its two limits. */
function defaultRollingUpdate(strategy: Obj, maxUnavailable: string | number, maxSurge: string | number): void {
	setIfAbsent(strategy, 'type', 'RollingUpdate');
	if (strategy.type !== 'RollingUpdate') return;
	const ru = objAt(strategy, 'rollingUpdate');
	setIfAbsent(ru, 'maxUnavailable', maxUnavailable);
	setIfAbsent(ru, 'maxSurge', maxSurge);
}

/** apps/v1 SetDefaults_Deployment. */
function defaultDeployment(d: Obj): void {
	const spec = objAt(d, 'spec');
	setIfAbsent(spec, 'replicas', 1);
	defaultRollingUpdate(objAt(spec, 'strategy'), '25%', '25%');
	setIfAbsent(spec, 'revisionHistoryLimit', 10);
	setIfAbsent(spec, 'progressDeadlineSeconds', 600);
	defaultValueTemplate(spec);
}

/** apps/v1 SetDefaults_DaemonSet. */
function defaultDaemonSet(ds: Obj): void {
	const spec = objAt(ds, 'spec');
	defaultRollingUpdate(objAt(spec, 'updateStrategy'), 1, 0);
	setIfAbsent(spec, 'revisionHistoryLimit', 10);
	defaultValueTemplate(spec);
}

/** apps/v1 SetDefaults_StatefulSet (a rollingUpdate is made only when the type was defaulted too). */
function defaultStatefulSet(sts: Obj): void {
	const spec = objAt(sts, 'spec');
	setIfAbsent(spec, 'podManagementPolicy', 'OrderedReady');
	const strategy = objAt(spec, 'updateStrategy');
	if (strategy.type === undefined || strategy.type === null || strategy.type === '') {
		strategy.type = 'RollingUpdate';
		objAt(strategy, 'rollingUpdate');
	}
	if (strategy.type === 'RollingUpdate' && isObj(strategy.rollingUpdate)) setIfAbsent(strategy.rollingUpdate, 'partition', 0);
	const retention = objAt(spec, 'persistentVolumeClaimRetentionPolicy');
	setIfAbsent(retention, 'whenDeleted', 'Retain');
	setIfAbsent(retention, 'whenScaled', 'Retain');
	setIfAbsent(spec, 'replicas', 1);
	setIfAbsent(spec, 'revisionHistoryLimit', 10);
	defaultValueTemplate(spec);
}

/** SetDefaults_Service and SetDefaults_ServicePort (via the ports loop). */
function defaultService(svc: Obj): void {
	const spec = objAt(svc, 'spec');
	setIfAbsent(spec, 'sessionAffinity', 'None');
	setIfAbsent(spec, 'type', 'ClusterIP');
	eachObj(spec.ports, (p) => {
		setIfAbsent(p, 'protocol', 'TCP');
		if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
	});
	if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') setIfAbsent(spec, 'externalTrafficPolicy', 'Cluster');
	if (spec.type !== 'ExternalName') setIfAbsent(spec, 'internalTrafficPolicy', 'Cluster');
	if (spec.sessionAffinity === 'ClientIP') {
		const cfg = objAt(objAt(spec, 'sessionAffinityConfig'), 'clientIP');
		setIfAbsent(cfg, 'timeoutSeconds', 10800);
	}
}

/** SetDefaults_PersistentVolumeClaimSpec: a claim without a volumeMode asks for a filesystem. */
function defaultPersistentVolumeClaim(pvc: Obj): void {
	setIfAbsent(objAt(pvc, 'spec'), 'volumeMode', 'Filesystem');
}

/** networking/v1 SetDefaults_NetworkPolicyPort: a port without a protocol is TCP. */
function defaultNetworkPolicy(np: Obj): void {
	const spec = objAt(np, 'spec');
	for (const rules of [spec.ingress, spec.egress]) eachObj(rules, (rule) => eachObj(rule.ports, (port) => setIfAbsent(port, 'protocol', 'TCP')));
}

/** autoscaling SetDefaults_HorizontalPodAutoscaler: one replica at least (v1 and v2). */
function defaultHorizontalPodAutoscaler(hpa: Obj): void {
	setIfAbsent(objAt(hpa, 'spec'), 'minReplicas', 1);
}

/** SetDefaults_Secret. */
function defaultSecret(secret: Obj): void {
	setIfAbsent(secret, 'type', 'Opaque');
}

/** SetDefaults_Namespace: a named Namespace carries its name as the `kubernetes.io/metadata.name` label. */
function defaultNamespace(ns: Obj): void {
	const meta = objAt(ns, 'metadata');
	if (typeof meta.name !== 'string' || meta.name === '') return;
	objAt(meta, 'labels')['kubernetes.io/metadata.name'] = meta.name;
}

/** batch/v1 SetDefaults_Job (the template, a value, gets SetDefaults_PodSpec). */
function defaultJob(job: Obj): void {
	const spec = objAt(job, 'spec');
	if (spec.completions == null && spec.parallelism == null) {
		spec.completions = 1;
		spec.parallelism = 1;
	}
	setIfAbsent(spec, 'parallelism', 1);
	setIfAbsent(spec, 'backoffLimit', spec.backoffLimitPerIndex != null ? 2 ** 31 - 1 : 6);
	const template = objAt(spec, 'template');
	const labels = isObj(template.metadata) ? template.metadata.labels : undefined;
	const meta = objAt(job, 'metadata');
	if (isObj(labels) && (!isObj(meta.labels) || Object.keys(meta.labels).length === 0)) meta.labels = { ...labels };
	setIfAbsent(spec, 'completionMode', 'NonIndexed');
	setIfAbsent(spec, 'suspend', false);
	setIfAbsent(spec, 'podReplacementPolicy', spec.podFailurePolicy != null ? 'Failed' : 'TerminatingOrFailed');
	setIfAbsent(spec, 'manualSelector', false);
	defaultPodSpec(objAt(template, 'spec'));
}

/** batch/v1 SetDefaults_CronJob; the Job template's pod spec gets SetDefaults_PodSpec (there is no SetDefaults_JobSpec). */
function defaultCronJob(cj: Obj): void {
	const spec = objAt(cj, 'spec');
	setIfAbsent(spec, 'concurrencyPolicy', 'Allow');
	setIfAbsent(spec, 'suspend', false);
	setIfAbsent(spec, 'successfulJobsHistoryLimit', 3);
	setIfAbsent(spec, 'failedJobsHistoryLimit', 1);
	defaultPodSpec(objAt(objAt(objAt(objAt(spec, 'jobTemplate'), 'spec'), 'template'), 'spec'));
}

const BY_KIND: Record<string, (o: Obj) => void> = {
	'batch/v1/CronJob': defaultCronJob,
	'v1/Secret': defaultSecret,
	'v1/Namespace': defaultNamespace,
	'batch/v1/Job': defaultJob,
	'v1/Pod': defaultPod,
	'v1/ReplicationController': defaultReplicationController,
	'v1/Service': defaultService,
	'apps/v1/ReplicaSet': defaultReplicaSet,
	'apps/v1/Deployment': defaultDeployment,
	'apps/v1/DaemonSet': defaultDaemonSet,
	'apps/v1/StatefulSet': defaultStatefulSet,
	'v1/PersistentVolumeClaim': defaultPersistentVolumeClaim,
	'networking.k8s.io/v1/NetworkPolicy': defaultNetworkPolicy,
	'autoscaling/v2/HorizontalPodAutoscaler': defaultHorizontalPodAutoscaler,
	'autoscaling/v1/HorizontalPodAutoscaler': defaultHorizontalPodAutoscaler,
};

/** The API server's defaulting (SetDefaults_*), in place: for objects nobody else holds (a fresh parse). */
export function applyDefaultsInPlace<T>(obj: T): T {
	if (isObj(obj)) BY_KIND[`${String(obj.apiVersion)}/${String(obj.kind)}`]?.(obj);
	return obj;
}

/** The API server's defaulting (SetDefaults_*), on a copy. Unknown kinds and non-objects come back copied, unchanged. */
export function applyDefaults<T>(obj: T): T {
	return applyDefaultsInPlace(clone(obj));
}
