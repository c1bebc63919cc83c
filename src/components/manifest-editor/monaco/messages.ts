// Monaco's own UI text (find widget, suggestions, hover actions, screen-reader notices) in the page's language.
// Monaco's modules call `localize` while they load, so the table must be installed before they are
// imported: loadMonaco() does both, in that order. The table (nls.zh-cn.json, about 7 KB gzip) is fetched only on
// Chinese pages; English pages keep Monaco's own text. How the table is made and read:
// src/cli/generate-monaco-nls.ts and point 7 of vite-plugin.mjs.
import type { Lang } from '../strings.ts';

declare global {
	/** Monaco's English text → the page language's; read by Monaco's rewritten nls.js. */
	var __kcMonacoMessages: ReadonlyMap<string, string> | undefined;
}

const TABLES: Partial<Record<Lang, () => Promise<{ default: Record<string, string> }>>> = {
	'zh-CN': () => import('./nls.zh-cn.json'),
};

/** Installs the page language's table, then imports the Monaco bundle. */
export async function loadMonaco(lang: Lang): Promise<typeof import('./index.ts')> {
	// Monaco's CSS is a chunk of its own that puts it into the page as it loads (point 3 of vite-plugin.mjs):
	// fetched now, it goes in while Monaco's code is still on its way. A failure shows in the import below.
	void import('./add-style.ts').catch(() => undefined);
	const table = TABLES[lang];
	if (table && !globalThis.__kcMonacoMessages) globalThis.__kcMonacoMessages = new Map(Object.entries((await table()).default));
	return import('./index.ts');
}
