// An axe-core sweep over every built page, in the light and the dark theme (Starlight's accessibility
// test in docs/__a11y__ loops over every URL the same way).
import axe from 'axe-core';
import { describe, expect, test } from 'vitest';
import { builtPages, openPage, siteUrl, useBrowser } from './support.ts';

const browser = useBrowser();
const pages = builtPages();

interface Violation {
	id: string;
	help: string;
	nodes: { target: unknown[] }[];
}

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
	test('the build has pages to check', () => {
		expect(pages).toContain('');
		expect(pages).toContain('zh-cn/');
	});

	test.each(pages)('/%s has no axe violations', async (path) => {
		const { page } = await openPage(browser(), { colorScheme: theme });
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto(siteUrl(path));
		expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
		await page.addScriptTag({ content: axe.source });
		const violations = await page.evaluate(async () => {
			const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
				resultTypes: ['violations'],
			});
			return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
		});
		const report = (violations as Violation[]).map(
			(v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
		);
		expect(report).toEqual([]);
		await page.context().close();
	});
});
