/**
 * An exam's task set, as a teacher writes it in `content/exams/<id>.yaml`: a cluster to start from (a
 * session, as in a lesson's scenario), a time limit and tasks, each graded on the cluster's end state
 * with the lab's checks (src/lib/lab/checks.ts), one sub-task per check. Words are a string, or one per
 * language (`{ en: …, zh-cn: … }`); a language without its own words shows the English.
 *
 * `validateExamSet` reads the parsed file and names every problem with its place in the file, so the
 * build stops with a message a teacher can act on.
 */
import type { StateCheck } from '../lab/checks.ts';

export type ExamLang = 'en' | 'zh-cn';
/** Words in one language for all, or per language (English required). */
export type Words = string | { en: string; 'zh-cn'?: string };

export interface ExamCheck {
	label: Words;
	/** The rest is a StateCheck without its label. */
	[field: string]: unknown;
}

export interface ExamTask {
	/** Stable within the set: names the task in results and progress files. */
	id: string;
	title: Words;
	/** What to do, as the exam says it. */
	task: Words;
	/** Shown in practice mode only. */
	hint?: Words;
	/** The lesson that teaches it: its slug (`replicasets-and-deployments`), optionally with `#anchor`. */
	lesson?: string;
	/** Points the task is worth, shared equally by its checks. @default 1 */
	weight?: number;
	checks: ExamCheck[];
	/** Session text that does the task: never shown, the tests run it to prove the task can be done. */
	solution?: string;
}

export interface ExamSet {
	id: string;
	title: Words;
	description?: Words;
	/** The time limit. */
	minutes: number;
	/** Session text that sets up the cluster before the first task. @default '' */
	setup?: string;
	/** Worker nodes. @default 3 */
	nodes?: number;
	/** The simulated cluster's random seed. @default 1 */
	seed?: number;
	tasks: ExamTask[];
}

/** A task as the page shows and grades it: words in one language, checks ready for the lab. */
export interface LocalTask {
	id: string;
	title: string;
	task: string;
	hint?: string;
	lesson?: string;
	weight: number;
	checks: StateCheck[];
}

export interface LocalSet {
	id: string;
	title: string;
	description?: string;
	minutes: number;
	setup: string;
	nodes: number;
	seed: number;
	tasks: LocalTask[];
}

const CHECK_KINDS = ['pods', 'service', 'controller', 'node', 'ran', 'object'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isWords = (v: unknown): v is Words => (typeof v === 'string' && v.trim() !== '') || (isRecord(v) && typeof v['en'] === 'string' && (v['zh-cn'] === undefined || typeof v['zh-cn'] === 'string'));

export function words(w: Words, lang: ExamLang): string;
export function words(w: Words | undefined, lang: ExamLang): string | undefined;
export function words(w: Words | undefined, lang: ExamLang): string | undefined {
	if (w === undefined) return undefined;
	return typeof w === 'string' ? w : (w[lang] ?? w.en);
}

function checkProblems(check: unknown, at: string): string[] {
	if (!isRecord(check)) return [`${at}: a check is a mapping (label: …, pods: … | service: … | controller: … | node: … | ran: … | object: …)`];
	const problems: string[] = [];
	if (!isWords(check['label'])) problems.push(`${at}.label: every check needs a label (what it checks, in words)`);
	const kinds = CHECK_KINDS.filter((k) => k in check);
	if (kinds.length !== 1) problems.push(`${at}: needs exactly one of ${CHECK_KINDS.join(', ')} (found ${kinds.length === 0 ? 'none' : kinds.join(', ')})`);
	const kind = kinds[0];
	if (kind === 'pods' && !isRecord(check['pods'])) problems.push(`${at}.pods: a Pod query (name, selector, status, ready, owner…)`);
	if ((kind === 'service' || kind === 'controller' || kind === 'node' || kind === 'ran') && typeof check[kind] !== 'string') problems.push(`${at}.${kind}: a name (text)`);
	if (kind === 'object') {
		if (typeof check['object'] !== 'string' || !/^[A-Za-z]+\/[a-z0-9][a-z0-9.-]*$/.test(check['object'])) problems.push(`${at}.object: Kind/name, e.g. Deployment/web`);
		if (check['path'] !== undefined && typeof check['path'] !== 'string') problems.push(`${at}.path: a dotted path, e.g. spec.replicas`);
	}
	return problems;
}

function taskProblems(task: unknown, at: string, ids: Set<string>): string[] {
	if (!isRecord(task)) return [`${at}: a task is a mapping (id, title, task, checks…)`];
	const problems: string[] = [];
	const id = task['id'];
	if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) problems.push(`${at}.id: lower-case letters, digits and dashes`);
	else if (ids.has(id)) problems.push(`${at}.id: "${id}" is used by another task`);
	else ids.add(id);
	for (const field of ['title', 'task'] as const) if (!isWords(task[field])) problems.push(`${at}.${field}: text, or { en: …, zh-cn: … }`);
	if (task['hint'] !== undefined && !isWords(task['hint'])) problems.push(`${at}.hint: text, or { en: …, zh-cn: … }`);
	if (task['lesson'] !== undefined && (typeof task['lesson'] !== 'string' || !/^[a-z0-9-]+(#[\w-]+)?$/.test(task['lesson']))) problems.push(`${at}.lesson: a lesson's slug, e.g. probes or probes#readiness`);
	if (task['weight'] !== undefined && !(typeof task['weight'] === 'number' && task['weight'] > 0)) problems.push(`${at}.weight: a number above 0`);
	if (task['solution'] !== undefined && typeof task['solution'] !== 'string') problems.push(`${at}.solution: session text (kubectl lines)`);
	const checks = task['checks'];
	if (!Array.isArray(checks) || checks.length === 0) problems.push(`${at}.checks: a list of at least one check`);
	else checks.forEach((c, i) => problems.push(...checkProblems(c, `${at}.checks[${i}]`)));
	return problems;
}

export type Validated = { ok: true; set: ExamSet } | { ok: false; problems: string[] };

/** Checks a parsed task-set file; `problems` name each fault by its place (`tasks[2].checks[0].label: …`). */
export function validateExamSet(value: unknown): Validated {
	if (!isRecord(value)) return { ok: false, problems: ['the file must be a mapping with id, title, minutes and tasks'] };
	const problems: string[] = [];
	if (typeof value['id'] !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(value['id'])) problems.push('id: lower-case letters, digits and dashes');
	if (!isWords(value['title'])) problems.push('title: text, or { en: …, zh-cn: … }');
	if (value['description'] !== undefined && !isWords(value['description'])) problems.push('description: text, or { en: …, zh-cn: … }');
	const minutes = value['minutes'];
	if (typeof minutes !== 'number' || !(minutes > 0 && minutes <= 600)) problems.push('minutes: the time limit, a number from 1 to 600');
	if (value['setup'] !== undefined && typeof value['setup'] !== 'string') problems.push('setup: session text (kubectl lines, sleep)');
	for (const field of ['nodes', 'seed'] as const) {
		const n = value[field];
		if (n !== undefined && !(Number.isInteger(n) && (n as number) >= (field === 'nodes' ? 1 : 0))) problems.push(`${field}: a whole number`);
	}
	const tasks = value['tasks'];
	if (!Array.isArray(tasks) || tasks.length === 0) problems.push('tasks: a list of at least one task');
	else {
		const ids = new Set<string>();
		tasks.forEach((t, i) => problems.push(...taskProblems(t, `tasks[${i}]`, ids)));
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, set: value as unknown as ExamSet };
}

/** The set in one language, as the page needs it: no solutions (they stay in the source file). */
export function localizeSet(set: ExamSet, lang: ExamLang): LocalSet {
	return {
		id: set.id,
		title: words(set.title, lang),
		...(set.description !== undefined ? { description: words(set.description, lang) } : {}),
		minutes: set.minutes,
		setup: set.setup ?? '',
		nodes: set.nodes ?? 3,
		seed: set.seed ?? 1,
		tasks: set.tasks.map((t) => ({
			id: t.id,
			title: words(t.title, lang),
			task: words(t.task, lang),
			...(t.hint !== undefined ? { hint: words(t.hint, lang) } : {}),
			...(t.lesson !== undefined ? { lesson: t.lesson } : {}),
			weight: t.weight ?? 1,
			checks: t.checks.map(({ label, ...rest }) => ({ ...rest, label: words(label, lang) }) as StateCheck),
		})),
	};
}
