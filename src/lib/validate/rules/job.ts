// Job. Mirrors ValidateJob, validateGeneratedSelector, ValidateJobSpec and validateJobSpec in
// pkg/apis/batch/validation/validation.go, on the object as the Job strategy leaves it: unless
// `manualSelector: true`, PrepareForCreate's generateSelector adds the controller-uid and job-name
// labels to the template and `batch.kubernetes.io/controller-uid` to the selector.
import { goStringMap, type Path } from '../field-path.ts';
import { invalid, notSupported, required, type Issue } from '../issue.ts';
import { goLabelSelector } from './controllers.ts';
import { selectorMatches, validateLabelSelector } from './metadata.ts';
import { isDNS1123Label } from './name-formats.ts';
import { validatePodTemplateSpec } from './pod-spec.ts';
import { isObj, num, obj, str, stringMap } from './util.ts';

/**
 * The uid the API server gives the Job (rest.BeforeCreate), which its messages print inside the
 * generated selector and labels: a new one for every request, so no message can match it exactly.
 */
export const GENERATED_UID = 'generated-uid';
const CONTROLLER_UID = 'batch.kubernetes.io/controller-uid';

const NON_NEGATIVE = ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex', 'maxFailedIndexes'];

/** The part of validateJobSpec a learner meets: counts, completion mode, the pod template and its restartPolicy. */
export function validateJobSpec(spec: Record<string, unknown>, at: Path, issues: Issue[]): void {
	for (const f of NON_NEGATIVE) {
		const v = num(spec[f]);
		if (v !== undefined && v < 0) issues.push(invalid([...at, f], v, 'must be greater than or equal to 0', 'negative-value'));
	}
	if (spec.maxFailedIndexes != null && spec.backoffLimitPerIndex == null) {
		issues.push(required([...at, 'backoffLimitPerIndex'], 'when maxFailedIndexes is specified'));
	}
	const mode = spec.completionMode == null ? undefined : str(spec.completionMode);
	if (mode !== undefined && mode !== 'NonIndexed' && mode !== 'Indexed') issues.push(notSupported([...at, 'completionMode'], mode, ['NonIndexed', 'Indexed']));
	if (mode === 'Indexed' && spec.completions == null) issues.push(required([...at, 'completions'], 'when completion mode is Indexed'));
	if (mode === undefined || mode === 'NonIndexed') {
		if (spec.backoffLimitPerIndex != null) issues.push(invalid([...at, 'backoffLimitPerIndex'], spec.backoffLimitPerIndex, 'requires indexed completion mode', 'job-indexed-only'));
		if (spec.maxFailedIndexes != null) issues.push(invalid([...at, 'maxFailedIndexes'], spec.maxFailedIndexes, 'requires indexed completion mode', 'job-indexed-only'));
	}
	validatePodTemplateSpec(spec.template, [...at, 'template'], issues);
	// SetDefaults_PodSpec has made a missing restartPolicy Always, so both read as "not chosen".
	const policyAt: Path = [...at, 'template', 'spec', 'restartPolicy'];
	const policy = str(obj(obj(spec.template).spec).restartPolicy);
	if (policy === 'Always' || policy === '') issues.push(required(policyAt, 'valid values: "OnFailure", "Never"', 'job-restart-policy'));
	else if (policy !== 'OnFailure' && policy !== 'Never') issues.push(notSupported(policyAt, policy, ['OnFailure', 'Never'], 'job-restart-policy'));
	else if (spec.podFailurePolicy != null && policy !== 'Never') {
		issues.push(invalid(policyAt, policy, 'only "Never" is supported when podFailurePolicy is specified', 'job-restart-policy'));
	}
}

/** Mirrors ValidateJob (create). */
export function validateJob(job: Record<string, unknown>, issues: Issue[]): void {
	const spec = obj(job.spec);
	const name = str(obj(job.metadata).name);
	const manual = spec.manualSelector === true;
	const template = obj(spec.template);
	const userLabels = stringMap(obj(template.metadata).labels);
	// generateSelector, then validateGeneratedSelector: the selector must select the generated labels,
	// which name the uid the registry gave the Job (the simulated API server sets it before admission).
	const uid = str(obj(job.metadata).uid) || GENERATED_UID;
	const generated: Record<string, string> = { [CONTROLLER_UID]: uid, 'batch.kubernetes.io/job-name': name, 'controller-uid': uid, 'job-name': name };
	const labels = manual ? userLabels : { ...generated, ...(userLabels ?? {}) };
	const given = isObj(spec.selector) ? spec.selector : undefined;
	let selector = given;
	if (!manual) {
		const matchLabels = { [CONTROLLER_UID]: uid, ...(stringMap(selector?.matchLabels) ?? {}) };
		selector = { ...(given ?? {}), matchLabels };
		if (given && !selectorMatches(selector, generated, true)) {
			issues.push(invalid(['spec', 'selector'], selector, '`selector` not auto-generated', 'job-selector-generated', { shown: goLabelSelector(selector), target: 'key' }));
		}
	}
	validateJobSpec(spec, ['spec'], issues);
	// The generated uid is a valid label value, so only what the manifest wrote is checked.
	if (!selector) issues.push(required(['spec', 'selector'], '', 'selector-required', { params: { owner: 'Job' } }));
	else if (given) validateLabelSelector(given, ['spec', 'selector'], issues);
	// A missing selector is labels.Nothing(): it matches no labels.
	if (!selector || !selectorMatches(selector, labels, true)) {
		issues.push(invalid(['spec', 'template', 'metadata', 'labels'], labels, '`selector` does not match template `labels`', 'selector-mismatch', { shown: goStringMap(labels), target: 'key', params: { owner: 'Job' } }));
	}
	const completions = num(spec.completions);
	if (spec.completionMode === 'Indexed' && completions !== undefined && completions > 0) {
		// The controller names Pods `<job>-<index>`; the last one must still be a DNS label.
		const hostname = `${name}-${completions - 1}`;
		if (isDNS1123Label(hostname).length > 0) {
			issues.push(invalid(['metadata', 'name'], name, `will not able to create pod with invalid DNS label: ${hostname}`, 'job-indexed-name'));
		}
	}
}
