// Plain data straight from the yaml library's CST, for the YAML most manifests are: block mappings and
// sequences, flow collections on one line, plain, quoted and block scalars, comments. Composing a
// Document (nodes, pairs, ranges, comments) and then converting it to JS costs about as much as
// lexing and parsing the text; manifests without mistakes need the plain data only, so this reads
// it from the tokens the parser already made, and the Document is composed from the same tokens only
// when a diagnostic must be placed (parse.ts).
//
// It reads only what it is sure the yaml library's Composer reads without an error or warning, and
// gives up (undefined) on anything else: tabs, anchors, aliases, tags, directives, explicit or
// non-string keys, `<<` merge keys, duplicate keys, multi-line keys and flow collections, or a
// comment not set off by white space. The Composer then reads the text as before and reports what
// it finds. tests/unit/validate/fast-yaml.test.ts compares both readers on the fixtures and on
// mutated text.
import { CST, isScalar, Schema } from 'yaml';

type Token = CST.Token;
type SourceToken = CST.SourceToken;
type DocumentToken = CST.Document;

/** Thrown to give up; caught once, in readDocuments. */
const DECLINE = Symbol('decline');

interface ScalarTag {
	default?: boolean | 'key';
	test?: RegExp;
	resolve: (value: string, onError: (msg: string) => void, options: object) => unknown;
}

interface Context {
	text: string;
	tags: readonly ScalarTag[];
	maxDepth: number;
}

const RESOLVE_OPTIONS = { intAsBigInt: false };
// Indicator token types (named once, so the message tests do not read them as rule codes).
const MAP_VALUE: SourceToken['type'] = 'map-value-ind';
const SEQ_ITEM: SourceToken['type'] = 'seq-item-ind';
const COMMA: SourceToken['type'] = 'comma';

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
/** plainValue's BAD_SCALAR_START characters. */
const BAD_PLAIN_START = codes(',%|>@`\t');
/** First characters of the plain scalars a YAML 1.1 tag other than the string's matches: null, bool, int, float, merge `<<`. */
const TAGGED_START = codes('~nNyYtTfFoO<-+.0123456789');

function decline(): never {
	throw DECLINE;
}

/** A comment must follow white space (resolve-props / resolve-end); stricter: the character before it. */
function checkComment(ctx: Context, token: SourceToken): void {
	const before = token.offset === 0 ? 0x0a : ctx.text.charCodeAt(token.offset - 1);
	if (before !== 0x20 && before !== 0x0a && before !== 0x0d) decline();
}

/** Only white space, line breaks and comments (and `allowed` indicators, each at most once). */
function checkTrivia(ctx: Context, tokens: readonly SourceToken[] | undefined, allowed?: SourceToken['type']): number {
	let found = 0;
	if (!tokens) return found;
	for (const t of tokens) {
		if (t.type === 'space' || t.type === 'newline') continue;
		if (t.type === 'comment') checkComment(ctx, t);
		else if (t.type === allowed && found === 0) found = 1;
		else decline();
	}
	return found;
}

const hasNewline = (tokens: readonly SourceToken[] | undefined) => tokens?.some((t) => t.type === 'newline') === true;

function scalar(ctx: Context, token: Token, atKey: boolean): unknown {
	if (token.type === 'block-scalar') {
		if (atKey || token.props.some((p) => p.type !== 'block-scalar-header' && p.type !== 'newline' && p.type !== 'space' && p.type !== 'comment')) decline();
		for (const p of token.props) if (p.type === 'comment') checkComment(ctx, p);
	} else {
		checkTrivia(ctx, 'end' in token ? token.end : undefined);
	}
	let failed = false;
	let value: string;
	if (token.type === 'scalar' && !token.source.includes('\n') && !BAD_PLAIN_START.has(token.source.charCodeAt(0))) {
		// A one-line plain scalar is its source (resolveFlowScalar's plainValue unfolds nothing).
		value = token.source;
	} else {
		const res = CST.resolveAsScalar(token, true, () => (failed = true));
		if (!res || failed) decline();
		if (token.type !== 'scalar') return res.value;
		value = res.value;
	}
	// No YAML 1.1 scalar tag but the string's matches a value starting otherwise: skip the tests.
	if (value.length > 0 && !TAGGED_START.has(value.charCodeAt(0))) return value;
	// findScalarTagByTest: the first default tag whose test matches, else the string.
	for (const tag of ctx.tags) {
		if ((tag.default === true || (atKey && tag.default === 'key')) && tag.test?.test(value)) {
			const resolved = tag.resolve(value, () => (failed = true), RESOLVE_OPTIONS);
			if (failed) decline();
			// Some tags (YAML 1.1 booleans) resolve to a Scalar node, as composeScalar allows.
			return isScalar(resolved) ? resolved.value : resolved;
		}
	}
	return value;
}

function key(ctx: Context, token: Token | null | undefined, indent: number | undefined, seen: Set<string>): string {
	if (!token || (token.type !== 'scalar' && token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar')) decline();
	if ((indent !== undefined && token.indent !== indent) || token.source.includes('\n') || token.source.length > 1000 || hasNewline(token.end)) decline();
	const k = scalar(ctx, token, true);
	if (typeof k !== 'string' || k === '<<' || k === '__proto__' || seen.has(k)) decline();
	seen.add(k);
	return k;
}

function flow(ctx: Context, token: Extract<Token, { type: 'flow-collection' }>, depth: number): unknown {
	const isMap = token.start.source === '{';
	const close = isMap ? 'flow-map-end' : 'flow-seq-end';
	const end = token.end[0];
	if ((!isMap && token.start.source !== '[') || end?.type !== close) decline();
	// On one line: the Composer's indentation rules for flow collections over several lines are not repeated here.
	const nl = ctx.text.indexOf('\n', token.offset);
	if (nl !== -1 && nl < end.offset) decline();
	checkTrivia(ctx, token.end.slice(1));
	const out: unknown = isMap ? {} : [];
	const seen = new Set<string>();
	token.items.forEach((item, i) => {
		// A comma before every item but the first.
		const commas = checkTrivia(ctx, item.start, COMMA);
		if (commas !== (i === 0 ? 0 : 1)) decline();
		if (!item.value) decline();
		if (isMap) {
			const k = key(ctx, item.key, undefined, seen);
			if (checkTrivia(ctx, item.sep, MAP_VALUE) !== 1) decline();
			(out as Record<string, unknown>)[k] = flowItem(ctx, item.value, depth + 1);
		} else {
			if (item.key !== undefined || item.sep !== undefined) decline();
			(out as unknown[]).push(flowItem(ctx, item.value, depth + 1));
		}
	});
	return out;
}

/** Inside a flow collection only flow scalars and flow collections may stand (BLOCK_IN_FLOW). */
function flowItem(ctx: Context, token: Token, depth: number): unknown {
	if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'block-scalar') decline();
	return node(ctx, token, depth);
}

function node(ctx: Context, token: Token, depth: number): unknown {
	if (depth > ctx.maxDepth) decline();
	switch (token.type) {
		case 'scalar':
		case 'single-quoted-scalar':
		case 'double-quoted-scalar':
		case 'block-scalar':
			return scalar(ctx, token, false);
		case 'flow-collection':
			return flow(ctx, token, depth);
		case 'block-map': {
			const out: Record<string, unknown> = {};
			const seen = new Set<string>();
			for (const item of token.items) {
				if (checkTrivia(ctx, item.start) !== 0 || ('explicitKey' in item && item.explicitKey)) decline();
				const k = key(ctx, item.key, token.indent, seen);
				if (checkTrivia(ctx, item.sep, MAP_VALUE) !== 1) decline();
				const v = item.value;
				// A block collection as the value must start on a line of its own (BLOCK_AS_IMPLICIT_KEY).
				if (v && (v.type === 'block-map' || v.type === 'block-seq') && !hasNewline(item.sep)) decline();
				out[k] = v ? node(ctx, v, depth + 1) : null;
			}
			return out;
		}
		case 'block-seq': {
			const out: unknown[] = [];
			for (const item of token.items) {
				if (checkTrivia(ctx, item.start, SEQ_ITEM) !== 1 || 'key' in item || 'sep' in item) decline();
				out.push(item.value ? node(ctx, item.value, depth + 1) : null);
			}
			return out;
		}
		default:
			return decline();
	}
}

function documentValue(ctx: Context, doc: DocumentToken): unknown {
	let docStart = false;
	let lineAfterStart = false;
	for (const t of doc.start) {
		if (t.type === 'doc-start') docStart = true;
		else if (t.type === 'newline') lineAfterStart = true;
		else if (t.type === 'comment') checkComment(ctx, t);
		else if (t.type !== 'space') decline();
	}
	checkTrivia(ctx, doc.end);
	const v = doc.value;
	if (!v) return null;
	if (docStart && !lineAfterStart && (v.type === 'block-map' || v.type === 'block-seq')) decline();
	return node(ctx, v, 0);
}

/** The plain value of every document in the tokens, or undefined when the Composer must read them. */
export function readDocuments(text: string, tokens: readonly Token[], schema: Schema, maxDepth: number): unknown[] | undefined {
	if (text.includes('\t')) return undefined;
	const ctx: Context = { text, tags: schema.tags as unknown as ScalarTag[], maxDepth };
	const values: unknown[] = [];
	try {
		for (const token of tokens) {
			if (token.type === 'document') values.push(documentValue(ctx, token));
			else if (token.type === 'doc-end') checkTrivia(ctx, token.end);
			else if (token.type === 'comment') checkComment(ctx, token);
			else if (token.type !== 'newline' && token.type !== 'space' && token.type !== 'byte-order-mark') return undefined;
		}
	} catch (e) {
		if (e === DECLINE) return undefined;
		throw e;
	}
	return values;
}
