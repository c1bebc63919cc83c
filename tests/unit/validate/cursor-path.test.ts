// Where the cursor is in a half-typed manifest (src/lib/validate/cursor-path.ts): the field path from
// the lines' indentation, key or value, the word typed so far, and the keys already written beside it.
import { describe, expect, it } from 'vitest';
import { cursorContext } from '../../../src/lib/validate/cursor-path.ts';

/** The text with `|` removed, and the offset where it stood. */
function at(marked: string): [string, number] {
	const offset = marked.indexOf('|');
	return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}
const context = (marked: string) => cursorContext(...at(marked));

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n';

describe('cursorContext', () => {
	it('a new key under a list item: the path goes through the list, siblings are that item’s keys', () => {
		expect(context(`${POD}      liveness|\n`)).toEqual({
			path: ['spec', 'containers'],
			at: 'key',
			prefix: 'liveness',
			start: POD.length + 6,
			siblings: ['image', 'name'],
			apiVersion: 'v1',
			kind: 'Pod',
		});
	});

	it('an empty line at the root: no path, every top-level key written is a sibling', () => {
		const c = context(`${POD}|`);
		expect(c).toMatchObject({ path: [], at: 'key', prefix: '', siblings: ['spec', 'metadata', 'kind', 'apiVersion'] });
	});

	it('a new list item starts a fresh mapping: keys of the other items are not its siblings', () => {
		const c = context(`${POD}    - na|\n      image: busybox\n`);
		expect(c).toMatchObject({ path: ['spec', 'containers'], at: 'key', prefix: 'na', siblings: ['image'] });
	});

	it('keys below the cursor in the same mapping count; deeper and shallower ones do not', () => {
		const [text, offset] = at('spec:\n  contai|\n  restartPolicy: Always\n  volumes:\n    - name: v\nmetadata:\n  name: x\n');
		expect(cursorContext(text, offset)).toMatchObject({ path: ['spec'], siblings: ['restartPolicy', 'volumes'] });
	});

	it('a value after `key: `, with what is typed of it', () => {
		expect(context(`${POD}      imagePullPolicy: Al|`)).toMatchObject({ path: ['spec', 'containers'], at: 'value', key: 'imagePullPolicy', prefix: 'Al', start: POD.length + 23 });
		expect(context('apiVersion: v1\nkind: |')).toMatchObject({ path: [], at: 'value', key: 'kind', prefix: '' });
		expect(context('kind: "Se|"')).toMatchObject({ at: 'value', key: 'kind', prefix: 'Se' });
	});

	it('comments and blank lines in between do not break the path', () => {
		expect(context('spec:\n  # the containers\n  containers:\n\n    - name: a\n      # probes next\n      |')).toMatchObject({ path: ['spec', 'containers'], siblings: ['name'] });
	});

	it('each document of a multi-document file has its own kind and keys', () => {
		const c = context(`${POD}---\napiVersion: v1\nkind: Service\nspec:\n  |\n`);
		expect(c).toMatchObject({ path: ['spec'], apiVersion: 'v1', kind: 'Service', siblings: [] });
		expect(context(`${POD}---\n|`)).toMatchObject({ path: [], siblings: [] });
	});

	it('a quoted key is read without its quotes', () => {
		expect(context('"metadata":\n  "labels":\n    |')).toMatchObject({ path: ['metadata', 'labels'] });
	});

	it('no context inside a comment, after flow syntax or on a separator', () => {
		expect(context('# a com|ment')).toBeUndefined();
		expect(context('metadata: {name: |')).toBeUndefined();
		expect(context('---|')).toBeUndefined();
	});

	it('any offset in any text gives a context or undefined, never an exception', () => {
		const text = 'a:\n - b: [\n  "c: |\n\t- - x:\n---\n...\n:\n';
		for (let offset = 0; offset <= text.length; offset++) expect(() => cursorContext(text, offset)).not.toThrow();
	});
});
