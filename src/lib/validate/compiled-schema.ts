// The generated definitions turned into the form the decode walk wants: read from their stored lines
// (schema-format.ts) once, then, once per definition and on first use, properties in a Map (the JSON
// import gives large dictionary objects).
import generated from './generated/schema.json' with { type: 'json' };
import { parseDefinition, readSchema } from './schema-format.ts';
import type { FieldType, GeneratedSchema, StoredSchema } from './schema-types.ts';

export const SCHEMA: GeneratedSchema = readSchema(generated as StoredSchema);

/**
 * Every other built-in kind (generated/builtin-schema.json), once an entry point brings it: the editor,
 * the lessons and the grader do (validate.ts); the simulated API server, which serves the course's kinds
 * only, leaves it out of the playground's download.
 */
const builtin: { kinds: Record<string, string>; definitions: Record<string, string> } = { kinds: {}, definitions: {} };

export function useBuiltinSchema(stored: StoredSchema): void {
	Object.assign(builtin.kinds, stored.kinds);
	Object.assign(builtin.definitions, stored.definitions);
}

/** The definition for `apiVersion/kind`, and whether it is one of the course's kinds. */
export function kindDefinition(gvk: string): { definition: string; course: boolean } | undefined {
	const course = SCHEMA.kinds[gvk];
	if (course) return { definition: course, course: true };
	const other = builtin.kinds[gvk];
	return other ? { definition: other, course: false } : undefined;
}

export interface CompiledDefinition {
	properties: Map<string, FieldType>;
	required: readonly string[];
}

const cache = new Map<string, CompiledDefinition | undefined>();

export function compiled(ref: string): CompiledDefinition | undefined {
	let out = cache.get(ref);
	if (out === undefined && !cache.has(ref)) {
		// The built-in kinds' definitions stay as stored lines until a manifest needs one.
		const line = SCHEMA.definitions[ref] ? undefined : builtin.definitions[ref];
		const def = SCHEMA.definitions[ref] ?? (line === undefined ? undefined : parseDefinition(line));
		out = def ? { properties: new Map(Object.entries(def.properties)), required: def.required } : undefined;
		cache.set(ref, out);
	}
	return out;
}
