/**
 * Turns the kubelet's container records into a pod's status. Mirrors
 * pkg/kubelet/kubelet_pods.go `generateAPIPodStatus` / `getPhase` / `convertToAPIContainerStatuses` and
 * pkg/kubelet/status/generate.go (Initialized, ContainersReady, Ready, PodReadyToStartContainers).
 */
import { imageId } from '../containers/apps.ts';
import { isReady, isStarted, type ContainerRecord } from './container-record.ts';
import { withCondition } from '../api/pod-util.ts';
import type { ContainerState, ContainerStatus, Pod, PodStatus } from '../api/types.ts';

export interface PodRecordView {
	/** '' until the sandbox has its network. */
	ip: string;
	hostIP: string;
	startTime: string;
	/** The init containers' records, in spec order. */
	init: ContainerRecord[];
	containers: ContainerRecord[];
}

/**
 * @param defaultReason convertToAPIContainerStatuses' default waiting state: ContainerCreating, or
 *   PodInitializing for every container of a pod with init containers.
 */
/** kuberuntime's ErrCreateContainerConfig reason: the container's config (its environment) could not be built. */
export const CREATE_CONTAINER_CONFIG_ERROR = 'CreateContainerConfigError';

export function containerStatus(rec: ContainerRecord, iso: (ms: number) => string, defaultReason = 'ContainerCreating'): ContainerStatus {
	let state: ContainerState;
	switch (rec.phase) {
		case 'running':
		case 'killing':
			state = { running: { startedAt: iso(rec.startedAt!) } };
			break;
		case 'exited':
		case 'done':
			state = { terminated: terminatedState(rec, iso) };
			break;
		case 'backoff':
		case 'pullBackoff':
			state = { waiting: { reason: rec.waitingReason, message: rec.waitingMessage } };
			break;
		default:
			// convertToAPIContainerStatuses: a container about to restart keeps the exited one's state,
			// unless the reason cache holds why it waits (CrashLoopBackOff); a first start is ContainerCreating.
			if (rec.restarting && rec.waitingReason === undefined) state = { terminated: terminatedState(rec, iso) };
			else if (rec.restarting) state = { waiting: { reason: rec.waitingReason, message: rec.waitingMessage } };
			else if (rec.waitingReason === CREATE_CONTAINER_CONFIG_ERROR) state = { waiting: { reason: rec.waitingReason, message: rec.waitingMessage } };
			else state = { waiting: { reason: rec.waitingReason ?? defaultReason } };
	}
	const status: ContainerStatus = {
		name: rec.name,
		image: rec.spec.image,
		imageID: rec.everPulled ? imageId(rec.spec.image) : '',
		ready: isReady(rec),
		started: isStarted(rec),
		restartCount: rec.restartCount,
		state,
		lastState: rec.lastTerminated ? { terminated: rec.lastTerminated } : {},
	};
	if (rec.containerID) status.containerID = rec.containerID;
	return status;
}

export function terminatedState(rec: ContainerRecord, iso: (ms: number) => string): NonNullable<ContainerState['terminated']> {
	return {
		exitCode: rec.exitCode ?? 0,
		reason: rec.terminationReason ?? (rec.exitCode ? 'Error' : 'Completed'),
		startedAt: rec.startedAt !== undefined ? iso(rec.startedAt) : undefined,
		finishedAt: rec.finishedAt !== undefined ? iso(rec.finishedAt) : undefined,
		containerID: rec.containerID,
	};
}

type Phase = NonNullable<PodStatus['phase']>;

/** getPhase: the pod's phase from its init containers' and app containers' statuses. */
export function podPhase(pod: Pod, statuses: ContainerStatus[], initStatuses: ContainerStatus[] = []): Phase {
	const policy = pod.spec.restartPolicy ?? 'Always';
	let pendingInit = 0;
	let failedInit = 0;
	let pendingSidecars = 0;
	let running = 0;
	let waiting = 0;
	let stopped = 0;
	let succeeded = 0;
	(pod.spec.initContainers ?? []).forEach((c, i) => {
		const s = initStatuses[i];
		if (c.restartPolicy === 'Always') {
			// A sidecar counts as running; once it has terminated it does not count at all.
			if (s?.state.running) {
				if (!s.started) pendingSidecars++;
				running++;
			} else if (!s || (s.state.waiting && !s.lastState.terminated)) {
				pendingSidecars++;
				waiting++;
			}
		} else if (!s || s.state.running) pendingInit++;
		else if (s.state.terminated) failedInit += s.state.terminated.exitCode !== 0 ? 1 : 0;
		else if (s.lastState.terminated) failedInit += s.lastState.terminated.exitCode !== 0 ? 1 : 0;
		else pendingInit++;
	});
	for (const s of statuses) {
		if (s.state.running) running++;
		else if (s.state.terminated) {
			stopped++;
			if (s.state.terminated.exitCode === 0) succeeded++;
		} else if (s.lastState.terminated) stopped++;
		else waiting++;
	}
	if (failedInit > 0 && policy === 'Never') return 'Failed';
	if (pendingInit > 0 || pendingSidecars > 0 || waiting > 0) return 'Pending';
	if (running > 0) return 'Running';
	if (stopped > 0) {
		if (policy === 'Always') return 'Running';
		if (stopped === succeeded) return 'Succeeded';
		return policy === 'Never' ? 'Failed' : 'Running';
	}
	return 'Pending';
}

/** GeneratePodInitializedCondition: True once every regular init container completed and every sidecar started, or any app container started. */
function initializedCondition(pod: Pod, statuses: ContainerStatus[], initStatuses: ContainerStatus[], phase: Phase): { status: 'True' | 'False'; reason?: string; message?: string } {
	const incomplete = (pod.spec.initContainers ?? [])
		.filter((c, i) => {
			const s = initStatuses[i];
			return c.restartPolicy === 'Always' ? !s?.started : s?.state.terminated?.exitCode !== 0;
		})
		.map((c) => c.name);
	if (phase === 'Succeeded') return { status: 'True', reason: 'PodCompleted' };
	if (incomplete.length === 0 || statuses.some((s) => s.state.running || s.state.terminated || s.lastState.terminated)) return { status: 'True' };
	return { status: 'False', reason: 'ContainersNotInitialized', message: `containers with incomplete status: [${incomplete.join(' ')}]` };
}

/** GenerateContainersReadyCondition (and the Ready condition that follows it): sidecars count, a terminal pod is never ready. */
function readyCondition(pod: Pod, statuses: ContainerStatus[], initStatuses: ContainerStatus[], phase: Phase): { status: 'True' | 'False'; reason?: string; message?: string } {
	if (phase === 'Succeeded') return { status: 'False', reason: 'PodCompleted' };
	if (phase === 'Failed') return { status: 'False', reason: 'PodFailed' };
	const sidecars = initStatuses.filter((_, i) => pod.spec.initContainers?.[i]?.restartPolicy === 'Always');
	const unready = [...sidecars, ...statuses].filter((s) => !s.ready).map((s) => s.name);
	if (unready.length === 0 && phase === 'Running') return { status: 'True' };
	return { status: 'False', reason: 'ContainersNotReady', message: `containers with unready status: [${unready.join(' ')}]` };
}

export function buildPodStatus(pod: Pod, view: PodRecordView, nowIso: string, iso: (ms: number) => string): PodStatus {
	const defaultReason = view.init.length > 0 ? 'PodInitializing' : 'ContainerCreating';
	const initStatuses = view.init.map((rec) => containerStatus(rec, iso, defaultReason));
	const statuses = view.containers.map((rec) => containerStatus(rec, iso, defaultReason));
	const phase = podPhase(pod, statuses, initStatuses);
	const ready = readyCondition(pod, statuses, initStatuses, phase);
	const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
	let conditions = pod.status?.conditions?.filter((c) => c.type !== 'PodScheduled');
	// generate.go GeneratePodReadyToStartContainersCondition: True once the sandbox has its network.
	const sandboxReady = view.ip !== '';
	conditions = withCondition(conditions, { type: 'PodReadyToStartContainers', status: sandboxReady ? 'True' : 'False', lastProbeTime: null }, nowIso);
	conditions = withCondition(conditions, { type: 'Initialized', lastProbeTime: null, ...initializedCondition(pod, statuses, initStatuses, phase) }, nowIso);
	conditions = withCondition(conditions, { type: 'Ready', lastProbeTime: null, ...ready }, nowIso);
	conditions = withCondition(conditions, { type: 'ContainersReady', lastProbeTime: null, ...ready }, nowIso);
	const order = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady'];
	conditions.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
	if (scheduled) conditions.push(scheduled);
	return {
		phase,
		conditions,
		hostIP: view.hostIP,
		...(sandboxReady ? { podIP: view.ip, podIPs: [{ ip: view.ip }] } : {}),
		startTime: view.startTime,
		...(view.init.length > 0 ? { initContainerStatuses: initStatuses } : {}),
		containerStatuses: statuses,
		qosClass: qosClass(pod),
	};
}

/** Mirrors qos.GetPodQOS: app and init containers alike. */
export function qosClass(pod: Pod): string {
	let any = false;
	let guaranteed = true;
	for (const c of [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])]) {
		const req = c.resources?.requests ?? {};
		const lim = c.resources?.limits ?? {};
		if (Object.keys(req).length > 0 || Object.keys(lim).length > 0) any = true;
		for (const r of ['cpu', 'memory']) {
			if (lim[r] === undefined || (req[r] !== undefined && req[r] !== lim[r])) guaranteed = false;
		}
	}
	if (!any) return 'BestEffort';
	return guaranteed ? 'Guaranteed' : 'Burstable';
}
