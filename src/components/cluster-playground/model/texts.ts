// The playground's words in each language. Build-time code and tests read both from here; the island
// loads only the page's (island/load-texts.ts), so a reader downloads one language, and never the
// words only the built page shows (page-texts.ts).
import type { NarrationText } from '../../../lib/session/index.ts';
import { PAGE_TEXTS } from './page-texts.ts';
import type { Lang, PageStrings, PlaygroundStrings } from './strings.ts';
import * as en from './texts-en.ts';
import * as zh from './texts-zh-cn.ts';

/** What the island loads for a language. */
export interface Texts {
	strings: PlaygroundStrings;
	narration: NarrationText;
}

export const TEXTS: Record<Lang, Texts & { page: PageStrings }> = {
	en: { ...en, page: PAGE_TEXTS.en },
	'zh-CN': { ...zh, page: PAGE_TEXTS['zh-CN'] },
};
