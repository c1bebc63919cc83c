// The course's two languages, as the validator, the widgets and the CLIs name them.

export type Lang = 'en' | 'zh-CN';

/** The language of a BCP 47 tag (`<html lang>`, `--lang`): `zh`, `zh-CN`, `zh-Hans`… are Chinese, the rest English. */
export function langOf(tag: string | undefined): Lang {
	return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
