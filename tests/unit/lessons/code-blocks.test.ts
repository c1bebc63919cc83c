// Every lesson's code runs (issue 7): YAML blocks through the validator, kubectl blocks through the
// simulator, in both locales. Conventions (see lesson-blocks.ts): ```yaml title="x.yaml" is what
// `-f x.yaml` reads; ```yaml expect-error must be rejected; ```sh blocks replay in order on one
// fresh cluster per lesson; ```sh title="x.session" is a playground scenario, run on its own fresh
// cluster; ```sh real-cluster blocks only make sense on a real cluster and are not replayed.
import { describe, expect, it } from 'vitest';
import { createRuntime, parseSession, type ClusterRuntime } from '../../../src/lib/session/index.ts';
import { validateManifest } from '../../../src/lib/validate/index.ts';
import { readLessons, REAL_CLUSTER, type CodeBlock, type Lesson } from './lesson-blocks.ts';

// What a failing command says when the simulator lacks something a real cluster has.
const LIMITATION = /unknown command|unknown flag|unknown shorthand flag|not supported|the simulator (?:cannot|does not)|doesn't have a resource type|command not found/;
// A learner reads the output before typing the next command.
const BETWEEN_COMMANDS_MS = 10_000;

const lessons = readLessons();
const isSession = (b: CodeBlock): boolean => b.lang === 'sh' && (b.title?.endsWith('.session') ?? false);
const commandBlocks = (l: Lesson): CodeBlock[] => l.blocks.filter((b) => b.lang === 'sh' && !isSession(b));

function runtimeFor(lesson: Lesson): ClusterRuntime {
	const files = new Map(lesson.blocks.filter((b) => b.title !== undefined).map((b) => [b.title!, b.body]));
	return createRuntime({
		readFile: (path) => {
			const text = files.get(path);
			if (text === undefined) throw new Error(`ENOENT: ${path}`);
			return text;
		},
	});
}

/** Replays a block's lines; returns the problems: non-kubectl lines and simulator limitations. */
function replay(runtime: ClusterRuntime, lesson: Lesson, block: CodeBlock, pause: number): string[] {
	const problems: string[] = [];
	for (const step of parseSession(block.body)) {
		const where = `${lesson.path}:${block.line + step.line}`;
		if (step.kind === 'error') problems.push(`${where}: ${step.message}`);
		if (step.kind !== 'kubectl') {
			if (step.kind !== 'comment') runtime.run(step.kind === 'shell' ? step.command : step.text);
			continue;
		}
		const entry = runtime.kubectl(step.command);
		if (entry.exitCode !== 0 && LIMITATION.test(entry.output)) problems.push(`${where}: ${step.command.split('\n')[0]} → ${entry.output.trim()}`);
		runtime.advance(pause);
	}
	return problems;
}

describe('lesson code blocks', () => {
	it('finds the lessons of both locales with their blocks', () => {
		expect(lessons.some((l) => l.path.startsWith('lessons/'))).toBe(true);
		expect(lessons.some((l) => l.path.startsWith('zh-cn/lessons/'))).toBe(true);
		expect(lessons.flatMap((l) => l.blocks).filter((b) => b.lang === 'yaml').length).toBeGreaterThan(10);
	});

	describe.each(lessons.map((l) => [l.path, l] as const))('%s', (_path, lesson) => {
		it('YAML blocks validate; expect-error blocks are rejected', () => {
			for (const block of lesson.blocks.filter((b) => b.lang === 'yaml')) {
				const errors = validateManifest(block.body).diagnostics.filter((d) => d.severity === 'error');
				const where = `${lesson.path}:${block.line} ${block.title ?? ''}`;
				if (block.meta.includes('expect-error')) expect(errors.length, where).toBeGreaterThan(0);
				else expect(errors.map((e) => e.apiMessage), where).toEqual([]);
			}
		});

		it('every `-f FILE` names a block of the lesson', () => {
			const titles = new Set(lesson.blocks.map((b) => b.title));
			for (const block of lesson.blocks.filter((b) => b.lang === 'sh')) {
				for (const [, file] of block.body.matchAll(/(?:^|\s)(?:-f|--filename)[=\s]+(\S+)/g)) {
					if (file !== '-') expect(titles.has(file), `${lesson.path}:${block.line} -f ${file}`).toBe(true);
				}
			}
		});

		it('kubectl blocks replay in order on a simulated cluster', async () => {
			const runtime = runtimeFor(lesson);
			const blocks = commandBlocks(lesson).filter((b) => !b.meta.includes(REAL_CLUSTER));
			for (const b of blocks) await runtime.prepare(b.body);
			const problems = blocks.flatMap((b) => replay(runtime, lesson, b, BETWEEN_COMMANDS_MS));
			expect(problems).toEqual([]);
		});

		it('playground scenarios run on a fresh cluster', async () => {
			for (const block of lesson.blocks.filter(isSession)) {
				const runtime = runtimeFor(lesson);
				await runtime.prepare(block.body);
				expect(replay(runtime, lesson, block, 0)).toEqual([]);
			}
		});

		it('real-cluster blocks hold kubectl commands only', () => {
			for (const block of commandBlocks(lesson).filter((b) => b.meta.includes(REAL_CLUSTER))) {
				for (const step of parseSession(block.body)) expect(step.kind, `${lesson.path}:${block.line + step.line}`).not.toBe('error');
			}
		});
	});
});
