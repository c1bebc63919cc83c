// The page's language only: a page is English or Chinese, so its reader never downloads the other.
import type { Lang } from '../model/strings.ts';
import type { Texts } from '../model/texts.ts';

export function loadTexts(lang: Lang): Promise<Texts> {
	return lang === 'zh-CN' ? import('../model/texts-zh-cn.ts') : import('../model/texts-en.ts');
}
