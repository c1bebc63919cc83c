// The validator's entry points: manifest text (editor, CLI, lessons) and parsed objects (the simulated API server).
import builtinSchema from './generated/builtin-schema.json' with { type: 'json' };
import { checkObject } from './check-object.ts';
import { useBuiltinSchema } from './compiled-schema.ts';
import type { Path } from './field-path.ts';
import type { Issue } from './issue.ts';
import { lessonLink } from './lesson-links.ts';
import { LineIndex } from './line-index.ts';
import { friendly } from './messages/index.ts';
import { parseText, type ParsedDocument, type TextIssue } from './parse.ts';
import { locate } from './positions.ts';
import { adviseContainers } from './rules/advice.ts';
import { isObj } from './rules/util.ts';
import { MANIFEST_DEFAULTS, validateObjectIssues } from './server.ts';
import { withSuggestions } from './suggestions.ts';
import type { StoredSchema } from './schema-types.ts';
import type { Diagnostic, DocumentResult, ValidateObjectOptions, ValidateOptions, ValidationResult } from './types.ts';

// Manifests (editor, lessons, grader) may hold any built-in kind; the simulated API server (server.ts) serves the course's only.
useBuiltinSchema(builtinSchema as StoredSchema);

function toDiagnostic(found: Issue, span?: [number, number], lines?: LineIndex): Diagnostic {
	const issue = withSuggestions(found);
	const d: Diagnostic = {
		severity: issue.severity,
		code: issue.code,
		apiMessage: issue.apiMessage,
		message: friendly(issue.code, issue.params, issue.apiMessage),
		stage: issue.stage,
	};
	if (issue.field) d.field = issue.field;
	const docs = lessonLink(issue.code, issue.field, typeof issue.params.owner === 'string' ? issue.params.owner : undefined);
	if (docs) d.docs = docs;
	if (span && lines) {
		// Parser spans may run one past the end of the text (an error "at end of input").
		const end0 = Math.min(span[1], lines.length);
		span = [Math.min(span[0], end0), end0];
		const start = lines.position(span[0]);
		const end = lines.position(span[1]);
		d.range = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
		d.offset = { start: span[0], end: span[1] };
	}
	return d;
}

const fromText = (t: TextIssue, lines: LineIndex) => toDiagnostic(t.issue, t.span, lines);

function byPosition(a: Diagnostic, b: Diagnostic): number {
	return (a.offset?.start ?? 0) - (b.offset?.start ?? 0);
}

/** One object kubectl would send: a document, or an item of a List document (`item`, at `items[i]`). */
interface SentObject {
	value: unknown;
	prefix: Path;
	item?: number;
}

/** encoding/json's name for a JSON value, as in its "cannot unmarshal" errors. */
const jsonKind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'boolean' ? 'bool' : typeof v);

/**
 * The objects of a document as kubectl's builder reads them: a document with `items` is a list
 * (unstructuredJSONScheme.decode looks for the field, whatever the kind), whose items are sent one by
 * one; an item with neither kind nor apiVersion takes the list's apiVersion and its kind without the
 * `List` suffix (decodeToList, for typed lists such as PodList).
 */
function sentObjects(value: unknown): SentObject[] | Issue {
	if (!isObj(value) || value.items === undefined || value.items === null) return [{ value, prefix: [] }];
	const items = value.items;
	if (!Array.isArray(items)) {
		const apiMessage = `json: cannot unmarshal ${jsonKind(items)} into Go struct field decodeList.items of type []json.RawMessage`;
		return { severity: 'error', code: 'list-items', stage: 'decode', at: ['items'], field: 'items', apiMessage, params: { field: 'items' }, target: 'key' };
	}
	const kind = typeof value.kind === 'string' ? value.kind.replace(/List$/, '') : '';
	return items.map((item, i) => {
		const typed = isObj(item) && item.kind === undefined && item.apiVersion === undefined ? { ...item, kind, apiVersion: value.apiVersion } : item;
		return { value: typed, prefix: ['items', i], item: i };
	});
}

const encoder = new TextEncoder();

/** Bytes of the JSON kubectl sends for an object. */
function jsonBytes(value: unknown): number {
	const json = JSON.stringify(value) ?? '';
	// eslint-disable-next-line no-control-regex -- ASCII text needs no encoding to be measured
	return /^[\x00-\x7f]*$/.test(json) ? json.length : encoder.encode(json).length;
}

/** Validates manifest text: one or many YAML documents, or JSON. Never throws. */
export function validateManifest(text: string, options: ValidateOptions = {}): ValidationResult {
	const opts = { ...MANIFEST_DEFAULTS, ...options };
	const source = typeof text === 'string' ? text : String(text);
	const parsed = parseText(source, opts);
	const documents: DocumentResult[] = [];
	const place = (issue: Issue, pd: ParsedDocument, prefix: Path) =>
		toDiagnostic(issue, locate(pd.source(), source, [...prefix, ...issue.at], issue.target), parsed.lines);
	for (const pd of parsed.documents) {
		if (pd.issues.length > 0) {
			documents.push({ index: pd.index, valid: false, diagnostics: pd.issues.map((t) => fromText(t, parsed.lines)) });
			continue;
		}
		const objects = sentObjects(pd.value);
		if (!Array.isArray(objects)) {
			documents.push({ index: pd.index, valid: false, diagnostics: [place(objects, pd, [])] });
			continue;
		}
		// JSON is never 8 times longer than the YAML it comes from (quotes and brackets for indentation),
		// unless aliases expand it: below that, no object can reach the limit and none is measured.
		const measure = pd.shared === true || source.length * 8 >= opts.maxObjectBytes;
		for (const sent of objects) {
			const result: DocumentResult = { index: pd.index, valid: true, diagnostics: [] };
			if (sent.item !== undefined) result.item = sent.item;
			documents.push(result);
			const size = measure ? jsonBytes(sent.value) : 0;
			if (size > opts.maxObjectBytes) {
				const apiMessage = `Request entity too large: limit is ${opts.maxObjectBytes}`;
				const issue: Issue = { severity: 'error', code: 'object-too-large', stage: 'decode', at: [], apiMessage, params: { size, max: opts.maxObjectBytes } };
				result.diagnostics.push(place(issue, pd, sent.prefix));
				result.valid = false;
				continue;
			}
			// A fresh parse is ours to default in place, unless aliases share its objects between places.
			const checked = checkObject(sent.value, { operation: 'create', advise: opts.advice ? adviseContainers : undefined, owned: !pd.shared });
			if (checked.apiVersion) result.apiVersion = checked.apiVersion;
			if (checked.kind) result.kind = checked.kind;
			if (checked.name) result.name = checked.name;
			if (checked.object !== undefined) result.object = checked.object;
			for (const issue of checked.issues) result.diagnostics.push(place(issue, pd, sent.prefix));
			result.diagnostics.sort(byPosition);
			result.valid = !result.diagnostics.some((d) => d.severity === 'error');
		}
	}
	const loose = parsed.issues.map((t) => fromText(t, parsed.lines));
	if (documents.length === 0 && loose.length === 0) {
		// kubectl apply -f on a file with no object (empty, comments, `---`, an empty List) stops here:
		// "error: no objects passed to apply" (`error: ` is how kubectl prints any error; other messages leave it out).
		const none: Issue = { severity: 'error', code: 'no-objects', stage: 'mapping', at: [], apiMessage: 'no objects passed to apply', params: {} };
		loose.push(toDiagnostic(none, [0, Math.min(1, source.length)], parsed.lines));
	}
	return { documents, diagnostics: [...loose, ...documents.flatMap((d) => d.diagnostics)].sort(byPosition) };
}

/**
 * Validates an already-parsed object as kube-apiserver would on create or update, in the API
 * server's order. Diagnostics have no source range.
 */
export function validateObject(obj: unknown, options: ValidateObjectOptions = {}): { object: unknown; diagnostics: Diagnostic[] } {
	const { object, issues } = validateObjectIssues(obj, options, options.advice === false ? undefined : adviseContainers);
	return { object, diagnostics: issues.map((i) => toDiagnostic(i)) };
}
