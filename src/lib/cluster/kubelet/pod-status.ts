/**
 * Turns the kubelet's container records into a pod's status. Mirrors
 * pkg/kubelet/kubelet_pods.go `generateAPIPodStatus` / `getPhase` and
 * pkg/kubelet/status/generate.go (ContainersReady, Ready, PodReadyToStartContainers conditions).
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
	containers: ContainerRecord[];
}

export function containerStatus(rec: ContainerRecord, iso: (ms: number) => string): ContainerStatus {
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
			else state = { waiting: { reason: rec.waitingReason ?? 'ContainerCreating' } };
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

/** Mirrors getPhase for regular containers. */
export function podPhase(pod: Pod, statuses: ContainerStatus[]): NonNullable<PodStatus['phase']> {
	let running = 0;
	let waiting = 0;
	let stopped = 0;
	let succeeded = 0;
	for (const s of statuses) {
		if (s.state.running) running++;
		else if (s.state.terminated) {
			stopped++;
			if (s.state.terminated.exitCode === 0) succeeded++;
		} else if (s.state.waiting) {
			if (s.lastState.terminated) stopped++;
			else waiting++;
		}
	}
	if (waiting > 0) return 'Pending';
	if (running > 0) return 'Running';
	if (stopped > 0) {
		const policy = pod.spec.restartPolicy ?? 'Always';
		if (policy === 'Always') return 'Running';
		if (policy === 'OnFailure') return stopped === succeeded ? 'Succeeded' : 'Running';
		return stopped === succeeded ? 'Succeeded' : 'Failed';
	}
	return 'Pending';
}

export function buildPodStatus(pod: Pod, view: PodRecordView, nowIso: string, iso: (ms: number) => string): PodStatus {
	const statuses = view.containers.map((rec) => containerStatus(rec, iso));
	const unready = statuses.filter((s) => !s.ready).map((s) => s.name);
	const phase = podPhase(pod, statuses);
	const allReady = unready.length === 0 && phase === 'Running';
	const notReady = { reason: 'ContainersNotReady', message: `containers with unready status: [${unready.join(' ')}]` };
	const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
	let conditions = pod.status?.conditions?.filter((c) => c.type !== 'PodScheduled');
	// generate.go GeneratePodReadyToStartContainersCondition: True once the sandbox has its network.
	const sandboxReady = view.ip !== '';
	conditions = withCondition(conditions, { type: 'PodReadyToStartContainers', status: sandboxReady ? 'True' : 'False', lastProbeTime: null }, nowIso);
	conditions = withCondition(conditions, { type: 'Initialized', status: 'True', lastProbeTime: null }, nowIso);
	conditions = withCondition(conditions, { type: 'Ready', status: allReady ? 'True' : 'False', lastProbeTime: null, ...(allReady ? {} : notReady) }, nowIso);
	conditions = withCondition(conditions, { type: 'ContainersReady', status: allReady ? 'True' : 'False', lastProbeTime: null, ...(allReady ? {} : notReady) }, nowIso);
	const order = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady'];
	conditions.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
	if (scheduled) conditions.push(scheduled);
	return {
		phase,
		conditions,
		hostIP: view.hostIP,
		...(sandboxReady ? { podIP: view.ip, podIPs: [{ ip: view.ip }] } : {}),
		startTime: view.startTime,
		containerStatuses: statuses,
		qosClass: qosClass(pod),
	};
}

/** Mirrors qos.GetPodQOS. */
export function qosClass(pod: Pod): string {
	let any = false;
	let guaranteed = true;
	for (const c of pod.spec.containers ?? []) {
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
