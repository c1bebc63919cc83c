// ObjectMeta, labels and annotations.
// Mirrors apimachinery/pkg/api/validation ValidateObjectMeta / ValidateAnnotations and
// apimachinery/pkg/apis/meta/v1/validation ValidateLabels / ValidateLabelSelector.
import type { Path } from '../field-path.ts';
import { formatPath, goQuote } from '../field-path.ts';
import { forbidden, invalid, required, tooLong, type Issue } from '../issue.ts';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from './name-formats.ts';
import { list, obj, str, stringMap } from './util.ts';

/** The upstream name function of a kind (NameIsDNSSubdomain, NameIsDNS1035Label, NameIsDNSLabel), or `any` where this validator does not check one. */
export type NameRule = 'subdomain' | 'dns1035' | 'label' | 'any';

const NAME_RULES: Record<NameRule, (name: string) => string[]> = {
	subdomain: isDNS1123Subdomain,
	dns1035: isDNS1035Label,
	label: isDNS1123Label,
	any: () => [],
};

/** Mirrors ValidateLabels: each key a qualified name, each value a label value; errors at the map's path. */
export function validateLabels(labels: unknown, at: Path, issues: Issue[], field = formatPath(at)): void {
	const map = stringMap(labels);
	if (!map) return;
	for (const [k, v] of Object.entries(map)) {
		for (const msg of isQualifiedName(k)) issues.push(invalid([...at, { key: k }], k, msg, 'invalid-label-key', { field, target: 'key' }));
		for (const msg of isValidLabelValue(v)) issues.push(invalid([...at, { key: k }], v, msg, 'invalid-label-value', { field, target: 'value' }));
	}
}

/** kube-apiserver's TotalAnnotationSizeLimitB: 256 KiB of keys and values together. */
const TOTAL_ANNOTATION_SIZE = 256 * 1024;

/** Mirrors ValidateAnnotations: keys are qualified names (case-insensitive), total size bounded. */
export function validateAnnotations(annotations: unknown, at: Path, issues: Issue[], field = formatPath(at)): void {
	const map = stringMap(annotations);
	if (!map) return;
	let size = 0;
	for (const [k, v] of Object.entries(map)) {
		for (const msg of isQualifiedName(k.toLowerCase())) {
			issues.push(invalid([...at, { key: k }], k, msg, 'invalid-annotation-key', { field, target: 'key' }));
		}
		size += k.length + v.length;
	}
	if (size > TOTAL_ANNOTATION_SIZE) issues.push(tooLong(at, TOTAL_ANNOTATION_SIZE, 'annotations-too-long', { field }));
}

/**
 * Mirrors ValidateObjectMetaAccessor (create). The namespace comes from the request, so it is optional
 * here; a cluster-scoped kind's is cleared before validation (rest.BeforeCreate), so it is not checked.
 */
export function validateObjectMeta(meta: unknown, nameRule: NameRule, issues: Issue[], namespaced = true): void {
	const m = obj(meta);
	const at: Path = ['metadata'];
	const nameFn = NAME_RULES[nameRule];
	const generateName = str(m.generateName);
	if (generateName) {
		// A generated name gets a random suffix, so a trailing dash is allowed (maskTrailingDash).
		const masked = generateName.length > 1 && generateName.endsWith('-') ? `${generateName.slice(0, -2)}a` : generateName;
		for (const msg of nameFn(masked)) issues.push(invalid([...at, 'generateName'], generateName, msg, 'invalid-name', { params: { rule: nameRule } }));
	}
	const name = str(m.name);
	if (!name) {
		if (!generateName) issues.push(required([...at, 'name'], 'name or generateName is required', 'missing-name'));
	} else {
		for (const msg of nameFn(name)) issues.push(invalid([...at, 'name'], name, msg, 'invalid-name', { params: { rule: nameRule } }));
	}
	const namespace = namespaced ? str(m.namespace) : '';
	if (namespace) {
		for (const msg of isDNS1123Label(namespace)) issues.push(invalid([...at, 'namespace'], namespace, msg, 'invalid-name', { params: { rule: 'label' } }));
	}
	validateLabels(m.labels, [...at, 'labels'], issues);
	validateAnnotations(m.annotations, [...at, 'annotations'], issues);
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/**
 * Mirrors ValidateObjectMetaAccessorUpdate in the parts a client can get wrong here. rest.BeforeUpdate
 * fills an empty uid from the stored object and keeps its creationTimestamp, deletionTimestamp and
 * generation, and objects are looked up by namespace and name, so what is left is a uid that is not
 * the stored one, and finalizers added to an object that is being deleted (ValidateNoNewFinalizers).
 */
export function validateObjectMetaUpdate(meta: unknown, oldMeta: unknown, issues: Issue[]): void {
	const m = obj(meta);
	const old = obj(oldMeta);
	const at: Path = ['metadata'];
	if (old.deletionTimestamp) {
		const before = new Set(strings(old.finalizers));
		const extra = [...new Set(strings(m.finalizers))].filter((f) => !before.has(f)).sort();
		if (extra.length > 0) {
			// Go's %#v of the sorted set: []string{"a", "b"}.
			const found = `[]string{${extra.map(goQuote).join(', ')}}`;
			issues.push(forbidden([...at, 'finalizers'], `no new finalizers can be added if the object is being deleted, found new finalizers ${found}`, 'finalizers-while-deleting', { params: { value: extra } }));
		}
	}
	const uid = str(m.uid);
	if (uid && uid !== str(old.uid)) issues.push(invalid([...at, 'uid'], uid, 'field is immutable', 'field-immutable'));
}

const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** Mirrors ValidateLabelSelector (matchLabels and matchExpressions). */
export function validateLabelSelector(selector: unknown, at: Path, issues: Issue[]): void {
	const sel = obj(selector);
	validateLabels(sel.matchLabels, [...at, 'matchLabels'], issues);
	list(sel.matchExpressions).forEach((expr, i) => {
		const p: Path = [...at, 'matchExpressions', i];
		const values = Array.isArray(expr.values) ? expr.values : [];
		const op = str(expr.operator);
		if (op === 'In' || op === 'NotIn') {
			if (values.length === 0) issues.push(required([...p, 'values'], "must be specified when `operator` is 'In' or 'NotIn'", 'selector-values'));
		} else if (op === 'Exists' || op === 'DoesNotExist') {
			if (values.length > 0) issues.push(forbidden([...p, 'values'], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'", 'selector-values'));
		} else {
			issues.push(invalid([...p, 'operator'], op, 'not a valid selector operator', 'selector-operator', { params: { supported: SELECTOR_OPERATORS } }));
		}
		for (const msg of isQualifiedName(str(expr.key))) issues.push(invalid([...p, 'key'], str(expr.key), msg, 'invalid-label-key'));
		// AllowInvalidLabelValueInSelector is false for the apps kinds: each value must be a label value.
		values.forEach((v, j) => {
			for (const msg of isValidLabelValue(String(v))) issues.push(invalid([...p, 'values', j], String(v), msg, 'invalid-label-value'));
		});
	});
}

/** labels.SelectorFromSet(...).Matches / metav1.LabelSelectorAsSelector(...).Matches. */
export function selectorMatches(selector: unknown, labels: Record<string, string> | undefined, setBased: boolean): boolean {
	const l = labels ?? {};
	if (!setBased) return Object.entries(stringMap(selector) ?? {}).every(([k, v]) => l[k] === v);
	const sel = obj(selector);
	const matchLabels = Object.entries(stringMap(sel.matchLabels) ?? {}).every(([k, v]) => l[k] === v);
	return (
		matchLabels &&
		list(sel.matchExpressions).every((e) => {
			const key = str(e.key);
			const values = (Array.isArray(e.values) ? e.values : []).map(String);
			switch (e.operator) {
				case 'In':
					return key in l && values.includes(l[key]!);
				case 'NotIn':
					return !(key in l) || !values.includes(l[key]!);
				case 'Exists':
					return key in l;
				case 'DoesNotExist':
					return !(key in l);
				default:
					return false;
			}
		})
	);
}
