import { expect, test } from 'vitest';
import { externalLinks } from '../../../src/cli/links.ts';

test('external links are listed once each; the site’s own and relative links are not', () => {
	const html =
		'<a href="https://kubernetes.io/docs/concepts/">a</a><a href="https://kubernetes.io/docs/concepts/">again</a>' +
		'<a href="../probes/">rel</a><a href="http://localhost:4321/zh-cn/">own</a><a href="#x">hash</a>' +
		'<link href="https://fonts.example/x.css"><a href="http://example.org/">b</a>';
	expect(externalLinks(html, 'http://localhost:4321')).toEqual(['https://kubernetes.io/docs/concepts/', 'http://example.org/']);
});
