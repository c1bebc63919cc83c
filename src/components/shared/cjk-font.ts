// Whether the reader's own fonts lack Chinese: 中文 measured as wide as two last-resort boxes (U+10FFFD,
// a private-use code point no font draws). The Chinese pages' head script makes the same test before it
// fetches Noto Sans SC (src/integrations/cjk-web-fonts.mjs).
export function lacksCjkFont(): boolean {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return false;
	context.font = '20px sans-serif';
	const width = (text: string) => context.measureText(text).width;
	return width('中文') === width('\u{10FFFD}\u{10FFFD}');
}
