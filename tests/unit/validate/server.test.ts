// The lean entry points the simulated API server and kubectl use (no worded messages, no positions) must
// find exactly what the full validator finds, in the API server's words.
import { describe, expect, it } from 'vitest';
import { firstSyntaxError, validateManifest, validateObject, validateObjectIssues } from '../../../src/lib/validate/index.ts';

const TEXTS = [
	'apiVersion: v1\nkind: Pod\nmetadata:\n  name: ok\nspec:\n  containers:\n  - name: a\n    image: nginx\n',
	'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n',
	'a: 1\n---\nb: [\n---\nc: {\n',
	'kind: Pod\n  bad-indent: 1\nmetadata: x\n',
	'{"apiVersion": "v1", "kind": "Pod",}',
	'a: &x 1\nb: *y\n',
	'\t- tab\n',
	'',
	'---\n---\n',
];

describe('the API server entry points', () => {
	it.each(TEXTS.map((t) => [JSON.stringify(t).slice(0, 40), t]))('firstSyntaxError(%s) is the first parse diagnostic', (_name, text) => {
		const expected = validateManifest(text, { advice: false }).diagnostics.find((d) => d.stage === 'parse')?.apiMessage;
		expect(firstSyntaxError(text)).toBe(expected);
	});

	it('finds syntax errors where there are some, and none in a good manifest', () => {
		expect(firstSyntaxError(TEXTS[0]!)).toBeUndefined();
		expect(firstSyntaxError(TEXTS[1]!)).toMatch(/^yaml: /);
		expect(firstSyntaxError('x'.repeat(20), { maxLength: 10 })).toBe('the manifest is 20 characters long; the limit is 10');
	});

	it('validateObjectIssues finds what validateObject finds, with the same API server messages', () => {
		const rc = { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'Bad_Name' }, spec: { selector: { app: 'web' }, template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'c' }] } } } };
		const full = validateObject(rc, { advice: false });
		const lean = validateObjectIssues(rc);
		expect(lean.issues.length).toBeGreaterThan(1);
		expect(lean.issues.map((i) => [i.severity, i.stage, i.code, i.field, i.apiMessage])).toEqual(full.diagnostics.map((d) => [d.severity, d.stage, d.code, d.field, d.apiMessage]));
		expect(lean.object).toEqual(full.object);
	});
});
