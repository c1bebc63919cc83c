// The generated definitions turned into the form the decode walk wants: read from their stored lines
// (schema-format.ts) once, then, once per definition and on first use, properties in a Map (the JSON
// import gives large dictionary objects).
import generated from './generated/schema.json' with { type: 'json' };
import { readSchema } from './schema-format.ts';
import type { FieldType, GeneratedSchema, StoredSchema } from './schema-types.ts';

export const SCHEMA: GeneratedSchema = readSchema(generated as StoredSchema);

export interface CompiledDefinition {
	properties: Map<string, FieldType>;
	required: readonly string[];
}

const cache = new Map<string, CompiledDefinition | undefined>();

export function compiled(ref: string): CompiledDefinition | undefined {
	let out = cache.get(ref);
	if (out === undefined && !cache.has(ref)) {
		const def = SCHEMA.definitions[ref];
		out = def ? { properties: new Map(Object.entries(def.properties)), required: def.required } : undefined;
		cache.set(ref, out);
	}
	return out;
}
