/**
 * Why a controller did what it did, from its own data at the moment it decided: what the lab's
 * "why" panel explains. Upstream keeps this in its logs at high verbosity (`manageReplicas`'s
 * "Too few replicas", the scheduler's per-plugin scores at -v=10); the simulator hands it to the
 * reader instead. Controllers record a decision through `ControllerContext.decide`, which costs a
 * small object per sync.
 */

/** Which ActivePodsWithRanks.Less rule put a Pod before the first Pod the controller kept. */
export type DeletionRule = 'unassigned' | 'phase' | 'notReady' | 'deletionCost' | 'doubledUp' | 'readyShorter' | 'restarts' | 'newer' | 'tie' | 'all';

export interface ReplicasDecision {
	kind: 'replicas';
	controller: { kind: string; name: string };
	/** The selector as `kubectl get -o wide` prints it. */
	selector: string;
	desired: number;
	/** The active Pods it owns after adopting and releasing. */
	active: string[];
	adopted: string[];
	released: string[];
	created: string[];
	/** Pods deleted, each with the rule that ranked it first (getPodsToDelete), and the Pod it lost to. */
	deleted: { pod: string; rule: DeletionRule; kept?: string }[];
	/** Creation failed with this API error (FailedCreate). */
	failed?: string;
}

export interface NodeVerdict {
	node: string;
	/** Filter plugins that rejected the node, with their FitError reasons; empty when it passed. */
	rejected: { plugin: string; reason: string }[];
	/** Scores of the nodes that passed, per plugin (0–100), and the weighted total. */
	scores?: { plugin: string; score: number; weight: number }[];
	total?: number;
}

export interface ScheduleDecision {
	kind: 'schedule';
	pod: string;
	nodes: NodeVerdict[];
	/** The node it bound to; undefined when no node fit. */
	chosen?: string;
	/** How many nodes shared the top score (selectHost picks one of them at random). */
	ties: number;
}

export interface EndpointsDecision {
	kind: 'endpoints';
	service: string;
	selector: string;
	/** Every Pod the selector matches, and where it went: ready, not ready, or left out and why. */
	pods: { pod: string; placed: 'ready' | 'notReady' | 'out'; why?: 'noIp' | 'terminating' | 'finished' | 'noPort' }[];
}

/** What the kubelet is doing with one container when it writes the Pod's status (kubelet.ts). */
export interface ContainerVerdict {
	name: string;
	image: string;
	/** An init container (regular, or a sidecar: restartPolicy Always); absent for an app container. */
	role?: 'init' | 'sidecar';
	/** waitingForInit: held back until the init containers before it have completed (a sidecar: started). */
	stage: 'waiting' | 'waitingForInit' | 'pulling' | 'creating' | 'running' | 'stopping' | 'exited' | 'backoff' | 'pullBackoff' | 'done';
	/** pulling: how long this pull takes, in seconds; creating: whether the image was already on the node. */
	pullSeconds?: number;
	cached?: boolean;
	/** backoff and pullBackoff: seconds until the kubelet tries again. */
	retrySeconds?: number;
	exitCode?: number;
	restartCount: number;
	ready: boolean;
	/** stopping: the grace period it was given. */
	graceSeconds?: number;
	/** The probes it has, as the prober sees them (pkg/kubelet/prober/worker.go). */
	probes: { type: 'liveness' | 'readiness' | 'startup'; result: 'success' | 'failure' | 'unknown'; successes: number; failures: number; successThreshold: number; failureThreshold: number; periodSeconds: number }[];
}

export interface KubeletDecision {
	kind: 'kubelet';
	pod: string;
	node: string;
	/** The sandbox (pause container and network) is up: the Pod has its IP. */
	sandboxReady: boolean;
	terminating: boolean;
	/** Every container stopped: it removed the Pod from the API server (the final delete, grace 0). */
	deleted?: boolean;
	containers: ContainerVerdict[];
}

export interface JobDecision {
	kind: 'job';
	job: string;
	/** spec.completions; undefined for a work-queue Job (done when one Pod succeeds). */
	completions?: number;
	parallelism: number;
	succeeded: number;
	failed: number;
	/** The Job's running Pods when it synced. */
	active: string[];
	created: string[];
	deleted: string[];
	/** A replacement waits for the pod failure back-off until this time (ISO-8601). */
	backoffUntil?: string;
	/** The condition it added: SuccessCriteriaMet or FailureTarget, then Complete or Failed. */
	finished?: { type: string; reason: string; message: string };
}

export interface CronJobDecision {
	kind: 'cronjob';
	cronJob: string;
	schedule: string;
	concurrencyPolicy: string;
	/** The Jobs in its active list after the sync. */
	active: string[];
	/** The scheduled time it acted on (ISO-8601), the Job it created for it, or why it created none. */
	scheduled?: string;
	created?: string;
	skipped?: 'suspended' | 'forbid' | 'missedDeadline';
	/** Finished Jobs deleted past the history limits, or running ones replaced (Replace). */
	deleted: string[];
	/** When it wakes next (ISO-8601). */
	next?: string;
}

export interface DaemonSetDecision {
	kind: 'daemonset';
	daemonSet: string;
	/** Each node (in step mode): whether it should run the Pod, why not, and the daemon Pods on it. */
	nodes: { node: string; shouldRun: boolean; reason?: 'selector' | 'taint'; pods: string[] }[];
	created: string[];
	deleted: string[];
}

export interface StatefulSetDecision {
	kind: 'statefulset';
	statefulSet: string;
	replicas: number;
	policy: 'OrderedReady' | 'Parallel';
	created: string[];
	deleted: string[];
	/** A replica deleted to be recreated from the new revision (RollingUpdate). */
	updating?: string;
	/** The replica the sync stopped at, and what it waits for. */
	waiting?: { pod: string; why: 'created' | 'runningAndReady' | 'available' | 'terminating' };
}

export type Decision = ReplicasDecision | ScheduleDecision | EndpointsDecision | KubeletDecision | JobDecision | CronJobDecision | DaemonSetDecision | StatefulSetDecision;
