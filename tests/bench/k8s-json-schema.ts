// The editor bench's anchor (plain Monaco + monaco-yaml) needs a Kubernetes schema to give the same hovers
// and completion as the course's editor: this JSON Schema (draft-07), built from the same upstream OpenAPI
// data the validator checks against (src/lib/validate/generated/*.json, Kubernetes' own definitions and
// descriptions, i.e. what `kubectl explain` prints). It is what the course's editor handed monaco-yaml
// before its hovers and completion moved to the validator's worker. Nothing is fetched: the anchor page
// passes it to monaco-yaml in memory. The document's apiVersion and kind pick the definition (if/then per kind),
// so a Pod gets Pod fields and a Service gets Service fields, also in multi-document files.
import docsJson from '../../src/lib/validate/generated/field-docs.json' with { type: 'json' };
import { typeLabel } from '../../src/lib/validate/explain.ts';
import { SCHEMA, type FieldType } from '../../src/lib/validate/schema.ts';
import type { GeneratedDocs } from '../../src/lib/validate/schema-types.ts';

const DOCS = docsJson as unknown as GeneratedDocs;

export type JsonSchema = { [key: string]: unknown };

const refTo = (id: string) => `#/definitions/${id}`;

function fieldSchema(t: FieldType): JsonSchema {
	switch (t.type) {
		case 'string':
			return t.enum ? { type: 'string', enum: t.enum } : { type: 'string' };
		case 'integer':
		case 'number':
		case 'boolean':
			return { type: t.type };
		case 'int-or-string':
			return { type: ['integer', 'string'] };
		case 'quantity':
			return { type: ['string', 'number'] };
		case 'any':
			return {};
		case 'object':
			return { $ref: refTo(t.ref) };
		case 'array':
			return { type: 'array', items: fieldSchema(t.items) };
		case 'map':
			return { type: 'object', additionalProperties: fieldSchema(t.items) };
	}
}

/** kubectl explain's header line, then the upstream description. */
function describe(name: string, t: FieldType, required: boolean, description: string): string {
	const header = `**${name}** \`<${typeLabel(t)}>\`${required ? ' *required*' : ''}`;
	return description ? `${header}\n\n${description}` : header;
}

function definitionSchema(id: string): JsonSchema {
	const def = SCHEMA.definitions[id]!;
	const docs = DOCS.definitions[id];
	const properties: Record<string, JsonSchema> = {};
	for (const [name, t] of Object.entries(def.properties)) {
		const description = docs?.properties[name] ?? '';
		const schema = fieldSchema(t);
		// A $ref with siblings is ignored by draft-07 readers, so the description wraps it in allOf.
		const withDocs = '$ref' in schema ? { allOf: [schema] } : schema;
		// Hovers and completion details prefer markdownDescription; a plain copy would double the bytes.
		properties[name] = { ...withDocs, markdownDescription: describe(name, t, def.required.includes(name), description) };
	}
	return {
		type: 'object',
		...(docs?.description ? { description: docs.description } : {}),
		properties,
		...(def.required.length ? { required: def.required } : {}),
		// kube-apiserver rejects unknown fields (strict decoding), so completion offers only real ones.
		additionalProperties: false,
	};
}

/** The schema for every kind the validator knows. */
export function kubernetesJsonSchema(): JsonSchema {
	const definitions: Record<string, JsonSchema> = {};
	for (const id of Object.keys(SCHEMA.definitions)) definitions[id] = definitionSchema(id);
	const kinds = Object.entries(SCHEMA.kinds).map(([gvk, id]) => {
		const slash = gvk.lastIndexOf('/');
		return { apiVersion: gvk.slice(0, slash), kind: gvk.slice(slash + 1), id };
	});
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		type: 'object',
		properties: {
			apiVersion: { type: 'string', enum: [...new Set(kinds.map((k) => k.apiVersion))], description: DOCS.definitions[kinds[0]!.id]?.properties.apiVersion },
			kind: { type: 'string', enum: [...new Set(kinds.map((k) => k.kind))], description: DOCS.definitions[kinds[0]!.id]?.properties.kind },
		},
		allOf: kinds.map(({ apiVersion, kind, id }) => ({
			if: { properties: { apiVersion: { const: apiVersion }, kind: { const: kind } }, required: ['apiVersion', 'kind'] },
			then: { $ref: refTo(id) },
		})),
		definitions,
	};
}
