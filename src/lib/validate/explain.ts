// Field documentation for editor hovers and `kubectl explain`, from the upstream descriptions the
// generator extracted (generated/field-docs.json). Kept out of index.ts so the validator's bundle
// does not carry ~230 KB of prose; import `src/lib/validate/explain.ts` where docs are shown.
import { parseDocument } from 'yaml';
import docsJson from './generated/field-docs.json' with { type: 'json' };
import { pathAtOffset } from './positions.ts';
import { SCHEMA } from './schema.ts';
import type { FieldType, GeneratedDocs } from './schema-types.ts';

const DOCS = docsJson as unknown as GeneratedDocs;

export interface ExplainField {
	name: string;
	/** kubectl's type label: `string`, `integer`, `[]Container`, `map[string]string`, `PodSpec`. */
	type: string;
	required: boolean;
	description: string;
	enum?: string[];
}

export interface ExplainResult {
	apiVersion: string;
	kind: string;
	/** The field path asked for, without indices: `['spec', 'containers']`; empty for the kind itself. */
	path: string[];
	type: string;
	required: boolean;
	description: string;
	enum?: string[];
	/** The sub-fields, sorted by name, when the field is an object or a list of objects. */
	fields: ExplainField[];
}

const shortName = (id: string) => id.slice(id.lastIndexOf('.') + 1);

/** kubectl explain's label for a type. */
export function typeLabel(t: FieldType): string {
	switch (t.type) {
		case 'object':
			return shortName(t.ref);
		case 'array':
			return `[]${typeLabel(t.items)}`;
		case 'map':
			return `map[string]${typeLabel(t.items)}`;
		case 'int-or-string':
			return 'IntOrString';
		case 'quantity':
			return 'Quantity';
		case 'any':
			return 'Object';
		case 'string':
			return t.format === 'date-time' ? 'string' : 'string';
		default:
			return t.type;
	}
}

/** The object definition a type leads to (through lists and maps), if any. */
function objectRef(t: FieldType): string | undefined {
	if (t.type === 'object') return t.ref;
	if (t.type === 'array' || t.type === 'map') return objectRef(t.items);
	return undefined;
}

function fieldsOf(ref: string | undefined): ExplainField[] {
	const def = ref ? SCHEMA.definitions[ref] : undefined;
	if (!ref || !def) return [];
	return Object.entries(def.properties)
		.map(([name, t]) => ({
			name,
			type: typeLabel(t),
			required: def.required.includes(name),
			description: DOCS.definitions[ref]?.properties[name] ?? '',
			...(t.type === 'string' && t.enum ? { enum: t.enum } : {}),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Documentation of a field, as `kubectl explain <kind>.<fieldPath>` shows it.
 * `fieldPath` is dotted (`spec.containers.livenessProbe`) or an array; list indices are ignored.
 * Returns undefined for kinds the course does not teach or fields that do not exist.
 */
export function explain(apiVersion: string, kind: string, fieldPath: string | readonly (string | number)[] = []): ExplainResult | undefined {
	const root = SCHEMA.kinds[`${apiVersion}/${kind}`];
	if (!root) return undefined;
	const path = (typeof fieldPath === 'string' ? fieldPath.split('.').filter(Boolean) : fieldPath).filter((s): s is string => typeof s === 'string');
	let type: FieldType = { type: 'object', ref: root };
	let description = DOCS.definitions[root]?.description ?? '';
	let required = false;
	for (const name of path) {
		const ref = objectRef(type);
		const def = ref ? SCHEMA.definitions[ref] : undefined;
		const next = def?.properties[name];
		if (!ref || !def || !next) return undefined;
		type = next;
		required = def.required.includes(name);
		const nextRef = objectRef(next);
		description = DOCS.definitions[ref]?.properties[name] || (nextRef ? DOCS.definitions[nextRef]?.description : '') || '';
	}
	return {
		apiVersion,
		kind,
		path,
		type: typeLabel(type),
		required,
		description,
		...(type.type === 'string' && type.enum ? { enum: type.enum } : {}),
		fields: fieldsOf(objectRef(type)),
	};
}

/** Documentation of the field under the cursor in manifest text (for editor hovers). */
export function explainAt(text: string, offset: number): ExplainResult | undefined {
	// Find the document holding the offset, then its apiVersion and kind.
	let start = 0;
	const separators = /^---.*$/gm;
	let m: RegExpExecArray | null;
	while ((m = separators.exec(text)) && m.index <= offset) start = m.index + m[0].length;
	const nextSep = text.slice(start).search(/^---/m);
	const end = nextSep === -1 ? text.length : start + nextSep;
	const doc = parseDocument(text.slice(start, end), { version: '1.1' });
	const value = doc.toJS({ maxAliasCount: 100 }) as { apiVersion?: unknown; kind?: unknown } | null;
	if (!value || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return undefined;
	const path = pathAtOffset(doc, offset - start);
	return explain(value.apiVersion, value.kind, path.filter((s): s is string | number => typeof s !== 'object'));
}
