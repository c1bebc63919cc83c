// The status line and the problems list, as HTML strings from plain data: the same function renders
// them at build time (the static page, print and PDF show the lesson manifest's diagnostics) and in the
// browser as the learner types. Pure: no DOM, so the build and unit tests run it too.
import type { Diagnostic, Lang, ValidationResult } from '../../lib/validate/index.ts';
import { STRINGS } from './strings.ts';

export type StatusTone = 'valid' | 'invalid' | 'notice';

export interface Status {
	tone: StatusTone;
	text: string;
}

const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** "Valid Pod: kube-apiserver v1.36 would accept it", or the counts of what is wrong. */
export function statusOf(result: ValidationResult, lang: Lang, version: string, expectedKind?: string): Status {
	const t = STRINGS[lang];
	const count = (s: Diagnostic['severity']) => result.diagnostics.filter((d) => d.severity === s).length;
	const [errors, warnings, advice] = [count('error'), count('warning'), count('info')];
	if (errors > 0) return { tone: 'invalid', text: t.counts(errors, warnings, advice) };
	if (result.documents.length === 0) return { tone: 'invalid', text: t.noObjects };
	const first = result.documents[0]!;
	if (expectedKind && !result.documents.some((d) => d.kind === expectedKind)) {
		return { tone: 'invalid', text: t.expectedKind(expectedKind, first.kind ?? '') };
	}
	const valid = result.documents.length === 1 ? t.valid(first.kind ?? '', version) : t.validMany(result.documents.length, version);
	return { tone: 'valid', text: warnings + advice > 0 ? `${valid} ${t.counts(0, warnings, advice)}` : valid };
}

/**
 * The problems list items. Each item is a button carrying its range (data-line…), so a click jumps to
 * it; the docs link points at the lesson section that explains the rule.
 */
export function problemsHtml(diagnostics: readonly Diagnostic[], lang: Lang, base: string): string {
	const t = STRINGS[lang];
	const localePrefix = lang === 'zh-CN' ? 'zh-cn/' : '';
	return diagnostics
		.map((d) => {
			const where = d.range ? t.line(d.range.line, d.range.column) : '';
			const range = d.range
				? ` data-line="${d.range.line}" data-column="${d.range.column}" data-end-line="${d.range.endLine}" data-end-column="${d.range.endColumn}"`
				: '';
			const jump = d.range
				? `<button type="button" class="kc-me-jump"${range}><span class="kc-me-sev">${t.severity[d.severity]}</span> <span class="kc-me-where">${where}</span></button>`
				: `<span class="kc-me-sev">${t.severity[d.severity]}</span>`;
			const docs = d.docs ? ` <a href="${escapeHtml(base + localePrefix + d.docs)}">${t.learnMore}</a>` : '';
			return (
				`<li class="kc-me-problem" data-severity="${d.severity}" data-code="${escapeHtml(d.code)}">${jump}` +
				`<span class="kc-me-msg">${escapeHtml(d.message[lang])}${docs}</span>` +
				`<code class="kc-me-api">${d.stage === 'advice' ? '' : `${t.apiSays} `}${escapeHtml(d.apiMessage)}</code></li>`
			);
		})
		.join('');
}
