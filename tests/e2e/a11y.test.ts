// An axe-core sweep over every built page, in the light and the dark theme, with every widget opened:
// editors running Monaco, playgrounds live, quizzes checked (Starlight's accessibility test in
// docs/__a11y__ loops over every URL the same way).
import axe from 'axe-core';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, openPage, siteUrl, startPlayground, useBrowser } from './support.ts';

const browser = useBrowser();
const pages = builtPages();

interface Violation {
	id: string;
	help: string;
	nodes: { target: unknown[] }[];
}

/** Opens what a reader would open: each editor (Monaco takes the focus), each playground, each quiz checked. */
async function openWidgets(page: Page): Promise<void> {
	// The print book's widgets are their static, printed forms (they do not start there).
	if ((await page.locator('[data-kc-book]').count()) > 0) return;
	for (const editor of await page.locator('kc-manifest-editor .kc-me-box').all()) {
		await editor.scrollIntoViewIfNeeded();
		await editor.click();
	}
	if ((await page.locator('kc-manifest-editor').count()) > 0) {
		await expect.poll(() => page.locator('kc-manifest-editor .monaco-editor').count()).toBe(await page.locator('kc-manifest-editor').count());
	}
	for (const playground of await page.locator('kc-cluster-playground').all()) await startPlayground(playground);
	for (const quiz of await page.locator('kc-quiz').all()) {
		// Its code loads as the quiz comes near (quiz-loader.ts); then Check marks every question.
		await quiz.scrollIntoViewIfNeeded();
		await quiz.locator('.kc-quiz-actions button:not([data-kind])').click();
	}
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
		await openWidgets(page);
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
