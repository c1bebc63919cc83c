// `npm run class -- folder/`: reads a class's progress files (the JSON each student exports from the
// course home page; the file's name is taken as the student's) and writes class-report.html and
// class-report.csv into the folder (or --out). A file that is not a progress file is named in the report
// and on stderr, and the others are still read. The computing is in src/lib/class/.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { courseLessons } from './shared/course-lessons.ts';
import { parseCommand, processIo, type CliIo } from './shared/cli-io.ts';
import type { OutlineLesson } from '../lib/course/progress-report.ts';
import { buildClassReport, parseAssignmentScores, type AssignmentScore, type ClassFile } from '../lib/class/class-report.ts';
import { classCsv, classHtml } from '../lib/class/class-render.ts';
import type { ReportLang } from '../lib/class/class-strings.ts';

const USAGE = `Usage: npm run class -- [options] <folder>

Reads every *.json progress file in <folder> (name each file after its student: li-wei.json) and writes
class-report.html and class-report.csv.

  --lang en|zh-cn        the report's language (default: en)
  --assignment FILE      grader scores to merge in: [{ "student": "li-wei", "score": 8, "max": 10 }]
  --out FOLDER           where to write the report (default: <folder>)
  -h, --help             this text`;

/** The course's lessons as the report lists them. */
export const reportLessons = (lang: ReportLang): OutlineLesson[] => courseLessons(lang).map(({ key, title }) => ({ key, title }));

export function runClass(argv: string[], io: CliIo = processIo): number {
	const parsed = parseCommand('class', USAGE, argv, { lang: { type: 'string', default: 'en' }, assignment: { type: 'string' }, out: { type: 'string' } }, io);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	const lang = (values.lang ?? 'en').toLowerCase();
	if ((lang !== 'en' && lang !== 'zh-cn') || positionals.length !== 1) {
		io.err(`npm run class: ${positionals.length !== 1 ? 'give one folder of progress files' : `--lang must be en or zh-cn, not "${values.lang}"`}.\n${USAGE}\n`);
		return 2;
	}
	const folder = resolve(positionals[0] ?? '.');
	if (!existsSync(folder) || !statSync(folder).isDirectory()) {
		io.err(`npm run class: ${positionals[0]} is not a folder.\n`);
		return 1;
	}
	let assignments: Map<string, AssignmentScore> = new Map();
	if (values.assignment) {
		try {
			assignments = parseAssignmentScores(readFileSync(resolve(values.assignment), 'utf8'));
		} catch (error) {
			io.err(`npm run class: cannot use ${values.assignment}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.\n`);
			return 1;
		}
	}
	const files: ClassFile[] = readdirSync(folder)
		.filter((f) => f.toLowerCase().endsWith('.json') && statSync(join(folder, f)).isFile())
		.map((f) => ({ name: basename(f, f.slice(-5)), text: readFileSync(join(folder, f), 'utf8') }));
	const report = buildClassReport(files, reportLessons(lang), assignments);
	for (const r of report.rejected) io.err(`${r.name}.json: ${r.message.en}\n`);
	for (const name of report.unmatchedAssignments) io.err(`${name}: an assignment score, but no ${name}.json progress file\n`);
	const outDir = resolve(values.out ?? folder);
	mkdirSync(outDir, { recursive: true });
	const date = new Intl.DateTimeFormat(lang === 'en' ? 'en' : 'zh-CN', { dateStyle: 'long' }).format(new Date());
	writeFileSync(join(outDir, 'class-report.html'), classHtml(report, lang, date));
	writeFileSync(join(outDir, 'class-report.csv'), classCsv(report, lang));
	io.out(`${report.students.length} students, ${report.rejected.length} files not read → ${join(outDir, 'class-report.html')}, class-report.csv\n`);
	return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = runClass(process.argv.slice(2));
