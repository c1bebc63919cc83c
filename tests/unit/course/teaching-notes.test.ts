// The teacher's edition's notes (content/teaching/<lang>/<slug>.yaml): one per lesson in each language,
// in the shape the content collection checks, and every demonstration runs on the simulated cluster
// without a failing command, as `npm run kube -- demo.session` would replay it in class.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { teachingNotesSchema } from '../../../src/lib/course/teaching-notes.ts';
import { createRuntime } from '../../../src/lib/session/index.ts';

const root = new URL('../../../', import.meta.url);
const slugs = (dir: string) =>
	readdirSync(new URL(dir, root))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.replace(/\.mdx$/, ''))
		.sort();
const LANGS = { en: 'content/docs/lessons/', 'zh-cn': 'content/docs/zh-cn/lessons/' } as const;

describe.each(Object.entries(LANGS))('teaching notes in %s', (lang, lessonsDir) => {
	const dir = `content/teaching/${lang}/`;
	const files = readdirSync(new URL(dir, root)).sort();

	test('every lesson has notes, and every notes file belongs to a lesson', () => {
		expect(files.map((f) => f.replace(/\.yaml$/, ''))).toEqual(slugs(lessonsDir));
	});

	test.each(files)('%s has a time, a plan, 2–3 misconceptions, questions and a demonstration', (file) => {
		const notes = teachingNotesSchema.parse(parse(readFileSync(new URL(dir + file, root), 'utf8')));
		expect(notes.misconceptions.length).toBeGreaterThanOrEqual(2);
		// The book sets the first sentence (the belief) apart from the rest (the correction).
		for (const line of notes.misconceptions) expect(line).toMatch(/^.+?[.?!。？！]\s*\S/s);
		if (lang === 'zh-cn') for (const line of [...notes.plan, ...notes.misconceptions, ...notes.discussion]) expect(line).toMatch(/\p{Script=Han}/u);
	});

	test.each(files)('%s: the demonstration runs without a failing command', async (file) => {
		const { session } = teachingNotesSchema.parse(parse(readFileSync(new URL(dir + file, root), 'utf8'))).demonstrate;
		const runtime = createRuntime();
		await runtime.prepare(session);
		const failed = runtime.run(session).filter((entry) => entry.exitCode !== 0);
		expect(failed.map(({ command, output }) => `${command}: ${output}`)).toEqual([]);
		expect(session).toMatch(/^kubectl /m);
	});
});
