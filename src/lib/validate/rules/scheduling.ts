// Where a Pod may run and how it resolves names. Mirrors ValidateTolerations / validateTaintEffect,
// validateAffinity (validateNodeAffinity, validateNodeSelectorTerm, validateNodeSelectorRequirement,
// validatePodAffinityTerm, validateWeightedPodAffinityTerms), validateTopologySpreadConstraints,
// validateReadinessGates, validateSchedulingGates, validatePodDNSConfig and the priorityClassName
// check of ValidatePodSpec in pkg/apis/core/validation/validation.go (1.37).
import { goJSON, type Path } from '../field-path.ts';
import { duplicate, forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { validateLabelSelector } from './metadata.ts';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from './name-formats.ts';
import { isObj, list, num, obj, str } from './util.ts';

/** ValidateQualifiedName / ValidateLabelName: one Invalid per problem. */
function qualifiedName(value: string, at: Path, issues: Issue[], code = 'invalid-label-key'): void {
	for (const msg of isQualifiedName(value)) issues.push(invalid(at, value, msg, code));
}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** core.Toleration as json.Marshal prints it (Go field names). */
const goToleration = (t: Record<string, unknown>) =>
	`{"Key":${goJSON(str(t.key))},"Operator":${goJSON(str(t.operator))},"Value":${goJSON(str(t.value))},"Effect":${goJSON(str(t.effect))},"TolerationSeconds":${t.tolerationSeconds == null ? 'null' : goJSON(t.tolerationSeconds)}}`;

/** Mirrors ValidateTolerations. (1.35 added Lt and Gt behind the alpha TaintTolerationComparisonOperators gate, off by default.) */
export function validateTolerations(tolerations: unknown, at: Path, issues: Issue[]): void {
	list(tolerations).forEach((t, i) => {
		const p: Path = [...at, i];
		const key = str(t.key);
		const operator = str(t.operator);
		const effect = str(t.effect);
		if (key) qualifiedName(key, [...p, 'key'], issues);
		if (!key && operator !== 'Exists') {
			issues.push(invalid([...p, 'operator'], operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"', 'invalid-toleration'));
		}
		if (t.tolerationSeconds != null && effect !== 'NoExecute') {
			issues.push(invalid([...p, 'effect'], effect, "effect must be 'NoExecute' when `tolerationSeconds` is set", 'invalid-toleration'));
		}
		if (operator === 'Equal' || operator === '') {
			const errs = isValidLabelValue(str(t.value));
			if (errs.length > 0) issues.push(invalid([...p, 'operator'], str(t.value), errs.join(';'), 'invalid-toleration'));
		} else if (operator === 'Exists') {
			if (str(t.value)) issues.push(invalid([...p, 'operator'], t, "value must be empty when `operator` is 'Exists'", 'invalid-toleration', { shown: goToleration(t) }));
		} else {
			issues.push(notSupported([...p, 'operator'], operator, ['Equal', 'Exists']));
		}
		if (effect && !EFFECTS.includes(effect)) issues.push(notSupported([...p, 'effect'], effect, EFFECTS));
	});
}

/** Mirrors validateNodeSelectorRequirement. */
function validateNodeSelectorRequirement(rq: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const values = Array.isArray(rq.values) ? rq.values : [];
	const op = str(rq.operator);
	if (op === 'In' || op === 'NotIn') {
		if (values.length === 0) issues.push(required([...at, 'values'], "must be specified when `operator` is 'In' or 'NotIn'", 'selector-values'));
	} else if (op === 'Exists' || op === 'DoesNotExist') {
		if (values.length > 0) issues.push(forbidden([...at, 'values'], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'", 'selector-values'));
	} else if (op === 'Gt' || op === 'Lt') {
		if (values.length !== 1) issues.push(required([...at, 'values'], "must be specified single value when `operator` is 'Lt' or 'Gt'", 'selector-values'));
	} else {
		issues.push(invalid([...at, 'operator'], op, 'not a valid selector operator', 'selector-operator'));
	}
	qualifiedName(str(rq.key), [...at, 'key'], issues);
}

/** Mirrors validateNodeSelectorTerm (matchExpressions; matchFields allows metadata.name only). */
function validateNodeSelectorTerm(term: Record<string, unknown>, at: Path, issues: Issue[]): void {
	list(term.matchExpressions).forEach((rq, j) => validateNodeSelectorRequirement(rq, [...at, 'matchExpressions', j], issues));
	list(term.matchFields).forEach((rq, j) => {
		const p: Path = [...at, 'matchFields', j];
		if (str(rq.key) !== 'metadata.name') issues.push(invalid([...p, 'key'], str(rq.key), 'not a valid field selector key', 'selector-operator'));
		const values = Array.isArray(rq.values) ? rq.values : [];
		const op = str(rq.operator);
		if (op !== 'In' && op !== 'NotIn') issues.push(invalid([...p, 'operator'], op, 'not a valid selector operator', 'selector-operator'));
		else if (values.length !== 1) issues.push(required([...p, 'values'], 'must be only one value when `operator` is \'In\' or \'NotIn\' for node field selector', 'selector-values'));
	});
}

function weight(value: unknown, at: Path, issues: Issue[]): void {
	const w = num(value) ?? 0;
	if (w <= 0 || w > 100) issues.push(invalid(at, w, 'must be in the range 1-100', 'affinity-weight'));
}

/** Mirrors validatePodAffinityTerm. */
function validatePodAffinityTerm(term: Record<string, unknown>, at: Path, issues: Issue[]): void {
	if (isObj(term.labelSelector)) validateLabelSelector(term.labelSelector, [...at, 'labelSelector'], issues);
	if (isObj(term.namespaceSelector)) validateLabelSelector(term.namespaceSelector, [...at, 'namespaceSelector'], issues);
	if (Array.isArray(term.namespaces)) {
		for (const ns of term.namespaces) for (const msg of isDNS1123Label(String(ns))) issues.push(invalid([...at, 'namespace'], String(ns), msg, 'invalid-name', { params: { rule: 'label' } }));
	}
	const key = str(term.topologyKey);
	if (!key) issues.push(required([...at, 'topologyKey'], 'can not be empty', 'topology-key'));
	else qualifiedName(key, [...at, 'topologyKey'], issues);
}

function validatePodAffinity(affinity: unknown, at: Path, issues: Issue[]): void {
	if (!isObj(affinity)) return;
	list(affinity.requiredDuringSchedulingIgnoredDuringExecution).forEach((term, i) =>
		validatePodAffinityTerm(term, [...at, 'requiredDuringSchedulingIgnoredDuringExecution', i], issues),
	);
	list(affinity.preferredDuringSchedulingIgnoredDuringExecution).forEach((term, i) => {
		const p: Path = [...at, 'preferredDuringSchedulingIgnoredDuringExecution', i];
		weight(term.weight, [...p, 'weight'], issues);
		validatePodAffinityTerm(obj(term.podAffinityTerm), [...p, 'podAffinityTerm'], issues);
	});
}

/** Mirrors validateAffinity. */
export function validateAffinity(affinity: unknown, at: Path, issues: Issue[]): void {
	if (!isObj(affinity)) return;
	const node = affinity.nodeAffinity;
	if (isObj(node)) {
		const p: Path = [...at, 'nodeAffinity'];
		const requiredSel = node.requiredDuringSchedulingIgnoredDuringExecution;
		if (isObj(requiredSel)) {
			const rp: Path = [...p, 'requiredDuringSchedulingIgnoredDuringExecution'];
			const terms = list(requiredSel.nodeSelectorTerms);
			if (terms.length === 0) issues.push(required([...rp, 'nodeSelectorTerms'], 'must have at least one node selector term', 'affinity-terms', { target: 'key' }));
			terms.forEach((term, i) => validateNodeSelectorTerm(term, [...rp, 'nodeSelectorTerms', i], issues));
		}
		list(node.preferredDuringSchedulingIgnoredDuringExecution).forEach((term, i) => {
			const pp: Path = [...p, 'preferredDuringSchedulingIgnoredDuringExecution', i];
			weight(term.weight, [...pp, 'weight'], issues);
			validateNodeSelectorTerm(obj(term.preference), [...pp, 'preference'], issues);
		});
	}
	validatePodAffinity(affinity.podAffinity, [...at, 'podAffinity'], issues);
	validatePodAffinity(affinity.podAntiAffinity, [...at, 'podAntiAffinity'], issues);
}

const WHEN_UNSATISFIABLE = ['DoNotSchedule', 'ScheduleAnyway'];
const NODE_POLICIES = ['Honor', 'Ignore'];

/** Mirrors validateTopologySpreadConstraints. */
export function validateTopologySpreadConstraints(constraints: unknown, at: Path, issues: Issue[]): void {
	const items = list(constraints);
	items.forEach((c, i) => {
		const p: Path = [...at, i];
		const maxSkew = num(c.maxSkew) ?? 0;
		if (maxSkew <= 0) issues.push(invalid([...p, 'maxSkew'], maxSkew, 'must be greater than zero', 'topology-spread'));
		const key = str(c.topologyKey);
		if (!key) issues.push(required([...p, 'topologyKey'], 'can not be empty', 'topology-key'));
		else qualifiedName(key, [...p, 'topologyKey'], issues);
		const when = str(c.whenUnsatisfiable);
		if (!WHEN_UNSATISFIABLE.includes(when)) issues.push(notSupported([...p, 'whenUnsatisfiable'], when, WHEN_UNSATISFIABLE));
		// The pair {topologyKey, whenUnsatisfiable} is unique: reported on the first of two.
		if (items.slice(i + 1).some((o) => str(o.topologyKey) === key && str(o.whenUnsatisfiable) === when)) {
			issues.push(duplicate([...p, '{topologyKey, whenUnsatisfiable}'], null, 'topology-spread', { shown: `"{${key}, ${when}}"`, target: 'key' }));
		}
		if (c.minDomains != null) {
			const min = num(c.minDomains) ?? 0;
			if (min <= 0) issues.push(invalid([...p, 'minDomains'], min, 'must be greater than zero', 'topology-spread'));
			else if (when !== 'DoNotSchedule') issues.push(invalid([...p, 'minDomains'], min, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${when}`, 'topology-spread'));
		}
		for (const f of ['nodeAffinityPolicy', 'nodeTaintsPolicy']) {
			if (c[f] != null && !NODE_POLICIES.includes(str(c[f]))) issues.push(notSupported([...p, f], str(c[f]), NODE_POLICIES));
		}
		if (isObj(c.labelSelector)) validateLabelSelector(c.labelSelector, [...p, 'labelSelector'], issues);
	});
}

/** Mirrors validateReadinessGates and validateSchedulingGates. */
export function validateGates(spec: Record<string, unknown>, at: Path, issues: Issue[]): void {
	list(spec.readinessGates).forEach((g, i) => qualifiedName(str(g.conditionType), [...at, 'readinessGates', i, 'conditionType'], issues));
	const seen = new Set<string>();
	list(spec.schedulingGates).forEach((g, i) => {
		const name = str(g.name);
		qualifiedName(name, [...at, 'schedulingGates', i], issues);
		if (seen.has(name)) issues.push(duplicate([...at, 'schedulingGates', i], name, 'duplicate-gate'));
		seen.add(name);
	});
}

const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;
const MAX_SEARCH_CHARS = 2048;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIP(value: string): boolean {
	if (IPV4.test(value)) return true;
	if (!value.includes(':')) return false;
	try {
		return new URL(`http://[${value}]/`).hostname.length > 0;
	} catch {
		return false;
	}
}

/** Mirrors validatePodDNSConfig (dnsPolicy None needs a dnsConfig with a nameserver). */
export function validateDNSConfig(spec: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const p: Path = [...at, 'dnsConfig'];
	const config = spec.dnsConfig;
	if (spec.dnsPolicy === 'None') {
		if (!isObj(config)) {
			issues.push(required(p, 'must provide `dnsConfig` when `dnsPolicy` is None', 'dns-config', { target: 'key' }));
			return;
		}
		if (!(Array.isArray(config.nameservers) && config.nameservers.length > 0)) {
			issues.push(required([...p, 'nameservers'], 'must provide at least one DNS nameserver when `dnsPolicy` is None', 'dns-config', { target: 'key' }));
			return;
		}
	}
	if (!isObj(config)) return;
	const nameservers = Array.isArray(config.nameservers) ? config.nameservers.map(String) : [];
	if (nameservers.length > MAX_NAMESERVERS) issues.push(invalid([...p, 'nameservers'], nameservers, `must not have more than ${MAX_NAMESERVERS} nameservers`, 'dns-config'));
	nameservers.forEach((ns, i) => {
		if (!isIP(ns)) issues.push(invalid([...p, 'nameservers', i], ns, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)', 'dns-config'));
	});
	const searches = Array.isArray(config.searches) ? config.searches.map(String) : [];
	if (searches.length > MAX_SEARCHES) issues.push(invalid([...p, 'searches'], searches, `must not have more than ${MAX_SEARCHES} search paths`, 'dns-config'));
	if (searches.join(' ').length > MAX_SEARCH_CHARS) {
		issues.push(invalid([...p, 'searches'], searches, `must not have more than ${MAX_SEARCH_CHARS} characters (including spaces) in the search list`, 'dns-config'));
	}
	searches.forEach((search, i) => {
		// A trailing dot is allowed; "." alone is the root.
		const name = search === '.' ? '' : search.replace(/\.$/, '');
		if (name) for (const msg of isDNS1123Subdomain(name)) issues.push(invalid([...p, 'searches', i], name, msg, 'dns-config'));
	});
	list(config.options).forEach((option, i) => {
		if (!str(option.name)) issues.push(required([...p, 'options', i], 'Option.Name must not be empty', 'dns-config'));
	});
}

/** The priorityClassName check of ValidatePodSpec (ValidatePriorityClassName: a DNS subdomain). */
export function validatePriorityClassName(spec: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const name = str(spec.priorityClassName);
	if (name) for (const msg of isDNS1123Subdomain(name)) issues.push(invalid([...at, 'priorityClassName'], name, msg, 'invalid-name', { params: { rule: 'subdomain' } }));
}
