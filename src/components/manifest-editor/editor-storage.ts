// Per-editor saved text in localStorage. Keys are versioned (`…:v1:`) so a change of shape can be
// migrated instead of misread; values are JSON so corrupt or foreign data reads as "nothing saved".

export { pageStorage } from '../shared/page-storage.ts';

const PREFIX = 'kube-classroom:manifest-editor:v1:';

/** The key an editor's text is saved under, from the `name` the lesson gives it. */
export const textKey = (name: string) => `${PREFIX}text:${name}`;
/** The reader's choice between the Monaco editor and the plain textarea, for every editor. */
export const MODE_KEY = `${PREFIX}mode`;

export type EditorMode = 'monaco' | 'textarea';
/** What happened to a save: `full` when the quota is exceeded, `unavailable` when storage is off. */
export type SaveOutcome = 'saved' | 'full' | 'unavailable';

interface SavedText {
	text: string;
	savedAt: string;
}

export function loadText(storage: Storage | undefined, name: string): string | undefined {
	try {
		const raw = storage?.getItem(textKey(name));
		if (!raw) return undefined;
		const value = JSON.parse(raw) as Partial<SavedText> | null;
		return typeof value?.text === 'string' ? value.text : undefined;
	} catch {
		return undefined;
	}
}

function isQuotaError(error: unknown): boolean {
	return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** Saves the text; saving the lesson's own manifest removes the entry instead (nothing to restore). */
export function saveText(storage: Storage | undefined, name: string, text: string, original: string, now = new Date()): SaveOutcome {
	if (!storage) return 'unavailable';
	try {
		if (text === original) storage.removeItem(textKey(name));
		else storage.setItem(textKey(name), JSON.stringify({ text, savedAt: now.toISOString() } satisfies SavedText));
		return 'saved';
	} catch (error) {
		return isQuotaError(error) ? 'full' : 'unavailable';
	}
}

export function clearText(storage: Storage | undefined, name: string): void {
	try {
		storage?.removeItem(textKey(name));
	} catch {
		// Storage disabled: there is nothing to clear.
	}
}

export function loadMode(storage: Storage | undefined): EditorMode {
	try {
		return storage?.getItem(MODE_KEY) === 'textarea' ? 'textarea' : 'monaco';
	} catch {
		return 'monaco';
	}
}

export function saveMode(storage: Storage | undefined, mode: EditorMode): void {
	try {
		storage?.setItem(MODE_KEY, mode);
	} catch {
		// The choice then lasts for this page only.
	}
}
