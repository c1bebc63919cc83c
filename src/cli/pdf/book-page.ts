// What `npm run pdf` does to the print page in Chromium before printing it. The page runs with JavaScript
// off (it must print its static form), so these functions run through Playwright's evaluate, which still
// works then. They only look for the data-kc-* attributes that src/routes/print/Book.astro writes.
import type { Page } from 'playwright-core';
import type { Edition } from '../../lib/print/editions.ts';

/** Light theme whatever the reader's choice, print media (so print-only fonts load), fonts loaded. */
export async function prepareForPrint(page: Page, printDate: string): Promise<void> {
	await page.emulateMedia({ media: 'print', colorScheme: 'light' });
	await page.evaluate((date) => {
		document.documentElement.dataset.theme = 'light';
		for (const el of document.querySelectorAll('[data-kc-date]')) el.textContent = date;
	}, printDate);
	await waitForFonts(page);
}

/**
 * Waits until every font the laid-out page asks for has loaded. A font subset (`unicode-range`) starts
 * loading only when layout meets a character in it, and `document.fonts.ready` does not wait for loads
 * that have not started: lay the page out first, or a render may use a fallback the next one does not.
 */
export async function waitForFonts(page: Page): Promise<void> {
	await page.evaluate(async () => {
		document.body.getBoundingClientRect();
		await document.fonts.ready;
		await Promise.all([...document.fonts].filter((face) => face.status === 'loading').map((face) => face.loaded));
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
		const subtitle = document.querySelector<HTMLElement>('[data-kc-subtitle]');
		if (subtitle?.dataset.kcHandoutSubtitle) subtitle.textContent = subtitle.dataset.kcHandoutSubtitle;
	}, keep);
	await pruneReferences(page);
}

/**
 * After parts of the book were removed: contents entries and page references to what is gone go too, and
 * links into it point at the site instead.
 */
async function pruneReferences(page: Page): Promise<void> {
	await page.evaluate(() => {
		const gone = (id: string | undefined) => !document.getElementById(id ?? '');
		for (const entry of document.querySelectorAll<HTMLElement>('.kc-toc li')) {
			if (gone(entry.querySelector<HTMLElement>(':scope > a [data-kc-toc-page]')?.dataset.kcTocPage)) entry.remove();
		}
		// A page reference to something left out has no page to give.
		for (const ref of document.querySelectorAll<HTMLElement>('[data-kc-page-ref]')) if (gone(ref.dataset.kcPageRef)) ref.remove();
		for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-kc-web-href]')) {
			if (gone(decodeURIComponent((a.getAttribute('href') ?? '').slice(1)))) a.setAttribute('href', a.dataset.kcWebHref ?? '');
		}
	});
}

/**
 * Makes the page one edition of the book (src/lib/print/editions.ts). Teacher: the teaching notes show
 * (the root's data-kc-edition), the answer key stays. Self-study: the notes go. Student: the notes, the
 * answer key and its contents entry go; each "a solution is in the answer key" note becomes ruled space
 * to write in, and a storyboard's "Predict, then …" frame keeps its question but not the outcome it drew.
 * Run it after keepLessons (which removes an empty key) and before the page numbers are filled in.
 */
export async function applyEdition(page: Page, edition: Edition): Promise<void> {
	await page.evaluate((which) => {
		document.documentElement.dataset.kcEdition = which;
		const book = document.querySelector<HTMLElement>('[data-kc-book]');
		const name = which === 'self-study' ? '' : book?.dataset[`kcEdition${which[0]?.toUpperCase()}${which.slice(1)}`];
		const subtitle = document.querySelector<HTMLElement>('[data-kc-subtitle]');
		if (subtitle && name) subtitle.textContent = `${subtitle.textContent ?? ''} · ${name}`;
		if (which !== 'teacher') for (const el of document.querySelectorAll('[data-kc-teacher-notes]')) el.remove();
		if (which !== 'student' && which !== 'worksheets') return;
		document.querySelector('.kc-answer-key')?.remove();
		document.querySelector('[data-kc-answer-key-entry]')?.remove();
		const space = (lines: string) => {
			const div = document.createElement('div');
			div.className = 'kc-worksheet-space';
			div.style.setProperty('--kc-worksheet-lines', lines);
			const label = document.createElement('span');
			label.className = 'kc-worksheet-label';
			label.textContent = book?.dataset.kcWorkLabel ?? '';
			div.append(label);
			return div;
		};
		for (const note of document.querySelectorAll<HTMLElement>('.kc-solution-note')) note.replaceWith(space(note.dataset.kcWorkLines ?? '6'));
		for (const frame of document.querySelectorAll('.kc-pg-frame-figure')) {
			if (!/^(Predict|先预测)/.test(frame.querySelector('figcaption')?.textContent?.trim() ?? '')) continue;
			for (const outcome of [...frame.children].filter((el) => el.tagName !== 'FIGCAPTION')) outcome.remove();
			frame.append(space('4'));
		}
		if (which !== 'worksheets') return;
		// Worksheets: each lesson keeps its number, its title and the sections with something to write.
		for (const lesson of document.querySelectorAll('section.kc-lesson')) {
			const runs: Element[][] = [[]];
			for (const child of [...lesson.children]) {
				if (child.matches('.sl-heading-wrapper.level-h2')) runs.push([]);
				runs.at(-1)?.push(child);
			}
			const work = '.kc-worksheet-space, kc-quiz';
			const [head = [], ...sections] = runs;
			for (const el of head) if (!el.matches('.kc-lesson-kicker, h1')) el.remove();
			for (const run of sections) if (!run.some((el) => el.matches(work) || el.querySelector(work))) for (const el of run) el.remove();
			if (!lesson.querySelector(work)) lesson.remove();
		}
	}, edition);
	await pruneReferences(page);
}

/**
 * Puts the site's address where the book prints or links it: the cover, links to pages outside the book, links
 * into lessons a handout leaves out. The page was built for some origin (`data-kc-site`, from `SITE` at build
 * time); `site` replaces it. Without `site`, an address the site was built for stays unless it is a local one
 * (`http://localhost:4321`, the default), which means nothing on paper: then the cover prints no address and
 * those links become plain text.
 */
export async function useSiteAddress(page: Page, site: string | undefined): Promise<void> {
	await page.evaluate((wanted) => {
		const built = document.querySelector<HTMLElement>('[data-kc-site]')?.dataset.kcSite;
		if (!built) return;
		const isLocal = (origin: string) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(new URL(origin).hostname);
		const target = wanted ? new URL(wanted).origin : isLocal(built) ? undefined : built;
		if (target === built) return;
		for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
			const href = a.getAttribute('href') ?? '';
			if (!href.startsWith(built)) continue;
			if (target) a.setAttribute('href', target + href.slice(built.length));
			else a.replaceWith(...a.childNodes);
		}
		for (const a of document.querySelectorAll<HTMLElement>('[data-kc-web-href]')) {
			const href = a.dataset.kcWebHref ?? '';
			if (href.startsWith(built)) {
				if (target) a.dataset.kcWebHref = target + href.slice(built.length);
				else delete a.dataset.kcWebHref;
			}
		}
		if (!target) for (const el of document.querySelectorAll('[data-kc-site-address]')) el.remove();
		const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = texts.nextNode(); node; node = texts.nextNode()) {
			if (target && node.nodeValue?.includes(built)) node.nodeValue = node.nodeValue.replaceAll(built, target);
		}
	}, site);
}

/** The ids the table of contents lists, and the further ids page references ("(page 12)") point at. */
export async function tocTargets(page: Page): Promise<{ toc: string[]; refs: string[] }> {
	return page.evaluate(() => {
		const ids = (selector: string, read: (el: HTMLElement) => string | undefined) => [
			...new Set([...document.querySelectorAll<HTMLElement>(selector)].map((el) => read(el) ?? '')),
		];
		const toc = ids('[data-kc-toc-page]', (el) => el.dataset.kcTocPage);
		const inToc = new Set(toc);
		return { toc, refs: ids('[data-kc-page-ref]', (el) => el.dataset.kcPageRef).filter((id) => !inToc.has(id)) };
	});
}

/** Writes the page numbers into the table of contents and the page references. */
export async function fillToc(page: Page, pages: Record<string, number>): Promise<void> {
	await page.evaluate((numbers) => {
		for (const span of document.querySelectorAll<HTMLElement>('[data-kc-toc-page]')) {
			const n = numbers[span.dataset.kcTocPage ?? ''];
			span.textContent = n === undefined ? '' : String(n);
		}
		// A page reference sits in running text: padded with figure spaces to three digits (the style sets
		// tabular figures), it is as wide whatever the number, so writing the numbers in moves no line.
		for (const span of document.querySelectorAll<HTMLElement>('[data-kc-page-ref]')) {
			const n = numbers[span.dataset.kcPageRef ?? ''];
			const pad = '\u2007'.repeat(Math.max(0, 3 - String(n).length));
			span.textContent = n === undefined ? '' : (span.dataset.kcPageFormat ?? '{n}').replace('{n}', String(n)) + pad;
		}
	}, pages);
}
