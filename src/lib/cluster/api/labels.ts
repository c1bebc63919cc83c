/**
 * Label selectors, as k8s.io/apimachinery/pkg/labels: parsed from kubectl's `-l` syntax or from an
 * object's selector, matched against a label set.
 */
import type { LabelSelector } from './types.ts';

export type Operator = '=' | '==' | '!=' | 'in' | 'notin' | 'exists' | '!';

export interface Requirement {
	key: string;
	operator: Operator;
	values: string[];
}

export type Selector = Requirement[];

export function matches(selector: Selector, labels: Record<string, string> | undefined): boolean {
	for (const r of selector) {
		const has = labels !== undefined && Object.hasOwn(labels, r.key);
		const value = has ? labels[r.key] : undefined;
		switch (r.operator) {
			case '=':
			case '==':
			case 'in':
				if (!has || !r.values.includes(value!)) return false;
				break;
			case '!=':
			case 'notin':
				if (has && r.values.includes(value!)) return false;
				break;
			case 'exists':
				if (!has) return false;
				break;
			case '!':
				if (has) return false;
				break;
		}
	}
	return true;
}

/** Mirrors labels.SelectorFromSet: a ReplicationController's map selector. */
export function selectorFromSet(set: Record<string, string> | undefined): Selector {
	return Object.entries(set ?? {}).map(([key, value]) => ({ key, operator: '=', values: [value] }));
}

/**
 * Mirrors metav1.LabelSelectorAsSelector. An empty selector matches everything; an absent one
 * matches nothing (callers decide which applies).
 */
export function fromLabelSelector(selector: LabelSelector | Record<string, string> | undefined): Selector {
	if (!selector) return [];
	if (!('matchLabels' in selector) && !('matchExpressions' in selector)) return selectorFromSet(selector as Record<string, string>);
	const s = selector as LabelSelector;
	const out: Selector = selectorFromSet(s.matchLabels);
	for (const e of s.matchExpressions ?? []) {
		const operator: Operator = e.operator === 'In' ? 'in' : e.operator === 'NotIn' ? 'notin' : e.operator === 'Exists' ? 'exists' : '!';
		out.push({ key: e.key, operator, values: e.values ?? [] });
	}
	return out;
}

/** The string form kubectl prints in the SELECTOR column (labels.Selector.String()). */
export function formatSelector(selector: Selector): string {
	return [...selector]
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map((r) => {
			switch (r.operator) {
				case 'in':
				case 'notin':
					return `${r.key} ${r.operator} (${[...r.values].sort().join(',')})`;
				case 'exists':
					return r.key;
				case '!':
					return `!${r.key}`;
				default:
					return `${r.key}${r.operator === '==' ? '=' : r.operator}${r.values[0] ?? ''}`;
			}
		})
		.join(',');
}

/**
 * Parses kubectl's `-l` syntax (labels.Parse): `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`,
 * `a`, `!a`, comma-separated. Throws with the upstream-style message on bad input.
 */
export function parseSelector(text: string): Selector {
	const out: Selector = [];
	for (const part of splitTopLevel(text)) {
		const term = part.trim();
		if (term === '') continue;
		const set = /^([^\s!=]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term);
		if (set) {
			out.push({ key: set[1]!, operator: set[2] as Operator, values: set[3]!.split(',').map((v) => v.trim()).filter((v) => v !== '') });
			continue;
		}
		const cmp = /^([^\s!=]+)\s*(==|!=|=)\s*([^\s,]*)$/.exec(term);
		if (cmp) {
			out.push({ key: cmp[1]!, operator: cmp[2] as Operator, values: [cmp[3]!] });
			continue;
		}
		const not = /^!\s*([^\s!=]+)$/.exec(term);
		if (not) {
			out.push({ key: not[1]!, operator: '!', values: [] });
			continue;
		}
		if (/^[^\s!=(),]+$/.test(term)) {
			out.push({ key: term, operator: 'exists', values: [] });
			continue;
		}
		throw new Error(`unable to parse requirement: found '${term}', expected: '=', '!=', '==', 'in', notin'`);
	}
	return out;
}

function splitTopLevel(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let current = '';
	for (const ch of text) {
		if (ch === '(') depth++;
		if (ch === ')') depth--;
		if (ch === ',' && depth === 0) {
			parts.push(current);
			current = '';
		} else current += ch;
	}
	parts.push(current);
	return parts;
}
