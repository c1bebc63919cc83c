// Where the cursor is in a manifest that is being typed, for editor completion: the field path of the
// mapping it is in, whether a key or a value goes there, and the keys that mapping already has.
//
// Read from the lines' indentation rather than from a YAML parse, because the text is half-typed at
// that moment (`      liveness` without its colon is not valid YAML) and a parser's recovery guesses
// differently. List items are transparent here, as in `kubectl explain`'s paths.

export interface CursorContext {
	/** Keys from the document's root to the mapping the cursor is in: `['spec', 'containers']`. */
	path: string[];
	/** `key`: a field name goes at the cursor; `value`: the value of `key` goes there. */
	at: 'key' | 'value';
	/** The field whose value is being typed (when `at` is `value`). */
	key?: string;
	/** What is already typed of the word the cursor ends, and the offset where that word starts. */
	prefix: string;
	start: number;
	/** Keys the mapping already has elsewhere (completion does not offer them again). */
	siblings: string[];
	/** The document's top-level apiVersion and kind, when written. */
	apiVersion?: string;
	kind?: string;
}

interface Line {
	/** Column where the content starts, after indentation and `- ` list markers. */
	col: number;
	/** True when the line starts a list item (`- …`). */
	item: boolean;
	/** The mapping key the line holds, if any. */
	key?: string;
	/** The text after `key:`. */
	value?: string;
}

const BLANK = /^\s*(#.*)?$/;
const SEPARATOR = /^(---|\.\.\.)(\s|$)/;
const CONTENT = /^(\s*)((?:-(?:\s+|$))*)(.*)$/;
// A plain or quoted key followed by `:` and a space or the end of the line.
const KEY = /^("[^"]*"|'[^']*'|[^\s#'"{}[\],&*!|>%@`][^#]*?)\s*:(?:\s+(.*))?$/;

const unquote = (key: string) => (/^(["']).*\1$/.test(key) ? key.slice(1, -1) : key);

function parseLine(text: string): Line {
	const [, indent = '', dashes = '', rest = ''] = CONTENT.exec(text) ?? [];
	const line: Line = { col: indent.length + dashes.length, item: dashes !== '' };
	const key = KEY.exec(rest);
	if (key) {
		line.key = unquote(key[1]!);
		line.value = (key[2] ?? '').replace(/\s+#.*$/, '').trim();
	}
	return line;
}

/** A top-level scalar of the document, read from its own line (`kind: Pod`). */
function topLevel(lines: readonly string[], name: string): string | undefined {
	for (const text of lines) {
		const m = new RegExp(`^${name}:\\s*["']?([^\\s"'#]+)`).exec(text);
		if (m) return m[1];
	}
	return undefined;
}

/** The keys beside the cursor in its mapping: same column, same list item, same parent. */
function siblingKeys(lines: readonly string[], cursor: number, col: number, startsItem: boolean): string[] {
	const keys: string[] = [];
	if (!startsItem) {
		for (let i = cursor - 1; i >= 0; i--) {
			if (BLANK.test(lines[i]!)) continue;
			const line = parseLine(lines[i]!);
			if (line.col < col) break;
			if (line.col > col) continue;
			if (line.key !== undefined) keys.push(line.key);
			if (line.item) break; // The item's first key: lines above belong to other items.
		}
	}
	for (let i = cursor + 1; i < lines.length; i++) {
		if (BLANK.test(lines[i]!)) continue;
		const line = parseLine(lines[i]!);
		if (line.col < col || (line.col === col && line.item)) break;
		if (line.col === col && line.key !== undefined) keys.push(line.key);
	}
	return keys;
}

/** The completion context at `offset` in manifest text (several documents allowed); undefined where there is none (comments, flow style). */
export function cursorContext(text: string, offset: number): CursorContext | undefined {
	const all = text.split('\n');
	// The cursor's line and column.
	let cursor = 0;
	let lineStart = 0;
	while (cursor < all.length - 1 && lineStart + all[cursor]!.length < offset) lineStart += all[cursor++]!.length + 1;
	const column = offset - lineStart;
	// The document around it.
	let first = cursor;
	while (first > 0 && !SEPARATOR.test(all[first - 1]!)) first--;
	let last = cursor;
	while (last < all.length - 1 && !SEPARATOR.test(all[last + 1]!)) last++;
	if (SEPARATOR.test(all[cursor]!) && column > 0) return undefined;
	const lines = all.slice(first, last + 1);
	const here = cursor - first;
	const before = all[cursor]!.slice(0, column);
	if (before.includes('#')) return undefined;

	const [, indent = '', dashes = '', rest = ''] = CONTENT.exec(before) ?? [];
	const col = indent.length + dashes.length;
	const startsItem = dashes !== '';
	let context: Pick<CursorContext, 'at' | 'key' | 'prefix'>;
	const valueMatch = /^("[^"]*"|'[^']*'|[^\s#'"{}[\],&*!|>%@`][^:#]*?)\s*:\s+(["']?)([^\s"']*)$/.exec(rest);
	if (valueMatch) context = { at: 'value', key: unquote(valueMatch[1]!), prefix: valueMatch[3]! };
	else if (/^[\w.\-/]*$/.test(rest)) context = { at: 'key', prefix: rest };
	else return undefined;

	const path: string[] = [];
	let parentCol = col;
	for (let i = here - 1; i >= 0 && parentCol > 0; i--) {
		if (BLANK.test(lines[i]!)) continue;
		const line = parseLine(lines[i]!);
		if (line.col >= parentCol || line.key === undefined) continue;
		path.unshift(line.key);
		parentCol = line.col;
	}
	const result: CursorContext = {
		path,
		...context,
		start: offset - context.prefix.length,
		siblings: siblingKeys(lines, here, col, startsItem),
	};
	const apiVersion = topLevel(lines, 'apiVersion');
	const kind = topLevel(lines, 'kind');
	if (apiVersion) result.apiVersion = apiVersion;
	if (kind) result.kind = kind;
	return result;
}
