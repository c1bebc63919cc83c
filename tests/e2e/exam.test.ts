// The exam page (#18): taken in Chromium as a learner would. Start, do one task in the exam cluster's
// terminal, flag another, finish, and read the results: the task done scores full marks, the others say
// what was found and link their lesson; the attempt is in the progress store. Axe in every state.
import axe from 'axe-core';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoErrors, openPage, runInTerminal, siteUrl, useBrowser } from './support.ts';

const browser = useBrowser();

async function axeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
	return page.evaluate(async () => {
		const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
	});
}

describe('the exam', () => {
	test('is taken in the browser: one task done in the terminal, one flagged, finished and graded', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
		const { page } = tracked;
		await page.goto(siteUrl('exam/'));
		const exam = page.locator('kc-exam');
		expect(await axeViolations(page)).toEqual([]);
		// Before the start: no clock, no tasks, no cluster on screen.
		expect(await exam.locator('[data-bar]').isVisible()).toBe(false);
		expect(await exam.locator('kc-cluster-playground').isVisible()).toBe(false);

		await exam.getByRole('button', { name: 'Start the exam' }).click();
		await exam.locator('kc-cluster-playground[data-state="live"]').waitFor({ timeout: 30_000 });
		const timer = exam.getByRole('timer');
		await expect.poll(() => timer.textContent()).toMatch(/^29:5\d$/);
		// Exam mode: no hints.
		expect(await exam.locator('[data-hint]').first().isVisible()).toBe(false);

		// Task 3: scale api to 4, in the terminal.
		await exam.getByRole('navigation', { name: 'Tasks' }).getByRole('button', { name: /Scale a Deployment/ }).click();
		await expect.poll(() => exam.locator('[data-task]:not([hidden]) h2').textContent()).toContain('Task 3 of 12');
		await runInTerminal(page.locator('kc-exam kc-cluster-playground'), 'kubectl scale deployment api --replicas=4');
		await expect.poll(() => exam.locator('kc-cluster-playground [data-output]').textContent()).toContain('deployment.apps/api scaled');
		// Let the new Pods start (the playground's own clock, sped up).
		await exam.locator('kc-cluster-playground select[data-action="speed"]').selectOption('30');

		// Task 4 is flagged for review: the list marks it, in words for screen readers.
		await exam.getByRole('button', { name: 'Next task' }).click();
		const flag = exam.getByRole('button', { name: 'Flag for review' });
		await flag.click();
		expect(await flag.getAttribute('aria-pressed')).toBe('true');
		await expect.poll(() => exam.getByRole('navigation', { name: 'Tasks' }).getByRole('button', { name: /Fix a broken image.*flagged for review/ }).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);

		// The cluster view shows api's 4 Pods ready before the exam is finished.
		const api = exam.locator('kc-cluster-playground .kc-pg-ctrl', { hasText: /^Deployment api/ });
		await expect.poll(() => api.textContent(), { timeout: 20_000 }).toMatch(/desired 4 · current 4 · ready 4/);
		// Finishing asks first, and says what is flagged.
		await exam.getByRole('button', { name: 'Finish and grade' }).click();
		await expect.poll(() => exam.locator('[data-confirm-text]').textContent()).toContain('1 task is flagged for review');
		await exam.getByRole('button', { name: 'Finish now' }).click();

		const results = exam.getByRole('region', { name: 'Results' });
		await results.waitFor();
		expect(await exam.locator('[data-bar]').isVisible()).toBe(false);
		const tasks = results.locator('[data-result-list] > li');
		expect(await tasks.count()).toBe(12);
		const scale = tasks.nth(2);
		expect(await scale.getAttribute('data-passed')).toBe('true');
		expect(await scale.locator('h3').textContent()).toBe('3. Scale a Deployment — 1 of 1');
		// A task not done says what the cluster had instead, and where to learn it.
		const fix = tasks.nth(3);
		expect(await fix.getAttribute('data-passed')).toBe('false');
		expect(await fix.textContent()).toContain('Found: nginx:1.27-typo.');
		expect(await fix.getByRole('link', { name: 'Troubleshooting' }).getAttribute('href')).toBe('/lessons/troubleshooting/#image-pull');
		expect(await results.locator('[data-score]').textContent()).toBe('Score: 1 of 16 points (6 %).');
		expect(await axeViolations(page)).toEqual([]);

		// The attempt is in the learner's progress, as the exported file carries it.
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kube-classroom:progress:v1') ?? '{}') as { exams?: { set: string; mode: string; percent: number; tasks: { id: string; passed: boolean[] }[] }[] });
		expect(stored.exams).toHaveLength(1);
		expect(stored.exams![0]).toMatchObject({ set: 'cka-basics', mode: 'exam', percent: 6 });
		expect(stored.exams![0]!.tasks.find((t) => t.id === 'scale-api')?.passed).toEqual([true, true]);

		// Restart: back to the start, which names the last score; a new attempt gets a fresh cluster.
		await results.getByRole('button', { name: 'Restart the exam' }).click();
		await expect.poll(() => exam.locator('[data-previous]').textContent()).toContain('Your last attempt: 6 %');
		await exam.getByLabel(/Practice/).check();
		await exam.getByRole('button', { name: 'Start the exam' }).click();
		await expect.poll(() => exam.locator('[data-task]:not([hidden]) [data-hint]').isVisible()).toBe(true);
		await runInTerminal(page.locator('kc-exam kc-cluster-playground'), 'kubectl get deployment api');
		await expect.poll(() => exam.locator('kc-cluster-playground [data-output]').textContent()).toMatch(/api\s+2\/2/);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('ends by itself when the countdown reaches zero, and grades the cluster as it then was', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
		const { page } = tracked;
		await page.clock.install();
		await page.goto(siteUrl('exam/'));
		const exam = page.locator('kc-exam');
		await exam.getByRole('button', { name: 'Start the exam' }).click();
		await exam.locator('kc-cluster-playground[data-state="live"]').waitFor({ timeout: 30_000 });
		await runInTerminal(page.locator('kc-exam kc-cluster-playground'), 'kubectl cordon node-3');
		await expect.poll(() => exam.locator('kc-cluster-playground [data-output]').textContent()).toContain('node/node-3 cordoned');
		await page.clock.fastForward('29:50');
		await expect.poll(() => exam.getByRole('timer').textContent()).toMatch(/^00:(09|10)$/);
		expect(await exam.locator('[data-results]').isVisible()).toBe(false);
		await page.clock.fastForward(11_000);
		const results = exam.getByRole('region', { name: 'Results' });
		await results.waitFor();
		expect(await results.locator('[data-ended]').textContent()).toBe('Time is up: the cluster was graded as it was when the time ran out.');
		expect(await results.locator('[data-result-list] > li').nth(11).getAttribute('data-passed')).toBe('true');
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kube-classroom:progress:v1') ?? '{}') as { exams?: { ended: string; startedAt: string; finishedAt: string }[] });
		const attempt = stored.exams?.at(-1);
		expect(attempt?.ended).toBe('time');
		expect(Date.parse(attempt!.finishedAt) - Date.parse(attempt!.startedAt)).toBe(30 * 60_000);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('the Chinese exam page has its words and no axe violations', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 390, height: 844 } });
		await tracked.page.goto(siteUrl('zh-cn/exam/'));
		const exam = tracked.page.locator('kc-exam');
		await exam.getByRole('button', { name: '开始考试' }).click();
		await exam.locator('kc-cluster-playground[data-state="live"]').waitFor({ timeout: 30_000 });
		expect(await exam.locator('[data-task]:not([hidden]) h2').textContent()).toContain('第 1 题，共 12 题');
		expect(await axeViolations(tracked.page)).toEqual([]);
		// Nothing wider than the phone's screen.
		expect(await tracked.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expectNoErrors(tracked);
		await tracked.page.context().close();
	});
});
