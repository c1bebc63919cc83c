// What `npm run pdf` does to the print page in Chromium before printing it. The page runs with JavaScript
// off (it must print its static form), so these functions run through Playwright's evaluate, which still
// works then. They only look for the data-kc-* attributes that src/routes/print/Book.astro writes.
import type { Page } from 'playwright-core';

/** Light theme whatever the reader's choice, print media (so print-only fonts load), fonts loaded. */
export async function prepareForPrint(page: Page, printDate: string): Promise<void> {
	await page.emulateMedia({ media: 'print', colorScheme: 'light' });
	await page.evaluate((date) => {
		document.documentElement.dataset.theme = 'light';
		for (const el of document.querySelectorAll('[data-kc-date]')) el.textContent = date;
	}, printDate);
	await waitForFonts(page);
}

export async function waitForFonts(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await document.fonts.ready;
	});
}

/** The lessons the page holds, in order (their slugs). */
export async function lessonSlugs(page: Page): Promise<string[]> {
	return page.$$eval('section.kc-lesson[data-kc-lesson]', (sections) =>
		sections.map((s) => (s as HTMLElement).dataset.kcLesson ?? ''),
	);
}

/**
 * Keeps only `keep` (a handout; lessons stay in course order and keep their course numbers): removes the other lessons, their table of contents entries and answers,
 * the answer key if nothing is left in it, and points links into removed lessons at the site instead.
 */
export async function keepLessons(page: Page, keep: readonly string[]): Promise<void> {
	await page.evaluate((slugs) => {
		const kept = new Set(slugs);
		for (const el of document.querySelectorAll<HTMLElement>('[data-kc-lesson]')) {
			if (!kept.has(el.dataset.kcLesson ?? '')) el.remove();
		}
		if (!document.querySelector('.kc-answer-key [data-kc-lesson]')) {
			document.querySelector('.kc-answer-key')?.remove();
			document.querySelector('[data-kc-answer-key-entry]')?.remove();
		}
		for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-kc-web-href]')) {
			const id = decodeURIComponent((a.getAttribute('href') ?? '').slice(1));
			if (!document.getElementById(id)) a.setAttribute('href', a.dataset.kcWebHref ?? '');
		}
		const subtitle = document.querySelector<HTMLElement>('[data-kc-subtitle]');
		if (subtitle?.dataset.kcHandoutSubtitle) subtitle.textContent = subtitle.dataset.kcHandoutSubtitle;
	}, keep);
}

/** The ids the table of contents needs page numbers for. */
export async function tocTargets(page: Page): Promise<string[]> {
	return page.$$eval('[data-kc-toc-page]', (spans) => spans.map((s) => (s as HTMLElement).dataset.kcTocPage ?? ''));
}

/** Writes the page numbers into the table of contents. */
export async function fillToc(page: Page, pages: Record<string, number>): Promise<void> {
	await page.evaluate((numbers) => {
		for (const span of document.querySelectorAll<HTMLElement>('[data-kc-toc-page]')) {
			const n = numbers[span.dataset.kcTocPage ?? ''];
			span.textContent = n === undefined ? '' : String(n);
		}
	}, pages);
}
