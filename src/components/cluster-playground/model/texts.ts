// The playground's words in each language. Build-time code and tests read both from here; the island
// loads only the page's (island/load-texts.ts), so a reader downloads one language.
import type { NarrationText } from './narration-text.ts';
import type { Lang, PlaygroundStrings } from './strings.ts';
import * as en from './texts-en.ts';
import * as zh from './texts-zh-cn.ts';

export interface Texts {
	strings: PlaygroundStrings;
	narration: NarrationText;
}

export const TEXTS: Record<Lang, Texts> = { en, 'zh-CN': zh };
