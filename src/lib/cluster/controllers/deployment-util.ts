/**
 * Deployment helpers mirroring pkg/controller/deployment/util/deployment_util.go and
 * pkg/controller/controller_utils.go `ComputeHash`.
 */
import { safeEncodeString } from '../random.ts';
import type { Deployment, PodTemplateSpec, ReplicaController } from '../api/types.ts';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';
export const POD_TEMPLATE_HASH = 'pod-template-hash';

/**
 * ComputeHash: fnv32a over the template (and collisionCount), then SafeEncodeString. Upstream hashes
 * a spew dump of the Go struct; the simulator hashes canonical JSON, so the value differs from a real
 * cluster's but has the same form and the same stability.
 */
export function computeHash(template: PodTemplateSpec, collisionCount?: number): string {
	let h = 0x811c9dc5;
	const text = canonical(template) + (collisionCount === undefined ? '' : String(collisionCount));
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return safeEncodeString(String(h));
}

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** EqualIgnoreHash: templates equal once the pod-template-hash label is ignored. */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
	const strip = (t: PodTemplateSpec | undefined): string => {
		if (!t) return '';
		const labels = { ...t.metadata?.labels };
		delete labels[POD_TEMPLATE_HASH];
		return canonical({ ...t, metadata: { ...t.metadata, labels } });
	};
	return strip(a) === strip(b);
}

/**
 * ResolveFenceposts: maxSurge rounds up, maxUnavailable rounds down; both zero would stall, so
 * maxUnavailable becomes 1.
 */
export function resolveFenceposts(d: Deployment): { maxSurge: number; maxUnavailable: number } {
	const replicas = d.spec.replicas ?? 1;
	if (d.spec.strategy?.type === 'Recreate') return { maxSurge: 0, maxUnavailable: replicas };
	const ru = d.spec.strategy?.rollingUpdate ?? {};
	const surge = scaled(ru.maxSurge ?? '25%', replicas, true);
	let unavailable = scaled(ru.maxUnavailable ?? '25%', replicas, false);
	if (surge === 0 && unavailable === 0) unavailable = 1;
	return { maxSurge: surge, maxUnavailable: unavailable };
}

function scaled(value: number | string, total: number, roundUp: boolean): number {
	if (typeof value === 'number') return value;
	const match = /^(\d+)%$/.exec(value);
	if (!match) return Number(value) || 0;
	const exact = (Number(match[1]) * total) / 100;
	return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

export function revisionOf(rs: ReplicaController): number {
	return Number(rs.metadata.annotations?.[REVISION_ANNOTATION] ?? 0) || 0;
}

export function maxRevision(list: ReplicaController[]): number {
	return list.reduce((max, rs) => Math.max(max, revisionOf(rs)), 0);
}

/** ReplicaSetsByCreationTimestamp, oldest first (ties by name). */
export function byCreation(a: ReplicaController, b: ReplicaController): number {
	const d = Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp);
	return d !== 0 ? d : a.metadata.name < b.metadata.name ? -1 : 1;
}
