// The course book as Chromium prints it (`npm run pdf` runs the same printBook): read back with pdfjs-dist
// and checked like a reader would — lessons in order, bookmarks, links, page numbers, fonts, text. The
// whole English book is printed once; the expensive per-language checks use two-lesson handouts.
import { beforeAll, describe, expect, test } from 'vitest';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { printBook, type PrintedBook } from '../../src/cli/pdf/print-book.ts';
import { fonts, links, openPdf, outline, pageString, pageText, type OutlineNode, type PdfLink } from '../../src/cli/pdf/pdf-reader.ts';
import { openPage, siteUrl, useBrowser } from './support.ts';

const browser = useBrowser();

interface Lesson {
	slug: string;
	title: string;
	/** The lesson page's own section headings (h2), as the site shows them. */
	sections: string[];
	/** The first paragraph of the lesson, as the site shows it. */
	firstParagraph: string;
}

/** The lessons of a locale as the site's sidebar lists them, read from the built lesson pages. */
async function siteLessons(prefix: string): Promise<Lesson[]> {
	const { page } = await openPage(browser());
	await page.goto(siteUrl(`${prefix}lessons/start-here/`));
	const listed = await page
		.locator('#starlight__sidebar a[href*="lessons/"]')
		.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.textContent?.trim() ?? '' })));
	const lessons: Lesson[] = [];
	for (const { href, title } of listed) {
		await page.goto(new URL(href, siteUrl()).href);
		const { sections, firstParagraph } = await page.evaluate(() => ({
			sections: [...document.querySelectorAll('.sl-markdown-content h2')].map((h) => h.textContent?.trim() ?? ''),
			firstParagraph: document.querySelector('.sl-markdown-content > p')?.textContent ?? '',
		}));
		lessons.push({ slug: href.split('/').filter(Boolean).at(-1) ?? '', title, sections, firstParagraph });
	}
	await page.context().close();
	return lessons;
}

interface Book {
	printed: PrintedBook;
	doc: PDFDocumentProxy;
	outline: OutlineNode[];
	links: PdfLink[];
	text: string[];
}

async function print(path: string, lessons: string[] = []): Promise<Book> {
	const printed = await printBook(browser(), { url: siteUrl(path), lessons, printDate: '22 November 2026' });
	const doc = await openPdf(printed.pdf);
	const text: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) text.push(await pageString(doc, n));
	return { printed, doc, outline: await outline(doc), links: await links(doc), text };
}

const squash = (s: string) => s.replace(/\s+/g, '');

function expectBookmarks(book: Book, lessons: Lesson[]) {
	const byTitle = new Map(book.outline.map((node) => [node.title, node]));
	for (const lesson of lessons) {
		const node = byTitle.get(lesson.title);
		expect(node, `a bookmark for ${lesson.title}`).toBeDefined();
		expect(node?.items.map((item) => item.title)).toEqual(lesson.sections);
		for (const item of [node, ...(node?.items ?? [])]) expect(item?.page, `${item?.title} resolves`).toBeGreaterThan(1);
	}
}

function expectLinksResolve(book: Book) {
	const internal = book.links.filter((link) => link.url === undefined);
	expect(internal.length).toBeGreaterThan(0);
	for (const link of internal) {
		expect(link.target, `link ${link.name ?? ''} on page ${link.page}`).not.toBeNull();
		expect(link.target).toBeGreaterThanOrEqual(1);
		expect(link.target).toBeLessThanOrEqual(book.doc.numPages);
	}
}

/** Every table of contents entry is a link whose page number, printed inside it, is where it jumps to. */
async function expectTocNumbers(book: Book) {
	const toc = book.links.filter((link) => link.url === undefined && link.target && link.page > 1 && link.page < 8);
	const targets = Object.values(book.printed.toc);
	expect(toc.length).toBeGreaterThanOrEqual(targets.length);
	let checked = 0;
	for (const link of toc) {
		const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = link.rect;
		const inside = (await pageText(book.doc, link.page)).filter(
			(item) => item.x >= x1 - 1 && item.x <= x2 + 1 && item.y >= y1 - 1 && item.y <= y2 + 1 && item.str.trim(),
		);
		const number = inside.sort((a, b) => a.x - b.x).at(-1)?.str.trim();
		if (!/^\d+$/.test(number ?? '')) continue;
		expect(Number(number), `the entry on page ${link.page} at y=${Math.round(y1)}`).toBe(link.target);
		checked++;
	}
	expect(checked).toBe(targets.length);
}

function expectNoPlaceholders(book: Book) {
	const all = book.text.join('\n');
	for (const bad of ['Loading', '加载中', 'undefined', 'NaN', '[object Object]', 'TODO', 'Section titled']) {
		expect(all, `"${bad}" in the PDF`).not.toContain(bad);
	}
}

describe('the whole English course book', () => {
	let lessons: Lesson[];
	let book: Book;
	beforeAll(async () => {
		lessons = await siteLessons('');
		book = await print('print/');
	}, 180_000);

	test('has the cover, the contents, every lesson in sidebar order and the answer key', () => {
		expect(lessons.length).toBeGreaterThan(1);
		expect(book.text[0]).toContain('Kube Classroom');
		expect(book.text[0]).toContain('22 November 2026');
		const titles = book.outline.map((node) => node.title);
		expect(titles).toEqual(['Contents', ...lessons.map((l) => l.title), 'Answer key']);
		// Each lesson starts on its own page, which begins with its number and title.
		for (const [i, lesson] of lessons.entries()) {
			const start = book.outline[i + 1]?.page ?? 0;
			// The kicker is upper-cased by CSS ("LESSON 1"), which is what the text layer holds.
			expect(squash(book.text[start - 1] ?? '').toLowerCase()).toContain(squash(`Lesson ${i + 1}${lesson.title}`).toLowerCase());
		}
	});

	test('has a bookmark for every lesson and its sections, and every link inside it lands on a page', () => {
		expectBookmarks(book, lessons);
		expectLinksResolve(book);
	});

	test('its table of contents numbers are the pages the headings landed on', async () => {
		await expectTocNumbers(book);
	});

	test('prints no placeholder text, and the quizzes as worksheets with their answers at the end', () => {
		expectNoPlaceholders(book);
		const all = book.text.join('\n');
		expect(all).toContain('Your answer');
		const key = book.outline.at(-1);
		expect(key?.items.length).toBeGreaterThan(0);
	});
});

describe('handouts', () => {
	let zhLessons: Lesson[];
	let zh: Book;
	let chosen: Lesson[];
	beforeAll(async () => {
		zhLessons = await siteLessons('zh-cn/');
		chosen = [zhLessons[1], zhLessons.at(-1)].filter((l): l is Lesson => l !== undefined);
		zh = await print('zh-cn/print/', chosen.map((l) => l.slug));
	}, 180_000);

	test('a Chinese handout holds only the chosen lessons, with bookmarks, links and page numbers that work', async () => {
		expect(zh.outline.map((n) => n.title).filter((t) => t !== '目录' && t !== '参考答案')).toEqual(chosen.map((l) => l.title));
		expect(zh.text[0]).toContain('讲义');
		expectBookmarks(zh, chosen);
		expectLinksResolve(zh);
		await expectTocNumbers(zh);
		expectNoPlaceholders(zh);
	});

	test('Chinese is set in the embedded Noto Sans SC, and its sentences can be copied out', async () => {
		const used = [...(await fonts(zh.doc, [1, 2, 3, zh.doc.numPages])).values()];
		expect(used.length).toBeGreaterThan(0);
		for (const font of used) expect(font.embedded, `${font.name} embedded`).toBe(true);
		expect(used.some((font) => /NotoSansSC/.test(font.name))).toBe(true);
		const sentence = squash(chosen[0]?.firstParagraph ?? '');
		expect(sentence).toMatch(/[\u4e00-\u9fff]/);
		expect(squash(zh.text.join(''))).toContain(sentence);
	});

	test('printing the same handout twice gives the same pages', async () => {
		const slugs = chosen.map((l) => l.slug);
		const first = await printBook(browser(), { url: siteUrl('print/'), lessons: slugs, printDate: 'today' });
		const second = await printBook(browser(), { url: siteUrl('print/'), lessons: slugs, printDate: 'today' });
		expect(second.pages).toBe(first.pages);
		expect(second.toc).toEqual(first.toc);
	}, 120_000);

	test('asking for a lesson that does not exist names the lessons that do', async () => {
		await expect(printBook(browser(), { url: siteUrl('print/'), lessons: ['no-such-lesson'], printDate: 'today' })).rejects.toThrow(
			/No lesson named no-such-lesson\. The lessons are: .*start-here/,
		);
	});
});

describe('printing one lesson from the browser (Ctrl+P)', () => {
	test('shows no navigation, the light theme, and quiz answers as writing space', async () => {
		const { page } = await openPage(browser(), { colorScheme: 'dark' });
		await page.goto(siteUrl('lessons/architecture/'));
		await page.emulateMedia({ media: 'print' });
		const looks = await page.evaluate(() => ({
			header: getComputedStyle(document.querySelector('.page > header') as Element).display,
			sidebar: getComputedStyle(document.querySelector('#starlight__sidebar') as Element).display,
			background: getComputedStyle(document.body).backgroundColor,
			answer: [...document.querySelectorAll('.sl-markdown-content kc-quiz details > :not(summary)')].map((e) => getComputedStyle(e).display),
		}));
		expect(looks.header).toBe('none');
		expect(looks.sidebar).toBe('none');
		expect(looks.background).toBe('rgb(255, 255, 255)');
		expect(looks.answer.length).toBeGreaterThan(0);
		expect(new Set(looks.answer)).toEqual(new Set(['none']));
		await page.context().close();
	});
});
