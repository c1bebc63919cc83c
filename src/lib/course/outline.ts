/** One entry of the docs collection, reduced to what the course outline needs. */
export interface LessonEntry {
	id: string;
	title: string;
	description?: string | undefined;
	order?: number | undefined;
}

/** Lessons live under `lessons/` in each locale's folder (`zh-cn/lessons/…` for 简体中文). */
export const LESSONS_DIR = 'lessons';

/**
 * The lessons of one locale in course order: by `sidebar.order`, then by id, as Starlight's sidebar sorts.
 * @param locale Starlight's locale key: `undefined` for the root (English) locale, `'zh-cn'` otherwise.
 */
export function lessonsForLocale(entries: readonly LessonEntry[], locale: string | undefined): LessonEntry[] {
	const prefix = locale ? `${locale}/${LESSONS_DIR}/` : `${LESSONS_DIR}/`;
	return entries
		.filter((e) => e.id.startsWith(prefix) && !e.id.slice(prefix.length).includes('/'))
		.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id));
}
