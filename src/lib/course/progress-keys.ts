/**
 * Progress is the same whichever language a lesson was read in: `zh-cn/lessons/pods` and `lessons/pods`
 * both count as `lessons/pods`.
 */
export function lessonKey(entryId: string): string {
	return entryId.replace(/^zh-cn\//, '').replace(/\/index$/, '').replace(/\/$/, '');
}

/** The lesson key of a site path (`/kube-classroom/zh-cn/lessons/pods/` → `lessons/pods`), if it is a lesson. */
export function lessonKeyFromPath(pathname: string, base = '/'): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const key = lessonKey(pathname.slice(base.length).replace(/\/$/, ''));
	return /^lessons\/[a-z0-9-]+$/.test(key) ? key : undefined;
}

/** What a lesson read and a lesson's quiz passed are recorded under (the sidebar's marks read them as a page opens). */
export const readKey = (lesson: string) => `read:${lesson}`;
export const quizKey = (lesson: string) => `quiz:${lesson}`;
