/**
 * Guided steps and their checks over the cluster's state. A lesson writes them as plain data in MDX
 * (they travel to the browser as JSON), so a check is a query, not code:
 *
 *     { label: 'web-2 is an endpoint of web-prod', service: 'web-prod', endpoint: 'web-2' }
 *     { label: 'one Pod is an orphan', pods: { selector: 'app=web', orphan: true }, count: 1 }
 *     { label: 'the RC has 3 ready Pods', controller: 'web', ready: 3 }
 *     { label: 'the container restarted', pods: { name: 'liveness-http' }, restarts: { min: 1 } }
 *     { label: 'a replacement runs', pods: { selector: 'app=web', new: true, status: 'Running' } }
 *     { label: 'you fetched the page from checker', ran: 'kubectl exec web-and-checker -c checker', output: 'Welcome to nginx' }
 *     { label: 'web has a readiness probe', object: 'Deployment/web', path: 'spec.template.spec.containers[*].readinessProbe' }
 *     { label: 'MODE comes from app-config', object: 'Pod/api', path: 'spec.containers[0].env[*].valueFrom.configMapKeyRef.name', equals: 'app-config' }
 *
 * A step counts as done only when its checks hold; a read-only step (exec, logs) checks the command the
 * learner ran and what it printed, since it leaves no trace in the cluster.
 */
import { matches, parseSelector } from '../cluster/api/labels.ts';
import type { ClusterSnapshot } from '../cluster/cluster.ts';
import { readPath } from './object-path.ts';
import type { ClusterView, PodView } from './view-model.ts';

/** An exact number, or bounds (inclusive). */
export type Count = number | { min?: number; max?: number };

export interface PodQuery {
	name?: string;
	/** kubectl `-l` syntax: `app=web,env!=prod`. */
	selector?: string;
	/** `RC/web`-style owner: the Pod's controller must be this `kind/name` (kind as in ownerReferences). */
	owner?: string;
	/** True: released by a controller (see PodView.orphan). False: not an orphan. */
	orphan?: boolean;
	/** True: the Pod has no controller at all (orphan or bare). */
	uncontrolled?: boolean;
	ready?: boolean;
	/** kubectl's STATUS column: `Running`, `CrashLoopBackOff`… */
	status?: string;
	node?: string;
	/** Exclude Pods being deleted. @default true */
	active?: boolean;
	/** True: created after the scenario set the stage (a Pod the learner's actions brought about). */
	new?: boolean;
}

export type StateCheck = { label: string } & (
	| { pods: PodQuery; count?: Count; restarts?: Count }
	| { service: string; endpoint?: string; notEndpoint?: string; endpoints?: Count }
	| { controller: string; kind?: string; desired?: Count; current?: Count; ready?: Count }
	| { node: string; ready: boolean }
	/** A command the learner ran (its first line starts with `ran`), exiting 0, whose output contains `output`. */
	| { ran: string; output?: string }
	/**
	 * A field of a stored object (`Kind/name`, in the default namespace), read at `path` (see object-path.ts).
	 * With neither `equals` nor `contains`, the field must exist; `equals` compares as JSON, `contains` finds
	 * a substring in a string or an element in a list. Needs StepContext.objects.
	 */
	| { object: string; path?: string; equals?: unknown; contains?: unknown }
);

/** What a check may read besides the cluster: the Pods the scenario left, and what the learner ran since. */
export interface StepContext {
	/** The uids of the Pods there when the scenario had set the stage: any other Pod is `new`. @default none */
	initial?: ReadonlySet<string>;
	ran?: readonly { command: string; output: string; exitCode: number }[];
	/** Every stored object by kind (a full snapshot's), which `object` checks read. @default none: they fail */
	objects?: ClusterSnapshot['objects'];
}

export interface GuidedStep {
	/** What to do, in the lesson's language; also the storyboard caption. */
	title: string;
	/** A nudge shown under the title. */
	hint?: string;
	/** Session text (kubectl / sleep / sim lines) that does the step: the "Show me" button and the storyboard run it. */
	run?: string;
	checks?: StateCheck[];
}

/**
 * The short challenge after a lab's last step: a goal in words, checked on the cluster's state like a
 * step, with no "Show me". `solution` never reaches the page: tests run it to prove the goal can be met.
 */
export interface LabChallenge {
	goal: string;
	/** Shown on request; reading it marks the challenge as done with help. */
	hint?: string;
	checks: StateCheck[];
	/** Session text that meets the goal. */
	solution?: string;
}

export function countMatches(count: Count | undefined, n: number, fallback: Count = { min: 1 }): boolean {
	const c = count ?? fallback;
	if (typeof c === 'number') return n === c;
	return (c.min === undefined || n >= c.min) && (c.max === undefined || n <= c.max);
}

function selectPods(view: ClusterView, q: PodQuery, initial: ReadonlySet<string>): PodView[] {
	const selector = q.selector ? parseSelector(q.selector) : undefined;
	return view.pods.filter((p) => {
		if ((q.active ?? true) && p.terminating) return false;
		if (q.name !== undefined && p.name !== q.name) return false;
		if (selector && !matches(selector, Object.fromEntries(p.labels))) return false;
		if (q.owner !== undefined && (!p.owner || `${p.owner.kind}/${p.owner.name}`.toLowerCase() !== q.owner.toLowerCase())) return false;
		if (q.orphan !== undefined && p.orphan !== q.orphan) return false;
		if (q.uncontrolled !== undefined && !p.owner !== q.uncontrolled) return false;
		if (q.ready !== undefined && p.isReady !== q.ready) return false;
		if (q.status !== undefined && p.status !== q.status) return false;
		if (q.node !== undefined && p.node !== q.node) return false;
		if (q.new !== undefined && initial.has(p.uid) === q.new) return false;
		return true;
	});
}

/**
 * What a check found, so a result can say what was wrong: how many Pods matched, a controller's counts,
 * the value at an object's path, or that the object is not there.
 */
export type Finding =
	| { missing: string }
	| { count: number }
	| { endpoints: string[] }
	| { desired: number; current: number; ready: number }
	| { value: unknown }
	| { nodeReady: string }
	| { notRun: true };

export interface CheckResult {
	passed: boolean;
	found?: Finding;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function contains(value: unknown, wanted: unknown): boolean {
	if (typeof value === 'string') return typeof wanted === 'string' && value.includes(wanted);
	return Array.isArray(value) && value.some((v) => same(v, wanted));
}

function inspectObject(check: { object: string; path?: string; equals?: unknown; contains?: unknown }, context: StepContext): CheckResult {
	const [kind = '', name = ''] = check.object.split('/');
	const object = (context.objects?.[kind] ?? []).find((o) => o.metadata.name === name && (o.metadata.namespace ?? 'default') === 'default');
	if (!object) return { passed: false, found: { missing: check.object } };
	if (!check.path) return { passed: true };
	const values = readPath(object, check.path);
	const found: Finding = { value: values.length === 1 ? values[0] : values.length === 0 ? undefined : values };
	let passed: boolean;
	if (check.equals !== undefined) passed = values.some((v) => same(v, check.equals));
	else if (check.contains !== undefined) passed = values.some((v) => contains(v, check.contains));
	else passed = values.some((v) => v !== undefined && v !== null);
	return { passed, found };
}

function inspect(check: StateCheck, view: ClusterView, context: StepContext): CheckResult {
	if ('ran' in check) {
		const passed = (context.ran ?? []).some((e) => e.exitCode === 0 && e.command.trim().startsWith(check.ran) && (check.output === undefined || e.output.includes(check.output)));
		return passed ? { passed } : { passed, found: { notRun: true } };
	}
	if ('object' in check) return inspectObject(check, context);
	if ('pods' in check) {
		const pods = selectPods(view, check.pods, context.initial ?? new Set());
		const found = { count: pods.length };
		if (check.restarts !== undefined) return { passed: pods.some((p) => countMatches(check.restarts, p.restarts)) && countMatches(check.count, pods.length), found };
		return { passed: countMatches(check.count, pods.length), found };
	}
	if ('service' in check) {
		const svc = view.services.find((s) => s.name === check.service);
		if (!svc) return { passed: false, found: { missing: `Service/${check.service}` } };
		const ready = svc.endpoints.filter((e) => e.ready);
		const found = { endpoints: ready.map((e) => e.pod) };
		if (check.endpoint !== undefined && !ready.some((e) => e.pod === check.endpoint)) return { passed: false, found };
		if (check.notEndpoint !== undefined && ready.some((e) => e.pod === check.notEndpoint)) return { passed: false, found };
		return { passed: check.endpoints === undefined || countMatches(check.endpoints, ready.length), found };
	}
	if ('controller' in check) {
		const c = view.controllers.find((x) => x.name === check.controller && (check.kind === undefined || x.kind === check.kind));
		if (!c) return { passed: false, found: { missing: `${check.kind ?? 'controller'}/${check.controller}` } };
		const passed =
			(check.desired === undefined || countMatches(check.desired, c.desired)) &&
			(check.current === undefined || countMatches(check.current, c.current)) &&
			(check.ready === undefined || countMatches(check.ready, c.ready));
		return { passed, found: { desired: c.desired, current: c.current, ready: c.ready } };
	}
	const node = view.nodes.find((n) => n.name === check.node);
	if (!node) return { passed: false, found: { missing: `Node/${check.node}` } };
	return { passed: (node.ready === 'True') === check.ready, found: { nodeReady: node.ready } };
}

/** Whether the cluster passes `check`, and what it found. A malformed check (a bad selector) fails instead of throwing. */
export function inspectCheck(check: StateCheck, view: ClusterView, context: StepContext = {}): CheckResult {
	try {
		return inspect(check, view, context);
	} catch {
		return { passed: false };
	}
}

/** Whether the cluster, as `view` shows it, passes `check`. A malformed selector fails the check instead of throwing. */
export function evaluateCheck(check: StateCheck, view: ClusterView, context: StepContext = {}): boolean {
	return inspectCheck(check, view, context).passed;
}

export interface StepOutcome {
	checks: boolean[];
	passed: boolean;
}

/** A step with no checks never passes: every step says what done looks like. */
export function evaluateStep(step: GuidedStep, view: ClusterView, context: StepContext = {}): StepOutcome {
	const checks = (step.checks ?? []).map((c) => evaluateCheck(c, view, context));
	return { checks, passed: checks.length > 0 && checks.every(Boolean) };
}
