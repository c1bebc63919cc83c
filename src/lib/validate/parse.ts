// Reads manifest text (YAML, one or many documents, or JSON) into plain objects, reporting syntax
// problems at their exact position. kubectl reads YAML with go-yaml v2 (YAML 1.1: `yes`, `on`, `y`
// are booleans, `0777` is octal), so the YAML 1.1 schema is used; timestamps stay strings as they do
// after kubectl's YAML→JSON conversion. Hostile input is bounded: text size, nesting depth (checked
// before and after parsing, and a parser that runs out of stack reports the depth too) and alias
// expansion, by go-yaml's own rule (goyamlAliasing).
import { Composer, Document, Parser, Schema, isAlias, isCollection, isMap, isPair, isScalar, isSeq, visit, type CST, type Node } from 'yaml';
import { readDocuments } from './fast-yaml.ts';
import type { Issue } from './issue.ts';
import { LineIndex } from './line-index.ts';

export interface ParseLimits {
	maxLength: number;
	maxDepth: number;
}

/** A problem found while reading the text, with its span in the text. */
export interface TextIssue {
	issue: Issue;
	span: [number, number];
}

export interface ParsedDocument {
	index: number;
	/** The yaml library's document, with source ranges; built on first use for JSON read by `JSON.parse`. */
	source(): Document;
	/** The document as plain data; absent when it could not be read. */
	value?: unknown;
	/** The value shares objects between places (YAML aliases): copy it before changing it. */
	shared?: boolean;
	issues: TextIssue[];
}

export interface ParsedText {
	lines: LineIndex;
	documents: ParsedDocument[];
	/** Problems that belong to no single document (size limit, nesting limit). */
	issues: TextIssue[];
}

function textIssue(code: string, apiMessage: string, span: [number, number], params: Issue['params'] = {}): TextIssue {
	return { issue: { severity: 'error', code, stage: 'parse', at: [], apiMessage, params }, span };
}

const tooDeep = (max: number, at: number) => textIssue('too-deep', `nesting deeper than ${max} levels`, [at, at + 1], { max });

/**
 * Deepest `[`/`{` nesting, found with a cheap scan that skips quoted strings and comments.
 * Returns the offset where `limit` is first exceeded, or -1.
 */
function flowDepthExceeded(text: string, limit: number): number {
	let depth = 0;
	let quote = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (quote) {
			if (c === 0x5c && quote === 0x22) i++; // backslash escape inside "..."
			else if (c === quote) quote = 0;
			continue;
		}
		if (c === 0x22 || c === 0x27) quote = c;
		else if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) <= 0x20)) {
			const nl = text.indexOf('\n', i);
			i = nl === -1 ? text.length : nl;
		} else if (c === 0x5b || c === 0x7b) {
			if (++depth > limit) return i;
		} else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
		else if (c === 0x0a && depth === 0) quote = 0;
	}
	return -1;
}

/** First node nested deeper than `limit` collections, found without recursion (or allocation per node). */
function nodeDeeperThan(root: unknown, limit: number): Node | undefined {
	const nodes: unknown[] = [root];
	const depths: number[] = [0];
	while (nodes.length > 0) {
		const node = nodes.pop();
		const depth = depths.pop()!;
		if (!isCollection(node)) continue;
		if (depth >= limit) return node;
		for (const item of node.items) {
			nodes.push(isPair(item) ? item.value : item);
			depths.push(depth + 1);
		}
	}
	return undefined;
}

// go-yaml's wording for the yaml library's error codes, so `apiMessage` reads like kubectl's.
const GO_YAML: Record<string, string> = {
	TAB_AS_INDENT: 'found character that cannot start any token',
	BLOCK_AS_IMPLICIT_KEY: 'mapping values are not allowed in this context',
	MULTILINE_IMPLICIT_KEY: 'could not find expected \':\'',
	BAD_INDENT: 'did not find expected key',
	UNEXPECTED_TOKEN: 'did not find expected key',
	MISSING_CHAR: 'did not find expected node content',
	BAD_DQ_ESCAPE: 'found unknown escape character while parsing a quoted scalar',
};

const CODES: Record<string, string> = { TAB_AS_INDENT: 'tab-indent', DUPLICATE_KEY: 'duplicate-key' };

/** The line (1-based) of the first key equal to the duplicate at `offset`, searched in its map. */
function firstKeyLine(doc: Document, offset: number, lc: LineIndex): { key: string; line: number } | undefined {
	let found: { key: string; line: number } | undefined;
	visit(doc, {
		Map(_, map) {
			const keys = new Map<string, number>();
			for (const pair of map.items) {
				if (!isScalar(pair.key) || !pair.key.range) continue;
				const key = String(pair.key.value);
				if (pair.key.range[0] === offset && keys.has(key)) {
					found = { key, line: lc.position(keys.get(key)!).line };
					return visit.BREAK;
				}
				if (!keys.has(key)) keys.set(key, pair.key.range[0]);
			}
			return undefined;
		},
	});
	return found;
}

function syntaxIssues(doc: Document, lc: LineIndex, maxDepth: number): TextIssue[] {
	const out: TextIssue[] = [];
	const lines = new Set<number>();
	for (const err of doc.errors) {
		const [start, end] = err.pos;
		const line = lc.position(start).line;
		// One report per line: the yaml library often follows a mistake with consequential errors.
		if (lines.has(line) || out.length >= 10) continue;
		lines.add(line);
		const detail = err.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
		// The yaml library composes block collections recursively and records a stack overflow as an
		// error: that is nesting too deep to read, not a syntax mistake.
		if (/maximum call stack/i.test(detail)) {
			out.push(tooDeep(maxDepth, start));
			continue;
		}
		if (err.code === 'DUPLICATE_KEY') {
			const first = firstKeyLine(doc, start, lc);
			const key = first?.key ?? '';
			const apiMessage = `yaml: unmarshal errors:\n  line ${line}: mapping key ${JSON.stringify(key)} already defined at line ${first?.line ?? line}`;
			out.push(textIssue('duplicate-key', apiMessage, [start, Math.max(end, start + key.length)], { key, firstLine: first?.line ?? line }));
			continue;
		}
		const go = GO_YAML[err.code] ?? detail.charAt(0).toLowerCase() + detail.slice(1);
		out.push(textIssue(CODES[err.code] ?? 'yaml-syntax', `yaml: line ${line}: ${go}`, [start, Math.max(end, start + 1)], { detail, line }));
	}
	return out;
}

// YAML 1.1 as kubectl's go-yaml reads it; timestamps stay strings (kubectl converts YAML to JSON first).
// One Schema for every document: the yaml library would otherwise build its tag list per document.
export const YAML_1_1 = new Schema({
	schema: 'yaml-1.1',
	resolveKnownTags: false,
	customTags: (tags) => tags.filter((t) => (typeof t === 'string' ? t !== 'timestamp' : t.tag !== 'tag:yaml.org,2002:timestamp')),
});
export const YAML_OPTIONS = { version: '1.1', schema: YAML_1_1, uniqueKeys: true, prettyErrors: false } as const;

/** Key-value pairs in JSON text: every `:` outside a string separates a key from its value. */
function jsonPairCount(text: string): number {
	let pairs = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x3a) pairs++;
		else if (c === 0x22) {
			for (i++; i < text.length; i++) {
				const q = text.charCodeAt(i);
				if (q === 0x5c) i++;
				else if (q === 0x22) break;
			}
		}
	}
	return pairs;
}

/** Object properties in a parsed JSON value, counted without recursion. */
function valuePairCount(value: unknown): number {
	let pairs = 0;
	const stack: unknown[] = [value];
	while (stack.length > 0) {
		const v = stack.pop();
		if (Array.isArray(v)) for (const item of v) stack.push(item);
		else if (typeof v === 'object' && v !== null) {
			for (const k in v) {
				pairs++;
				stack.push((v as Record<string, unknown>)[k]);
			}
		}
	}
	return pairs;
}

/**
 * kubectl reads text starting with `{` as JSON (YAMLOrJSONDecoder's hasJSONPrefix). `JSON.parse` reads
 * it far faster than a YAML parser; text it refuses, and objects with a repeated key (which it would
 * silently collapse), go through the YAML parser instead, which reports them at their position.
 */
function readJSON(text: string): { value: unknown } | undefined {
	if (text.trimStart().charCodeAt(0) !== 0x7b) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	return valuePairCount(value) === jsonPairCount(text) ? { value } : undefined;
}

/** Reads every document of the text. Never throws. */
export function parseText(text: string, limits: ParseLimits): ParsedText {
	// The size check comes first so an oversized text is never scanned for line breaks.
	const lines = text.length > limits.maxLength ? new LineIndex('') : new LineIndex(text);
	const result: ParsedText = { lines, documents: [], issues: [] };
	if (text.length > limits.maxLength) {
		result.issues.push(textIssue('too-large', `the manifest is ${text.length} characters long; the limit is ${limits.maxLength}`, [0, Math.min(text.length, 1)], { size: text.length, max: limits.maxLength }));
		return result;
	}
	const deepAt = flowDepthExceeded(text, limits.maxDepth);
	if (deepAt !== -1) {
		result.issues.push(tooDeep(limits.maxDepth, deepAt));
		return result;
	}
	const json = readJSON(text);
	if (json) {
		// Ranges are needed only to place diagnostics, so the YAML parse waits until one exists.
		let doc: Document | undefined;
		const source = () => (doc ??= yamlDocuments(text)[0] ?? new Document());
		result.documents.push({ index: 0, source, value: json.value, issues: [] });
		return result;
	}
	let tokens: CST.Token[];
	let docs: Document[];
	try {
		tokens = [...new Parser().parse(text)];
		// Most manifests are read straight from the tokens (fast-yaml.ts); the Document, with the
		// ranges that place diagnostics, is composed from the same tokens when one needs placing.
		const values = readDocuments(text, tokens, YAML_1_1, limits.maxDepth);
		if (values) {
			let composed: Document[] | undefined;
			values.forEach((value, i) => {
				// Empty documents (a stray `---`, only comments) are skipped, as kubectl skips them.
				if (value === null) return;
				const source = () => (composed ??= composeDocuments(tokens))[i] ?? new Document();
				result.documents.push({ index: result.documents.length, source, value, issues: [] });
			});
			return result;
		}
		docs = composeDocuments(tokens);
	} catch {
		result.issues.push(tooDeep(limits.maxDepth, 0));
		return result;
	}
	let index = 0;
	for (const doc of docs) {
		// Empty documents (a stray `---`, only comments) are skipped, as kubectl skips them.
		const empty = doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
		if (empty && doc.errors.length === 0) continue;
		const parsed: ParsedDocument = { index: index++, source: () => doc, issues: syntaxIssues(doc, lines, limits.maxDepth) };
		result.documents.push(parsed);
		if (parsed.issues.length > 0) continue;
		const deep = nodeDeeperThan(doc.contents, limits.maxDepth);
		if (deep) {
			const start = deep.range?.[0] ?? 0;
			parsed.issues.push(tooDeep(limits.maxDepth, start));
			continue;
		}
		// An alias is written `*name`: a document without a `*` has none, and is not walked for them.
		const [from, to] = doc.range ?? [0, text.length];
		const starAt = text.indexOf('*', from);
		const aliasing = starAt !== -1 && starAt < to ? goyamlAliasing(doc) : undefined;
		if (aliasing) {
			const span: [number, number] = aliasing.alias.range ? [aliasing.alias.range[0], aliasing.alias.range[1]] : [0, 1];
			parsed.issues.push(textIssue('alias-limit', 'yaml: document contains excessive aliasing', span, { decodes: aliasing.decodes, aliases: aliasing.aliases }));
			continue;
		}
		try {
			// go-yaml's rule has bounded the expansion; the yaml library's own (a flat count) is not kubectl's.
			parsed.value = doc.toJS({ maxAliasCount: -1 });
			if (aliasing === null) parsed.shared = true;
		} catch (err) {
			parsed.issues.push(textIssue('yaml-syntax', `yaml: ${String(err)}`, [doc.range?.[0] ?? 0, (doc.range?.[0] ?? 0) + 1], { detail: String(err) }));
		}
	}
	return result;
}

/** What parseAllDocuments does, from tokens the Parser has already made. */
function composeDocuments(tokens: readonly CST.Token[]): Document[] {
	return [...new Composer(YAML_OPTIONS).compose(tokens)];
}

function yamlDocuments(text: string): Document[] {
	return composeDocuments([...new Parser().parse(text)]);
}

// go-yaml v2 (decode.go): past 400,000 decode operations the share that may come from aliases falls
// from 99% to 10% at 4,000,000.
const ALIAS_RATIO_LOW = 400_000;
const ALIAS_RATIO_HIGH = 4_000_000;

function allowedAliasRatio(decodes: number): number {
	if (decodes <= ALIAS_RATIO_LOW) return 0.99;
	if (decodes >= ALIAS_RATIO_HIGH) return 0.1;
	return 0.99 - 0.89 * ((decodes - ALIAS_RATIO_LOW) / (ALIAS_RATIO_HIGH - ALIAS_RATIO_LOW));
}

/**
 * go-yaml v2's guard against alias bombs, as kubectl meets it: every node decoded counts one operation,
 * and the nodes an alias expands to count as alias operations; once there are more than 100 alias and
 * 1,000 operations in all, the document is refused when the alias share passes allowedAliasRatio. The
 * share only grows while an alias expands, so checking after each expansion finds what go-yaml finds.
 * Sizes are memoised per node (an anchor comes before its aliases), so nothing is expanded here.
 * Returns undefined for a document without aliases, null when its aliases are within the rule.
 */
function goyamlAliasing(doc: Document): { alias: Node; decodes: number; aliases: number } | null | undefined {
	const sizes = new Map<unknown, number>();
	// Anchors as met in document order (an alias names the latest one before it); Alias.resolve would
	// search the whole document for each alias.
	const anchors = new Map<string, unknown>();
	const target = (alias: { source: string }) => anchors.get(alias.source);
	let decodes = 1; // the document node
	let aliases = 0;
	let found: { alias: Node; decodes: number; aliases: number } | undefined;
	let any = false;
	const size = (node: unknown): number => {
		const known = sizes.get(node);
		if (known !== undefined) return known;
		sizes.set(node, Infinity); // an alias inside its own anchor never ends
		let n = 1;
		if (isAlias(node)) n += size(target(node));
		else if (isMap(node)) for (const pair of node.items) n += size(pair.key) + size(pair.value);
		else if (isSeq(node)) for (const item of node.items) n += size(item);
		sizes.set(node, n);
		return n;
	};
	// Document order: each node counts once; an alias adds what it expands to, as alias operations.
	const walk = (node: unknown): void => {
		if (found || node === null || node === undefined) return;
		decodes++;
		const anchor = (node as { anchor?: unknown }).anchor;
		if (typeof anchor === 'string') anchors.set(anchor, node);
		if (isAlias(node)) {
			any = true;
			const expansion = size(target(node));
			decodes += expansion;
			aliases += expansion;
			const excessive = !Number.isFinite(expansion) || (aliases > 100 && decodes > 1000 && aliases / decodes > allowedAliasRatio(decodes));
			if (excessive) found = { alias: node, decodes, aliases };
		} else if (isMap(node)) {
			for (const pair of node.items) {
				walk(pair.key);
				walk(pair.value);
			}
		} else if (isSeq(node)) for (const item of node.items) walk(item);
		size(node);
	};
	walk(doc.contents);
	return found ?? (any ? null : undefined);
}
