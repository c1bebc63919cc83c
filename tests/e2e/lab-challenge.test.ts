// The challenge after a lab's last step (#14), in Chromium: hidden until the last step is done or
// shown, checked as the learner works in the terminal, recorded as done with help once the hint was
// read, and still shown met after a reload.
import { describe, expect, test } from 'vitest';
import { expectNoErrors, openPage, runInTerminal, siteUrl, startPlayground, useBrowser } from './support.ts';

const browser = useBrowser();

describe('the lab challenge', () => {
	test('appears after the last step, is met in the terminal, and stays met after a reload', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
		const { page } = tracked;
		await page.goto(siteUrl('lessons/labels-and-selectors/'));
		const pg = page.locator('kc-cluster-playground').first();
		await startPlayground(pg);
		const challenge = pg.getByRole('region', { name: 'Challenge' });
		expect(await challenge.isVisible()).toBe(false);

		// "Show me" both steps: the challenge is offered, with no "Show me" of its own.
		for (const show of await pg.getByRole('button', { name: 'Show me' }).all()) await show.click();
		await challenge.waitFor();
		expect(await challenge.getByRole('button', { name: 'Show me' }).count()).toBe(0);
		expect(await challenge.locator('[data-challenge-done]').isVisible()).toBe(false);

		await challenge.getByRole('button', { name: /Show a hint/ }).click();
		expect(await challenge.locator('[data-challenge-hint-text]').isVisible()).toBe(true);
		await runInTerminal(pg, 'kubectl label pod web-1 env=prod');
		await runInTerminal(pg, 'kubectl label pod web-2 env=staging --overwrite');
		// One check passes as soon as its part is done, before the whole goal is.
		await expect.poll(() => challenge.locator('.kc-pg-checks > li[data-passed="true"]').count()).toBeGreaterThan(0);
		expect(await challenge.locator('[data-challenge-done]').isVisible()).toBe(false);
		await runInTerminal(pg, 'kubectl run web-3 --image=nginx:1.27 --labels=app=web,env=prod');
		await pg.locator('select[data-action="speed"]').selectOption('30');
		await expect.poll(() => challenge.locator('[data-challenge-done]').textContent(), { timeout: 20_000 }).toBe('Challenge done, with the hint.');
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kube-classroom:progress:v1') ?? '{}') as { exercises: Record<string, unknown> });
		expect(stored.exercises['playground:labels-service-endpoints/challenge']).toMatchObject({ helped: true });

		await page.reload();
		await startPlayground(page.locator('kc-cluster-playground').first());
		const again = page.locator('kc-cluster-playground').first().getByRole('region', { name: 'Challenge' });
		await again.waitFor();
		expect(await again.locator('[data-challenge-done]').textContent()).toBe('Challenge done, with the hint.');
		expectNoErrors(tracked);
		await page.context().close();
	});
});
