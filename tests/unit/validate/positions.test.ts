// Every diagnostic points at the exact text: a bad value at the value, an unknown field at its key,
// a missing field at its parent's key.
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../src/lib/validate/index.ts';
import { fixture } from './helpers.ts';

function at(text: string, code: string) {
	const d = validateManifest(text).diagnostics.find((x) => x.code === code);
	if (!d?.offset || !d.range) throw new Error(`no ${code} diagnostic with a range`);
	return { ...d.range, text: text.slice(d.offset.start, d.offset.end) };
}

describe('source ranges', () => {
	it('selector mismatch points at the template labels key', () => {
		expect(at(fixture('invalid/rc-selector-mismatch.yaml'), 'selector-mismatch')).toEqual({ line: 10, column: 7, endLine: 10, endColumn: 13, text: 'labels' });
	});
	it('a bad value points at the value', () => {
		const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: Web_1\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n';
		expect(at(text, 'invalid-name')).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 14, text: 'Web_1' });
	});
	it('an unknown field points at its key', () => {
		expect(at(fixture('invalid/unknown-field.yaml'), 'unknown-field')).toMatchObject({ line: 9, column: 7, text: 'imagePullPolcy' });
	});
	it('a missing field points at its parent key', () => {
		const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    livenessProbe:\n      periodSeconds: 5\n    image: nginx:1.27\n';
		expect(at(text, 'probe-handler-missing')).toEqual({ line: 8, column: 5, endLine: 8, endColumn: 18, text: 'livenessProbe' });
	});
	it('a missing field of a list item points at the item', () => {
		const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n';
		expect(at(text, 'required')).toMatchObject({ line: 7, column: 5, text: 'name: web' });
	});
	it('a missing top-level field points at the kind key', () => {
		const text = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n';
		expect(at(text, 'missing-name')).toMatchObject({ line: 2, column: 1, text: 'kind' });
	});
	it('a label key problem points at the key, a value problem at the value', () => {
		const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    "bad key": ok\n    tier: "bad value"\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n';
		expect(at(text, 'invalid-label-key')).toMatchObject({ line: 6, column: 5, text: '"bad key"' });
		expect(at(text, 'invalid-label-value')).toMatchObject({ line: 7, column: 11, text: '"bad value"' });
	});
	it('ranges in the second document of a stream', () => {
		const text = `${fixture('valid/pod.yaml')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: Internal\n  ports:\n  - port: 80\n`;
		const d = at(text, 'unsupported-service-type');
		expect(d).toMatchObject({ text: 'Internal', column: 9 });
		expect(text.split('\n')[d.line - 1]).toBe('  type: Internal');
	});
	it('JSON input is located too', () => {
		const text = '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web"},"spec":{"containers":[{"name":"web","image":"nginx:1.27","ports":[{"containerPort":0}]}]}}';
		expect(at(text, 'required')).toMatchObject({ line: 1, text: '0' });
	});
	it('requests above limits points at the request', () => {
		const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n    resources:\n      requests:\n        cpu: "2"\n      limits:\n        cpu: "1"\n';
		expect(at(text, 'requests-exceed-limits')).toMatchObject({ line: 11, column: 14, text: '"2"' });
	});
});
