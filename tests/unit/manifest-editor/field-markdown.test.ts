// A field's documentation as the editor's hover and suggestion details show it, in each page language.
import { describe, expect, it } from 'vitest';
import { fieldMarkdown } from '../../../src/components/manifest-editor/field-markdown.ts';
import { STRINGS } from '../../../src/components/manifest-editor/strings.ts';

const containers = { name: 'containers', type: '[]Container', required: true, description: 'List of containers belonging to the pod.' };

describe('fieldMarkdown', () => {
	it('kubectl explain’s header, then the upstream description', () => {
		expect(fieldMarkdown(containers, STRINGS.en.fieldDocs)).toBe('**containers** `<[]Container>` *required*\n\nList of containers belonging to the pod.');
	});

	it('the words around the docs follow the page language', () => {
		expect(fieldMarkdown(containers, STRINGS['zh-CN'].fieldDocs)).toBe('**containers** `<[]Container>` *必需*\n\nList of containers belonging to the pod.');
		const policy = { name: 'imagePullPolicy', type: 'string', required: false, description: '', enum: ['Always', 'Never'] };
		expect(fieldMarkdown(policy, STRINGS['zh-CN'].fieldDocs)).toBe('**imagePullPolicy** `<string>`\n\n可选值：`Always`, `Never`');
	});
});
