// `npm run class`: a class's progress files (tests/fixtures/class/) read into one report, bad files named
// and skipped, grader scores merged in, written as CSV and one self-contained HTML page in both languages.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildClassReport, parseAssignmentScores, type ClassFile } from '../../../src/lib/class/class-report.ts';
import { classCsv, classHtml, csvField } from '../../../src/lib/class/class-render.ts';
import { reportLessons, runClass } from '../../../src/cli/class.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/class/', import.meta.url));
const assignmentFile = fileURLToPath(new URL('../../fixtures/class-assignment/assignment.json', import.meta.url));
const files: ClassFile[] = readdirSync(fixtures).map((f) => ({ name: f.replace(/\.json$/, ''), text: readFileSync(join(fixtures, f), 'utf8') }));
const lessons = reportLessons('en');

describe('the class report', () => {
	const report = buildClassReport(files, lessons, parseAssignmentScores(readFileSync(assignmentFile, 'utf8')));

	test('has a row per readable file, named after it, with what the student did', () => {
		expect(report.students.map((s) => s.student)).toEqual(['ana-garcia', 'li-wei']);
		const li = report.students[1];
		expect(li?.summary).toMatchObject({ lessonsRead: 2, quizzesPassed: 1, exercisesPassed: ['pod-liveness'], steps: { done: 2, shown: 0 } });
		expect(li?.exportedAt).toBe('2026-11-22T12:00:00.000Z');
		const ana = report.students[0];
		expect(ana?.summary.exercisesShown).toEqual(['playground:rc-replace-scale-release']);
		expect(ana?.summary.steps).toEqual({ done: 0, shown: 1 });
	});

	test('counts each lesson over the class, in course order', () => {
		expect(lessons[0]?.key).toBe('lessons/start-here');
		const column = (key: string) => report.lessons.find((l) => l.key === key);
		expect(column('lessons/start-here')).toMatchObject({ read: 1, quizzes: 1 });
		expect(column('lessons/probes')).toMatchObject({ read: 1, quizzes: 1 });
		expect(column('lessons/pods')).toMatchObject({ read: 1, quizzes: 0 });
		expect(column('lessons/storage')).toMatchObject({ read: 0, quizzes: 0 });
	});

	test('names every file it could not read, with the reason in both languages', () => {
		expect(report.rejected.map((r) => r.name)).toEqual(['from-the-future', 'notes', 'truncated']);
		expect(report.rejected.map((r) => r.message.en)).toEqual([
			expect.stringContaining('newer version'),
			expect.stringContaining('not a Kube Classroom progress file'),
			expect.stringContaining('not valid JSON'),
		]);
		for (const r of report.rejected) expect(r.message['zh-cn']).toMatch(/\p{Script=Han}/u);
	});

	test('keeps the best exam attempt per set, not practice runs', () => {
		expect(report.students[0]?.exams).toEqual([{ set: 'cka-basics', mode: 'exam', percent: 80 }]);
		expect(report.students[1]?.exams).toEqual([]);
	});

	test('merges grader scores by student name and lists the scores with no file', () => {
		expect(report.students.map((s) => s.assignment)).toEqual([
			{ score: 6.5, max: 10 },
			{ score: 8, max: 10 },
		]);
		expect(report.unmatchedAssignments).toEqual(['sam']);
		expect(() => parseAssignmentScores('{')).toThrow('not valid JSON');
		expect(() => parseAssignmentScores('{"rows": []}')).toThrow('no list of students');
	});

	test('the CSV has a header, a row per student and a read and a quiz column per lesson', () => {
		const lines = classCsv(report, 'en').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
		expect(lines).toHaveLength(3);
		// Commas inside quotes do not split: "Namespaces, resources and QoS (R)" is one field.
		const fields = (line = '') => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
		for (const line of lines) expect(fields(line)).toHaveLength(10 + 2 * lessons.length);
		expect(fields(lines[0])).toContain('"Namespaces, resources and QoS (R)"');
		expect(lines[0]).toMatch(/^Student,Exported,Lessons read,Quizzes passed,/);
		expect(lines[2]).toMatch(/^li-wei,2026-11-22T12:00:00.000Z,2,1,1,0,2,0,,8\/10,1,1,/);
		expect(classCsv(report, 'zh-cn')).toContain('学生,导出时间');
	});

	test('CSV fields are quoted where needed and formulas defused', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvField(-1)).toBe('-1');
	});

	test('the HTML page is self-contained, escapes names, and says a handed-in file can be edited', () => {
		const html = classHtml(buildClassReport([{ name: '<b>x</b>', text: readFileSync(join(fixtures, 'li-wei.json'), 'utf8') }], lessons), 'en', 'today');
		expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
		expect(html).not.toContain('<b>x</b>');
		expect(html).not.toMatch(/<script|<link|src=|url\(/);
		expect(html).toContain('anyone can edit it');
		const zh = classHtml(report, 'zh-cn', '今天');
		expect(zh).toContain('<html lang="zh-CN">');
		expect(zh).toContain('任何人都可以在提交前修改它');
		expect(zh).toContain('<strong>truncated</strong>: 这个文件不是进度文件：它不是有效的 JSON。');
	});
});

describe('npm run class', () => {
	const io = () => {
		const out: string[] = [];
		const err: string[] = [];
		return { out, err, io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) } };
	};

	test('writes the HTML and the CSV, and names the bad files on stderr', () => {
		const dir = mkdtempSync(join(tmpdir(), 'class-'));
		const run = io();
		expect(runClass([fixtures, '--out', dir, '--lang', 'zh-cn', '--assignment', assignmentFile], run.io)).toBe(0);
		expect(readdirSync(dir).sort()).toEqual(['class-report.csv', 'class-report.html']);
		expect(readFileSync(join(dir, 'class-report.html'), 'utf8')).toContain('班级报告');
		expect(run.err.join('')).toMatch(/truncated\.json: .*not valid JSON/);
		expect(run.err.join('')).toMatch(/sam: an assignment score, but no sam\.json/);
		expect(run.out.join('')).toMatch(/^2 students, 3 files not read/);
	});

	test('a missing folder, a bad assignment file or wrong options give a message, not a crash', () => {
		const a = io();
		expect(runClass(['/no/such/folder'], a.io)).toBe(1);
		expect(a.err.join('')).toContain('is not a folder');
		const b = io();
		expect(runClass([fixtures, '--assignment', join(fixtures, 'truncated.json'), '--out', mkdtempSync(join(tmpdir(), 'class-'))], b.io)).toBe(1);
		expect(b.err.join('')).toContain('not valid JSON');
		const c = io();
		expect(runClass([fixtures, '--lang', 'fr'], c.io)).toBe(2);
		expect(c.err.join('')).toContain('--lang must be en or zh-cn');
		const d = io();
		expect(runClass(['--nope'], d.io)).toBe(2);
	});
});

describe('the progress file format', () => {
	const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../public/schemas/kube-classroom-progress-1.schema.json', import.meta.url)), 'utf8'));

	test('the published JSON Schema describes every field an export writes, at the version it writes', async () => {
		const { exportProgress } = await import('../../../src/lib/course/progress-report.ts');
		const file = exportProgress({ version: 1, exercises: { 'read:lessons/pods': { passedAt: '2026-11-01T10:00:00.000Z', shown: true } } }, lessons, new Date());
		expect(schema.properties.format.const).toBe(file.format);
		expect(schema.properties.version.const).toBe(file.version);
		expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(file).sort());
		for (const key of Object.keys(file.summary)) expect(schema.properties.summary.properties, `summary.${key}`).toHaveProperty(key);
		for (const key of Object.keys(file.summary.lessons[0] ?? {})) expect(schema.properties.summary.properties.lessons.items.properties).toHaveProperty(key);
		const entry = schema.properties.progress.properties.exercises.additionalProperties.properties;
		for (const key of Object.keys(file.progress.exercises['read:lessons/pods'] ?? {})) expect(entry).toHaveProperty(key);
		expect(schema.description).toContain('anyone can edit');
	});
});
