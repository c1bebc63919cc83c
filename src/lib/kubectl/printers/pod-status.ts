/**
 * The STATUS, READY and RESTARTS columns of `kubectl get pods`. Mirrors
 * pkg/printers/internalversion/printers.go `printPod`.
 */
import type { Pod } from '../../cluster/api/types.ts';
import { humanDuration } from '../duration.ts';

export interface PodSummary {
	ready: string;
	status: string;
	restarts: string;
}

export function summarizePod(pod: Pod, nowMs: number): PodSummary {
	const statuses = pod.status?.containerStatuses ?? [];
	const total = pod.spec.containers?.length ?? 0;
	let restarts = 0;
	let readyContainers = 0;
	let lastRestart = 0;
	let reason: string = pod.status?.reason || pod.status?.phase || 'Pending';
	let hasRunning = false;
	for (let i = statuses.length - 1; i >= 0; i--) {
		const c = statuses[i]!;
		restarts += c.restartCount;
		const finished = c.lastState.terminated?.finishedAt;
		if (finished) lastRestart = Math.max(lastRestart, Date.parse(finished));
		if (c.state.waiting?.reason) reason = c.state.waiting.reason;
		else if (c.state.terminated?.reason) reason = c.state.terminated.reason;
		else if (c.state.terminated) reason = c.state.terminated.exitCode ? `ExitCode:${c.state.terminated.exitCode}` : 'Completed';
		else if (c.ready && c.state.running) {
			hasRunning = true;
			readyContainers++;
		}
	}
	if (reason === 'Completed' && hasRunning) {
		reason = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
	}
	if (pod.metadata.deletionTimestamp) reason = pod.status?.reason === 'NodeLost' ? 'Unknown' : 'Terminating';
	const restartText = lastRestart > 0 ? `${restarts} (${humanDuration(nowMs - lastRestart)} ago)` : String(restarts);
	return { ready: `${readyContainers}/${total}`, status: reason, restarts: restartText };
}
