// The editor's completion and hover from the validator's schema and field docs
// (src/lib/validate/editor-assist.ts): the keys valid at the cursor, the values of enums, what a hover
// says about a field.
import { describe, expect, it } from 'vitest';
import { completionsAt, hoverAt } from '../../../src/lib/validate/editor-assist.ts';
import { explain } from '../../../src/lib/validate/explain.ts';

function at(marked: string): [string, number] {
	const offset = marked.indexOf('|');
	return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}
const labels = (marked: string) => completionsAt(...at(marked)).items.map((i) => i.label);

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n';

describe('completionsAt', () => {
	it('offers a container’s fields, minus the ones written, with kubectl explain’s types and docs', () => {
		const { start, items } = completionsAt(...at(`${POD}      liveness|`));
		expect(start).toBe(POD.length + 6);
		const names = items.map((i) => i.label);
		const container = explain('v1', 'Pod', ['spec', 'containers'])!.fields.map((f) => f.name);
		expect(names).toEqual(container.filter((n) => n !== 'name' && n !== 'image'));
		const probe = items.find((i) => i.label === 'livenessProbe')!;
		expect(probe).toMatchObject({ kind: 'field', insert: 'livenessProbe:\n\t$0', doc: { name: 'livenessProbe', type: 'Probe', required: false } });
		expect(probe.doc!.description).toContain('Periodic probe of container liveness');
	});

	it('inserts a list of objects with its first item, scalars after a space', () => {
		const items = completionsAt(...at('apiVersion: v1\nkind: Pod\nspec:\n  |')).items;
		expect(items.find((i) => i.label === 'containers')).toMatchObject({ insert: 'containers:\n\t- $0', doc: { type: '[]Container', required: true } });
		expect(items.find((i) => i.label === 'restartPolicy')).toMatchObject({ insert: 'restartPolicy: $0' });
		expect(items.find((i) => i.label === 'nodeSelector')).toMatchObject({ insert: 'nodeSelector:\n\t$0' });
	});

	it('follows the kind: a Service gets Service fields', () => {
		expect(labels('apiVersion: v1\nkind: Service\nspec:\n  |')).toContain('selector');
		expect(labels('apiVersion: v1\nkind: Service\nspec:\n  |')).not.toContain('containers');
		expect(labels('apiVersion: apps/v1\nkind: Deployment\nspec:\n  |')).toEqual(expect.arrayContaining(['replicas', 'selector', 'template', 'strategy']));
	});

	it('at the root of a document without a kind: apiVersion and kind; with one: its top-level fields', () => {
		expect(labels('|')).toEqual(['apiVersion', 'kind']);
		expect(labels('apiVersion: v1\nkind: Pod\n|')).toEqual(['metadata', 'spec', 'status']);
	});

	it('values: the enum of the field at the cursor, the kinds for an apiVersion, booleans', () => {
		expect(labels(`${POD}      imagePullPolicy: |`)).toEqual(['Always', 'IfNotPresent', 'Never']);
		expect(labels('apiVersion: apps/v1\nkind: |')).toEqual(['ReplicaSet', 'Deployment']);
		expect(labels('kind: Pod\napiVersion: |')).toEqual(['v1']);
		expect(labels(`${POD}      stdin: |`)).toEqual(['true', 'false']);
		const value = completionsAt(...at(`${POD}      imagePullPolicy: If|`));
		expect(value.start).toBe(POD.length + 23);
		expect(value.items[0]).toMatchObject({ kind: 'value', doc: { name: 'imagePullPolicy', enum: ['Always', 'IfNotPresent', 'Never'] } });
	});

	it('nothing for unknown kinds, paths through scalars, free-text values', () => {
		expect(labels('apiVersion: v9\nkind: Widget\nspec:\n  |')).toEqual([]);
		expect(labels(`${POD}      image:\n        |`)).toEqual([]);
		expect(labels(`${POD}      image: ng|`)).toEqual([]);
	});
});

describe('hoverAt', () => {
	it('documents the key under the cursor, and the key of the value under it', () => {
		const offset = POD.indexOf('containers') + 3;
		expect(hoverAt(POD, offset)).toMatchObject({ name: 'containers', type: '[]Container', required: true });
		expect(hoverAt(POD, offset)!.description).toContain('List of containers belonging to the pod');
		expect(hoverAt(POD, POD.indexOf('nginx') + 2)).toMatchObject({ name: 'image', type: 'string' });
	});

	it('lists an enum’s values', () => {
		const text = `${POD}      imagePullPolicy: Always\n`;
		expect(hoverAt(text, text.indexOf('imagePullPolicy'))!.enum).toEqual(['Always', 'IfNotPresent', 'Never']);
	});

	it('nothing without a kind, on a comment, or for an unknown field', () => {
		expect(hoverAt('metadata:\n  name: x\n', 2)).toBeUndefined();
		expect(hoverAt(`# a Pod\n${POD}`, 3)).toBeUndefined();
		const text = POD.replace('image:', 'imagee:');
		expect(hoverAt(text, text.indexOf('imagee') + 1)).toBeUndefined();
	});
});
