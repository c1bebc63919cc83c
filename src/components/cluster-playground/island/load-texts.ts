// The page's language only: a page is English or Chinese, so its reader never downloads the other.
import type { Lang } from '../model/strings.ts';
import type { Texts } from '../model/texts.ts';
import type { WhyText } from '../../../lib/session/index.ts';

export function loadTexts(lang: Lang): Promise<Texts> {
	return lang === 'zh-CN' ? import('../model/texts-zh-cn.ts') : import('../model/texts-en.ts');
}

/** The "why" panel's words, with its first "Next". */
export function loadWhyText(lang: Lang): Promise<{ why: WhyText }> {
	return lang === 'zh-CN' ? import('../model/why-zh-cn.ts') : import('../model/why-en.ts');
}
