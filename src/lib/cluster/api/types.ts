/**
 * The slice of the Kubernetes object model the simulator works with. Objects are plain JSON, as the API
 * server stores them; these types only name the fields the controllers read and write.
 */

export interface OwnerReference {
	apiVersion: string;
	kind: string;
	name: string;
	uid: string;
	controller?: boolean;
	blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
	name: string;
	generateName?: string;
	namespace?: string;
	uid: string;
	resourceVersion: string;
	generation?: number;
	creationTimestamp: string;
	deletionTimestamp?: string;
	deletionGracePeriodSeconds?: number;
	labels?: Record<string, string>;
	annotations?: Record<string, string>;
	ownerReferences?: OwnerReference[];
	finalizers?: string[];
}

/** Any stored object. `spec` and `status` are kind-specific; narrow with the interfaces below. */
export interface KubeObject {
	apiVersion: string;
	kind: string;
	metadata: ObjectMeta;
	spec?: unknown;
	status?: unknown;
	[field: string]: unknown;
}

export interface LabelSelectorRequirement {
	key: string;
	operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
	values?: string[];
}

export interface LabelSelector {
	matchLabels?: Record<string, string>;
	matchExpressions?: LabelSelectorRequirement[];
}

export interface Probe {
	httpGet?: { path?: string; port: number | string; scheme?: string };
	tcpSocket?: { port: number | string };
	exec?: { command?: string[] };
	grpc?: { port: number; service?: string };
	initialDelaySeconds?: number;
	periodSeconds?: number;
	timeoutSeconds?: number;
	successThreshold?: number;
	failureThreshold?: number;
}

export interface Container {
	name: string;
	image: string;
	imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
	command?: string[];
	args?: string[];
	ports?: { name?: string; containerPort: number; protocol?: string }[];
	resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
	livenessProbe?: Probe;
	readinessProbe?: Probe;
	startupProbe?: Probe;
	env?: EnvVar[];
	envFrom?: EnvFromSource[];
	volumeMounts?: { name: string; mountPath: string; subPath?: string; readOnly?: boolean }[];
	/** Only on an init container: `Always` makes it a sidecar (KEP-753). */
	restartPolicy?: 'Always';
}

export interface Toleration {
	key?: string;
	operator?: 'Exists' | 'Equal';
	value?: string;
	effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
	tolerationSeconds?: number;
}

export interface PodSpec {
	initContainers?: Container[];
	containers: Container[];
	restartPolicy?: 'Always' | 'OnFailure' | 'Never';
	nodeName?: string;
	nodeSelector?: Record<string, string>;
	affinity?: { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: NodeSelector } };
	tolerations?: Toleration[];
	terminationGracePeriodSeconds?: number;
	schedulerName?: string;
	/** With `subdomain`, the pod's DNS name `<hostname>.<subdomain>.<ns>.svc.cluster.local` (a headless Service's). */
	hostname?: string;
	subdomain?: string;
	/** @default 'ClusterFirst' */
	dnsPolicy?: 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
	dnsConfig?: { nameservers?: string[]; searches?: string[]; options?: { name: string; value?: string }[] };
	hostNetwork?: boolean;
	/** @default true: the `<SERVICE>_SERVICE_HOST` variables (kubelet getServiceEnvVarMap). */
	enableServiceLinks?: boolean;
	volumes?: Volume[];
}

export interface KeyToPath {
	key: string;
	path: string;
	mode?: number;
}

/** The volume sources the kubelet projects from the API: configMap and secret (and emptyDir, empty). */
export interface Volume {
	name: string;
	configMap?: { name: string; items?: KeyToPath[]; defaultMode?: number; optional?: boolean };
	secret?: { secretName: string; items?: KeyToPath[]; defaultMode?: number; optional?: boolean };
	emptyDir?: Record<string, unknown>;
}

export interface EnvVar {
	name: string;
	value?: string;
	valueFrom?: {
		configMapKeyRef?: { name: string; key: string; optional?: boolean };
		secretKeyRef?: { name: string; key: string; optional?: boolean };
		fieldRef?: { fieldPath: string; apiVersion?: string };
	};
}

export interface EnvFromSource {
	prefix?: string;
	configMapRef?: { name: string; optional?: boolean };
	secretRef?: { name: string; optional?: boolean };
}

export interface PodCondition {
	type: string;
	status: 'True' | 'False' | 'Unknown';
	lastProbeTime?: string | null;
	lastTransitionTime?: string;
	reason?: string;
	message?: string;
}

export interface ContainerState {
	waiting?: { reason?: string; message?: string };
	running?: { startedAt: string };
	terminated?: { exitCode: number; reason?: string; message?: string; startedAt?: string; finishedAt?: string; containerID?: string };
}

export interface ContainerStatus {
	name: string;
	image: string;
	imageID: string;
	containerID?: string;
	ready: boolean;
	started?: boolean;
	restartCount: number;
	state: ContainerState;
	lastState: ContainerState;
}

export interface PodStatus {
	phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
	conditions?: PodCondition[];
	hostIP?: string;
	podIP?: string;
	podIPs?: { ip: string }[];
	startTime?: string;
	initContainerStatuses?: ContainerStatus[];
	containerStatuses?: ContainerStatus[];
	qosClass?: string;
	reason?: string;
	message?: string;
}

export interface PodTemplateSpec {
	metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
	spec: PodSpec;
}

export interface Pod extends KubeObject {
	kind: 'Pod';
	spec: PodSpec;
	status: PodStatus;
}

export interface ReplicaSetStatus {
	replicas: number;
	fullyLabeledReplicas?: number;
	readyReplicas?: number;
	availableReplicas?: number;
	observedGeneration?: number;
	conditions?: PodCondition[];
}

/** ReplicationController and ReplicaSet share one shape; only the selector type differs. */
export interface ReplicaController extends KubeObject {
	kind: 'ReplicationController' | 'ReplicaSet';
	spec: {
		replicas?: number;
		minReadySeconds?: number;
		selector?: Record<string, string> | LabelSelector;
		template?: PodTemplateSpec;
	};
	status?: ReplicaSetStatus;
}

export interface JobCondition {
	type: 'Complete' | 'Failed' | 'SuccessCriteriaMet' | 'FailureTarget' | 'Suspended';
	status: 'True' | 'False';
	lastProbeTime?: string;
	lastTransitionTime?: string;
	reason?: string;
	message?: string;
}

/** batch/v1 Job. */
export interface Job extends KubeObject {
	kind: 'Job';
	spec: {
		completions?: number;
		parallelism?: number;
		backoffLimit?: number;
		activeDeadlineSeconds?: number;
		ttlSecondsAfterFinished?: number;
		completionMode?: 'NonIndexed' | 'Indexed';
		suspend?: boolean;
		manualSelector?: boolean;
		podReplacementPolicy?: 'TerminatingOrFailed' | 'Failed';
		selector?: LabelSelector;
		template: PodTemplateSpec;
	};
	status?: {
		active?: number;
		ready?: number;
		succeeded?: number;
		failed?: number;
		terminating?: number;
		startTime?: string;
		completionTime?: string;
		conditions?: JobCondition[];
		uncountedTerminatedPods?: Record<string, never>;
	};
}

/** core/v1 NodeSelector: the terms are ORed, each term's requirements ANDed. */
export interface NodeSelector {
	nodeSelectorTerms: {
		matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt'; values?: string[] }[];
		matchFields?: { key: string; operator: 'In' | 'NotIn'; values?: string[] }[];
	}[];
}

/** batch/v1 CronJob. */
export interface CronJob extends KubeObject {
	kind: 'CronJob';
	spec: {
		schedule: string;
		timeZone?: string;
		startingDeadlineSeconds?: number;
		concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace';
		suspend?: boolean;
		successfulJobsHistoryLimit?: number;
		failedJobsHistoryLimit?: number;
		jobTemplate: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec: Job['spec'] };
	};
	status?: {
		active?: { apiVersion: string; kind: string; name: string; namespace?: string; uid: string; resourceVersion?: string }[];
		lastScheduleTime?: string;
		lastSuccessfulTime?: string;
	};
}

/** apps/v1 DaemonSet. */
export interface DaemonSet extends KubeObject {
	kind: 'DaemonSet';
	spec: {
		selector: LabelSelector;
		template: PodTemplateSpec;
		minReadySeconds?: number;
		revisionHistoryLimit?: number;
		updateStrategy?: { type?: 'RollingUpdate' | 'OnDelete'; rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string } };
	};
	status?: {
		currentNumberScheduled: number;
		desiredNumberScheduled: number;
		numberMisscheduled: number;
		numberReady: number;
		numberAvailable?: number;
		numberUnavailable?: number;
		updatedNumberScheduled?: number;
		observedGeneration?: number;
	};
}

/** apps/v1 StatefulSet. */
export interface StatefulSet extends KubeObject {
	kind: 'StatefulSet';
	spec: {
		replicas?: number;
		selector: LabelSelector;
		template: PodTemplateSpec;
		serviceName?: string;
		podManagementPolicy?: 'OrderedReady' | 'Parallel';
		minReadySeconds?: number;
		revisionHistoryLimit?: number;
		updateStrategy?: { type?: 'RollingUpdate' | 'OnDelete'; rollingUpdate?: { partition?: number; maxUnavailable?: number | string } };
		volumeClaimTemplates?: { metadata: { name: string; labels?: Record<string, string> }; spec?: Record<string, unknown> }[];
		persistentVolumeClaimRetentionPolicy?: { whenDeleted?: 'Retain' | 'Delete'; whenScaled?: 'Retain' | 'Delete' };
	};
	status?: {
		replicas: number;
		readyReplicas?: number;
		currentReplicas?: number;
		updatedReplicas?: number;
		availableReplicas?: number;
		currentRevision?: string;
		updateRevision?: string;
		observedGeneration?: number;
		collisionCount?: number;
	};
}

export interface Deployment extends KubeObject {
	kind: 'Deployment';
	spec: {
		replicas?: number;
		selector: LabelSelector;
		template: PodTemplateSpec;
		minReadySeconds?: number;
		revisionHistoryLimit?: number;
		progressDeadlineSeconds?: number;
		paused?: boolean;
		strategy?: {
			type?: 'RollingUpdate' | 'Recreate';
			rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string };
		};
	};
	status?: {
		observedGeneration?: number;
		replicas?: number;
		updatedReplicas?: number;
		readyReplicas?: number;
		availableReplicas?: number;
		unavailableReplicas?: number;
		conditions?: PodCondition[];
		collisionCount?: number;
	};
}

export interface ServicePort {
	name?: string;
	protocol?: string;
	port: number;
	targetPort?: number | string;
	nodePort?: number;
}

export interface Service extends KubeObject {
	kind: 'Service';
	spec: {
		type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
		selector?: Record<string, string>;
		ports?: ServicePort[];
		clusterIP?: string;
		clusterIPs?: string[];
		externalName?: string;
		/** List unready (and terminating) pods as ready endpoints: headless Services of StatefulSets. */
		publishNotReadyAddresses?: boolean;
	};
}

export interface EndpointAddress {
	ip: string;
	hostname?: string;
	nodeName?: string;
	targetRef?: { kind: string; name: string; namespace?: string; uid: string };
}

export interface EndpointSubset {
	addresses?: EndpointAddress[];
	notReadyAddresses?: EndpointAddress[];
	ports?: { name?: string; port: number; protocol?: string }[];
}

export interface Endpoints extends KubeObject {
	kind: 'Endpoints';
	subsets?: EndpointSubset[];
}

export interface Taint {
	key: string;
	value?: string;
	effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
	timeAdded?: string;
}

export interface NodeCondition {
	type: string;
	status: 'True' | 'False' | 'Unknown';
	lastHeartbeatTime?: string;
	lastTransitionTime?: string;
	reason?: string;
	message?: string;
}

export interface Node extends KubeObject {
	kind: 'Node';
	spec: { podCIDR?: string; unschedulable?: boolean; taints?: Taint[] };
	status: {
		capacity?: Record<string, string>;
		allocatable?: Record<string, string>;
		conditions?: NodeCondition[];
		addresses?: { type: string; address: string }[];
		nodeInfo?: Record<string, string>;
		images?: { names: string[]; sizeBytes: number }[];
	};
}

export interface Lease extends KubeObject {
	kind: 'Lease';
	spec: { holderIdentity?: string; leaseDurationSeconds?: number; renewTime?: string };
}

export interface KubeEvent extends KubeObject {
	kind: 'Event';
	involvedObject: { kind: string; namespace?: string; name: string; uid: string; apiVersion?: string; fieldPath?: string };
	reason: string;
	message: string;
	type: 'Normal' | 'Warning';
	source: { component: string; host?: string };
	count: number;
	firstTimestamp: string;
	lastTimestamp: string;
	reportingComponent?: string;
}

/** The metadata a client sends; the API server fills in uid, resourceVersion and creationTimestamp. */
export type NewObjectMeta = Omit<ObjectMeta, 'uid' | 'resourceVersion' | 'creationTimestamp' | 'name'> & { name?: string };

export function newMeta(fields: NewObjectMeta): ObjectMeta {
	return fields as ObjectMeta;
}
