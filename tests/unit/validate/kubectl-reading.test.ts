// What kubectl does with a file before any object reaches the API server: empty input, `kind: List`,
// go-yaml's alias rule, nesting depth (issue #16). Sources: kubectl apply ("no objects passed to
// apply"), apimachinery unstructuredJSONScheme.decode/decodeToList, go-yaml v2 decode.go (allowedAliasRatio).
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../src/lib/validate/index.ts';
import { errors, pod, yaml } from './helpers.ts';

describe('no objects', () => {
	it.each([
		['an empty file', ''],
		['only comments', '# nothing here\n# yet\n'],
		['only document separators', '---\n---\n'],
		['an empty List', 'apiVersion: v1\nkind: List\nitems: []\n'],
	])('%s: kubectl says "error: no objects passed to apply"', (_name, text) => {
		const r = validateManifest(text);
		expect(r.diagnostics.map((d) => [d.severity, d.code, d.apiMessage])).toEqual([['error', 'no-objects', 'no objects passed to apply']]);
		expect(r.diagnostics[0]!.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
	});
	it('a file with an object has no such error', () => {
		expect(errors(yaml(pod()))).toEqual([]);
	});
});

describe('kind: List, read as kubectl reads it', () => {
	const list = (items: unknown[], kind = 'List') => yaml({ apiVersion: 'v1', kind, items });
	it('validates each item as an object of its own', () => {
		const text = list([pod(), pod((p) => (p.spec.containers[0].name = 'Bad_Name'))]);
		const r = validateManifest(text, { advice: false });
		expect(r.documents.map((d) => [d.index, d.item, d.kind, d.valid])).toEqual([
			[0, 0, 'Pod', true],
			[0, 1, 'Pod', false],
		]);
		const [d] = r.diagnostics;
		expect(d!.field).toBe('spec.containers[0].name');
		expect(text.split('\n')[d!.range!.line - 1]).toContain('name: Bad_Name');
	});
	it('an item of a typed list (PodList) without kind and apiVersion takes them from the list', () => {
		const { kind, apiVersion, ...bare } = pod();
		expect([kind, apiVersion]).toEqual(['Pod', 'v1']);
		const r = validateManifest(list([bare], 'PodList'), { advice: false });
		expect(r.documents.map((d) => [d.kind, d.valid])).toEqual([['Pod', true]]);
	});
	it('an item of a plain List needs its own kind', () => {
		const { kind: _kind, apiVersion: _v, ...bare } = pod();
		const r = validateManifest(list([bare]), { advice: false });
		expect(r.diagnostics.map((d) => [d.code, d.apiMessage])).toEqual([['missing-kind', 'kind not set']]);
	});
	it('items that are not a list cannot be decoded', () => {
		expect(errors('apiVersion: v1\nkind: List\nitems:\n  a: 1\n').map((d) => d.apiMessage)).toEqual([
			'json: cannot unmarshal object into Go struct field decodeList.items of type []json.RawMessage',
		]);
	});
});

describe("go-yaml's alias rule", () => {
	const withAliases = (n: number) => {
		let text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels:\n    app: &v web\n  annotations:\n';
		for (let i = 0; i < n; i++) text += `    a${i}: *v\n`;
		return `${text}spec:\n  containers:\n  - name: a\n    image: nginx:1.27\n`;
	};
	it('120 scalar aliases in a normal Pod are fine (fewer than 1,000 decode operations)', () => {
		expect(errors(withAliases(120))).toEqual([]);
	});
	it('5,000 of them are too: the expansions are a small share of the decode operations', () => {
		expect(errors(withAliases(5000))).toEqual([]);
	});
	it('a billion laughs is refused at the alias that tips the ratio', () => {
		const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
		for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
		const ds = errors(levels.join('\n'));
		expect(ds.map((d) => [d.code, d.apiMessage])).toEqual([['alias-limit', 'yaml: document contains excessive aliasing']]);
		// Line c passes 1,000 operations at 0.97 aliased; the third *c on line d takes the share past 0.99.
		expect(ds[0]!.range).toMatchObject({ line: 4, column: 14 });
	});
});

describe('nesting depth', () => {
	it('1,000-deep block YAML is reported as nesting, not as a stack overflow', () => {
		let text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n';
		let indent = '    ';
		for (let i = 0; i < 1000; i++) {
			text += `${indent}k${i}:\n`;
			indent += '  ';
		}
		const ds = errors(`${text}${indent}x: 1\n`);
		expect(ds.map((d) => [d.code, d.apiMessage])).toEqual([['too-deep', 'nesting deeper than 64 levels']]);
	});
});
