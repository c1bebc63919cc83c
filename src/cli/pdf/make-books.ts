// The steps of `npm run pdf`, as a function the command and the benchmark share: build the site if it is
// stale, serve it, print each language's book, write the files, and relink the start page (or, when it
// already links them, list the new books in the service worker's whole-course download) if needed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'astro';
import { launchBrowser } from '../shared/chromium.ts';
import { outputName, type PdfOptions } from './args.ts';
import { DEFAULT_EDITION, type Edition } from '../../lib/print/editions.ts';
import { freePort } from '../shared/free-port.ts';
import { printBook } from './print-book.ts';
import { buildSite, siteIsStale } from './site-build.ts';
import { BOOK_LOCALE_TAG, pdfFileName, type BookLang } from '../../lib/print/strings.ts';
import { basePath, outDir as siteOutDir } from '../../site-env.mjs';
import { keepPdf } from '../../pdf-cache.mjs';
import { writeOfflineFiles } from '../../integrations/service-worker.mjs';

export interface MadeBook {
	lang: BookLang;
	edition: Edition;
	file: string;
	pages: number;
	bytes: number;
	renders: number;
	seconds: number;
}

const printPath = (lang: BookLang) => `${lang === 'en' ? '' : `${lang}/`}print/`;

/**
 * @param root the project folder
 * @param log progress messages, one line each
 */
export async function makeBooks(root: string, options: PdfOptions, log: (line: string) => void): Promise<MadeBook[]> {
	// SITE first: the site build reads it too (astro.config.mjs), and fails on an address it cannot parse.
	const site = process.env.SITE?.trim() || undefined;
	if (site && !(/^https?:\/\//.test(site) && URL.canParse(site))) throw new Error(`SITE must be the course's address, like https://example.org, not "${site}".`);
	if (!site) log('SITE is not set: the book prints no web address. Set it to where the course is online, e.g. SITE=https://example.org npm run pdf.');
	const outDir = resolve(root, siteOutDir());
	const base = basePath();
	const pages = options.langs.map((lang) => join(printPath(lang), 'index.html'));
	if (options.build || siteIsStale(root, outDir, pages)) {
		log(options.build ? 'Building the site…' : 'Building the site first (it is missing or older than its sources)…');
		await buildSite(root);
	}
	const port = await freePort();
	const server = await preview({ root, outDir, base, logLevel: 'warn', server: { host: '127.0.0.1', port } });
	const browser = await launchBrowser();
	const made: MadeBook[] = [];
	const edition = options.edition;
	// The start page links the whole course's default edition; other editions and handouts are for teachers.
	const linked = options.lessons.length === 0 && edition === DEFAULT_EDITION;
	try {
		mkdirSync(join(outDir, 'pdf'), { recursive: true });
		for (const lang of options.langs) {
			const started = performance.now();
			const handout = (options.lessons.length ? ` (lessons: ${options.lessons.join(', ')})` : '') + (edition === DEFAULT_EDITION ? '' : `, ${edition} edition`);
			log(`[${lang}] loading ${base}${printPath(lang)}${handout}`);
			const book = await printBook(browser, {
				url: `http://127.0.0.1:${port}${base}${printPath(lang)}`,
				lessons: options.lessons,
				edition,
				site,
				printDate: new Intl.DateTimeFormat(BOOK_LOCALE_TAG[lang], { dateStyle: 'long' }).format(new Date()),
				progress: (message) => log(`[${lang}] ${message}`),
			});
			const file = join(outDir, 'pdf', outputName(lang, options.lessons, edition));
			writeFileSync(file, book.pdf);
			if (linked) keepPdf(file, pdfFileName(lang), root);
			const entry = { lang, edition, file, pages: book.pages, bytes: book.pdf.length, renders: book.renders, seconds: (performance.now() - started) / 1000 };
			made.push(entry);
			log(
				`[${lang}] ${entry.pages} pages, ${(entry.bytes / 1048576).toFixed(2)} MB (${(entry.bytes / 1024 / entry.pages).toFixed(1)} KB/page), ` +
					`${entry.renders} renders, ${entry.seconds.toFixed(1)} s → ${file}`,
			);
		}
	} finally {
		await browser.close();
		await server.stop();
	}
	// The start page links the PDFs that existed when it was built; after the first books, build it again.
	const homeMissesPdf = (lang: BookLang) => {
		const home = join(outDir, lang === 'en' ? '' : lang, 'index.html');
		return existsSync(home) && !readFileSync(home, 'utf8').includes(pdfFileName(lang));
	};
	if (linked && options.langs.some(homeMissesPdf)) {
		log('Building the site again so its start page links the new PDFs…');
		await buildSite(root);
	} else if (linked) {
		// The whole-course offline download lists the books with their sizes: list the new ones.
		log((await writeOfflineFiles(outDir, base)).line);
	}
	return made;
}
