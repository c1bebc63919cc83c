// Syntax problems at their exact position, and hostile input answered with a diagnostic.
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../src/lib/validate/index.ts';
import { fixture } from './helpers.ts';

const only = (text: string, options = {}) => {
	const ds = validateManifest(text, options).diagnostics.filter((d) => d.severity === 'error');
	expect(ds).toHaveLength(1);
	return ds[0]!;
};

describe('YAML syntax', () => {
	it('reports a tab used for indentation on its line', () => {
		const d = only(fixture('invalid/tab-indent.yaml'));
		expect(d).toMatchObject({ code: 'tab-indent', stage: 'parse', range: { line: 8, column: 1 } });
		expect(d.apiMessage).toBe('yaml: line 8: found character that cannot start any token');
		expect(d.message['zh-CN']).toContain('制表符');
	});
	it('reports a duplicate key with the line of the first one, as go-yaml does', () => {
		const d = only(fixture('invalid/duplicate-key.yaml'));
		expect(d).toMatchObject({ code: 'duplicate-key', range: { line: 9, column: 7 } });
		expect(d.apiMessage).toBe('yaml: unmarshal errors:\n  line 9: mapping key "image" already defined at line 8');
	});
	it('reports a nested mapping on one line', () => {
		const d = only('apiVersion: v1\nkind: Pod\nmetadata: name: web\n');
		expect(d).toMatchObject({ code: 'yaml-syntax', range: { line: 3 } });
		expect(d.apiMessage).toBe('yaml: line 3: mapping values are not allowed in this context');
	});
	it('reads YAML 1.1 booleans as kubectl does: a label value "yes" must be quoted', () => {
		const d = only('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    enabled: yes\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n');
		expect(d.code).toBe('type-mismatch');
		expect(d.apiMessage).toBe('json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string');
		expect(d.message.en).toContain('quotes');
	});
	it('skips empty documents and keeps document indices', () => {
		const r = validateManifest(`---\n# comment only\n---\n${fixture('valid/pod.yaml')}`);
		expect(r.documents.map((d) => [d.index, d.kind, d.valid])).toEqual([[0, 'Pod', true]]);
	});
	it('a list at the top level is not an object', () => {
		expect(only('- a\n- b\n').code).toBe('not-an-object');
	});
});

describe('hostile input', () => {
	it('stops a billion-laughs alias bomb with a diagnostic', () => {
		const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
		for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
		const d = only(lines.join('\n'));
		expect(d.code).toBe('alias-limit');
		expect(d.range?.line).toBeGreaterThan(1);
	});
	it('refuses very deep flow nesting before parsing', () => {
		const d = only(`${'['.repeat(100000)}${']'.repeat(100000)}`);
		expect(d).toMatchObject({ code: 'too-deep', range: { line: 1, column: 65 } });
	});
	it('refuses very deep block nesting after parsing', () => {
		const text = Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
		expect(only(text).code).toBe('too-deep');
	});
	it("limits each object to the API server's 3 MiB request, not the file", () => {
		const big = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  k: ${'x'.repeat(3 * 1024 * 1024)}\n`;
		expect(only(big)).toMatchObject({ code: 'object-too-large', apiMessage: 'Request entity too large: limit is 3145728', range: { line: 2 } });
		const small = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k: ${'x'.repeat(512 * 1024)}\n`;
		const many = Array.from({ length: 8 }, () => small).join('---\n');
		expect(many.length).toBeGreaterThan(4 * 1024 * 1024);
		const r = validateManifest(many);
		expect(r.documents).toHaveLength(8);
		expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});
	it('still refuses text past its own guard', () => {
		expect(only(`# ${'x'.repeat(64)}\n`, { maxLength: 32 })).toMatchObject({ code: 'too-large', range: { line: 1, column: 1 } });
	});
	it('the size limit is an option', () => {
		expect(only(fixture('valid/pod.yaml'), { maxLength: 10 }).code).toBe('too-large');
	});
	it('never throws on non-string input', () => {
		expect(() => validateManifest(undefined as unknown as string)).not.toThrow();
	});
});
