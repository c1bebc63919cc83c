/**
 * Which pods a ReplicaSet or ReplicationController deletes first when it has too many.
 * Mirrors pkg/controller/replicaset/replica_set.go `getPodsToDelete` and
 * pkg/controller/controller_utils.go `ActivePodsWithRanks.Less` (with LogarithmicScaleDown, GA
 * since 1.31, and PodDeletionCost).
 */
import { isPodActive, isPodReady, maxContainerRestarts, getCondition } from '../api/pod-util.ts';
import type { Pod } from '../api/types.ts';
import type { DeletionRule } from '../decisions.ts';

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

interface Ranked {
	pod: Pod;
	rank: number;
}

/**
 * Mirrors getPodsToDelete: ranks each pod by how many active related pods share its node
 * (getPodsRankedByRelatedPodsOnSameNode), sorts, and takes the first `diff`.
 */
export function getPodsToDelete(filteredPods: Pod[], relatedPods: Pod[], diff: number, nowMs: number): Pod[] {
	return rankPodsToDelete(filteredPods, relatedPods, diff, nowMs).map((d) => d.pod);
}

/**
 * getPodsToDelete with its reasons: each pod to delete, with the Less rule that ranked it before the
 * first pod kept (`all` when every pod goes).
 */
export function rankPodsToDelete(filteredPods: Pod[], relatedPods: Pod[], diff: number, nowMs: number): { pod: Pod; rule: DeletionRule; kept?: Pod }[] {
	if (diff >= filteredPods.length) return filteredPods.map((pod) => ({ pod, rule: 'all' }));
	const onNode = new Map<string, number>();
	for (const pod of relatedPods) {
		if (isPodActive(pod)) onNode.set(pod.spec.nodeName ?? '', (onNode.get(pod.spec.nodeName ?? '') ?? 0) + 1);
	}
	const ranked: Ranked[] = filteredPods.map((pod) => ({ pod, rank: onNode.get(pod.spec.nodeName ?? '') ?? 0 }));
	ranked.sort((a, b) => (lessForDeletion(a, b, nowMs) ? -1 : lessForDeletion(b, a, nowMs) ? 1 : 0));
	const kept = ranked[diff]!;
	return ranked.slice(0, diff).map((r) => ({ pod: r.pod, rule: compareForDeletion(r, kept, nowMs)?.rule ?? 'tie', kept: kept.pod }));
}

/** ActivePodsWithRanks.Less: true when `a` should be deleted before `b`. */
export function lessForDeletion(a: Ranked, b: Ranked, nowMs: number): boolean {
	return compareForDeletion(a, b, nowMs)?.less ?? false;
}

/** ActivePodsWithRanks.Less, saying which rule decided; undefined when no rule tells them apart. */
function compareForDeletion(a: Ranked, b: Ranked, nowMs: number): { less: boolean; rule: DeletionRule } | undefined {
	const pa = a.pod;
	const pb = b.pod;
	const na = pa.spec.nodeName ?? '';
	const nb = pb.spec.nodeName ?? '';
	// 1. Unassigned < assigned.
	if (na !== nb && (na === '' || nb === '')) return { less: na === '', rule: 'unassigned' };
	// 2. PodPending < PodUnknown < PodRunning.
	const oa = PHASE_ORDINAL[pa.status?.phase ?? ''] ?? 0;
	const ob = PHASE_ORDINAL[pb.status?.phase ?? ''] ?? 0;
	if (oa !== ob) return { less: oa < ob, rule: 'phase' };
	// 3. Not ready < ready.
	const ra = isPodReady(pa);
	const rb = isPodReady(pb);
	if (ra !== rb) return { less: !ra, rule: 'notReady' };
	// 4. Lower pod-deletion-cost < higher.
	const ca = deletionCost(pa);
	const cb = deletionCost(pb);
	if (ca !== cb) return { less: ca < cb, rule: 'deletionCost' };
	// 5. Doubled up (more colocated related pods) < not doubled up.
	if (a.rank !== b.rank) return { less: a.rank > b.rank, rule: 'doubledUp' };
	// 6. Been ready for less time < more time, compared on a logarithmic scale.
	if (ra && rb) {
		const ta = readyTime(pa);
		const tb = readyTime(pb);
		if (ta !== tb) {
			const diff = logarithmicRankDiff(ta, tb, nowMs);
			if (diff === 0) return { less: pa.metadata.uid < pb.metadata.uid, rule: 'tie' };
			return { less: diff < 0, rule: 'readyShorter' };
		}
	}
	// 7. More restarts < fewer restarts.
	const ma = maxContainerRestarts(pa);
	const mb = maxContainerRestarts(pb);
	if (ma !== mb) return { less: ma > mb, rule: 'restarts' };
	// 8. Newer < older, on a logarithmic scale.
	const ca2 = Date.parse(pa.metadata.creationTimestamp);
	const cb2 = Date.parse(pb.metadata.creationTimestamp);
	if (ca2 !== cb2) {
		const diff = logarithmicRankDiff(ca2, cb2, nowMs);
		if (diff === 0) return { less: pa.metadata.uid < pb.metadata.uid, rule: 'tie' };
		return { less: diff < 0, rule: 'newer' };
	}
	return undefined;
}

function deletionCost(pod: Pod): number {
	const raw = pod.metadata.annotations?.[DELETION_COST];
	const n = raw === undefined ? 0 : Number.parseInt(raw, 10);
	return Number.isFinite(n) ? n : 0;
}

function readyTime(pod: Pod): number {
	const t = getCondition(pod.status?.conditions, 'Ready')?.lastTransitionTime;
	return t ? Date.parse(t) : 0;
}

/** Mirrors logarithmicRankDiff: floor(log2(age in nanoseconds)). */
function logarithmicRankDiff(t1: number, t2: number, nowMs: number): number {
	const d1 = (nowMs - t1) * 1e6;
	const d2 = (nowMs - t2) * 1e6;
	const r1 = d1 > 0 ? Math.floor(Math.log2(d1)) : -1;
	const r2 = d2 > 0 ? Math.floor(Math.log2(d2)) : -1;
	return r1 - r2;
}
