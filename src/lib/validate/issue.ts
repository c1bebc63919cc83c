// The validator's internal finding, before it is placed in the source and worded for people.
// The constructors mirror k8s.io/apimachinery/pkg/util/validation/field (Required, Invalid,
// NotSupported, Duplicate, NotFound, Forbidden, TooLong) so `apiMessage` is the upstream string.
import { formatPath, goQuote, goValue, type Path } from './field-path.ts';
import type { Diagnostic, Severity } from './types.ts';

export type ParamValue = string | number | boolean | string[] | undefined;
export type Params = Record<string, ParamValue>;

export interface Issue {
	severity: Severity;
	code: string;
	stage: Diagnostic['stage'];
	/** Where the problem sits in the submitted object; used to find its source range. */
	at: Path;
	/** The API server's field path, when it differs from `at` (upstream reports template labels at `spec.template.labels`). */
	field?: string;
	apiMessage: string;
	params: Params;
	/** Highlight the key or the value at `at`; by default scalars show their value, collections their key. */
	target?: 'key' | 'value';
}

interface Options {
	/** Report this field path instead of `formatPath(at)`. */
	field?: string;
	params?: Params;
	target?: 'key' | 'value';
}

function make(code: string, at: Path, body: string, detail: string, opts: Options, extra: Params = {}): Issue {
	const field = opts.field ?? formatPath(at);
	const apiMessage = `${field}: ${body}${detail ? `: ${detail}` : ''}`;
	const issue: Issue = { severity: 'error', code, stage: 'validate', at, field, apiMessage, params: { field, detail, ...extra, ...opts.params } };
	if (opts.target) issue.target = opts.target;
	return issue;
}

export function required(at: Path, detail = '', code = 'required', opts: Options = {}): Issue {
	return make(code, at, 'Required value', detail, opts);
}

export function invalid(at: Path, value: unknown, detail: string, code: string, opts: Options & { shown?: string } = {}): Issue {
	const shown = opts.shown ?? goValue(value);
	return make(code, at, `Invalid value: ${shown}`, detail, opts, { value: shown });
}

export function notSupported(at: Path, value: unknown, supported: readonly string[], code = 'unsupported-value', opts: Options & { shown?: string } = {}): Issue {
	const detail = supported.length ? `supported values: ${supported.map(goQuote).join(', ')}` : '';
	const shown = opts.shown ?? goValue(value);
	return make(code, at, `Unsupported value: ${shown}`, detail, opts, {
		value: shown,
		supported: supported.map(goQuote),
	});
}

export function duplicate(at: Path, value: unknown, code: string, opts: Options & { shown?: string } = {}): Issue {
	const shown = opts.shown ?? goValue(value);
	return make(code, at, `Duplicate value: ${shown}`, '', opts, { value: shown });
}

export function notFound(at: Path, value: unknown, code: string, opts: Options = {}): Issue {
	return make(code, at, `Not found: ${goValue(value)}`, '', opts, { value: goValue(value) });
}

export function forbidden(at: Path, detail: string, code: string, opts: Options = {}): Issue {
	return make(code, at, 'Forbidden', detail, opts);
}

export function tooLong(at: Path, max: number, code: string, opts: Options = {}): Issue {
	return make(code, at, 'Too long', `must have at most ${max} bytes`, opts, { max });
}

/** Best-practice advice the lessons teach; a real cluster accepts these objects. */
export function advice(severity: 'warning' | 'info', code: string, at: Path, apiMessage: string, params: Params = {}): Issue {
	return { severity, code, stage: 'advice', at, field: formatPath(at), apiMessage, params: { field: formatPath(at), ...params } };
}
