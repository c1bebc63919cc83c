// Checks an object against the upstream OpenAPI definitions (generated/schema.json, derived from
// kubernetes-models at build time). Two passes, as the API server has two stages:
//  - decode: what sigs.k8s.io/json's strict decoder rejects (unknown fields, wrong JSON types,
//    malformed quantities). kube-apiserver answers 400 "cannot be handled as a Pod" and stops there.
//  - shape: required fields and enumerated values the schema declares, checked on the defaulted
//    object; the per-kind rules report most of these in their own words and take precedence.
import generated from './generated/schema.json' with { type: 'json' };
import type { FieldType, GeneratedSchema } from './schema-types.ts';
import { formatPath, type Path } from './field-path.ts';
import { notSupported, required, type Issue } from './issue.ts';
import { QUANTITY_FORMAT_ERROR, parseQuantity } from './quantity.ts';

export const SCHEMA = generated as unknown as GeneratedSchema;
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

interface DecodeState {
	issues: Issue[];
	maxIssues: number;
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

const INT_RANGE: Record<string, [number, number]> = { int32: [-(2 ** 31), 2 ** 31 - 1], int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] };

function decodeValue(state: DecodeState, value: unknown, t: FieldType, at: Link | undefined, struct: string): void {
	if (value === null || value === undefined || t.type === 'any') return;
	switch (t.type) {
		case 'string':
			if (typeof value !== 'string') typeError(state, value, t, at, struct);
			return;
		case 'boolean':
			if (typeof value !== 'boolean') typeError(state, value, t, at, struct);
			return;
		case 'number':
			if (typeof value !== 'number') typeError(state, value, t, at, struct);
			return;
		case 'integer': {
			const [lo, hi] = INT_RANGE[t.format ?? 'int64'] ?? INT_RANGE.int64!;
			if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) typeError(state, value, t, at, struct);
			return;
		}
		case 'int-or-string':
			if (typeof value === 'string') return;
			if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 2 ** 31) typeError(state, value, t, at, struct);
			return;
		case 'quantity': {
			const parsed = typeof value === 'string' || typeof value === 'number' ? parseQuantity(value) : { error: QUANTITY_FORMAT_ERROR };
			if ('error' in parsed) {
				const path = materialize(at);
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
		case 'array':
			if (!Array.isArray(value)) return typeError(state, value, t, at, struct);
			value.forEach((item, i) => decodeValue(state, item, t.items, { parent: at, seg: i }, struct));
			return;
		case 'map':
			if (typeof value !== 'object' || Array.isArray(value)) return typeError(state, value, t, at, struct);
			for (const [k, v] of Object.entries(value)) decodeValue(state, v, t.items, { parent: at, seg: { key: k } }, struct);
			return;
		case 'object':
			if (typeof value !== 'object' || Array.isArray(value)) return typeError(state, value, t, at, struct);
			decodeObject(state, value as Record<string, unknown>, t.ref, at);
	}
}

function decodeObject(state: DecodeState, obj: Record<string, unknown>, ref: string, at: Link | undefined): void {
	const def = SCHEMA.definitions[ref];
	if (!def) return;
	for (const [name, value] of Object.entries(obj)) {
		const prop = def.properties[name];
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
				params: { field, name, known: Object.keys(def.properties) },
				target: 'key',
			});
			continue;
		}
		decodeValue(state, value, prop, { parent: at, seg: name }, shortName(ref));
	}
}

/** The decode stage: unknown fields, JSON type errors and malformed quantities. */
export function decodeIssues(obj: Record<string, unknown>, definition: string, maxIssues = 200): Issue[] {
	const state: DecodeState = { issues: [], maxIssues };
	decodeObject(state, obj, definition, undefined);
	return state.issues;
}

/** The shape stage on the defaulted object: schema-required fields and enumerated values. */
export function shapeIssues(obj: Record<string, unknown>, definition: string): Issue[] {
	const issues: Issue[] = [];
	const visit = (value: unknown, t: FieldType, at: Path): void => {
		if (value === null || value === undefined) return;
		if (t.type === 'string' && t.enum && typeof value === 'string' && at.length > 1 && !t.enum.includes(value)) {
			issues.push(notSupported(at, value, t.enum, 'unsupported-value'));
		} else if (t.type === 'array' && Array.isArray(value)) {
			value.forEach((item, i) => visit(item, t.items, [...at, i]));
		} else if (t.type === 'map' && typeof value === 'object') {
			for (const [k, v] of Object.entries(value as object)) visit(v, t.items, [...at, { key: k }]);
		} else if (t.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
			const def = SCHEMA.definitions[t.ref];
			if (!def) return;
			const o = value as Record<string, unknown>;
			for (const name of def.required) {
				if (at.length === 0 && (name === 'apiVersion' || name === 'kind')) continue;
				const v = o[name];
				if (v === undefined || v === null || v === '') issues.push(required([...at, name]));
			}
			for (const [name, v] of Object.entries(o)) {
				const prop = def.properties[name];
				if (prop) visit(v, prop, [...at, name]);
			}
		}
	};
	visit(obj, { type: 'object', ref: definition }, []);
	return issues;
}
