// ReplicationController, ReplicaSet and Deployment specs.
// Mirrors ValidateReplicationControllerSpec / ValidatePodTemplateSpecForRC (pkg/apis/core/validation)
// and ValidateReplicaSetSpec / ValidatePodTemplateSpecForReplicaSet / ValidateDeploymentSpec /
// ValidateDeploymentStrategy / ValidateRollingUpdateDeployment (pkg/apis/apps/validation).
import { goJSON, goStringMap, type Path } from '../field-path.ts';
import { forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { semanticEqual } from '../semantic.ts';
import { selectorMatches, validateLabelSelector } from './metadata.ts';
import { isQualifiedName, isValidLabelValue, isValidPercent } from './name-formats.ts';
import { validatePodTemplateSpec } from './pod-spec.ts';
import { isObj, list, num, obj, str, stringMap } from './util.ts';

type Owner = 'ReplicationController' | 'ReplicaSet' | 'Deployment';

export function nonNegative(value: unknown, at: Path, issues: Issue[]): void {
	const v = num(value);
	if (v !== undefined && v < 0) issues.push(invalid(at, v, 'must be greater than or equal to 0', 'negative-value'));
}

/** The part ValidatePodTemplateSpecForRC and ...ForReplicaSet share, after the selector match. */
function validateTemplateForController(template: unknown, owner: Owner, at: Path, issues: Issue[]): void {
	validatePodTemplateSpec(template, at, issues);
	const spec = obj(obj(template).spec);
	// Controllers keep their Pods running, so a Pod that may stop for good makes no sense.
	const restartPolicy = str(spec.restartPolicy);
	if (restartPolicy && restartPolicy !== 'Always') {
		issues.push(notSupported([...at, 'spec', 'restartPolicy'], restartPolicy, ['Always'], 'template-restart-policy', { params: { owner } }));
	}
	if (spec.activeDeadlineSeconds != null) {
		// Upstream prints the ReplicaSet wording for Deployments too (they share the function).
		const name = owner === 'ReplicationController' ? 'ReplicationController' : 'ReplicaSet';
		issues.push(forbidden([...at, 'spec', 'activeDeadlineSeconds'], `activeDeadlineSeconds in ${name} is not Supported`, 'template-active-deadline'));
	}
}

function templateLabels(template: unknown): Record<string, string> | undefined {
	return stringMap(obj(obj(template).metadata).labels);
}

function selectorMismatch(template: unknown, owner: Owner, at: Path): Issue {
	const labels = templateLabels(template);
	return invalid([...at, 'metadata', 'labels'], labels, '`selector` does not match template `labels`', 'selector-mismatch', {
		shown: goStringMap(labels),
		target: 'key',
		params: { owner },
	});
}

/** Mirrors ValidateReplicationControllerSpec (the selector was defaulted from the template's labels). */
export function validateReplicationControllerSpec(spec: unknown, issues: Issue[]): void {
	const s = obj(spec);
	const at: Path = ['spec'];
	nonNegative(s.minReadySeconds, [...at, 'minReadySeconds'], issues);
	const selector = stringMap(s.selector) ?? {};
	if (Object.keys(selector).length === 0) issues.push(required([...at, 'selector'], '', 'selector-required', { params: { owner: 'ReplicationController' } }));
	nonNegative(s.replicas, [...at, 'replicas'], issues);
	if (!isObj(s.template)) {
		issues.push(required([...at, 'template'], '', 'template-required'));
		return;
	}
	if (Object.keys(selector).length > 0 && !selectorMatches(selector, templateLabels(s.template), false)) {
		issues.push(selectorMismatch(s.template, 'ReplicationController', [...at, 'template']));
	}
	validateTemplateForController(s.template, 'ReplicationController', [...at, 'template'], issues);
}

/** A *metav1.LabelSelector as field.Invalid prints it: JSON in its json tags' order, empty fields omitted. */
export function goLabelSelector(selector: unknown): string {
	const sel = obj(selector);
	const parts: string[] = [];
	if (isObj(sel.matchLabels) && Object.keys(sel.matchLabels).length > 0) parts.push(`"matchLabels":${goStringMap(stringMap(sel.matchLabels))}`);
	const exprs = list(sel.matchExpressions);
	if (exprs.length > 0) {
		const items = exprs.map((e) => {
			const values = Array.isArray(e.values) && e.values.length > 0 ? `,"values":${goJSON(e.values)}` : '';
			return `{"key":${goJSON(str(e.key))},"operator":${goJSON(str(e.operator))}${values}}`;
		});
		parts.push(`"matchExpressions":[${items.join(',')}]`);
	}
	return `{${parts.join(',')}}`;
}

/** metav1.LabelSelectorAsSelector succeeds: every requirement is well-formed (labels.NewRequirement). */
function selectorParses(selector: Record<string, unknown>): boolean {
	const labels = stringMap(selector.matchLabels) ?? {};
	for (const [k, v] of Object.entries(labels)) if (isQualifiedName(k).length > 0 || isValidLabelValue(v).length > 0) return false;
	return list(selector.matchExpressions).every((e) => {
		const values = Array.isArray(e.values) ? e.values.map(String) : [];
		const op = str(e.operator);
		if (op === 'In' || op === 'NotIn') {
			if (values.length === 0) return false;
		} else if (op === 'Exists' || op === 'DoesNotExist') {
			if (values.length > 0) return false;
		} else return false;
		return isQualifiedName(str(e.key)).length === 0 && values.every((v) => isValidLabelValue(v).length === 0);
	});
}

/**
 * The selector and template part of ValidateReplicaSetSpec and ValidateDeploymentSpec. The apps
 * template is a value, not a pointer, so a missing one is validated as an empty template. A missing
 * selector becomes labels.Nothing(), which is not Empty() and matches nothing, so upstream reports
 * both `spec.selector: Required value` and the template mismatch; an empty selector `{}` becomes
 * labels.Everything(), which is Empty(), so no mismatch is reported for it.
 */
function validateSetBasedSelectorAndTemplate(s: Record<string, unknown>, owner: Owner, issues: Issue[]): void {
	const at: Path = ['spec'];
	const selector = isObj(s.selector) ? s.selector : undefined;
	if (!selector) {
		issues.push(required([...at, 'selector'], '', 'selector-required', { params: { owner } }));
	} else {
		validateLabelSelector(selector, [...at, 'selector'], issues);
		if (Object.keys(obj(selector.matchLabels)).length + list(selector.matchExpressions).length === 0) {
			issues.push(invalid([...at, 'selector'], selector, 'empty selector is invalid for deployment', 'selector-empty', { shown: goLabelSelector(selector), params: { owner } }));
		}
	}
	if (selector && !selectorParses(selector)) {
		issues.push(invalid([...at, 'selector'], selector, 'invalid label selector', 'selector-invalid', { shown: goLabelSelector(selector), target: 'key' }));
		return;
	}
	const template = obj(s.template);
	const everything = selector !== undefined && Object.keys(obj(selector.matchLabels)).length + list(selector.matchExpressions).length === 0;
	if (!everything && (!selector || !selectorMatches(selector, templateLabels(template), true))) {
		issues.push(selectorMismatch(template, owner, [...at, 'template']));
	}
	validateTemplateForController(template, owner, [...at, 'template'], issues);
}

/** Mirrors ValidateReplicaSetSpec. */
export function validateReplicaSetSpec(spec: unknown, issues: Issue[]): void {
	const s = obj(spec);
	nonNegative(s.replicas, ['spec', 'replicas'], issues);
	nonNegative(s.minReadySeconds, ['spec', 'minReadySeconds'], issues);
	validateSetBasedSelectorAndTemplate(s, 'ReplicaSet', issues);
}

/** Mirrors ValidatePositiveIntOrPercent and IsNotMoreThan100Percent. */
export function validateIntOrPercent(value: unknown, at: Path, issues: Issue[], max100: boolean): void {
	if (typeof value === 'string') {
		for (const msg of isValidPercent(value)) issues.push(invalid(at, value, msg, 'invalid-percent'));
		if (max100 && /^[0-9]+%$/.test(value) && parseInt(value, 10) > 100) issues.push(invalid(at, value, 'must not be greater than 100%', 'invalid-percent'));
	} else {
		nonNegative(value, at, issues);
	}
}

const isZero = (v: unknown) => v === 0 || v === '0%' || v === '0';

/** Mirrors ValidateDeploymentStrategy and ValidateRollingUpdateDeployment. */
function validateStrategy(strategy: unknown, at: Path, issues: Issue[]): void {
	const s = obj(strategy);
	const type = str(s.type);
	if (type === 'Recreate') {
		if (s.rollingUpdate != null) issues.push(forbidden([...at, 'rollingUpdate'], "may not be specified when strategy `type` is 'Recreate'", 'strategy-rolling-update', { target: 'key' }));
	} else if (type === 'RollingUpdate') {
		const ru = obj(s.rollingUpdate);
		const p: Path = [...at, 'rollingUpdate'];
		validateIntOrPercent(ru.maxUnavailable, [...p, 'maxUnavailable'], issues, true);
		validateIntOrPercent(ru.maxSurge, [...p, 'maxSurge'], issues, false);
		if (isZero(ru.maxUnavailable) && isZero(ru.maxSurge)) {
			issues.push(invalid([...p, 'maxUnavailable'], ru.maxUnavailable, 'may not be 0 when `maxSurge` is 0', 'rolling-update-zero'));
		}
	} else {
		issues.push(notSupported([...at, 'type'], type, ['Recreate', 'RollingUpdate'], 'unsupported-value'));
	}
}

/** Mirrors ValidateDeploymentSpec. */
export function validateDeploymentSpec(spec: unknown, issues: Issue[]): void {
	const s = obj(spec);
	const at: Path = ['spec'];
	nonNegative(s.replicas, [...at, 'replicas'], issues);
	validateSetBasedSelectorAndTemplate(s, 'Deployment', issues);
	validateStrategy(s.strategy, [...at, 'strategy'], issues);
	nonNegative(s.minReadySeconds, [...at, 'minReadySeconds'], issues);
	nonNegative(s.revisionHistoryLimit, [...at, 'revisionHistoryLimit'], issues);
	const deadline = num(s.progressDeadlineSeconds);
	if (deadline !== undefined) {
		nonNegative(deadline, [...at, 'progressDeadlineSeconds'], issues);
		if (deadline <= (num(s.minReadySeconds) ?? 0)) {
			issues.push(invalid([...at, 'progressDeadlineSeconds'], deadline, 'must be greater than minReadySeconds', 'progress-deadline'));
		}
	}
}

/**
 * Mirrors the selector part of ValidateReplicaSetUpdate / ValidateDeploymentUpdate: apps/v1 selectors are
 * immutable (ValidateImmutableField, which compares with Semantic.DeepEqual).
 */
export function validateSelectorUpdate(spec: unknown, oldSpec: unknown, issues: Issue[]): void {
	const now = obj(spec).selector;
	const before = obj(oldSpec).selector;
	if (before !== undefined && !semanticEqual(now, before)) {
		issues.push(invalid(['spec', 'selector'], now, 'field is immutable', 'selector-immutable', { shown: goLabelSelector(now), target: 'key' }));
	}
}
