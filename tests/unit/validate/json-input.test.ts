// JSON input (kubectl's YAMLOrJSONDecoder reads text starting with `{` as JSON) is read with
// JSON.parse; these check it answers exactly as the YAML reading of the same text did.
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../src/lib/validate/index.ts';
import { fixture, pod } from './helpers.ts';

const viaYaml = (text: string) => parseAllDocuments(text, { version: '1.1' })[0]!.toJS();

describe('JSON input', () => {
	it('gives the same defaulted object as the YAML reading', () => {
		const text = fixture('valid/replicaset.json');
		const result = validateManifest(text);
		expect(result.diagnostics).toEqual([]);
		const yamlResult = validateManifest(`# read as YAML\n${text}`);
		expect(result.documents[0]!.object).toEqual(yamlResult.documents[0]!.object);
		expect(result.documents[0]!.object).not.toEqual(viaYaml(text)); // defaults were applied
	});
	it('places a diagnostic in compact JSON', () => {
		const text = JSON.stringify(pod((p) => (p.spec.containers[0].name = 'Web')));
		const d = validateManifest(text).diagnostics.find((x) => x.code === 'invalid-name')!;
		expect(text.slice(d.offset!.start, d.offset!.end)).toBe('"Web"');
		expect(d.range).toMatchObject({ line: 1 });
	});
	it('still reports a repeated key (JSON.parse would keep only the last) at the repeat', () => {
		const text = '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "kind": "Pod",\n  "metadata": {"name": "a:b"}\n}\n';
		const [d] = validateManifest(text).diagnostics;
		expect(d).toMatchObject({ code: 'duplicate-key', range: { line: 4, column: 3 } });
		expect(d!.apiMessage).toBe('yaml: unmarshal errors:\n  line 4: mapping key "kind" already defined at line 3');
	});
	it('reports a repeat whose values hold colons and escaped quotes', () => {
		const text = '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web", "annotations": {"a": "x:\\"y:z", "a": "w"}}}';
		expect(validateManifest(text).diagnostics.map((d) => d.code)).toContain('duplicate-key');
	});
	it('text JSON.parse refuses goes to the YAML reader, which reports it where it is', () => {
		const text = '{"apiVersion": "v1",\n "kind": "Pod",\n "metadata": {"name": "web"\n';
		const [d] = validateManifest(text).diagnostics;
		expect(d).toMatchObject({ stage: 'parse' });
		expect(d!.range!.line).toBeGreaterThan(1);
	});
});
