// HorizontalPodAutoscaler. Mirrors validateHorizontalPodAutoscalerSpec, ValidateCrossVersionObjectReference,
// validateMetrics / validateMetricSpec, validateResourceSource and validateMetricTarget in
// pkg/apis/autoscaling/validation/validation.go (1.37; minReplicas 0 needs the alpha HPAScaleToZero gate,
// off by default, so the lower bound is 1). autoscaling/v1 objects are read through the same rules.
import type { Path } from '../field-path.ts';
import { forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { parseQuantity } from '../quantity.ts';
import { isObj, list, num, obj, str } from './util.ts';

// validMetricSourceTypes.List(): sorted.
const SOURCE_TYPES = ['ContainerResource', 'External', 'Object', 'Pods', 'Resource'];
const SOURCE_FIELDS: Record<string, string> = { Object: 'object', Pods: 'pods', Resource: 'resource', ContainerResource: 'containerResource', External: 'external' };

/** pathvalidation.IsValidPathSegmentName: a name may not be `.` or `..` nor contain `/` or `%`. */
function pathSegmentErrors(name: string): string[] {
	if (name === '.' || name === '..') return [`may not be '${name}'`];
	const errs: string[] = [];
	for (const c of ['/', '%']) if (name.includes(c)) errs.push(`may not contain '${c}'`);
	return errs;
}

/** Mirrors validateMetricTarget. */
function validateTarget(target: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const type = str(target.type);
	if (!type) return void issues.push(required([...at, 'type'], 'must specify a metric target type', 'hpa-metric'));
	if (!['Utilization', 'Value', 'AverageValue'].includes(type)) issues.push(invalid([...at, 'type'], type, 'must be either Utilization, Value, or AverageValue', 'hpa-metric'));
	for (const f of ['value', 'averageValue']) {
		if (target[f] == null) continue;
		const q = parseQuantity(target[f] as string | number);
		if (!('error' in q) && q.value <= 0) issues.push(invalid([...at, f], target[f], 'must be positive', 'hpa-metric'));
	}
	const utilization = num(target.averageUtilization);
	if (utilization !== undefined && utilization < 1) issues.push(invalid([...at, 'averageUtilization'], utilization, 'must be greater than 0', 'hpa-metric'));
}

/** Mirrors validateMetricSpec for its type and one source; the Resource source in full (validateResourceSource). */
function validateMetric(metric: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const type = str(metric.type);
	if (!type) issues.push(required([...at, 'type'], 'must specify a metric source type', 'hpa-metric'));
	if (!SOURCE_TYPES.includes(type)) issues.push(notSupported([...at, 'type'], type, SOURCE_TYPES, 'hpa-metric'));
	const expected = SOURCE_FIELDS[type];
	const present = Object.values(SOURCE_FIELDS).filter((f) => isObj(metric[f]));
	if (expected && !isObj(metric[expected])) issues.push(required([...at, expected], 'must populate information for the given metric source', 'hpa-metric', { target: 'key' }));
	if (present.length !== 1) for (const f of present.filter((f) => f !== expected)) issues.push(forbidden([...at, f], 'must populate the given metric source only', 'hpa-metric', { target: 'key' }));
	const resource = metric.resource;
	if (isObj(resource) && present.length >= 1 && present[0] === 'resource') {
		const p: Path = [...at, 'resource'];
		if (!str(resource.name)) issues.push(required([...p, 'name'], 'must specify a resource name', 'hpa-metric'));
		const target = obj(resource.target);
		validateTarget(target, [...p, 'target'], issues);
		if (target.averageUtilization == null && target.averageValue == null) {
			issues.push(required([...p, 'target', 'averageUtilization'], 'must set either a target raw value or a target utilization', 'hpa-metric'));
		}
		if (target.averageUtilization != null && target.averageValue != null) {
			issues.push(forbidden([...p, 'target', 'averageValue'], 'may not set both a target raw value and a target utilization', 'hpa-metric'));
		}
	}
}

/** Mirrors validateHorizontalPodAutoscalerSpec (SetDefaults_HorizontalPodAutoscaler has made minReplicas 1). */
export function validateHorizontalPodAutoscalerSpec(spec: unknown, issues: Issue[]): void {
	const s = obj(spec);
	const at: Path = ['spec'];
	const min = num(s.minReplicas);
	const max = num(s.maxReplicas) ?? 0;
	if (min !== undefined && min < 1) issues.push(invalid([...at, 'minReplicas'], min, 'must be greater than or equal to 1', 'hpa-replicas'));
	if (max < 1) issues.push(invalid([...at, 'maxReplicas'], max, 'must be greater than 0', 'hpa-replicas'));
	if (min !== undefined && max < min) issues.push(invalid([...at, 'maxReplicas'], max, 'must be greater than or equal to `minReplicas`', 'hpa-replicas'));
	const ref = obj(s.scaleTargetRef);
	const rp: Path = [...at, 'scaleTargetRef'];
	const before = issues.length;
	for (const f of ['kind', 'name']) {
		const v = str(ref[f]);
		if (!v) issues.push(required([...rp, f], '', 'hpa-target', { target: 'key' }));
		else for (const msg of pathSegmentErrors(v)) issues.push(invalid([...rp, f], v, msg, 'hpa-target'));
	}
	// Upstream checks the metrics only when the target reference is valid.
	if (issues.length === before) list(s.metrics).forEach((m, i) => validateMetric(m, [...at, 'metrics', i], issues));
}
