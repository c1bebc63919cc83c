// Public types of the validator. Everything here is plain data so that results cross a Web Worker
// boundary (structured clone) and serialise to JSON for the grading CLI unchanged.

export type Severity = 'error' | 'warning' | 'info';
import type { Lang } from '../shared/lang.ts';

export type { Lang };

export interface SourceRange {
	/** 1-based line of the first character. */
	line: number;
	/** 1-based column of the first character. */
	column: number;
	/** 1-based line of the last character. */
	endLine: number;
	/** 1-based column just past the last character (Monaco's convention). */
	endColumn: number;
}

export interface Diagnostic {
	severity: Severity;
	/** Stable identifier of the rule, e.g. `selector-mismatch`, `required`, `unknown-field`, `yaml-syntax`. */
	code: string;
	/** Field path exactly as the API server reports it: `spec.template.spec.containers[0].name`. */
	field?: string;
	/** The API server's (or kubectl's) own wording, e.g. `spec.containers[0].name: Required value`. */
	apiMessage: string;
	/** What is wrong and how to fix it, in each language the course ships. */
	message: Record<Lang, string>;
	/** Lesson section that explains the rule, site-relative: `lessons/replication-controllers/#selector`. */
	docs?: string;
	range?: SourceRange;
	/** 0-based character offsets into the validated text (for Monaco's `getPositionAt`). */
	offset?: { start: number; end: number };
	/**
	 * Where in the request's life the problem is found, so a simulated API server can word its reply
	 * as kube-apiserver does: `parse` (kubectl cannot read the file), `mapping` (kubectl cannot map the
	 * kind), `decode` (400 BadRequest: "cannot be handled as a Pod"), `validate` (422 "is invalid"),
	 * `advice` (the course's best-practice hints; a real cluster accepts them).
	 */
	stage: 'parse' | 'mapping' | 'decode' | 'validate' | 'advice';
}

export interface DocumentResult {
	/** 0-based position of the document in the stream (`---` separated). */
	index: number;
	/** For the objects of a List (`kind: List`, or any document with `items`), kubectl's way: the 0-based item. */
	item?: number;
	apiVersion?: string;
	kind?: string;
	name?: string;
	/** False exactly when the document has a diagnostic of severity `error`. */
	valid: boolean;
	diagnostics: Diagnostic[];
	/** The object with the API server's defaults applied (absent when it could not be decoded). */
	object?: unknown;
}

export interface ValidationResult {
	documents: DocumentResult[];
	/** Every diagnostic of every document, plus those that belong to no document, in source order. */
	diagnostics: Diagnostic[];
}

export interface ValidateOptions {
	/**
	 * Largest text read at all, in UTF-16 code units: a guard against hostile input (kubectl has none;
	 * the API server's limit is per object, `maxObjectBytes`).
	 * @default 67108864
	 */
	maxLength?: number;
	/**
	 * Largest object, in bytes of the JSON kubectl sends for it: kube-apiserver refuses request bodies
	 * over 3 MiB, and kubectl sends each object (each item of a List too) in a request of its own.
	 * @default 3145728
	 */
	maxObjectBytes?: number;
	/**
	 * Deepest nesting of mappings and sequences accepted.
	 * @default 64
	 */
	maxDepth?: number;
	/**
	 * Include best-practice advice (`warning` and `info` diagnostics) besides API server errors.
	 * @default true
	 */
	advice?: boolean;
}

export interface ValidateObjectOptions {
	/** @default 'create' */
	operation?: 'create' | 'update';
	/**
	 * The stored object, for `update`: what may not change is compared with it. It is taken as the API
	 * server stores it, with defaults applied (`applyDefaults`), as the new object is before the comparison.
	 */
	old?: unknown;
	/** @default true */
	advice?: boolean;
}
