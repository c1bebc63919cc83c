// Friendly messages in every language the course ships. A missing entry is a bug caught by
// tests/unit/validate/messages.test.ts; at run time it falls back to the API server's text.
import type { Params } from '../issue.ts';
import type { Lang } from '../types.ts';
import { en } from './en.ts';
import type { Catalog } from './types.ts';
import { zhCN } from './zh-cn.ts';

export const CATALOGS: Record<Lang, Catalog> = { en, 'zh-CN': zhCN };

export function friendly(code: string, params: Params, apiMessage: string): Record<Lang, string> {
	return {
		en: CATALOGS.en[code]?.(params) ?? apiMessage,
		'zh-CN': CATALOGS['zh-CN'][code]?.(params) ?? apiMessage,
	};
}
