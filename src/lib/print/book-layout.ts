// The parts of the book's layout that the page, the PDF export and the tests must agree on.
import { element, type ElementNode } from './html-tree.ts';
import type { BookLang } from './strings.ts';

/** The answer key's id, or the id of one lesson's answers in it. */
export function answerKeyId(lesson?: string): string {
	return lesson ? `kc-answers--${lesson}` : 'kc-answer-key';
}

/** The id of one answer in the key: `kc-answers--probes--quiz-3`, `kc-answers--probes--exercise-1`. */
export function answerId(lesson: string, kind: 'quiz' | 'exercise', n: number): string {
	return `${answerKeyId(lesson)}--${kind}-${n}`;
}

/** Attribute of a page reference: the id whose page `npm run pdf` writes into it. */
export const PAGE_REF_ATTRIBUTE = 'data-kc-page-ref';

/**
 * "(page N)" after a reference to `target`: empty until `npm run pdf` knows where `target` landed (and hidden
 * while empty, so a book printed from the browser shows no empty brackets). `format` holds `{n}`.
 */
export function pageRef(target: string, format: string): ElementNode {
	return element('span', { class: 'kc-page-ref', [PAGE_REF_ATTRIBUTE]: target, 'data-kc-page-format': format });
}

/** A CSS string literal (quotes and backslashes escaped), for `content:` in page-margin boxes. */
function cssString(value: string): string {
	return `"${value.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;
}

/**
 * The book's page box: A4, the course title at the top and the page number at the bottom of every page but
 * the cover (CSS page-margin boxes, which Chromium prints since version 131). Only the book page uses it;
 * a lesson printed with Ctrl+P keeps the browser's own headers and footers.
 */
export function pageRules(title: string, lang: BookLang = 'en'): string {
	const faces = lang === 'en' ? `'Source Sans 3', 'Noto Sans SC'` : `'Noto Sans SC', 'Source Sans 3'`;
	const margin = `font-family: ${faces}, sans-serif; font-size: 8.5pt; color: #555;`;
	return [
		'@media print {',
		`@page { size: A4; margin: 18mm 16mm 18mm; @top-center { content: ${cssString(title)}; ${margin} } @bottom-center { content: counter(page); ${margin} } }`,
		'@page :first { @top-center { content: none; } @bottom-center { content: none; } }',
		'}',
	].join('\n');
}
