// Exercises written in the lesson: a task and declarative checks over the manifest the learner wrote.
// Checks read the object as the API server would store it (the validator's result, defaults applied:
// what `kubectl get -o yaml` shows), so `imagePullPolicy` or `protocol: TCP` count even when implicit.
import type { DocumentResult, ValidationResult } from '../../lib/validate/index.ts';

export interface ExerciseCheck {
	/** What the learner must achieve, in the page's language ("The probe waits 15 s"). */
	label: string;
	/**
	 * Field path in the stored object: `spec.containers[0].livenessProbe.httpGet.port`. `[*]` means
	 * "any item" and `["app.kubernetes.io/name"]` quotes a key holding dots. Omit to check the whole
	 * document (with `accepted`).
	 */
	path?: string;
	/** The value at `path` equals this (deep equality for objects and lists). */
	equals?: unknown;
	/** The value at `path` is one of these. */
	oneOf?: unknown[];
	/** A string value at `path` matches this regular expression (JavaScript syntax, unanchored). */
	matches?: string;
	/** A number at `path` is at least this. */
	atLeast?: number;
	/** A number at `path` is at most this. */
	atMost?: number;
	/**
	 * `true`: `path` is present; `false`: it is absent. With no other condition a check on `path` means
	 * `exists: true`.
	 */
	exists?: boolean;
	/** The document is one kube-apiserver would accept (no errors; warnings and advice are allowed). */
	accepted?: boolean;
}

export interface Exercise {
	/** Stable id for the progress tracker; defaults to the editor's `name`. */
	id?: string;
	/** The task, in the page's language. */
	task: string;
	checks: ExerciseCheck[];
}

export interface CheckOutcome {
	label: string;
	passed: boolean;
}

export interface ExerciseOutcome {
	checks: CheckOutcome[];
	/** Every check passed (and there is at least one). */
	passed: boolean;
}

type Segment = string | number | '*';

/** Parses `a.b[0].c[*]["x.y"]` into segments. Throws on malformed paths (a lesson bug, caught by tests). */
export function parseCheckPath(path: string): Segment[] {
	const segments: Segment[] = [];
	const re = /\.?([^.[\]]+)|\[(\d+|\*)\]|\["([^"]*)"\]/y;
	let m: RegExpExecArray | null;
	while (re.lastIndex < path.length && (m = re.exec(path))) {
		if (m[1] !== undefined) segments.push(m[1]);
		else if (m[2] !== undefined) segments.push(m[2] === '*' ? '*' : Number(m[2]));
		else segments.push(m[3] ?? '');
	}
	if (re.lastIndex !== path.length || segments.length === 0) throw new Error(`Malformed exercise check path: ${path}`);
	return segments;
}

/** Every value the path reaches (more than one through `[*]`). */
function valuesAt(root: unknown, segments: Segment[]): unknown[] {
	let current: unknown[] = [root];
	for (const segment of segments) {
		const next: unknown[] = [];
		for (const value of current) {
			if (segment === '*') {
				if (Array.isArray(value)) next.push(...value);
			} else if (typeof segment === 'number') {
				if (Array.isArray(value) && segment < value.length) next.push(value[segment]);
			} else if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, segment)) {
				next.push((value as Record<string, unknown>)[segment]);
			}
		}
		current = next;
	}
	return current.filter((v) => v !== undefined && v !== null);
}

function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function satisfies(value: unknown, check: ExerciseCheck): boolean {
	if ('equals' in check && !deepEqual(value, check.equals)) return false;
	if (check.oneOf && !check.oneOf.some((option) => deepEqual(value, option))) return false;
	if (check.matches !== undefined && !(typeof value === 'string' && new RegExp(check.matches).test(value))) return false;
	if (check.atLeast !== undefined && !(typeof value === 'number' && value >= check.atLeast)) return false;
	if (check.atMost !== undefined && !(typeof value === 'number' && value <= check.atMost)) return false;
	return true;
}

function evaluateCheck(check: ExerciseCheck, doc: DocumentResult | undefined): boolean {
	if (!doc) return false;
	if (check.accepted !== undefined && doc.valid !== check.accepted) return false;
	if (check.path === undefined) return true;
	const values = valuesAt(doc.object, parseCheckPath(check.path));
	if (check.exists === false) return values.length === 0;
	return values.some((value) => satisfies(value, check));
}

/** The document an exercise is about: the first of the expected kind, else the first one. */
export function targetDocument(result: ValidationResult, kind?: string): DocumentResult | undefined {
	return (kind && result.documents.find((d) => d.kind === kind)) || result.documents[0];
}

export function evaluateExercise(exercise: Exercise, result: ValidationResult, kind?: string): ExerciseOutcome {
	const doc = targetDocument(result, kind);
	const checks = exercise.checks.map((check) => ({ label: check.label, passed: evaluateCheck(check, doc) }));
	return { checks, passed: checks.length > 0 && checks.every((c) => c.passed) };
}
