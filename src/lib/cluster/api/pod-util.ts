/**
 * Pod helpers mirroring k8s.io/kubernetes/pkg/api/v1/pod (IsPodReady, IsPodAvailable) and
 * pkg/controller/controller_utils.go (IsPodActive).
 */
import type { KubeObject, OwnerReference, Pod, PodCondition } from './types.ts';

export function getCondition<C extends { type: string }>(conditions: C[] | undefined, type: string): C | undefined {
	return conditions?.find((c) => c.type === type);
}

export function isPodReady(pod: Pod): boolean {
	return getCondition(pod.status?.conditions, 'Ready')?.status === 'True';
}

/** Mirrors podutil.IsPodAvailable: ready for at least minReadySeconds. */
export function isPodAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
	const ready = getCondition(pod.status?.conditions, 'Ready');
	if (ready?.status !== 'True') return false;
	if (minReadySeconds === 0) return true;
	return ready.lastTransitionTime !== undefined && Date.parse(ready.lastTransitionTime) + minReadySeconds * 1000 < nowMs;
}

/** Mirrors controller.IsPodActive: not finished and not being deleted. */
export function isPodActive(pod: Pod): boolean {
	return pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

export function maxContainerRestarts(pod: Pod): number {
	let max = 0;
	for (const c of pod.status?.containerStatuses ?? []) max = Math.max(max, c.restartCount);
	return max;
}

/** Mirrors metav1.GetControllerOf. */
export function controllerOf(object: KubeObject): OwnerReference | undefined {
	return object.metadata.ownerReferences?.find((r) => r.controller === true);
}

/**
 * Sets a condition, keeping lastTransitionTime when the status does not change (as
 * podutil.UpdatePodCondition). Returns a new array.
 */
export function withCondition(conditions: PodCondition[] | undefined, next: PodCondition, nowIso: string): PodCondition[] {
	const list = [...(conditions ?? [])];
	const index = list.findIndex((c) => c.type === next.type);
	const old = index >= 0 ? list[index] : undefined;
	const merged: PodCondition = {
		...next,
		lastTransitionTime: old && old.status === next.status ? old.lastTransitionTime : nowIso,
	};
	if (index >= 0) list[index] = merged;
	else list.push(merged);
	return list;
}
