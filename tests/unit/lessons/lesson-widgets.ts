/**
 * Reads the widgets of a lesson — `<ClusterPlayground …>` and `<ManifestEditor …>` — the way MDX writes
 * them, so tests can run a playground's guided steps and grade an editor's exercise:
 *
 *     <ManifestEditor name="control-plane/typo-pod" kind="Pod" exercise={{ task: '…', checks: [ … ] }}>
 *
 *     ```yaml expect-error title="typo-pod.yaml"      the starting manifest
 *     …
 *     ```
 *
 *     </ManifestEditor>
 *
 *     <details><summary>A solution</summary>
 *
 *     ```yaml solution title="typo-pod-fixed.yaml"     the first `solution` block after an editor
 *     …
 *
 * Props are string literals or JavaScript expressions of plain data (the lessons' own text, so
 * evaluating them is as safe as building the site). Tags open at the start of a line.
 */
import { parseBlocks, type CodeBlock } from './lesson-blocks.ts';

export type WidgetKind = 'ClusterPlayground' | 'ManifestEditor';

export interface Widget {
	component: WidgetKind;
	props: Record<string, unknown>;
	/** The fenced blocks inside the element: the scenario or the starting manifest. */
	blocks: CodeBlock[];
	/** For an editor: the first ```yaml solution block after it, before the next widget. */
	solution?: CodeBlock;
	/** 1-based line of the opening tag. */
	line: number;
}

const OPEN = /^<(ClusterPlayground|ManifestEditor)\b/gm;

/** The index just past the JavaScript expression that starts with `{` at `start`. */
function expressionEnd(text: string, start: number): number {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		const c = text[i]!;
		if (c === "'" || c === '"' || c === '`') {
			for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
		} else if (c === '{' || c === '[' || c === '(') depth++;
		else if (c === '}' || c === ']' || c === ')') {
			depth--;
			if (depth === 0) return i + 1;
		}
	}
	throw new Error(`unclosed expression at offset ${start}`);
}

/** Parses the attributes after `<Name`; returns them and the index after the closing `>`. */
function parseProps(text: string, start: number): { props: Record<string, unknown>; end: number } {
	const props: Record<string, unknown> = {};
	const attr = /\s*([A-Za-z][\w-]*)=/y;
	let i = start;
	for (;;) {
		const close = /\s*(\/?)>/y;
		close.lastIndex = i;
		if (close.exec(text)) return { props, end: close.lastIndex };
		attr.lastIndex = i;
		const m = attr.exec(text);
		if (!m) throw new Error(`cannot read the attribute at: ${text.slice(i, i + 40)}`);
		i = attr.lastIndex;
		if (text[i] === '"') {
			const endQuote = text.indexOf('"', i + 1);
			props[m[1]!] = text.slice(i + 1, endQuote);
			i = endQuote + 1;
		} else if (text[i] === '{') {
			const end = expressionEnd(text, i);
			props[m[1]!] = new Function(`return (${text.slice(i + 1, end - 1)});`)();
			i = end;
		} else throw new Error(`attribute ${m[1]} has neither a string nor an expression`);
	}
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

export function parseWidgets(text: string): Widget[] {
	const widgets: Widget[] = [];
	for (const open of text.matchAll(OPEN)) {
		const component = open[1] as WidgetKind;
		const { props, end } = parseProps(text, open.index + open[0].length);
		const closeTag = `</${component}>`;
		const bodyEnd = text.indexOf(closeTag, end);
		if (bodyEnd < 0) throw new Error(`${component} at line ${lineAt(text, open.index)} is not closed`);
		const next = text.slice(bodyEnd).search(/^<(?:ClusterPlayground|ManifestEditor)\b/m);
		const after = parseBlocks(text.slice(bodyEnd, next < 0 ? undefined : bodyEnd + next));
		const solution = component === 'ManifestEditor' ? after.find((b) => b.lang === 'yaml' && b.meta.includes('solution')) : undefined;
		widgets.push({
			component,
			props,
			blocks: parseBlocks(text.slice(end, bodyEnd)),
			...(solution ? { solution } : {}),
			line: lineAt(text, open.index),
		});
	}
	return widgets;
}
