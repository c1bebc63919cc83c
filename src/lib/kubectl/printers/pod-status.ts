/**
 * The STATUS, READY and RESTARTS columns of `kubectl get pods`. Mirrors
 * pkg/printers/internalversion/printers.go `printPod`: init containers first (Init:N/M, Init:<reason>,
 * Init:ExitCode:N), sidecars (restartable init containers) counted among the ready containers once
 * started, then the app containers.
 */
import type { ContainerStatus, Pod } from '../../cluster/api/types.ts';
import { humanDuration } from '../duration.ts';

export interface PodSummary {
	ready: string;
	status: string;
	restarts: string;
}

function terminatedAt(c: ContainerStatus): number {
	const finished = c.lastState.terminated?.finishedAt;
	return finished ? Date.parse(finished) : 0;
}

export function summarizePod(pod: Pod, nowMs: number): PodSummary {
	const statuses = pod.status?.containerStatuses ?? [];
	const initContainers = pod.spec.initContainers ?? [];
	const sidecar = (name: string) => initContainers.some((c) => c.name === name && c.restartPolicy === 'Always');
	let total = pod.spec.containers?.length ?? 0;
	total += initContainers.filter((c) => c.restartPolicy === 'Always').length;
	let restarts = 0;
	let sidecarRestarts = 0;
	let readyContainers = 0;
	let lastRestart = 0;
	let lastSidecarRestart = 0;
	let reason: string = pod.status?.reason || pod.status?.phase || 'Pending';
	let initializing = false;
	const initStatuses = pod.status?.initContainerStatuses ?? [];
	for (let i = 0; i < initStatuses.length; i++) {
		const c = initStatuses[i]!;
		restarts += c.restartCount;
		lastRestart = Math.max(lastRestart, terminatedAt(c));
		if (sidecar(c.name)) {
			sidecarRestarts += c.restartCount;
			lastSidecarRestart = Math.max(lastSidecarRestart, terminatedAt(c));
		}
		const terminated = c.state.terminated;
		if (terminated && terminated.exitCode === 0) continue;
		if (sidecar(c.name) && c.started) {
			if (c.ready) readyContainers++;
			continue;
		}
		if (terminated) reason = terminated.reason ? `Init:${terminated.reason}` : `Init:ExitCode:${terminated.exitCode}`;
		else if (c.state.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') reason = `Init:${c.state.waiting.reason}`;
		else reason = `Init:${i}/${initContainers.length}`;
		initializing = true;
		break;
	}
	const initialized = pod.status?.conditions?.some((c) => c.type === 'Initialized' && c.status === 'True') === true;
	if (!initializing || initialized) {
		restarts = sidecarRestarts;
		lastRestart = lastSidecarRestart;
		let hasRunning = false;
		for (let i = statuses.length - 1; i >= 0; i--) {
			const c = statuses[i]!;
			restarts += c.restartCount;
			lastRestart = Math.max(lastRestart, terminatedAt(c));
			if (c.state.waiting?.reason) reason = c.state.waiting.reason;
			else if (c.state.terminated?.reason) reason = c.state.terminated.reason;
			else if (c.state.terminated) reason = `ExitCode:${c.state.terminated.exitCode}`;
			else if (c.ready && c.state.running) {
				hasRunning = true;
				readyContainers++;
			}
		}
		if (reason === 'Completed' && hasRunning) {
			reason = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
		}
	}
	if (pod.metadata.deletionTimestamp) reason = pod.status?.reason === 'NodeLost' ? 'Unknown' : 'Terminating';
	const restartText = restarts !== 0 && lastRestart > 0 ? `${restarts} (${humanDuration(nowMs - lastRestart)} ago)` : String(restarts);
	return { ready: `${readyContainers}/${total}`, status: reason, restarts: restartText };
}
