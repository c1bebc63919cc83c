/**
 * The results of a pure function of a text, for the last few texts: a command line is read when it is
 * prepared (to load what it needs) and again when it runs, and this makes the second reading free.
 * `copy` hands each caller its own value when callers may change it.
 */
export function memoLast<T>(size: number, read: (text: string) => T, copy: (value: T) => T = (value) => value): (text: string) => T {
	const recent = new Map<string, T>();
	return (text) => {
		let value = recent.get(text);
		if (value === undefined) {
			value = read(text);
			if (recent.size >= size) recent.delete(recent.keys().next().value!);
		} else recent.delete(text);
		// The most recently used last, so the oldest goes first.
		recent.set(text, value);
		return copy(value);
	};
}
