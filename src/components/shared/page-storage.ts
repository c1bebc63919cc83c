/** localStorage, or undefined outside a browser or where the browser refuses access (disabled storage throws on read). */
export function pageStorage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}
