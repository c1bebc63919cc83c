// The class report as CSV (one row per student, a read and a quiz column per lesson) and as one
// self-contained HTML page (no scripts, no external files: it can be mailed or opened offline).
import type { ClassReport, StudentRow } from './class-report.ts';
import { CLASS_STRINGS, type ReportLang } from './class-strings.ts';

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180); a leading = + - @ is defused for spreadsheets. */
export function csvField(value: string | number): string {
	let s = String(value);
	if (/^[=+\-@]/.test(s) && typeof value === 'string') s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const examText = (row: StudentRow) => row.exams.map((e) => `${e.set} ${Math.round(e.percent)}%`).join('; ');
const assignmentText = (row: StudentRow) => (row.assignment ? `${row.assignment.score}/${row.assignment.max}` : '');

export function classCsv(report: ClassReport, lang: ReportLang): string {
	const t = CLASS_STRINGS[lang];
	const header = [
		t.student,
		t.exported,
		t.lessonsRead,
		t.quizzesPassed,
		t.exercisesDone,
		t.exercisesShown,
		t.stepsDone,
		t.stepsShown,
		t.exams,
		t.assignment,
		...report.lessons.flatMap((l) => [`${l.title} (R)`, `${l.title} (Q)`]),
	];
	const rows = report.students.map((s) => [
		s.student,
		s.exportedAt ?? '',
		s.summary.lessonsRead,
		s.summary.quizzesPassed,
		s.summary.exercisesPassed.length,
		s.summary.exercisesShown.length,
		s.summary.steps.done,
		s.summary.steps.shown,
		examText(s),
		assignmentText(s),
		...s.summary.lessons.flatMap((l) => [l.read ? 1 : 0, l.quiz ? 1 : 0]),
	]);
	// A byte order mark, so spreadsheet programs read the Chinese headings as UTF-8.
	return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export function classHtml(report: ClassReport, lang: ReportLang, date: string): string {
	const t = CLASS_STRINGS[lang];
	const n = report.lessons.length;
	const mark = (read: boolean, quiz: boolean) => (read && quiz ? 'RQ' : read ? 'R' : quiz ? 'Q' : '—');
	const studentRows = report.students
		.map(
			(s) =>
				`<tr><th scope="row">${esc(s.student)}</th><td>${esc(s.exportedAt?.slice(0, 10) ?? '')}</td>` +
				`<td>${s.summary.lessonsRead}/${n}</td><td>${s.summary.quizzesPassed}/${n}</td>` +
				`<td>${s.summary.exercisesPassed.length}</td><td>${s.summary.exercisesShown.length}</td>` +
				`<td>${s.summary.steps.done}</td><td>${s.summary.steps.shown}</td>` +
				`<td>${esc(examText(s))}</td><td>${esc(assignmentText(s))}</td></tr>`,
		)
		.join('\n');
	const markRows = report.students
		.map(
			(s) =>
				`<tr><th scope="row">${esc(s.student)}</th>` +
				s.summary.lessons.map((l) => `<td class="m${l.read ? ' r' : ''}${l.quiz ? ' q' : ''}">${mark(l.read, l.quiz)}</td>`).join('') +
				'</tr>',
		)
		.join('\n');
	const lessonHeads = report.lessons.map((l, i) => `<th scope="col" title="${esc(l.title)}">${i + 1}</th>`).join('');
	const lessonRows = report.lessons
		.map((l, i) => `<tr><td>${i + 1}</td><th scope="row">${esc(l.title)}</th><td>${l.read}/${report.students.length}</td><td>${l.quizzes}/${report.students.length}</td></tr>`)
		.join('\n');
	const list = (title: string, items: string[]) => (items.length ? `<h2>${esc(title)}</h2><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '');
	return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; color: #1b1b1f; }
h1 { margin: 0 0 .25rem; }
.note { max-width: 60rem; padding: .5rem .75rem; border-inline-start: 4px solid #b26a00; background: #fff6e5; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin-block: 1rem; }
th, td { border: 1px solid #ccc; padding: .2rem .45rem; text-align: center; white-space: nowrap; }
th[scope=row] { text-align: start; }
thead th { background: #f0f0f3; position: sticky; top: 0; white-space: normal; }
td.m { color: #888; min-width: 1.6rem; }
td.r { background: #e6f0ff; color: #1b1b1f; }
td.q { background: #dff5e1; color: #1b1b1f; }
td.r.q { background: #bfe8c5; }
@media print { body { margin: 0; } .scroll { overflow: visible; } }
</style>
</head>
<body>
<h1>${esc(t.title)}</h1>
<p>${esc(t.lead(report.students.length, report.rejected.length, date))}</p>
<p class="note">${esc(t.editable)}</p>
<div class="scroll"><table>
<thead><tr><th scope="col">${esc(t.student)}</th><th scope="col">${esc(t.exported)}</th><th scope="col">${esc(t.lessonsRead)}</th><th scope="col">${esc(t.quizzesPassed)}</th><th scope="col">${esc(t.exercisesDone)}</th><th scope="col">${esc(t.exercisesShown)}</th><th scope="col">${esc(t.stepsDone)}</th><th scope="col">${esc(t.stepsShown)}</th><th scope="col">${esc(t.exams)}</th><th scope="col">${esc(t.assignment)}</th></tr></thead>
<tbody>
${studentRows}
</tbody></table></div>
<h2>${esc(t.byLesson)}</h2>
<p>${esc(t.legend)}</p>
<div class="scroll"><table class="marks">
<thead><tr><th scope="col">${esc(t.student)}</th>${lessonHeads}</tr></thead>
<tbody>
${markRows}
</tbody></table></div>
<h2>${esc(t.perLesson)}</h2>
<table>
<thead><tr><th scope="col">#</th><th scope="col">${esc(t.lesson)}</th><th scope="col">${esc(t.readBy)}</th><th scope="col">${esc(t.quizPassedBy)}</th></tr></thead>
<tbody>
${lessonRows}
</tbody></table>
${list(t.notRead, report.rejected.map((r) => `<strong>${esc(r.name)}</strong>: ${esc(r.message[lang])}`))}
${list(t.unmatched, report.unmatchedAssignments.map(esc))}
</body>
</html>
`;
}
