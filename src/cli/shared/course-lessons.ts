// The course's lessons in one language, in course order, read from the lesson files (their frontmatter's
// title and sidebar order), for the CLIs that work without a site build (`npm run class`, `npm run quizzes`).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { lessonsForLocale } from '../../lib/course/outline.ts';
import { lessonKey } from '../../lib/course/progress-keys.ts';

export type CourseLang = 'en' | 'zh-cn';

export interface CourseLesson {
	/** Locale-free, as progress records it: `lessons/pods`. */
	key: string;
	slug: string;
	title: string;
	/** Its number in the course, from 1. */
	number: number;
	/** The lesson's MDX source. */
	source: string;
}

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function courseLessons(lang: CourseLang, root = projectRoot): CourseLesson[] {
	const dir = join(root, lang === 'en' ? 'content/docs/lessons' : `content/docs/${lang}/lessons`);
	const entries = readdirSync(dir)
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => {
			const source = readFileSync(join(dir, f), 'utf8');
			const data = (parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') ?? {}) as { title?: string; sidebar?: { order?: number } };
			const slug = f.replace(/\.mdx?$/, '');
			return { id: `${lang === 'en' ? '' : `${lang}/`}lessons/${slug}`, title: data.title ?? slug, order: data.sidebar?.order, slug, source };
		});
	const bySlug = new Map(entries.map((e) => [e.id, e]));
	return lessonsForLocale(entries, lang === 'en' ? undefined : lang).map((e, i) => {
		const entry = bySlug.get(e.id);
		return { key: lessonKey(e.id), slug: entry?.slug ?? '', title: e.title, number: i + 1, source: entry?.source ?? '' };
	});
}
