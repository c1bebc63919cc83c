// A class's progress files read together: one row per student, one column per lesson. Pure: the CLI
// (src/cli/class.ts) reads the folder and writes the files; this only computes and renders.
import { parseProgressFile, summarize, type OutlineLesson, type ProgressSummary } from '../course/progress-report.ts';
import type { ReportLang } from './class-strings.ts';

/** One file of the folder: its name (the student's, without `.json`) and its text. */
export interface ClassFile {
	name: string;
	text: string;
}

/** An exam attempt as the file's summary lists it (files from course versions with exams). */
export interface ExamScore {
	set: string;
	mode: string;
	percent: number;
}

/** A grader assignment score for one student (`--assignment`), as points out of a maximum. */
export interface AssignmentScore {
	score: number;
	max: number;
}

export interface StudentRow {
	student: string;
	exportedAt: string | undefined;
	summary: ProgressSummary;
	/** The best attempt per exam set. */
	exams: ExamScore[];
	assignment?: AssignmentScore | undefined;
}

export interface LessonColumn extends OutlineLesson {
	read: number;
	quizzes: number;
}

export interface ClassReport {
	students: StudentRow[];
	lessons: LessonColumn[];
	/** Files that could not be read, with the reason in both languages. */
	rejected: { name: string; message: Record<ReportLang, string> }[];
	/** Assignment scores for students with no progress file (a name typed differently, a file not handed in). */
	unmatchedAssignments: string[];
}

function examScores(text: string): ExamScore[] {
	let raw: unknown;
	try {
		raw = (JSON.parse(text) as { summary?: { exams?: unknown } } | null)?.summary?.exams;
	} catch {
		return [];
	}
	if (!Array.isArray(raw)) return [];
	const best = new Map<string, ExamScore>();
	for (const a of raw as Partial<ExamScore>[]) {
		if (!a || typeof a.set !== 'string' || typeof a.percent !== 'number' || !Number.isFinite(a.percent) || a.mode !== 'exam') continue;
		const percent = Math.max(0, Math.min(100, a.percent));
		if ((best.get(a.set)?.percent ?? -1) < percent) best.set(a.set, { set: a.set, mode: a.mode, percent });
	}
	return [...best.values()].sort((x, y) => x.set.localeCompare(y.set));
}

function exportedAt(text: string): string | undefined {
	try {
		const at = (JSON.parse(text) as { exportedAt?: unknown } | null)?.exportedAt;
		return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Reads every file; a file that is not a progress file is listed in `rejected`, never thrown on.
 * @param assignments grader scores by student name (the file name without `.json`), if any
 */
export function buildClassReport(
	files: readonly ClassFile[],
	lessons: readonly OutlineLesson[],
	assignments: ReadonlyMap<string, AssignmentScore> = new Map(),
): ClassReport {
	const students: StudentRow[] = [];
	const rejected: ClassReport['rejected'] = [];
	for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
		const parsed = parseProgressFile(file.text);
		if (!parsed.ok) {
			rejected.push({ name: file.name, message: { en: parsed.message.en, 'zh-cn': parsed.message['zh-CN'] } });
			continue;
		}
		students.push({
			student: file.name,
			exportedAt: exportedAt(file.text),
			summary: summarize(parsed.progress, lessons),
			exams: examScores(file.text),
			assignment: assignments.get(file.name),
		});
	}
	const columns = lessons.map((l, i) => ({
		...l,
		read: students.filter((s) => s.summary.lessons[i]?.read).length,
		quizzes: students.filter((s) => s.summary.lessons[i]?.quiz).length,
	}));
	const known = new Set(students.map((s) => s.student));
	return { students, lessons: columns, rejected, unmatchedAssignments: [...assignments.keys()].filter((n) => !known.has(n)).sort() };
}

/**
 * Reads a grader's assignment scores: an array (or `{ students: [...] }`) of `{ student, score, max }`.
 * Entries without a name or with scores that are not numbers are skipped; a file that is not JSON throws
 * an Error whose message says so.
 */
export function parseAssignmentScores(text: string): Map<string, AssignmentScore> {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new Error('the assignment file is not valid JSON');
	}
	const list = Array.isArray(value) ? value : (value as { students?: unknown } | null)?.students;
	if (!Array.isArray(list)) throw new Error('the assignment file holds no list of students ([{ "student", "score", "max" }])');
	const scores = new Map<string, AssignmentScore>();
	for (const entry of list as { student?: unknown; score?: unknown; max?: unknown }[]) {
		if (!entry || typeof entry.student !== 'string' || typeof entry.score !== 'number' || typeof entry.max !== 'number') continue;
		if (!Number.isFinite(entry.score) || !Number.isFinite(entry.max) || entry.max <= 0) continue;
		scores.set(entry.student.replace(/\.json$/i, ''), { score: entry.score, max: entry.max });
	}
	return scores;
}
