// What may change in an existing Pod's spec. Mirrors ValidatePodUpdate (pkg/apis/core/validation/
// validation.go, as of Kubernetes 1.36) and the helpers it calls: ValidateContainerUpdates,
// validateOnlyAddedTolerations, validateOnlyDeletedSchedulingGates and validateNodeSelectorMutation.
// The kubelet runs a Pod's containers as created, so beyond images, a shorter deadline, more tolerations
// and fewer scheduling gates, an update must leave the spec alone: upstream copies the updatable fields
// from the old spec into the new one ("munges" them) and compares what is left.
import { formatPath, goJSON, type Path } from '../field-path.ts';
import { forbidden, invalid, type Issue } from '../issue.ts';
import { semanticDiff, semanticEqual, type Difference } from '../semantic.ts';
import { isObj, list, num, obj, str, stringMap, type Obj } from './util.ts';

const MAX_INT32 = 2147483647;

// updatablePodSpecFields, in upstream's order and words. In-place resize of requests and limits goes
// through the `resize` subresource, so ordinary updates do not list `spec.containers[*].resources`.
const UPDATABLE_POD_SPEC_FIELDS = [
	'`spec.containers[*].image`',
	'`spec.initContainers[*].image`',
	'`spec.activeDeadlineSeconds`',
	'`spec.tolerations` (only additions to existing tolerations)',
	'`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
].join(',');

/**
 * ValidateContainerUpdates: the same number of containers; returns true when the update check must
 * stop there, as upstream returns early. Its image checks (Required, surrounding whitespace) repeat
 * what validatePodSpec already reported for the new spec, and kubectl drops repeated causes
 * (statusCausesToAggrError), so they are not added a second time.
 */
function containersAddedOrRemoved(now: unknown, before: unknown, at: Path, issues: Issue[]): boolean {
	const [after, old] = [list(now).length, list(before).length];
	if (after === old) return false;
	issues.push(forbidden(at, 'pod updates may not add or remove containers', 'pod-update-containers', { target: 'key', params: { before: old, after } }));
	return true;
}

/** The activeDeadlineSeconds rules: it may be set where there was none, or lowered; returns true to stop. */
function validateActiveDeadlineUpdate(now: Obj, before: Obj, at: Path, issues: Issue[]): boolean {
	const deadline = num(now.activeDeadlineSeconds);
	const previous = num(before.activeDeadlineSeconds);
	if (deadline !== undefined) {
		if (deadline < 0 || deadline > MAX_INT32) {
			issues.push(invalid(at, deadline, `must be between 0 and ${MAX_INT32}, inclusive`, 'active-deadline-range'));
			return true;
		}
		if (previous !== undefined && previous < deadline) {
			issues.push(invalid(at, deadline, 'must be less than or equal to previous value', 'active-deadline-increase', { params: { previous } }));
			return true;
		}
	} else if (previous !== undefined) {
		issues.push(invalid(at, null, 'must not update from a positive integer to nil value', 'active-deadline-removed', { target: 'key', params: { previous } }));
	}
	return false;
}

// A Toleration's fields besides tolerationSeconds; all plain strings in Go, where "" and absent are one.
const TOLERATION_FIELDS = ['key', 'operator', 'value', 'effect'];

/** validateOnlyAddedTolerations: every old toleration is still there, up to its tolerationSeconds. */
function validateOnlyAddedTolerations(now: unknown, before: unknown, at: Path, issues: Issue[]): void {
	const next = list(now);
	for (const old of list(before)) {
		if (!next.some((t) => TOLERATION_FIELDS.every((f) => str(t[f]) === str(old[f])))) {
			issues.push(forbidden(at, 'existing toleration can not be modified except its tolerationSeconds', 'toleration-modified', { target: 'key' }));
			return;
		}
	}
}

/** validateOnlyDeletedSchedulingGates: a gate named now that was not there before is an addition. */
function validateOnlyDeletedSchedulingGates(now: unknown, before: unknown, at: Path, issues: Issue[]): void {
	const added = new Map<string, number>();
	list(now).forEach((gate, i) => added.set(str(gate.name), i));
	for (const gate of list(before)) added.delete(str(gate.name));
	for (const [gate, i] of added) {
		issues.push(forbidden([...at, i, 'name'], `only deletion is allowed, but found new scheduling gate '${gate}'`, 'scheduling-gate-added', { params: { value: gate } }));
	}
}

/** The new containers with the old images: image changes are allowed, so they do not count. */
function withOldImages(now: unknown, before: unknown): unknown {
	if (!Array.isArray(now)) return now;
	const old = list(before);
	return now.map((c, i) => (isObj(c) ? { ...c, image: old[i]?.image } : c));
}

/**
 * The new spec with its updatable fields copied from the old one, as upstream builds `mungedPodSpec`.
 * Gated Pods may also gain nodeSelector entries; upstream also lets them extend their required node
 * affinity, which the course's scheduler does not model, so such a change is compared like any other.
 */
function munge(now: Obj, before: Obj, at: Path, issues: Issue[]): Obj {
	const munged: Obj = {
		...now,
		containers: withOldImages(now.containers, before.containers),
		initContainers: withOldImages(now.initContainers, before.initContainers),
		activeDeadlineSeconds: before.activeDeadlineSeconds,
		schedulingGates: before.schedulingGates,
		tolerations: before.tolerations,
	};
	const grace = num(before.terminationGracePeriodSeconds);
	if (grace !== undefined && grace < 0 && munged.terminationGracePeriodSeconds === 1) munged.terminationGracePeriodSeconds = grace;
	if (list(before.schedulingGates).length > 0 && !semanticEqual(munged.nodeSelector, before.nodeSelector)) {
		const selector = stringMap(munged.nodeSelector) ?? {};
		const changed = Object.entries(stringMap(before.nodeSelector) ?? {}).some(([k, v]) => selector[k] !== v);
		if (changed) {
			const message = 'only additions to spec.nodeSelector are allowed (no mutations or deletions)';
			issues.push(invalid([...at, 'nodeSelector'], munged.nodeSelector ?? null, message, 'node-selector-mutation'));
		}
		munged.nodeSelector = before.nodeSelector;
	}
	return munged;
}

/**
 * What upstream appends to its message is `cmp.Diff(oldPod.Spec, mungedPodSpec)`: go-cmp's rendering of
 * the Go structs (`core.PodSpec{ Containers: []core.Container{ … - Ports: nil, + Ports: … } }`), which
 * go-cmp itself warns is unstable (it randomly swaps spaces for non-breaking spaces so that nobody
 * parses it). We print the same differences, old value `-` and new value `+`, one line each, at the
 * manifest's own field paths and with values as JSON: `- spec.containers[0].ports: null`.
 */
function describe(differences: Difference[]): string {
	return differences.flatMap((d) => [`- ${formatPath(d.at)}: ${goJSON(d.before)}`, `+ ${formatPath(d.at)}: ${goJSON(d.after)}`]).join('\n');
}

/** Mirrors ValidatePodUpdate's checks of the spec (the new spec itself is validated by validatePodSpec). */
export function validatePodUpdate(spec: unknown, oldSpec: unknown, issues: Issue[]): void {
	const now = obj(spec);
	const before = obj(oldSpec);
	const at: Path = ['spec'];
	if (containersAddedOrRemoved(now.containers, before.containers, [...at, 'containers'], issues)) return;
	if (containersAddedOrRemoved(now.initContainers, before.initContainers, [...at, 'initContainers'], issues)) return;
	if (validateActiveDeadlineUpdate(now, before, [...at, 'activeDeadlineSeconds'], issues)) return;
	validateOnlyAddedTolerations(now.tolerations, before.tolerations, [...at, 'tolerations'], issues);
	validateOnlyDeletedSchedulingGates(now.schedulingGates, before.schedulingGates, [...at, 'schedulingGates'], issues);
	if (semanticEqual(now, before)) return;
	const differences = semanticDiff(before, munge(now, before, at, issues), at);
	if (differences.length === 0) return;
	const detail = `pod updates may not change fields other than ${UPDATABLE_POD_SPEC_FIELDS}\n${describe(differences)}`;
	const changed = [...new Set(differences.map((d) => formatPath(d.at)))];
	// The editor marks the first changed field; the API server reports the whole spec.
	issues.push(forbidden(differences[0]!.at, detail, 'pod-update-forbidden', { field: 'spec', target: 'key', params: { changed } }));
}
