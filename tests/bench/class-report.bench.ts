// Class report speed, printed as figures (not a timed test). Target from issue 18: a class of 200 students
// in under 5 s, from reading the folder to writing the HTML and the CSV. Run: npm run bench
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportLessons, runClass } from '../../src/cli/class.ts';
import { exportProgress, type ProgressData } from '../../src/lib/course/progress-report.ts';

const STUDENTS = 200;
const lessons = reportLessons('en');
const dir = mkdtempSync(join(tmpdir(), 'class-bench-'));
// A deterministic class: student i has read the first lessons up to a point, passed most of their quizzes
// and done some playground steps, as an export from the course home page would hold.
for (let i = 0; i < STUDENTS; i++) {
	const exercises: ProgressData['exercises'] = {};
	const at = new Date(Date.UTC(2026, 10, 1, 8, i % 60)).toISOString();
	lessons.slice(0, 1 + (i % lessons.length)).forEach((l, n) => {
		exercises[`read:${l.key}`] = { passedAt: at };
		if ((i + n) % 3 !== 0) exercises[`quiz:${l.key}`] = { passedAt: at };
		for (let step = 1; step <= 4; step++) exercises[`playground:${l.key.slice(8)}/step-${step}`] = step + n < 5 ? { passedAt: at } : { passedAt: at, shown: true };
	});
	const file = exportProgress({ version: 1, exercises }, lessons, new Date(at));
	writeFileSync(join(dir, `student-${String(i).padStart(3, '0')}.json`), JSON.stringify(file, null, 2));
}
writeFileSync(join(dir, 'broken.json'), '{"format":');

const started = performance.now();
const code = runClass([dir, '--lang', 'zh-cn'], { out: () => {}, err: () => {} });
const seconds = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });
console.log(`class report: ${STUDENTS} students × ${lessons.length} lessons, one bad file: ${seconds.toFixed(2)} s (goal < 5 s)`);
if (code !== 0 || seconds >= 5) {
	console.log(code !== 0 ? `npm run class exited ${code}` : 'over the goal');
	process.exitCode = 1;
}
