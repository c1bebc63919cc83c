// Checks an object against the upstream OpenAPI definitions (generated/schema.json, derived from
// kubernetes-models at build time). Two passes, as the API server has two stages:
//  - decode: what sigs.k8s.io/json's strict decoder rejects (unknown fields, wrong JSON types,
//    malformed quantities). kube-apiserver answers 400 "cannot be handled as a Pod" and stops there.
//  - shape: required fields and enumerated values the schema declares, checked on the defaulted
//    object; the per-kind rules report most of these in their own words and take precedence.
import { decodeBase64Length } from './base64.ts';
import { compiled, SCHEMA } from './compiled-schema.ts';
import type { FieldType } from './schema-types.ts';
import { formatPath, type Path } from './field-path.ts';
import { notSupported, required, type Issue } from './issue.ts';
import { QUANTITY_FORMAT_ERROR, parseQuantity } from './quantity.ts';

export { SCHEMA };

/** The Kubernetes minor release whose OpenAPI definitions the validator checks against, e.g. "1.36". */
export const KUBERNETES_VERSION: string = SCHEMA.kubernetesVersion;
/** The registry package (and version) the definitions were derived from. */
export const SCHEMA_SOURCE: string = SCHEMA.source;
export type { FieldType };

/** `apiVersion/kind` → definition id, e.g. `apps/v1/Deployment` → `io.k8s.api.apps.v1.Deployment`. */
export function definitionFor(apiVersion: string, kind: string): string | undefined {
	return SCHEMA.kinds[`${apiVersion}/${kind}`];
}

const shortName = (id: string) => id.slice(id.lastIndexOf('.') + 1);
const goPackage = (id: string) => id.split('.').at(-2) ?? '';

/** The Go type a field decodes into, as encoding/json names it in errors (`int32`, `[]v1.Container`). */
export function goType(t: FieldType): string {
	switch (t.type) {
		case 'string':
			return 'string';
		case 'integer':
			return t.format ?? 'int64';
		case 'number':
			return 'float64';
		case 'boolean':
			return 'bool';
		case 'int-or-string':
			return 'int32';
		case 'quantity':
			return 'resource.Quantity';
		case 'any':
			return 'interface {}';
		case 'object':
			return `${goPackage(t.ref)}.${shortName(t.ref)}`;
		case 'array':
			return `[]${goType(t.items)}`;
		case 'map':
			return `map[string]${goType(t.items)}`;
	}
}

/** encoding/json's name for the JSON value it could not place. */
function jsonKind(value: unknown): string {
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return `number`;
	if (typeof value === 'boolean') return 'bool';
	return typeof value === 'object' ? 'object' : 'string';
}

/** A path built only when a problem needs it: decoding visits every field, errors are rare. */
interface Link {
	parent: Link | undefined;
	seg: Path[number];
}

function materialize(link: Link | undefined): Path {
	const out: Path[number][] = [];
	for (let l = link; l; l = l.parent) out.push(l.seg);
	return out.reverse();
}

/** A field the shape stage must look at again once defaults are in: missing-but-required, or not in its enum. */
interface ShapeCandidate {
	at: Link | undefined;
	/** The required field missing at `at`; absent for an enumerated value at `at`. */
	name?: string;
	values?: string[];
}

interface DecodeState {
	issues: Issue[];
	maxIssues: number;
	shape: ShapeCandidate[];
}

function push(state: DecodeState, issue: Issue): void {
	if (state.issues.length < state.maxIssues) state.issues.push(issue);
}

function typeError(state: DecodeState, value: unknown, t: FieldType, link: Link | undefined, struct: string): void {
	const at = materialize(link);
	// Go reports the field path without list indices: `PodSpec.spec.containers.image`.
	const goField = at.filter((s) => typeof s === 'string').join('.');
	const valueName = typeof value === 'number' && (t.type === 'integer' || t.type === 'int-or-string') ? `number ${value}` : jsonKind(value);
	const apiMessage = `json: cannot unmarshal ${valueName} into Go struct field ${struct}.${goField} of type ${goType(t)}`;
	push(state, {
		severity: 'error',
		code: 'type-mismatch',
		stage: 'decode',
		at,
		field: formatPath(at),
		apiMessage,
		params: { field: formatPath(at), expected: t.type, goType: goType(t), actual: jsonKind(value) },
	});
}

/** A `[]byte` field: encoding/json decodes it with base64.StdEncoding and stops at corrupt input. */
function base64Error(state: DecodeState, value: string, link: Link): void {
	const decoded = decodeBase64Length(value);
	if (!('errorAt' in decoded)) return;
	const at = materialize(link);
	push(state, {
		severity: 'error',
		code: 'invalid-base64',
		stage: 'decode',
		at,
		field: formatPath(at),
		apiMessage: `illegal base64 data at input byte ${decoded.errorAt}`,
		params: { field: formatPath(at), offset: decoded.errorAt },
		target: 'value',
	});
}

const INT32: [number, number] = [-(2 ** 31), 2 ** 31 - 1];
const INT64: [number, number] = [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];

/**
 * Decodes one field value. The field's Link (`parent` + `seg`) is built only where it is needed, a
 * nested value or a problem: most values are well-typed scalars.
 */
function decodeValue(state: DecodeState, value: unknown, t: FieldType, parent: Link | undefined, seg: Path[number], struct: string): void {
	if (value === null || value === undefined || t.type === 'any') return;
	const link = (): Link => ({ parent, seg });
	switch (t.type) {
		case 'string':
			if (typeof value !== 'string') typeError(state, value, t, link(), struct);
			else if (t.enum && parent && !t.enum.includes(value)) state.shape.push({ at: link(), values: t.enum });
			else if (t.format === 'byte') base64Error(state, value, link());
			return;
		case 'boolean':
			if (typeof value !== 'boolean') typeError(state, value, t, link(), struct);
			return;
		case 'number':
			if (typeof value !== 'number') typeError(state, value, t, link(), struct);
			return;
		case 'integer': {
			const [lo, hi] = t.format === 'int32' ? INT32 : INT64;
			if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) typeError(state, value, t, link(), struct);
			return;
		}
		case 'int-or-string':
			if (typeof value === 'string') return;
			if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 2 ** 31) typeError(state, value, t, link(), struct);
			return;
		case 'quantity': {
			const parsed = typeof value === 'string' || typeof value === 'number' ? parseQuantity(value) : { error: QUANTITY_FORMAT_ERROR };
			if ('error' in parsed) {
				const path = materialize(link());
				push(state, {
					severity: 'error',
					code: 'invalid-quantity',
					stage: 'decode',
					at: path,
					field: formatPath(path),
					apiMessage: parsed.error,
					params: { field: formatPath(path), value: String(value) },
				});
			}
			return;
		}
		case 'array': {
			if (!Array.isArray(value)) return typeError(state, value, t, link(), struct);
			const at = link();
			for (let i = 0; i < value.length; i++) decodeValue(state, value[i], t.items, at, i, struct);
			return;
		}
		case 'map': {
			if (typeof value !== 'object' || Array.isArray(value)) return typeError(state, value, t, link(), struct);
			const at = link();
			for (const k in value) decodeValue(state, (value as Record<string, unknown>)[k], t.items, at, { key: k }, struct);
			return;
		}
		case 'object':
			if (typeof value !== 'object' || Array.isArray(value)) return typeError(state, value, t, link(), struct);
			decodeObject(state, value as Record<string, unknown>, t.ref, link());
	}
}

function decodeObject(state: DecodeState, obj: Record<string, unknown>, ref: string, at: Link | undefined): void {
	const def = compiled(ref);
	if (!def) return;
	const struct = shortName(ref);
	for (const name of def.required) {
		if (!at && (name === 'apiVersion' || name === 'kind')) continue;
		const v = obj[name];
		if (v === undefined || v === null || v === '') state.shape.push({ at, name });
	}
	for (const name in obj) {
		const value = obj[name];
		const prop = def.properties.get(name);
		if (!prop) {
			// sigs.k8s.io/json strict mode: `unknown field "spec.containers[0].imagee"`.
			const path = [...materialize(at), name];
			const field = formatPath(path);
			push(state, {
				severity: 'error',
				code: 'unknown-field',
				stage: 'decode',
				at: path,
				field,
				apiMessage: `unknown field ${JSON.stringify(field)}`,
				params: { field, name, known: [...def.properties.keys()] },
				target: 'key',
			});
			continue;
		}
		decodeValue(state, value, prop, at, name, struct);
	}
}

/** The value at a path of a plain object, or undefined where the path leaves it. */
function valueAt(root: unknown, link: Link | undefined): unknown {
	let cur = root;
	for (const seg of materialize(link)) {
		if (typeof cur !== 'object' || cur === null) return undefined;
		cur = (cur as Record<string | number, unknown>)[typeof seg === 'object' ? seg.key : seg];
	}
	return cur;
}

export interface Decoded {
	/** Unknown fields, JSON type errors and malformed quantities: what the strict decoder rejects. */
	issues: Issue[];
	/**
	 * The shape stage on the defaulted object: schema-required fields and enumerated values. Defaults
	 * only fill fields (with valid values), so only the fields the decode walk flagged need a second look.
	 */
	shapeIssues(defaulted: unknown): Issue[];
}

/** The decode stage, walking the object once; the shape stage reuses what the walk found. */
export function decode(obj: Record<string, unknown>, definition: string, maxIssues = 200): Decoded {
	const state: DecodeState = { issues: [], maxIssues, shape: [] };
	decodeObject(state, obj, definition, undefined);
	return {
		issues: state.issues,
		shapeIssues(defaulted) {
			const out: Issue[] = [];
			for (const c of state.shape) {
				const v = valueAt(defaulted, c.at);
				if (c.name !== undefined) {
					const f = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[c.name] : undefined;
					if (f === undefined || f === null || f === '') out.push(required([...materialize(c.at), c.name]));
				} else if (typeof v === 'string' && c.values && !c.values.includes(v)) {
					out.push(notSupported(materialize(c.at), v, c.values, 'unsupported-value'));
				}
			}
			return out;
		},
	};
}
