// Container resources. Mirrors ValidateContainerResourceRequirements, validateContainerResourceName
// and ValidateResourceQuantityValue in pkg/apis/core/validation/validation.go.
import { formatPath, type Path } from '../field-path.ts';
import { invalid, required, type Issue } from '../issue.ts';
import { formatQuantity, parseQuantity, type Quantity } from '../quantity.ts';
import { isQualifiedName } from './name-formats.ts';
import { isObj } from './util.ts';

// pkg/apis/core/helper: standardContainerResources, standardResources and integerResources.
const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
const STANDARD_RESOURCES = new Set([
	'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory',
	'limits.ephemeral-storage', 'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims',
	'storage', 'requests.storage', 'services.nodeports', 'services.loadbalancers',
]);
const INTEGER_RESOURCES = new Set(['pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers']);
const isHugePages = (name: string) => name.startsWith('hugepages-');
/** IsNativeResource: unprefixed, or in a `kubernetes.io/` namespace (anywhere in the name, as upstream's strings.Contains). */
const isNative = (name: string) => !name.includes('/') || name.includes('kubernetes.io/');
/** IsOvercommitAllowed: only native resources other than hugepages may be overcommitted. */
const overcommitAllowed = (name: string) => isNative(name) && !isHugePages(name);
/** IsExtendedResourceName: not native, not `requests.`-prefixed, and a qualified name once prefixed with `requests.`. */
const isExtended = (name: string) => !isNative(name) && !name.startsWith('requests.') && isQualifiedName(`requests.${name}`).length === 0;
/** IsStandardResourceName (hugepages through IsQuotaHugePageResourceName). */
const isStandard = (name: string) => STANDARD_RESOURCES.has(name) || isHugePages(name) || name.startsWith('requests.hugepages-');

/** Mirrors validateResourceName: a qualified name, and an unprefixed one must be a standard resource. */
function validateResourceName(name: string, at: Path, issues: Issue[]): void {
	const msgs = isQualifiedName(name);
	for (const msg of msgs) issues.push(invalid(at, name, msg, 'invalid-resource-name', { target: 'key' }));
	if (msgs.length === 0 && !name.includes('/') && !isStandard(name)) {
		issues.push(invalid(at, name, 'must be a standard resource type or fully qualified', 'invalid-resource-name', { target: 'key' }));
	}
}

/** Mirrors validateContainerResourceName. */
function validateContainerResourceName(name: string, at: Path, issues: Issue[]): void {
	if (STANDARD_CONTAINER_RESOURCES.has(name)) return; // cpu, memory, ephemeral-storage: nothing to report
	validateResourceName(name, at, issues);
	if (!name.includes('/')) {
		if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePages(name)) {
			issues.push(invalid(at, name, 'must be a standard resource for containers', 'invalid-resource-name', { target: 'key' }));
		}
	} else if (!isNative(name) && !isExtended(name)) {
		issues.push(invalid(at, name, "doesn't follow extended resource name standard", 'invalid-resource-name', { target: 'key' }));
	}
}

function quantities(list: unknown): Map<string, Quantity> {
	const out = new Map<string, Quantity>();
	if (!isObj(list)) return out;
	for (const [k, v] of Object.entries(list)) {
		const q = typeof v === 'string' || typeof v === 'number' ? parseQuantity(v) : undefined;
		if (q && !('error' in q)) out.set(k, q);
	}
	return out;
}

/** Mirrors ValidateResourceQuantityValue: not negative, and whole units for IsIntegerResourceName. */
function validateQuantityValue(name: string, q: Quantity, at: Path, issues: Issue[]): void {
	if (q.value < 0) issues.push(invalid(at, formatQuantity(q), 'must be greater than or equal to 0', 'negative-quantity'));
	if ((INTEGER_RESOURCES.has(name) || isExtended(name)) && !Number.isInteger(q.value)) {
		issues.push(invalid(at, formatQuantity(q), 'must be an integer', 'non-integer-resource'));
	}
}

export function validateResources(resources: unknown, at: Path, issues: Issue[]): void {
	if (!isObj(resources)) return;
	const limPath: Path = [...at, 'limits'];
	const reqPath: Path = [...at, 'requests'];
	const limits = quantities(resources.limits);
	const requests = quantities(resources.requests);
	for (const [name, q] of limits) {
		validateContainerResourceName(name, [...limPath, { key: name }], issues);
		validateQuantityValue(name, q, [...limPath, { key: name }], issues);
	}
	for (const [name, q] of requests) {
		const p: Path = [...reqPath, { key: name }];
		validateContainerResourceName(name, p, issues);
		validateQuantityValue(name, q, p, issues);
		const limit = limits.get(name);
		if (!limit) {
			if (!overcommitAllowed(name)) issues.push(required(limPath, 'Limit must be set for non overcommitable resources', 'limit-required'));
			continue;
		}
		// Upstream reports these at `requests` itself; the range still shows the offending request.
		const opts = () => ({ field: formatPath(reqPath), params: { resource: name, limit: formatQuantity(limit), request: formatQuantity(q) } });
		if (q.value !== limit.value && !overcommitAllowed(name)) {
			issues.push(invalid(p, formatQuantity(q), `must be equal to ${name} limit of ${formatQuantity(limit)}`, 'requests-equal-limits', opts()));
		} else if (q.value > limit.value) {
			issues.push(invalid(p, formatQuantity(q), `must be less than or equal to ${name} limit of ${formatQuantity(limit)}`, 'requests-exceed-limits', opts()));
		}
	}
}
