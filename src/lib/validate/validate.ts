// The validator's entry points: manifest text (editor, CLI, lessons) and parsed objects (the simulated API server).
import { checkObject } from './check-object.ts';
import type { Issue } from './issue.ts';
import { lessonLink } from './lesson-links.ts';
import { LineIndex } from './line-index.ts';
import { friendly } from './messages/index.ts';
import { parseText, type TextIssue } from './parse.ts';
import { locate } from './positions.ts';
import { adviseContainers } from './rules/advice.ts';
import { MANIFEST_DEFAULTS, validateObjectIssues } from './server.ts';
import { withSuggestions } from './suggestions.ts';
import type { Diagnostic, DocumentResult, ValidateObjectOptions, ValidateOptions, ValidationResult } from './types.ts';

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

/** Validates manifest text: one or many YAML documents, or JSON. Never throws. */
export function validateManifest(text: string, options: ValidateOptions = {}): ValidationResult {
	const opts = { ...MANIFEST_DEFAULTS, ...options };
	const source = typeof text === 'string' ? text : String(text);
	const parsed = parseText(source, opts);
	const documents: DocumentResult[] = [];
	for (const pd of parsed.documents) {
		const diagnostics = pd.issues.map((t) => fromText(t, parsed.lines));
		const result: DocumentResult = { index: pd.index, valid: true, diagnostics };
		if (diagnostics.length === 0) {
			const checked = checkObject(pd.value, { operation: 'create', advise: opts.advice ? adviseContainers : undefined, owned: true });
			if (checked.apiVersion) result.apiVersion = checked.apiVersion;
			if (checked.kind) result.kind = checked.kind;
			if (checked.name) result.name = checked.name;
			if (checked.object !== undefined) result.object = checked.object;
			for (const issue of checked.issues) {
				const span = locate(pd.source(), source, issue.at, issue.target);
				diagnostics.push(toDiagnostic(issue, span, parsed.lines));
			}
		}
		diagnostics.sort(byPosition);
		result.valid = !diagnostics.some((d) => d.severity === 'error');
		documents.push(result);
	}
	const loose = parsed.issues.map((t) => fromText(t, parsed.lines));
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
