/**
 * The plain-language event stream: between two moments of the cluster, what did the control plane
 * decide? Each new Event (or repeat of one: `count` went up) becomes a sentence in the reader's
 * language; some decisions leave no Event upstream (an RC releasing or adopting a Pod only patches its
 * ownerReferences; the endpoints controller only rewrites Endpoints), so those are read from the
 * objects' changes and marked `derived`.
 */
import type { ClusterSnapshot } from '../cluster/cluster.ts';
import type { KubeEvent } from '../cluster/api/types.ts';
import type { NarrationText } from './narration-text.ts';
import type { ClusterView, ControllerView } from './view-model.ts';

export interface Narration {
	/** Simulated time, ISO-8601. */
	time: string;
	text: string;
	tone: 'normal' | 'warning';
	/** True when no Event stands behind the line: it was read from changed objects. */
	derived: boolean;
	/** The Event it explains (`kubectl get events` row), when there is one. */
	event?: { type: string; reason: string; object: string; message: string; count: number };
}

export interface Moment {
	snapshot: ClusterSnapshot;
	view: ClusterView;
}

const PROBE = /^(Liveness|Readiness|Startup) probe failed: (.*)$/s;
const KILL_PROBE = /^Container (\S+) failed (liveness|startup) probe/;

function eventsOf(snapshot: ClusterSnapshot): KubeEvent[] {
	return (snapshot.objects['Event'] ?? []) as KubeEvent[];
}

const byTime = (events: readonly KubeEvent[]): KubeEvent[] => [...events].sort((a, b) => Date.parse(a.lastTimestamp) - Date.parse(b.lastTimestamp));

/** Events that are new or repeated since `prev`, in the order they happened. */
export function newEvents(prev: ClusterSnapshot | undefined, next: ClusterSnapshot): KubeEvent[] {
	const seen = new Map<string, number>();
	if (prev) for (const e of eventsOf(prev)) seen.set(e.metadata.name, e.count);
	return byTime(eventsOf(next).filter((e) => (seen.get(e.metadata.name) ?? 0) < e.count));
}


const containerOf = (e: KubeEvent): string => /\{(.+)\}/.exec(e.involvedObject.fieldPath ?? '')?.[1] ?? '';

function explainEvent(e: KubeEvent, t: NarrationText, controllers: ControllerView[], burst: Map<string, number>): string | undefined {
	const obj = e.involvedObject;
	const host = e.source.host ?? '';
	switch (e.reason) {
		case 'SuccessfulCreate':
		case 'SuccessfulDelete': {
			const c = controllers.find((x) => x.kind === obj.kind && x.name === obj.name);
			const pod = e.message.replace(/^(Created|Deleted) pod: /, '');
			if (!c) return undefined;
			// One sync decides the whole burst, so every line of it reports what that sync saw.
			const n = burst.get(`${obj.uid}/${e.reason}`) ?? 1;
			return e.reason === 'SuccessfulCreate'
				? t.create(obj.kind, obj.name, Math.max(0, c.desired - n), c.desired, c.selector, pod)
				: t.delete(obj.kind, obj.name, c.desired + n, c.desired, c.selector, pod);
		}
		case 'FailedCreate':
			return t.failedCreate(obj.kind, obj.name, e.message.replace(/^Error creating: /, ''));
		case 'Scheduled':
			return t.scheduled(obj.name, / to (\S+)$/.exec(e.message)?.[1] ?? '');
		case 'FailedScheduling':
			return t.failedScheduling(obj.name, e.message);
		case 'Pulling':
			return t.pulling(host, /"(.*)"/.exec(e.message)?.[1] ?? '', obj.name);
		case 'Started':
			return t.started(host, containerOf(e), obj.name);
		case 'Failed':
			return e.message.startsWith('Failed to pull') ? t.pullFailed(host, obj.name) : undefined;
		case 'Unhealthy': {
			const m = PROBE.exec(e.message);
			return m ? t.unhealthy(m[1]!.toLowerCase() as 'liveness', obj.name, m[2]!) : undefined;
		}
		case 'Killing': {
			const m = KILL_PROBE.exec(e.message);
			return m ? t.killingForProbe(m[2] as 'liveness', m[1]!, obj.name) : t.stopping(containerOf(e), obj.name);
		}
		case 'BackOff':
			return e.message.startsWith('Back-off restarting') ? t.backOff(containerOf(e), obj.name) : undefined;
		case 'NodeNotReady':
			return obj.kind === 'Node' ? t.nodeNotReady(obj.name) : t.podNodeNotReady(obj.name);
		case 'NodeReady':
			return t.nodeReady(obj.name);
		case 'TaintManagerEviction':
			return t.evicted(obj.name);
		case 'ScalingReplicaSet': {
			const m = /replica set (\S+) from (\d+) to (\d+)/.exec(e.message);
			return m ? t.scaledReplicaSet(obj.name, m[1]!, m[2]!, m[3]!) : undefined;
		}
		default:
			// Starting, RegisteredNode, Pulled, Created…: bookkeeping, no decision worth a sentence.
			return undefined;
	}
}

function ownershipLines(prev: ClusterView, next: ClusterView, t: NarrationText): string[] {
	const lines: string[] = [];
	const before = new Map(prev.pods.map((p) => [p.uid, p]));
	for (const pod of next.pods) {
		const old = before.get(pod.uid);
		if (!old || pod.terminating) continue;
		if (old.owner && !pod.owner) {
			const c = next.controllers.find((x) => x.kind === old.owner!.kind && x.name === old.owner!.name);
			lines.push(c ? t.released(c.kind, c.name, pod.name, c.selector) : t.ownerGone(old.owner.kind, old.owner.name, pod.name));
		} else if (!old.owner && pod.owner) {
			const c = next.controllers.find((x) => x.kind === pod.owner!.kind && x.name === pod.owner!.name);
			if (c) lines.push(t.adopted(c.kind, c.name, pod.name, c.selector));
		}
	}
	return lines;
}

function endpointLines(prev: ClusterView, next: ClusterView, t: NarrationText): string[] {
	const lines: string[] = [];
	for (const svc of next.services) {
		const old = new Map((prev.services.find((s) => s.name === svc.name)?.endpoints ?? []).map((e) => [e.pod, e]));
		const now = new Set(svc.endpoints.map((e) => e.pod));
		for (const e of svc.endpoints) {
			const was = old.get(e.pod);
			if (!was && e.ready) lines.push(t.endpointAdded(svc.name, e.pod, e.ip, svc.selector));
			else if (was && was.ready && !e.ready) lines.push(t.endpointNotReady(svc.name, e.pod));
			else if (was && !was.ready && e.ready) lines.push(t.endpointReady(svc.name, e.pod));
		}
		for (const [pod, was] of old) if (!now.has(pod) && was.ready) lines.push(t.endpointRemoved(svc.name, pod));
	}
	return lines;
}

/**
 * What happened between `prev` and `next`, as sentences in the language of `t`. Without `prev`,
 * narrates every Event.
 * @param fresh the Events new or repeated since `prev`, for a caller that read only those (the
 *   playground does, rather than copy every Event on every tick). @default found by comparing the snapshots
 */
export function narrate(prev: Moment | undefined, next: Moment, t: NarrationText, fresh?: readonly KubeEvent[]): Narration[] {
	const events = fresh ? byTime(fresh) : newEvents(prev?.snapshot, next.snapshot);
	const burst = new Map<string, number>();
	for (const e of events) {
		if (e.reason === 'SuccessfulCreate' || e.reason === 'SuccessfulDelete') {
			const key = `${e.involvedObject.uid}/${e.reason}`;
			burst.set(key, (burst.get(key) ?? 0) + 1);
		}
	}
	const out: Narration[] = [];
	for (const e of events) {
		const text = explainEvent(e, t, next.view.controllers, burst);
		if (text === undefined) continue;
		const object = `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`;
		out.push({
			time: e.lastTimestamp,
			text,
			tone: e.type === 'Warning' ? 'warning' : 'normal',
			derived: false,
			event: { type: e.type, reason: e.reason, object, message: e.message, count: e.count },
		});
	}
	if (prev) {
		for (const text of [...ownershipLines(prev.view, next.view, t), ...endpointLines(prev.view, next.view, t)]) {
			out.push({ time: next.snapshot.time, text, tone: 'normal', derived: true });
		}
	}
	return out;
}
