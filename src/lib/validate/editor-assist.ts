// Completion and hover for the manifest editor, from the validator's schema and its field docs (the
// upstream descriptions `kubectl explain` prints). Runs in the validator's worker, which imports this
// module on the first hover or completion: the docs (~56 KB compressed) load then, not with the editor.
import { SCHEMA } from './schema.ts';
import { explain, explainAt, type ExplainResult } from './explain.ts';
import { cursorContext } from './cursor-path.ts';

export interface FieldDoc {
	/** The field's name (the last key of its path), or the kind for the document's root. */
	name: string;
	/** kubectl's type label: `string`, `[]Container`, `map[string]string`. */
	type: string;
	required: boolean;
	description: string;
	enum?: string[];
}

export interface CompletionItem {
	label: string;
	/** `field`: a key (inserted with its colon); `value`: a value for the field at the cursor. */
	kind: 'field' | 'value';
	/** Documentation of the field this item inserts or belongs to. */
	doc?: FieldDoc;
	/** What to insert, as a Monaco snippet (`$0` is where the cursor goes; tabs become the indent unit). */
	insert: string;
}

export interface Completions {
	/** Offset where the replaced word starts (the cursor is its end). */
	start: number;
	items: CompletionItem[];
}

const KINDS = Object.keys(SCHEMA.kinds).map((gvk) => {
	const slash = gvk.lastIndexOf('/');
	return { apiVersion: gvk.slice(0, slash), kind: gvk.slice(slash + 1) };
});
/** Any kind, for documenting the two fields every manifest starts with. */
const ANY = KINDS[0]!;

const fieldDoc = (name: string, r: Pick<ExplainResult, 'type' | 'required' | 'description' | 'enum'>): FieldDoc => ({
	name,
	type: r.type,
	required: r.required,
	description: r.description,
	...(r.enum ? { enum: r.enum } : {}),
});

/** Documentation of the field under the cursor (key or value), for a hover; undefined off any field. */
export function hoverAt(text: string, offset: number): FieldDoc | undefined {
	const result = explainAt(text, offset);
	if (!result || result.path.length === 0) return undefined;
	return fieldDoc(result.path[result.path.length - 1]!, result);
}

/** Types kubectl names in capitals that hold a scalar (or anything) rather than fields. */
const SCALAR_OBJECTS = new Set(['IntOrString', 'Quantity', 'Object']);

/** What the key at the cursor inserts: objects and lists open a block below it. */
function insertKey(name: string, type: string): string {
	if (type.startsWith('[]') && !/^\[\](string|integer|number|boolean)$/.test(type)) return `${name}:\n\t- $0`;
	if (type.startsWith('map[') || (/^[A-Z]/.test(type) && !SCALAR_OBJECTS.has(type))) return `${name}:\n\t$0`;
	return `${name}: $0`;
}

function keyItems(apiVersion: string | undefined, kind: string | undefined, path: string[], siblings: string[]): CompletionItem[] {
	const known = apiVersion && kind ? explain(apiVersion, kind, path) : undefined;
	const fields = known
		? known.fields
		: path.length === 0
			? (['apiVersion', 'kind'] as const).map((name) => ({ name, ...explain(ANY.apiVersion, ANY.kind, [name])! }))
			: [];
	const present = new Set(siblings);
	return fields
		.filter((f) => !present.has(f.name))
		.map((f) => ({ label: f.name, kind: 'field', doc: fieldDoc(f.name, f), insert: insertKey(f.name, f.type) }));
}

function valueItems(apiVersion: string | undefined, kind: string | undefined, path: string[], key: string): CompletionItem[] {
	let values: string[] = [];
	let doc: FieldDoc | undefined;
	if (path.length === 0 && key === 'apiVersion') values = KINDS.filter((k) => !kind || k.kind === kind).map((k) => k.apiVersion);
	else if (path.length === 0 && key === 'kind') values = KINDS.filter((k) => !apiVersion || k.apiVersion === apiVersion).map((k) => k.kind);
	if (path.length === 0 && (key === 'apiVersion' || key === 'kind')) {
		const field = explain(apiVersion && kind ? apiVersion : ANY.apiVersion, apiVersion && kind ? kind : ANY.kind, [key]);
		doc = field && fieldDoc(key, field);
	} else if (apiVersion && kind) {
		const field = explain(apiVersion, kind, [...path, key]);
		if (field) {
			doc = fieldDoc(key, field);
			values = field.enum ?? (field.type === 'boolean' ? ['true', 'false'] : []);
		}
	}
	return [...new Set(values)].map((value) => ({ label: value, kind: 'value', ...(doc ? { doc } : {}), insert: value }));
}

/** The keys valid at the cursor (those not yet written), or the values of the field being typed. */
export function completionsAt(text: string, offset: number): Completions {
	const context = cursorContext(text, offset);
	if (!context) return { start: offset, items: [] };
	const { apiVersion, kind, path, siblings } = context;
	const items = context.at === 'key' ? keyItems(apiVersion, kind, path, siblings) : valueItems(apiVersion, kind, path, context.key!);
	return { start: context.start, items };
}
