// How generated/schema.json writes a definition: one line of `name:type` pairs, `!` after a required
// name, types in Go-like words. The playground ships the schema (the simulated API server decodes with
// it), and this form is about a sixth smaller there, compressed, than one JSON object per field:
//
//   "io.k8s.api.core.v1.ServicePort": "appProtocol:string name:string nodePort:int32 port!:int32 protocol:string{SCTP|TCP|UDP} targetPort:int-or-string"
//
// Types: string, string(format), string{A|B} (an enum), integer, int32, int64, number, boolean,
// int-or-string, quantity, any, []T, map[string]T, and a definition id for an object.
import type { Definition, FieldType, GeneratedSchema, StoredSchema } from './schema-types.ts';

const WORDS = new Set(['int-or-string', 'number', 'boolean', 'quantity', 'any']);
/** Characters the line's syntax uses: names, formats and enum values may not contain them. */
const RESERVED = /[\s:!|{}()]/;

/** An enum value with the syntax's characters (and `%`) percent-encoded: CSR usages have spaces ("client auth"). */
const escapeValue = (v: string) => v.replace(/[%\s:!|{}()]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
const unescapeValue = (v: string) => (v.includes('%') ? decodeURIComponent(v) : v);

function formatType(t: FieldType): string {
	switch (t.type) {
		case 'string':
			return `string${t.format ? `(${t.format})` : ''}${t.enum ? `{${t.enum.map(escapeValue).join('|')}}` : ''}`;
		case 'integer':
			return t.format ?? 'integer';
		case 'object':
			return t.ref;
		case 'array':
			return `[]${formatType(t.items)}`;
		case 'map':
			return `map[string]${formatType(t.items)}`;
		default:
			return t.type;
	}
}

function parseType(text: string): FieldType {
	if (text.startsWith('[]')) return { type: 'array', items: parseType(text.slice(2)) };
	if (text.startsWith('map[string]')) return { type: 'map', items: parseType(text.slice('map[string]'.length)) };
	const string = /^string(?:\(([^)]+)\))?(?:\{(.+)\})?$/.exec(text);
	if (string) return { type: 'string', ...(string[1] ? { format: string[1] } : {}), ...(string[2] ? { enum: string[2].split('|').map(unescapeValue) } : {}) };
	if (text === 'integer') return { type: 'integer' };
	if (/^int\d+$/.test(text)) return { type: 'integer', format: text };
	if (WORDS.has(text)) return { type: text } as FieldType;
	return { type: 'object', ref: text };
}

/** The line for a definition; throws on a name or value the syntax cannot hold (the generator then needs another form). */
export function formatDefinition(def: Definition): string {
	if (def.required.some((name) => !(name in def.properties))) throw new Error(`schema-format: a required field has no type: ${def.required.join(', ')}`);
	return Object.entries(def.properties)
		.map(([name, t]) => {
			const type = formatType(t);
			const words = [name, ...type.replace(/^(\[\]|map\[string\])+/, '').replace(/\{[^}]*\}$/, '').split(/[(){}|]/).filter(Boolean)];
			if (words.some((w) => RESERVED.test(w))) throw new Error(`schema-format: cannot write ${name}: ${type}`);
			return `${name}${def.required.includes(name) ? '!' : ''}:${type}`;
		})
		.join(' ');
}

/** The definition a line describes; required names keep the order of the fields. */
export function parseDefinition(line: string): Definition {
	const def: Definition = { required: [], properties: {} };
	for (const field of line.split(' ').filter(Boolean)) {
		const colon = field.indexOf(':');
		const name = field.slice(0, colon).replace(/!$/, '');
		if (field[colon - 1] === '!') def.required.push(name);
		def.properties[name] = parseType(field.slice(colon + 1));
	}
	return def;
}

/** The schema as generated/schema.json stores it. */
export function storeSchema(schema: GeneratedSchema): StoredSchema {
	return { ...schema, definitions: Object.fromEntries(Object.entries(schema.definitions).map(([id, def]) => [id, formatDefinition(def)])) };
}

/** The schema generated/schema.json stores, read back. */
export function readSchema(stored: StoredSchema): GeneratedSchema {
	return { ...stored, definitions: Object.fromEntries(Object.entries(stored.definitions).map(([id, line]) => [id, parseDefinition(line)])) };
}
