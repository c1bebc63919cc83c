// Progress stays in the browser: reading a lesson to its summary marks it in the sidebar and the outline
// (in both languages), and the progress file can be exported and imported.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectNoErrors, openPage, siteUrl, useBrowser } from './support.ts';

const browser = useBrowser();

describe('progress tracker', () => {
	test('a lesson read in English counts as read in the 简体中文 sidebar and outline', async () => {
		const tracked = await openPage(browser());
		const { page } = tracked;
		await page.goto(siteUrl('lessons/pods/'));
		expect(await page.locator('#starlight__sidebar .kc-read-mark').count()).toBe(0);
		await page.locator('#summary').scrollIntoViewIfNeeded();
		await expect.poll(() => page.locator('#starlight__sidebar a[href$="/lessons/pods/"] .kc-read-mark').count()).toBe(1);

		await page.goto(siteUrl('zh-cn/lessons/probes/'));
		const mark = page.locator('#starlight__sidebar a[href="/zh-cn/lessons/pods/"] .kc-read-mark');
		await mark.waitFor();
		expect(await mark.textContent()).toBe('✓已读');
		await page.goto(siteUrl('zh-cn/'));
		await expect.poll(() => page.locator('li[data-lesson="lessons/pods"] .kc-outline-marks').textContent()).toBe('✓ 已读');
		expect(await page.locator('.kc-progress-summary').textContent()).toMatch(/^已读 1\/\d+ 节课/);
		expectNoErrors(tracked);
	});

	test('export writes a readable file; import merges it, and a wrong file is refused with a message', async () => {
		const tracked = await openPage(browser(), { acceptDownloads: true });
		const { page } = tracked;
		await page.goto(siteUrl(''));
		await page.evaluate(() =>
			localStorage.setItem(
				'kube-classroom:progress:v1',
				JSON.stringify({ version: 1, exercises: { 'quiz:lessons/probes': { passedAt: '2026-11-20T10:00:00.000Z' } } }),
			),
		);
		await page.reload();
		await expect.poll(() => page.locator('li[data-lesson="lessons/probes"] .kc-outline-marks').textContent()).toBe('✓ quiz passed');

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
		expect(download.suggestedFilename()).toMatch(/^kube-classroom-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		expect(file.summary.quizzesPassed).toBe(1);
		expect(file.summary.lessons.find((l: { key: string }) => l.key === 'lessons/probes')).toMatchObject({ quiz: true, read: false });

		// A fresh browser imports it.
		const other = await openPage(browser());
		await other.page.goto(siteUrl(''));
		const input = other.page.getByLabel('Import progress');
		await input.setInputFiles({ name: 'not-progress.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
		await expect.poll(() => other.page.locator('.kc-progress-status').textContent()).toContain('not a Kube Classroom progress file');
		await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
		await expect.poll(() => other.page.locator('.kc-progress-status').textContent()).toBe(
			"Imported: 1 record merged with this browser's progress.",
		);
		expect(await other.page.locator('li[data-lesson="lessons/probes"] .kc-outline-marks').textContent()).toBe('✓ quiz passed');
		expectNoErrors(tracked);
		expectNoErrors(other);
	});
});
