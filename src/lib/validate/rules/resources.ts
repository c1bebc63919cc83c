// Container resources. Mirrors ValidateContainerResourceRequirements, validateContainerResourceName
// and ValidateResourceQuantityValue in pkg/apis/core/validation/validation.go.
import { formatPath, type Path } from '../field-path.ts';
import { invalid, required, type Issue } from '../issue.ts';
import { formatQuantity, parseQuantity, type Quantity } from '../quantity.ts';
import { isQualifiedName } from './name-formats.ts';
import { isObj } from './util.ts';

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
const isHugePages = (name: string) => name.startsWith('hugepages-');
/** Only cpu, memory and ephemeral storage (and hugepages by value) may be overcommitted. */
const overcommitAllowed = (name: string) => !name.includes('/') ? !isHugePages(name) : name.startsWith('kubernetes.io/');

function validateResourceName(name: string, at: Path, issues: Issue[]): void {
	if (!name.includes('/')) {
		if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePages(name)) {
			issues.push(invalid(at, name, 'must be a standard resource for containers', 'invalid-resource-name', { target: 'key' }));
		}
		return;
	}
	for (const msg of isQualifiedName(name)) issues.push(invalid(at, name, msg, 'invalid-resource-name', { target: 'key' }));
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

function validateQuantityValue(name: string, q: Quantity, at: Path, issues: Issue[]): void {
	if (q.value < 0) issues.push(invalid(at, formatQuantity(q), 'must be greater than or equal to 0', 'negative-quantity'));
	// Extended resources and hugepages counts are whole units.
	if ((name.includes('/') && !name.startsWith('kubernetes.io/')) && !Number.isInteger(q.value)) {
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
		validateResourceName(name, [...limPath, { key: name }], issues);
		validateQuantityValue(name, q, [...limPath, { key: name }], issues);
	}
	for (const [name, q] of requests) {
		const p: Path = [...reqPath, { key: name }];
		validateResourceName(name, p, issues);
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
