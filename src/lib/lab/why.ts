/**
 * The "why" of one step in step mode: who acted, what it saw and what it chose, in the reader's
 * language, from the decision the controller recorded (src/lib/cluster/decisions.ts) and the Events
 * the step wrote. The words are the UI's (WhyText, one per language); this file only composes them.
 */
import type { ClusterStep } from '../cluster/cluster.ts';
import type { ContainerVerdict, CronJobDecision, DaemonSetDecision, DeletionRule, EndpointsDecision, JobDecision, KubeletDecision, ReplicasDecision, ScheduleDecision, StatefulSetDecision } from '../cluster/decisions.ts';
import type { ClusterView } from './view-model.ts';

export interface WhyText {
	/** The actor's name for a reader: `replication-controller` → "The ReplicationController manager". */
	actor: (actor: string) => string;
	replicas: {
		saw: (kind: string, name: string, selector: string, desired: number, active: readonly string[]) => string;
		released: (pod: string, selector: string) => string;
		adopted: (pod: string, selector: string) => string;
		created: (pods: readonly string[], desired: number, had: number) => string;
		deleting: (count: number, desired: number, had: number) => string;
		rule: (pod: string, rule: DeletionRule, kept: string | undefined) => string;
		failed: (message: string) => string;
		statusOnly: string;
	};
	schedule: {
		filtered: (pod: string, nodes: number) => string;
		rejected: (node: string, plugin: string, reason: string) => string;
		scored: (node: string, parts: string, total: number) => string;
		chosen: (pod: string, node: string, ties: number) => string;
		none: (pod: string) => string;
	};
	endpoints: {
		intro: (service: string, selector: string) => string;
		pod: (pod: string, placed: EndpointsDecision['pods'][number]['placed'], why: EndpointsDecision['pods'][number]['why']) => string;
		none: (selector: string) => string;
	};
	kubelet: {
		/** The status it wrote, as kubectl's STATUS column shows it. */
		status: (node: string, pod: string, status: string | undefined) => string;
		/** The Pod's sandbox is not up yet. */
		sandbox: string;
		/** Every container stopped and the kubelet removed the Pod. */
		deleted: (pod: string) => string;
		container: (c: ContainerVerdict) => string;
		probe: (container: string, p: ContainerVerdict['probes'][number]) => string;
	};
	job: {
		saw: (job: string, completions: number | undefined, parallelism: number, succeeded: number, failed: number, active: readonly string[]) => string;
		created: (pods: readonly string[]) => string;
		backoff: (until: string) => string;
		deleted: (pods: readonly string[]) => string;
		finished: (type: string, reason: string, message: string) => string;
	};
	cronJob: {
		saw: (cronJob: string, schedule: string, policy: string, active: readonly string[]) => string;
		created: (job: string, scheduled: string) => string;
		skipped: (why: NonNullable<CronJobDecision['skipped']>, scheduled: string | undefined) => string;
		deleted: (jobs: readonly string[]) => string;
		next: (at: string) => string;
	};
	daemonSet: {
		saw: (daemonSet: string, eligible: number, nodes: number) => string;
		node: (node: string, reason: 'selector' | 'taint') => string;
		created: (pods: readonly string[]) => string;
		deleted: (pods: readonly string[]) => string;
	};
	statefulSet: {
		saw: (statefulSet: string, replicas: number, policy: 'OrderedReady' | 'Parallel') => string;
		created: (pods: readonly string[]) => string;
		deleted: (pods: readonly string[]) => string;
		updating: (pod: string) => string;
		waiting: (pod: string, why: NonNullable<StatefulSetDecision['waiting']>['why']) => string;
	};
	/** Anything else that changed the cluster (a timer's write, the garbage collector…). */
	other: (actor: string, key: string | undefined) => string;
	event: (reason: string, message: string) => string;
	/** "Next" found nothing to do for `minutes` of simulated time. */
	quiet: (minutes: number) => string;
}

export interface WhyExplanation {
	/** Who acted, in the reader's words. */
	title: string;
	lines: string[];
	/** The step's Events as `kubectl events` shows them: REASON and MESSAGE. */
	events: string[];
}

function replicasLines(d: ReplicasDecision, t: WhyText['replicas']): string[] {
	const lines = [t.saw(d.controller.kind, d.controller.name, d.selector, d.desired, d.active)];
	for (const pod of d.released) lines.push(t.released(pod, d.selector));
	for (const pod of d.adopted) lines.push(t.adopted(pod, d.selector));
	if (d.created.length > 0) lines.push(t.created(d.created, d.desired, d.active.length));
	if (d.deleted.length > 0) {
		lines.push(t.deleting(d.deleted.length, d.desired, d.active.length));
		for (const x of d.deleted) lines.push(t.rule(x.pod, x.rule, x.kept));
	}
	if (d.failed) lines.push(t.failed(d.failed));
	if (lines.length === 1) lines.push(t.statusOnly);
	return lines;
}

function scheduleLines(d: ScheduleDecision, t: WhyText['schedule']): string[] {
	const lines = [t.filtered(d.pod, d.nodes.length)];
	for (const n of d.nodes) {
		for (const r of n.rejected) lines.push(t.rejected(n.node, r.plugin, r.reason));
		if (n.scores) lines.push(t.scored(n.node, n.scores.map((s) => `${s.plugin} ${s.score}${s.weight === 1 ? '' : ` × ${s.weight}`}`).join(' + '), n.total ?? 0));
	}
	lines.push(d.chosen ? t.chosen(d.pod, d.chosen, d.ties) : t.none(d.pod));
	return lines;
}

function kubeletLines(d: KubeletDecision, t: WhyText['kubelet'], status: string | undefined): string[] {
	const lines = [d.deleted ? t.deleted(d.pod) : t.status(d.node, d.pod, status)];
	if (!d.sandboxReady && !d.terminating) lines.push(t.sandbox);
	for (const c of d.containers) {
		lines.push(t.container(c));
		if (c.stage === 'running') for (const p of c.probes) lines.push(t.probe(c.name, p));
	}
	return lines;
}

function endpointsLines(d: EndpointsDecision, t: WhyText['endpoints']): string[] {
	if (d.pods.length === 0) return [t.intro(d.service, d.selector), t.none(d.selector)];
	return [t.intro(d.service, d.selector), ...d.pods.map((p) => t.pod(p.pod, p.placed, p.why))];
}

function jobLines(d: JobDecision, t: WhyText['job']): string[] {
	const lines = [t.saw(d.job, d.completions, d.parallelism, d.succeeded, d.failed, d.active)];
	if (d.created.length > 0) lines.push(t.created(d.created));
	if (d.backoffUntil) lines.push(t.backoff(d.backoffUntil));
	if (d.deleted.length > 0) lines.push(t.deleted(d.deleted));
	if (d.finished) lines.push(t.finished(d.finished.type, d.finished.reason, d.finished.message));
	return lines;
}

function cronJobLines(d: CronJobDecision, t: WhyText['cronJob']): string[] {
	const lines = [t.saw(d.cronJob, d.schedule, d.concurrencyPolicy, d.active)];
	if (d.created && d.scheduled) lines.push(t.created(d.created, d.scheduled));
	if (d.skipped) lines.push(t.skipped(d.skipped, d.scheduled));
	if (d.deleted.length > 0) lines.push(t.deleted(d.deleted));
	if (d.next) lines.push(t.next(d.next));
	return lines;
}

function daemonSetLines(d: DaemonSetDecision, t: WhyText['daemonSet']): string[] {
	const lines = [t.saw(d.daemonSet, d.nodes.filter((n) => n.shouldRun).length, d.nodes.length)];
	for (const n of d.nodes) if (n.reason) lines.push(t.node(n.node, n.reason));
	if (d.created.length > 0) lines.push(t.created(d.created));
	if (d.deleted.length > 0) lines.push(t.deleted(d.deleted));
	return lines;
}

function statefulSetLines(d: StatefulSetDecision, t: WhyText['statefulSet']): string[] {
	const lines = [t.saw(d.statefulSet, d.replicas, d.policy)];
	if (d.created.length > 0) lines.push(t.created(d.created));
	if (d.updating) lines.push(t.updating(d.updating));
	else if (d.deleted.length > 0) lines.push(t.deleted(d.deleted));
	if (d.waiting) lines.push(t.waiting(d.waiting.pod, d.waiting.why));
	return lines;
}

/** Explains one step; `view` is the cluster after it (for the Pod's STATUS column). */
export function explainStep(step: ClusterStep, t: WhyText, view: ClusterView): WhyExplanation {
	const lines: string[] = [];
	for (const d of step.decisions) {
		if (d.kind === 'replicas') lines.push(...replicasLines(d, t.replicas));
		else if (d.kind === 'schedule') lines.push(...scheduleLines(d, t.schedule));
		else if (d.kind === 'kubelet') lines.push(...kubeletLines(d, t.kubelet, view.pods.find((p) => p.name === d.pod)?.status));
		else if (d.kind === 'job') lines.push(...jobLines(d, t.job));
		else if (d.kind === 'cronjob') lines.push(...cronJobLines(d, t.cronJob));
		else if (d.kind === 'daemonset') lines.push(...daemonSetLines(d, t.daemonSet));
		else if (d.kind === 'statefulset') lines.push(...statefulSetLines(d, t.statefulSet));
		else lines.push(...endpointsLines(d, t.endpoints));
	}
	if (lines.length === 0) lines.push(t.other(step.actor, step.key));
	return { title: t.actor(step.actor), lines, events: step.events.map((e) => t.event(e.reason, e.message)) };
}
