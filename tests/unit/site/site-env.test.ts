import { describe, expect, test } from 'vitest';
import { basePath, outDir, siteUrl } from '../../../src/site-env.mjs';

describe('hosting settings from the environment', () => {
	test.each([
		[undefined, '/'],
		['/', '/'],
		['kube-classroom', '/kube-classroom/'],
		['/kube-classroom', '/kube-classroom/'],
		['/kube-classroom/', '/kube-classroom/'],
		[' /a/b// ', '/a/b/'],
	])('BASE=%j gives the base %j', (value, expected) => {
		expect(basePath(value === undefined ? {} : { BASE: value })).toBe(expected);
	});

	test('SITE and OUT_DIR have local defaults and can be overridden', () => {
		expect(siteUrl({})).toBe('http://localhost:4321');
		expect(siteUrl({ SITE: 'https://example.org' })).toBe('https://example.org');
		expect(outDir({})).toBe('./dist/');
		expect(outDir({ OUT_DIR: './out/' })).toBe('./out/');
	});
});
