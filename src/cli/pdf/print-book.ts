// Prints one book: load the print page, cut it down to a handout if asked, then render twice — Chromium
// cannot know page numbers before it paginates, so the first render tells where every heading landed, the
// table of contents gets those numbers, and the next render is checked to have put them at the same places.
import type { Browser } from 'playwright-core';
import { DEFAULT_EDITION, type Edition } from '../../lib/print/editions.ts';
import { applyEdition, fillToc, keepLessons, lessonSlugs, prepareForPrint, tocTargets, useSiteAddress, waitForFonts } from './book-page.ts';
import { namedDestinationPages, openPdf } from './pdf-reader.ts';

export interface PrintBookOptions {
	/** The print page's address. */
	url: string;
	/** Lesson slugs for a handout; empty prints every lesson. @default [] */
	lessons?: readonly string[];
	/** Which book to print (src/lib/print/editions.ts). @default 'self-study' */
	edition?: Edition | undefined;
	/** The site's address to print and link (`SITE`). @default the one the site was built for, or none when that is local */
	site?: string | undefined;
	/** The date on the cover, already formatted for the book's language. */
	printDate: string;
	/** Called with a short message at each step. @default no output */
	progress?: (message: string) => void;
	/** Renders to try before giving up on stable page numbers. @default 4 */
	maxRenders?: number;
}

export interface PrintedBook {
	pdf: Uint8Array;
	pages: number;
	renders: number;
	/** Table of contents target id → page (page references are filled in too, but not listed here). */
	toc: Record<string, number>;
}

/** Chromium names a destination after the element id, percent-encoding what is not ASCII. */
function decodeName(name: string): string {
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}

export async function printBook(browser: Browser, options: PrintBookOptions): Promise<PrintedBook> {
	const progress = options.progress ?? (() => {});
	const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
	try {
		const page = await context.newPage();
		const response = await page.goto(options.url, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${options.url} answered ${response?.status() ?? 'nothing'}; is the site built?`);
		const wanted = options.lessons ?? [];
		if (wanted.length > 0) {
			const available = await lessonSlugs(page);
			const unknown = wanted.filter((slug) => !available.includes(slug));
			if (unknown.length > 0) {
				throw new Error(`No lesson named ${unknown.join(', ')}. The lessons are: ${available.join(', ')}.`);
			}
			await keepLessons(page, wanted);
		}
		await applyEdition(page, options.edition ?? DEFAULT_EDITION);
		await useSiteAddress(page, options.site);
		await prepareForPrint(page, options.printDate);
		const { toc: tocIds, refs } = await tocTargets(page);
		const targets = [...tocIds, ...refs];
		// Page numbers get a stand-in of the same width before the first render (see fillToc), so the
		// numbers the first render finds are where the second puts them.
		await fillToc(page, Object.fromEntries(targets.map((id) => [id, 888])));
		const maxRenders = options.maxRenders ?? 4;
		let toc: Record<string, number> = {};
		for (let render = 1; render <= maxRenders; render++) {
			progress(render === 1 ? 'rendering' : `rendering again with page numbers (${render})`);
			const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
			const doc = await openPdf(pdf);
			const landed = new Map([...(await namedDestinationPages(doc))].map(([name, n]) => [decodeName(name), n]));
			const pages = doc.numPages;
			await doc.destroy();
			const missing = targets.filter((id) => !landed.has(id));
			if (missing.length > 0) throw new Error(`These headings have no place in the PDF: ${missing.join(', ')}`);
			const now = Object.fromEntries(targets.map((id) => [id, landed.get(id) ?? 0]));
			if (render > 1 && targets.every((id) => toc[id] === now[id])) {
				return { pdf, pages, renders: render, toc: Object.fromEntries(tocIds.map((id) => [id, now[id] ?? 0])) };
			}
			toc = now;
			await fillToc(page, toc);
			await waitForFonts(page);
		}
		throw new Error(`The table of contents did not settle after ${maxRenders} renders.`);
	} finally {
		await context.close();
	}
}
