// DaemonSet and StatefulSet. Mirrors ValidateDaemonSetSpec, ValidateDaemonSetUpdateStrategy,
// ValidateRollingUpdateDaemonSet, ValidateStatefulSetSpec, validateRollingUpdateStatefulSet,
// ValidatePodTemplateSpecForStatefulSet and ValidatePersistentVolumeClaimRetentionPolicy in
// pkg/apis/apps/validation/validation.go (1.37). Upstream validates a StatefulSet's template labels,
// annotations and restartPolicy only, not its pod spec (a TODO there since 1.5); kept so.
import { formatPath, goJSON, goStringMap, type Path } from '../field-path.ts';
import { forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { goLabelSelector, nonNegative, validateIntOrPercent } from './controllers.ts';
import { selectorMatches, validateAnnotations, validateLabelSelector, validateLabels } from './metadata.ts';
import { validatePodTemplateSpec } from './pod-spec.ts';
import { isObj, list, obj, str, stringMap } from './util.ts';

type Owner = 'DaemonSet' | 'StatefulSet';

/** getIntOrPercentValue: a percentage's number, an int, or a string's Atoi (0 when it is not a number). */
function intOrPercentValue(v: unknown): number {
	if (typeof v === 'number') return v;
	const s = str(v);
	const m = /^(\d+)%$/.exec(s);
	if (m) return Number(m[1]);
	return /^[+-]?\d+$/.test(s) ? Number(s) : 0;
}

/** The template's restartPolicy and activeDeadlineSeconds, as both specs check them. */
function validateTemplateRestart(template: Record<string, unknown>, owner: Owner, at: Path, issues: Issue[]): void {
	const spec = obj(template.spec);
	const policy = str(spec.restartPolicy);
	if (policy !== 'Always') issues.push(notSupported([...at, 'spec', 'restartPolicy'], policy, ['Always'], 'template-restart-policy', { params: { owner } }));
	if (spec.activeDeadlineSeconds != null) {
		issues.push(forbidden([...at, 'spec', 'activeDeadlineSeconds'], `activeDeadlineSeconds in ${owner} is not Supported`, 'template-active-deadline'));
	}
}

function selectorMismatch(template: Record<string, unknown>, owner: Owner, at: Path): Issue {
	const labels = stringMap(obj(template.metadata).labels);
	return invalid([...at, 'metadata', 'labels'], labels, '`selector` does not match template `labels`', 'selector-mismatch', { shown: goStringMap(labels), target: 'key', params: { owner } });
}

const isEmptySelector = (sel: Record<string, unknown>) => Object.keys(obj(sel.matchLabels)).length + list(sel.matchExpressions).length === 0;

/** apps.DaemonSetUpdateStrategy as json.Marshal prints it (IntOrString marshals as its int or string). */
function goDaemonSetStrategy(strategy: Record<string, unknown>): string {
	const ru = strategy.rollingUpdate;
	const rolling = isObj(ru) ? `{"MaxUnavailable":${goJSON(ru.maxUnavailable ?? 0)},"MaxSurge":${goJSON(ru.maxSurge ?? 0)}}` : 'null';
	return `{"Type":${goJSON(str(strategy.type))},"RollingUpdate":${rolling}}`;
}

/** Mirrors ValidateDaemonSetSpec. A missing selector is labels.Nothing(): no Required, but no template matches it. */
export function validateDaemonSetSpec(spec: unknown, issues: Issue[]): void {
	const s = obj(spec);
	const at: Path = ['spec'];
	const selector = isObj(s.selector) ? s.selector : undefined;
	const template = obj(s.template);
	if (selector) validateLabelSelector(selector, [...at, 'selector'], issues);
	const everything = selector !== undefined && isEmptySelector(selector);
	if (!everything && (!selector || !selectorMatches(selector, stringMap(obj(template.metadata).labels), true))) issues.push(selectorMismatch(template, 'DaemonSet', [...at, 'template']));
	if (selector && everything) {
		issues.push(invalid([...at, 'selector'], selector, 'empty selector is invalid for daemonset', 'selector-empty', { shown: goLabelSelector(selector), params: { owner: 'DaemonSet' } }));
	}
	validatePodTemplateSpec(template, [...at, 'template'], issues);
	validateTemplateRestart(template, 'DaemonSet', [...at, 'template'], issues);
	nonNegative(s.minReadySeconds, [...at, 'minReadySeconds'], issues);
	nonNegative(s.templateGeneration, [...at, 'templateGeneration'], issues);
	const strategy = obj(s.updateStrategy);
	const sp: Path = [...at, 'updateStrategy'];
	if (strategy.type === 'RollingUpdate') {
		const ru = strategy.rollingUpdate;
		if (!isObj(ru)) {
			issues.push(required([...sp, 'rollingUpdate']));
		} else {
			validateIntOrPercent(ru.maxUnavailable, [...sp, 'rollingUpdate', 'maxUnavailable'], issues, true);
			validateIntOrPercent(ru.maxSurge, [...sp, 'rollingUpdate', 'maxSurge'], issues, true);
			const unavailable = intOrPercentValue(ru.maxUnavailable) !== 0;
			const surge = intOrPercentValue(ru.maxSurge) !== 0;
			if (unavailable && surge) issues.push(invalid([...sp, 'rollingUpdate', 'maxSurge'], ru.maxSurge, 'may not be set when maxUnavailable is non-zero', 'rollout-limits'));
			if (!unavailable && !surge) issues.push(required([...sp, 'rollingUpdate', 'maxUnavailable'], 'cannot be 0 when maxSurge is 0', 'rollout-limits'));
		}
	} else if (strategy.type !== 'OnDelete') {
		issues.push(notSupported(sp, strategy, ['RollingUpdate', 'OnDelete'], 'unsupported-value', { shown: goDaemonSetStrategy(strategy), target: 'key' }));
	}
	nonNegative(s.revisionHistoryLimit, [...at, 'revisionHistoryLimit'], issues);
}

/** apps.StatefulSetUpdateStrategy and its RollingUpdate as json.Marshal prints them. */
function goStatefulSetRolling(ru: unknown): string {
	if (!isObj(ru)) return 'null';
	return `{"Partition":${goJSON(ru.partition ?? 0)},"MaxUnavailable":${ru.maxUnavailable == null ? 'null' : goJSON(ru.maxUnavailable)}}`;
}

const RETENTION = ['Retain', 'Delete'];

/** Mirrors ValidateStatefulSetSpec. */
export function validateStatefulSetSpec(spec: unknown, issues: Issue[]): void {
	const s = obj(spec);
	const at: Path = ['spec'];
	const policy = str(s.podManagementPolicy);
	if (policy !== 'OrderedReady' && policy !== 'Parallel') {
		issues.push(invalid([...at, 'podManagementPolicy'], policy, "must be 'OrderedReady' or 'Parallel'", 'statefulset-policy'));
	}
	const strategy = obj(s.updateStrategy);
	const sp: Path = [...at, 'updateStrategy'];
	const type = str(strategy.type);
	if (type === 'OnDelete') {
		if (isObj(strategy.rollingUpdate)) {
			issues.push(invalid([...sp, 'rollingUpdate'], strategy.rollingUpdate, "only allowed for updateStrategy 'RollingUpdate'", 'strategy-rolling-update', { shown: goStatefulSetRolling(strategy.rollingUpdate), target: 'key' }));
		}
	} else if (type === 'RollingUpdate') {
		const ru = strategy.rollingUpdate;
		if (isObj(ru)) {
			nonNegative(ru.partition, [...sp, 'rollingUpdate', 'partition'], issues);
			if (ru.maxUnavailable != null) {
				const mp: Path = [...sp, 'rollingUpdate', 'maxUnavailable'];
				validateIntOrPercent(ru.maxUnavailable, mp, issues, true);
				if (intOrPercentValue(ru.maxUnavailable) === 0) issues.push(invalid(mp, ru.maxUnavailable, 'cannot be 0', 'rollout-limits'));
			}
		}
	} else {
		const shown = `{"Type":${goJSON(type)},"RollingUpdate":${goStatefulSetRolling(strategy.rollingUpdate)}}`;
		issues.push(invalid(sp, strategy, "must be 'RollingUpdate' or 'OnDelete'", 'statefulset-policy', { shown, target: 'key' }));
	}
	const retention = obj(s.persistentVolumeClaimRetentionPolicy);
	for (const f of ['whenDeleted', 'whenScaled']) {
		if (!RETENTION.includes(str(retention[f]))) issues.push(notSupported([...at, 'persistentVolumeClaimRetentionPolicy', f], str(retention[f]), RETENTION));
	}
	nonNegative(s.replicas, [...at, 'replicas'], issues);
	nonNegative(s.minReadySeconds, [...at, 'minReadySeconds'], issues);
	if (isObj(s.ordinals)) nonNegative(s.ordinals.start, [...at, 'ordinals', 'start'], issues);
	const selector = isObj(s.selector) ? s.selector : undefined;
	if (!selector) issues.push(required([...at, 'selector'], '', 'selector-required', { params: { owner: 'StatefulSet' } }));
	else {
		validateLabelSelector(selector, [...at, 'selector'], issues);
		if (isEmptySelector(selector)) issues.push(invalid([...at, 'selector'], selector, 'empty selector is invalid for statefulset', 'selector-empty', { shown: goLabelSelector(selector), params: { owner: 'StatefulSet' } }));
	}
	// ValidatePodTemplateSpecForStatefulSet: labels (reported at template.labels), annotations, and the selector match.
	const template = obj(s.template);
	const tp: Path = [...at, 'template'];
	const meta = obj(template.metadata);
	if (!(selector && isEmptySelector(selector)) && (!selector || !selectorMatches(selector, stringMap(meta.labels), true))) issues.push(selectorMismatch(template, 'StatefulSet', tp));
	validateLabels(meta.labels, [...tp, 'metadata', 'labels'], issues, formatPath([...tp, 'labels']));
	validateAnnotations(meta.annotations, [...tp, 'metadata', 'annotations'], issues, formatPath([...tp, 'annotations']));
	validateTemplateRestart(template, 'StatefulSet', tp, issues);
}
