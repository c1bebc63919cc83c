import { expect, test } from 'vitest';
import { RUNS_WHEN_BELOW, THRESHOLDS, auditedPages, medianScores } from '../../../src/cli/audit.ts';

test('the audit covers every page but the print books, at the course bar', () => {
	expect(auditedPages(['', 'lessons/pods/', 'print/', 'zh-cn/', 'zh-cn/lessons/pods/', 'zh-cn/print/'])).toEqual([
		'',
		'lessons/pods/',
		'zh-cn/',
		'zh-cn/lessons/pods/',
	]);
	expect(THRESHOLDS).toEqual({ performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 });
	expect(RUNS_WHEN_BELOW).toBeGreaterThanOrEqual(3);
});

test('a page below the bar is judged by the median of its runs, per category', () => {
	expect(medianScores([[97, 100, 100, 100]])).toEqual([97, 100, 100, 100]);
	expect(
		medianScores([
			[95, 100, 96, 100],
			[99, 100, 100, 100],
			[98, 93, 100, 100],
		]),
	).toEqual([98, 100, 100, 100]);
	expect(medianScores([[90], [100]])).toEqual([95]);
});
