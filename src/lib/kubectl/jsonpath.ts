/**
 * kubectl's JSONPath templates (`-o jsonpath=…`, `-o custom-columns=…`, `--sort-by`), a dialect of
 * its own (k8s.io/client-go/util/jsonpath, documented at kubernetes.io/docs/reference/kubectl/jsonpath):
 * text with `{…}` actions. This is the subset kubectl users write, evaluated as upstream does:
 *
 *   {.a.b}  {.a['b.c']}  {.items[0]}  {.items[-1]}  {.items[1:3]}  {.items[*].x}  {..name}
 *   {.items[?(@.type=="Ready")].status}  (==, !=, <, <=, >, >=, or just @.field for existence)
 *   {range .items[*]}…{end}  {"\n"}  {@}
 *
 * Several results of one action are joined by a space; strings print raw, other values as compact
 * JSON. A missing key prints nothing, as kubectl's default --allow-missing-template-keys=true does.
 * Not supported (an error says so): unions `[a,b]` and step slices `[::2]`.
 */

type Json = unknown;

export class JsonPathError extends Error {}

type Node = { type: 'text'; text: string } | { type: 'path'; steps: Step[] } | { type: 'range'; steps: Step[]; body: Node[] };

type Step =
	| { type: 'field'; name: string }
	| { type: 'recursive'; name: string }
	| { type: 'index'; start?: number; end?: number; single: boolean }
	| { type: 'wildcard' }
	| { type: 'filter'; left: Step[]; op?: string; right?: Json };

/** Parses a template; a plain path without braces (custom-columns) is read as one action. */
export function parseTemplate(template: string): Node[] {
	const nodes: Node[] = [];
	const stack: { steps: Step[]; body: Node[] }[] = [];
	const target = (): Node[] => stack.at(-1)?.body ?? nodes;
	let i = 0;
	while (i < template.length) {
		const open = template.indexOf('{', i);
		if (open < 0) {
			target().push({ type: 'text', text: template.slice(i) });
			break;
		}
		if (open > i) target().push({ type: 'text', text: template.slice(i, open) });
		const close = findClose(template, open);
		const action = template.slice(open + 1, close).trim();
		i = close + 1;
		if (action.startsWith('range ')) stack.push({ steps: parsePath(action.slice(6).trim()), body: [] });
		else if (action === 'end') {
			const range = stack.pop();
			if (!range) throw new JsonPathError('not in range, nothing to end');
			target().push({ type: 'range', ...range });
		} else if (/^".*"$/s.test(action)) target().push({ type: 'text', text: unquote(action) });
		else target().push({ type: 'path', steps: parsePath(action) });
	}
	if (stack.length > 0) throw new JsonPathError('unclosed action');
	return nodes;
}

function findClose(template: string, open: number): number {
	let quote = '';
	for (let i = open + 1; i < template.length; i++) {
		const ch = template[i]!;
		if (quote) {
			if (ch === '\\') i++;
			else if (ch === quote) quote = '';
		} else if (ch === '"' || ch === "'") quote = ch;
		else if (ch === '}') return i;
	}
	throw new JsonPathError('unclosed action');
}

function unquote(text: string): string {
	return text.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

function parsePath(text: string): Step[] {
	const steps: Step[] = [];
	let i = text.startsWith('@') || text.startsWith('$') ? 1 : 0;
	while (i < text.length) {
		if (text.startsWith('..', i)) {
			const m = /^[\w-]+/.exec(text.slice(i + 2));
			if (!m) throw new JsonPathError(`unrecognized character in action: ${text.slice(i)}`);
			steps.push({ type: 'recursive', name: m[0] });
			i += 2 + m[0].length;
		} else if (text[i] === '.') {
			let name = '';
			for (i++; i < text.length && !/[.[\s]/.test(text[i]!); i++) {
				if (text[i] === '\\' && i + 1 < text.length) i++;
				name += text[i];
			}
			if (name === '*') steps.push({ type: 'wildcard' });
			else if (name !== '') steps.push({ type: 'field', name });
		} else if (text[i] === '[') {
			const close = text.indexOf(']', text[i + 1] === '?' ? text.indexOf(')', i) : i);
			if (close < 0) throw new JsonPathError(`unterminated array: ${text.slice(i)}`);
			steps.push(parseBracket(text.slice(i + 1, close).trim()));
			i = close + 1;
		} else if (/\s/.test(text[i]!)) i++;
		else throw new JsonPathError(`unrecognized character in action: ${text.slice(i)}`);
	}
	return steps;
}

function parseBracket(inner: string): Step {
	if (inner === '*') return { type: 'wildcard' };
	const quoted = /^(['"])(.*)\1$/.exec(inner);
	if (quoted) return { type: 'field', name: quoted[2]! };
	const filter = /^\?\((.*)\)$/.exec(inner);
	if (filter) {
		const m = /^(@[^=!<>\s]*)\s*(==|!=|<=|>=|<|>)\s*(.+)$/.exec(filter[1]!.trim());
		if (!m) return { type: 'filter', left: parsePath(filter[1]!.trim()) };
		const raw = m[3]!.trim();
		const right: Json = /^(['"]).*\1$/.test(raw) ? raw.slice(1, -1) : raw === 'true' || raw === 'false' ? raw === 'true' : Number(raw);
		return { type: 'filter', left: parsePath(m[1]!), op: m[2], right };
	}
	const slice = /^(-?\d*)(?::(-?\d*))?$/.exec(inner);
	if (!slice || inner.includes('::')) throw new JsonPathError(`not supported by the simulator's JSONPath: [${inner}]`);
	const num = (s: string | undefined): number | undefined => (s === undefined || s === '' ? undefined : Number(s));
	return { type: 'index', start: num(slice[1]), end: num(slice[2]), single: slice[2] === undefined };
}

function walk(values: Json[], step: Step): Json[] {
	const out: Json[] = [];
	for (const value of values) {
		if (step.type === 'field') {
			if (isObject(value) && step.name in value) out.push(value[step.name]);
		} else if (step.type === 'wildcard') {
			if (Array.isArray(value)) out.push(...value);
			else if (isObject(value)) out.push(...Object.keys(value).sort().map((k) => value[k]));
		} else if (step.type === 'recursive') {
			collect(value, step.name, out);
		} else if (step.type === 'index') {
			if (!Array.isArray(value)) continue;
			const norm = (n: number): number => (n < 0 ? value.length + n : n);
			if (step.single) {
				const at = norm(step.start ?? 0);
				if (at >= 0 && at < value.length) out.push(value[at]);
			} else out.push(...value.slice(norm(step.start ?? 0), step.end === undefined ? value.length : norm(step.end)));
		} else {
			for (const item of Array.isArray(value) ? value : [value]) if (passes(item, step)) out.push(item);
		}
	}
	return out;
}

function collect(value: Json, name: string, out: Json[]): void {
	if (Array.isArray(value)) for (const v of value) collect(v, name, out);
	else if (isObject(value)) {
		if (name in value) out.push(value[name]);
		for (const v of Object.values(value)) collect(v, name, out);
	}
}

function passes(item: Json, step: Extract<Step, { type: 'filter' }>): boolean {
	const found = step.left.reduce<Json[]>((values, s) => walk(values, s), [item]);
	if (step.op === undefined) return found.length > 0;
	return found.some((left) => {
		const right = step.right;
		switch (step.op) {
			case '==':
				return left === right || String(left) === String(right);
			case '!=':
				return String(left) !== String(right);
			default: {
				const [a, b] = [Number(left), Number(right)];
				return step.op === '<' ? a < b : step.op === '<=' ? a <= b : step.op === '>' ? a > b : a >= b;
			}
		}
	});
}

function isObject(v: Json): v is Record<string, Json> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every value a path selects, for custom-columns and --sort-by. */
export function select(root: Json, text: string): Json[] {
	const nodes = parseTemplate(/^\s*\{/.test(text) ? text : `{${text}}`);
	const path = nodes.find((n) => n.type === 'path');
	if (!path || path.type !== 'path') return [];
	return path.steps.reduce<Json[]>((values, s) => walk(values, s), [root]);
}

export function formatValue(value: Json): string {
	if (typeof value === 'string') return value;
	if (value === null || value === undefined) return '';
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Executes a template against `root`, as kubectl's JSONPath printer does. */
export function executeTemplate(template: string, root: Json): string {
	const run = (nodes: Node[], current: Json): string => {
		let out = '';
		for (const node of nodes) {
			if (node.type === 'text') out += node.text;
			else if (node.type === 'path') out += node.steps.reduce<Json[]>((values, s) => walk(values, s), [current]).map(formatValue).join(' ');
			else for (const item of node.steps.reduce<Json[]>((values, s) => walk(values, s), [current])) out += run(node.body, item);
		}
		return out;
	};
	return run(parseTemplate(template), root);
}
