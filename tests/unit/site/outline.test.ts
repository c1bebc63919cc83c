import { describe, expect, test } from 'vitest';
import { lessonsForLocale, type LessonEntry } from '../../../src/lib/course/outline.ts';

const entries: LessonEntry[] = [
	{ id: 'index', title: 'Home' },
	{ id: 'lessons/pods', title: 'Pods', order: 7 },
	{ id: 'lessons/start-here', title: 'Start here', order: 1 },
	{ id: 'lessons/extra/deep', title: 'Nested page', order: 0 },
	{ id: 'lessons/unordered', title: 'Unordered' },
	{ id: 'zh-cn/index', title: '首页' },
	{ id: 'zh-cn/lessons/pods', title: 'Pod', order: 7 },
	{ id: 'zh-cn/lessons/start-here', title: '从这里开始', order: 1 },
];

describe('lessonsForLocale', () => {
	test('lists the root locale’s lessons in sidebar order, unordered ones last', () => {
		expect(lessonsForLocale(entries, undefined).map((e) => e.id)).toEqual([
			'lessons/start-here',
			'lessons/pods',
			'lessons/unordered',
		]);
	});

	test('lists only the 简体中文 lessons for zh-cn', () => {
		expect(lessonsForLocale(entries, 'zh-cn').map((e) => e.title)).toEqual(['从这里开始', 'Pod']);
	});
});
