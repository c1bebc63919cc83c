// Every task set in content/exams: valid, and each task can be done. The setup leaves no task done,
// and each task's own solution (which the page never ships) brings every one of its checks to pass.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gradeExam } from '../../../src/lib/exam/grade.ts';
import { localizeSet, validateExamSet, type ExamSet } from '../../../src/lib/exam/task-set.ts';
import { createRuntime } from '../../../src/lib/session/index.ts';

const DIR = new URL('../../../content/exams/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

describe.each(files)('task set %s', (file) => {
	const validated = validateExamSet(parse(readFileSync(new URL(file, DIR), 'utf8')));

	it('is valid, with 10 to 15 tasks, each in both languages', () => {
		expect(validated.ok ? [] : validated.problems).toEqual([]);
		const set = (validated as { set: ExamSet }).set;
		expect(file).toBe(`${set.id}.yaml`);
		expect(set.tasks.length).toBeGreaterThanOrEqual(10);
		expect(set.tasks.length).toBeLessThanOrEqual(15);
		const zh = localizeSet(set, 'zh-cn');
		const en = localizeSet(set, 'en');
		for (const [i, task] of zh.tasks.entries()) {
			expect(task.task, task.id).not.toBe(en.tasks[i]!.task);
			expect(task.checks.map((c) => c.label), task.id).not.toEqual(en.tasks[i]!.checks.map((c) => c.label));
		}
	});

	it('links each task to a lesson that exists', () => {
		const set = (validated as { set: ExamSet }).set;
		for (const task of set.tasks) {
			const slug = task.lesson?.split('#')[0];
			expect(slug, task.id).toBeDefined();
			for (const root of ['lessons', 'zh-cn/lessons']) expect(() => readFileSync(new URL(`../../../content/docs/${root}/${slug}.mdx`, import.meta.url)), `${root}/${slug}`).not.toThrow();
		}
	});

	it('starts with no sub-task met, and each solution does its task', async () => {
		const set = (validated as { set: ExamSet }).set;
		const local = localizeSet(set, 'en');
		const runtime = createRuntime({ nodes: local.nodes, seed: local.seed });
		const run = async (text: string) => {
			await runtime.prepare(text);
			const failed = runtime.run(text).filter((e) => e.exitCode !== 0);
			expect(failed.map((e) => `${e.command}\n${e.output}`)).toEqual([]);
		};
		await run(local.setup);
		const before = gradeExam(local, runtime.snapshot());
		// No point for nothing: every sub-task fails on the cluster as the exam hands it over.
		expect(before.tasks.flatMap((t) => t.checks.filter((c) => c.passed).map((c) => `${t.id}: ${c.label}`))).toEqual([]);
		for (const task of set.tasks) {
			expect(task.solution, task.id).toBeDefined();
			await run(task.solution!);
		}
		const after = gradeExam(local, runtime.snapshot());
		const failed = after.tasks.flatMap((t) => t.checks.filter((c) => !c.passed).map((c) => `${t.id}: ${c.label} (found ${JSON.stringify(c.found)})`));
		expect(failed).toEqual([]);
		expect(after.percent).toBe(100);
	});
});
