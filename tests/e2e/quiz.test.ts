// The Markdown quiz at the end of each lesson becomes radio buttons that check answers, explain them and
// record a fully correct quiz in the learner's progress.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoErrors, openPage, siteUrl, useBrowser } from './support.ts';

const browser = useBrowser();

/** The right letters, read from the explanations the island keeps (hidden) in the page. */
async function rightAnswers(page: Page): Promise<string[]> {
	return page
		.locator('kc-quiz .kc-quiz-body > ol > li > details')
		.evaluateAll((all) => all.map((d) => /^([A-H])/.exec(d.querySelector('strong')?.textContent ?? '')?.[1] ?? '?'));
}

describe.each([
	{ prefix: '', check: 'Check my answers', right: '✓ Right.', wrong: '✗ Not quite.', passed: 'this quiz counts as passed' },
	{ prefix: 'zh-cn/', check: '检查答案', right: '✓ 回答正确。', wrong: '✗ 回答有误。', passed: '本测验已记入你的学习进度' },
])('quiz in /$prefix', ({ prefix, check, right, wrong, passed }) => {
	test('wrong answers are marked in words, right ones pass the quiz and are recorded', async () => {
		const tracked = await openPage(browser());
		const { page } = tracked;
		await page.goto(siteUrl(`${prefix}lessons/pods/`));
		const questions = page.locator('kc-quiz .kc-quiz-body > ol > li');
		// The quiz's code loads as the quiz comes near (quiz-loader.ts): none of it while the reader is far above.
		await page.waitForLoadState('networkidle');
		expect(await page.locator('kc-quiz input[type="radio"]').count()).toBe(0);
		await page.locator('kc-quiz').scrollIntoViewIfNeeded();
		await page.locator('kc-quiz input[type="radio"]').first().waitFor();
		const answers = await rightAnswers(page);
		expect(answers.length).toBe(await questions.count());
		expect(answers).not.toContain('?');
		expect(await page.locator('kc-quiz details:visible').count()).toBe(0);

		// One wrong answer: not passed, the wrong one says so, and its explanation opens.
		const wrongLetter = answers[0] === 'A' ? 'B' : 'A';
		await questions.nth(0).locator(`input[value="${wrongLetter}"]`).check();
		for (let i = 1; i < answers.length; i++) await questions.nth(i).locator(`input[value="${answers[i]}"]`).check();
		await page.getByRole('button', { name: check }).click();
		expect(await questions.nth(0).locator('.kc-quiz-mark').textContent()).toBe(wrong);
		expect(await questions.nth(1).locator('.kc-quiz-mark').textContent()).toBe(right);
		expect(await questions.nth(0).locator('details').getAttribute('open')).not.toBeNull();
		expect(await page.locator('kc-quiz [role="status"]').textContent()).not.toContain(passed);
		expect(await page.evaluate(() => localStorage.getItem('kube-classroom:progress:v1') ?? '')).not.toContain('quiz:');

		// Fix it by keyboard: focus the first question's right option and check again with Enter.
		await questions.nth(0).locator(`input[value="${answers[0]}"]`).focus();
		await page.keyboard.press('Space');
		await page.getByRole('button', { name: check }).focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('kc-quiz [role="status"]').textContent()).toContain(passed);
		const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('kube-classroom:progress:v1'))) ?? '{}');
		expect(Object.keys(stored.exercises ?? {})).toContain('quiz:lessons/pods');
		expectNoErrors(tracked);
	});
});
