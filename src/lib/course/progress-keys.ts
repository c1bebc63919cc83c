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
