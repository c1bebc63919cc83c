/**
 * Taints and tolerations, as k8s.io/api/core/v1 toleration.go `ToleratesTaint`.
 */
import type { Taint, Toleration } from './types.ts';

export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
	if (toleration.effect && toleration.effect !== taint.effect) return false;
	if (toleration.key && toleration.key !== taint.key) return false;
	if (!toleration.key && toleration.operator !== 'Exists') return false;
	if ((toleration.operator ?? 'Equal') === 'Exists') return true;
	return (toleration.value ?? '') === (taint.value ?? '');
}

export function findUntolerated(taints: Taint[] | undefined, tolerations: Toleration[] | undefined, effects: Taint['effect'][]): Taint | undefined {
	return taints?.find((t) => effects.includes(t.effect) && !(tolerations ?? []).some((tol) => toleratesTaint(tol, t)));
}

/** `{key: value}` as the scheduler's TaintToleration plugin prints a taint. */
export function formatTaint(taint: Taint): string {
	return `{${taint.key}: ${taint.value ?? ''}}`;
}
