// Shape of the generated schema (src/lib/validate/generated/schema.json), shared by the generator
// (src/cli/generate-k8s-schema.ts) and the validator.

export type FieldType =
	| { type: 'string'; enum?: string[]; format?: string }
	| { type: 'integer'; format?: string }
	| { type: 'number' }
	| { type: 'boolean' }
	| { type: 'int-or-string' }
	| { type: 'quantity' }
	| { type: 'any' }
	| { type: 'object'; ref: string }
	| { type: 'array'; items: FieldType }
	| { type: 'map'; items: FieldType };

export interface Definition {
	required: string[];
	properties: Record<string, FieldType>;
}

export interface GeneratedSchema {
	kubernetesVersion: string;
	/** The registry package and version the definitions were derived from. */
	source: string;
	/** `apiVersion/kind` → definition id. */
	kinds: Record<string, string>;
	definitions: Record<string, Definition>;
}

/** GeneratedSchema as generated/schema.json stores it: each definition as one line (schema-format.ts). */
export interface StoredSchema extends Omit<GeneratedSchema, 'definitions'> {
	definitions: Record<string, string>;
}

export interface GeneratedDocs {
	kubernetesVersion: string;
	definitions: Record<string, { description: string; properties: Record<string, string> }>;
}
