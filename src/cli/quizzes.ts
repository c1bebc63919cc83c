// `npm run quizzes -- --format gift|qti [--lang en|zh-cn]`: every lesson's quiz for another learning
// platform. GIFT is one text file Moodle imports (Question bank → Import → GIFT); QTI 2.1 is a content
// package (a zip with imsmanifest.xml and one item per question). Written to dist/quizzes/ unless --out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { courseLessons, type CourseLang } from './shared/course-lessons.ts';
import { parseCommand, processIo, type CliIo } from './shared/cli-io.ts';
import { readQuiz } from '../lib/quizzes/read-quiz.ts';
import { toGift, type LessonQuiz } from '../lib/quizzes/gift.ts';
import { qtiItem, qtiItemFile, qtiManifest } from '../lib/quizzes/qti.ts';

const USAGE = `Usage: npm run quizzes -- --format gift|qti [options]

Exports every lesson's quiz: GIFT for Moodle's question bank, or a QTI 2.1 package (zip).

  --format gift|qti      the format (required)
  --lang en|zh-cn        the language (default: both, one file each)
  --out FOLDER           where to write (default: dist/quizzes)
  -h, --help             this text`;

const COURSE: Record<CourseLang, string> = { en: 'Kube Classroom', 'zh-cn': 'Kube 课堂' };
const LANG_TAG: Record<CourseLang, string> = { en: 'en', 'zh-cn': 'zh-CN' };

export function lessonQuizzes(lang: CourseLang): LessonQuiz[] {
	return courseLessons(lang).map((l) => ({ slug: l.slug, title: l.title, number: l.number, items: readQuiz(l.source) }));
}

/** The files of one language's export: name → contents. */
export function exportQuizzes(format: 'gift' | 'qti', lang: CourseLang): { name: string; data: Uint8Array }[] {
	const lessons = lessonQuizzes(lang);
	if (format === 'gift') return [{ name: `kube-classroom-quizzes-${lang}.gift.txt`, data: strToU8(toGift(lessons, COURSE[lang])) }];
	const files: Record<string, Uint8Array> = { 'imsmanifest.xml': strToU8(qtiManifest(lessons, `kube-classroom-quizzes-${lang}`)) };
	for (const lesson of lessons) for (const item of lesson.items) files[qtiItemFile(lesson.slug, item.number)] = strToU8(qtiItem(lesson, item, LANG_TAG[lang]));
	return [{ name: `kube-classroom-quizzes-${lang}.qti.zip`, data: zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }) }];
}

export function runQuizzes(argv: string[], io: CliIo = processIo): number {
	const parsed = parseCommand('quizzes', USAGE, argv, { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } }, io);
	if (typeof parsed === 'number') return parsed;
	const { values } = parsed;
	const format = values.format?.toLowerCase();
	const lang = values.lang?.toLowerCase();
	const langs: CourseLang[] = lang === 'en' || lang === 'zh-cn' ? [lang] : ['en', 'zh-cn'];
	if ((format !== 'gift' && format !== 'qti') || (lang !== undefined && langs.length !== 1)) {
		io.err(`npm run quizzes: ${format !== 'gift' && format !== 'qti' ? `--format must be gift or qti${values.format ? `, not "${values.format}"` : ''}` : `--lang must be en or zh-cn, not "${values.lang}"`}.\n${USAGE}\n`);
		return 2;
	}
	const outDir = resolve(values.out ?? fileURLToPath(new URL('../../dist/quizzes/', import.meta.url)));
	mkdirSync(outDir, { recursive: true });
	for (const l of langs) {
		const questions = lessonQuizzes(l).reduce((n, q) => n + q.items.length, 0);
		for (const file of exportQuizzes(format, l)) {
			writeFileSync(join(outDir, file.name), file.data);
			io.out(`[${l}] ${questions} questions → ${join(outDir, file.name)}\n`);
		}
	}
	return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = runQuizzes(process.argv.slice(2));
