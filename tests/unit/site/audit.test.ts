import { expect, test } from 'vitest';
import { THRESHOLDS, auditedPages } from '../../../src/cli/audit.ts';

test('the audit covers every page but the print books, at the course bar', () => {
	expect(auditedPages(['', 'lessons/pods/', 'print/', 'zh-cn/', 'zh-cn/lessons/pods/', 'zh-cn/print/'])).toEqual([
		'',
		'lessons/pods/',
		'zh-cn/',
		'zh-cn/lessons/pods/',
	]);
	expect(THRESHOLDS).toEqual({ performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 });
});
