// The course book as Chromium prints it (`npm run pdf` runs the same printBook): read back with pdfjs-dist
// and checked like a reader would — lessons in order, bookmarks, links, page numbers, fonts, text. The
// whole English book is printed once; the expensive per-language checks use two-lesson handouts.
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { teachingNotesSchema } from '../../src/lib/course/teaching-notes.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { printBook, type PrintedBook } from '../../src/cli/pdf/print-book.ts';
import {
	drawnText,
	fonts,
	links,
	openPdf,
	outline,
	pageString,
	pageText,
	type OutlineNode,
	type PdfLink,
} from '../../src/cli/pdf/pdf-reader.ts';
import { openPage, siteUrl, useBrowser } from './support.ts';
import type { Edition } from '../../src/lib/print/editions.ts';

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

async function print(path: string, lessons: string[] = [], site?: string, edition?: Edition): Promise<Book> {
	const printed = await printBook(browser(), { url: siteUrl(path), lessons, site, edition, printDate: '22 November 2026' });
	const doc = await openPdf(printed.pdf);
	const text: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) text.push(await pageString(doc, n));
	return { printed, doc, outline: await outline(doc), links: await links(doc), text };
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * What marks each exercise's solution on the site, whitespace removed: its manifest's file name (a title no
 * other block has: the PDF's text order inside a highlighted block is not the reading order), or its first
 * paragraph.
 */
async function siteSolutions(prefix: string, lessons: Lesson[]): Promise<{ lesson: string; start: string; outside: number }[]> {
	const { page } = await openPage(browser());
	const found: { lesson: string; start: string; outside: number }[] = [];
	for (const lesson of lessons) {
		await page.goto(siteUrl(`${prefix}lessons/${lesson.slug}/`));
		// Each solution's title (or first paragraph), and how often the lesson names it outside its solutions
		// (`kubectl apply -f shop-configured.yaml` in a command block): the book's lessons may say it as often.
		const solutions = await page.$eval('.sl-markdown-content', (main) => {
			const all = [...main.querySelectorAll('details')].filter((d) => /^(A solution|Our predictions)$/.test(d.querySelector('summary')?.textContent?.trim() ?? ''));
			const starts = all.map((d) => (d.querySelector('.expressive-code .title') ?? d.querySelector('p'))?.textContent ?? '');
			const rest = main.cloneNode(true) as HTMLElement;
			for (const d of rest.querySelectorAll('details')) if (/^(A solution|Our predictions)$/.test(d.querySelector('summary')?.textContent?.trim() ?? '')) d.remove();
			// Text the book does not print: a lab's data (JSON in a script), hidden parts, and the guided steps'
			// hints (the book draws a lab as its storyboard, a picture per step, without them).
			for (const unprinted of rest.querySelectorAll('script, style, template, [hidden], .kc-pg-hint')) unprinted.remove();
			return { starts, rest: rest.textContent ?? '' };
		});
		const rest = squash(solutions.rest);
		for (const start of solutions.starts) found.push({ lesson: lesson.slug, start: squash(start), outside: rest.split(squash(start)).length - 1 });
	}
	await page.context().close();
	return found;
}

/** The start of every quiz answer on the site (its first paragraph, whitespace removed, at most 60 characters). */
async function siteQuizAnswers(prefix: string, lessons: Lesson[]): Promise<{ lesson: string; start: string }[]> {
	const { page } = await openPage(browser());
	const found: { lesson: string; start: string }[] = [];
	for (const lesson of lessons) {
		await page.goto(siteUrl(`${prefix}lessons/${lesson.slug}/`));
		const starts = await page.$$eval('.sl-markdown-content details', (all) =>
			all.filter((d) => /^(Answer|答案)$/.test(d.querySelector('summary')?.textContent?.trim() ?? '')).map((d) => d.querySelector('p')?.textContent ?? ''),
		);
		for (const start of starts) found.push({ lesson: lesson.slug, start: squash(start).slice(0, 60) });
	}
	await page.context().close();
	return found;
}

/** Neither the address a build has without SITE nor the test server's (lessons do mention `localhost:80`). */
function expectNoLocalAddress(book: Book) {
	const local = ['localhost:4321', new URL(siteUrl()).host];
	for (const [i, text] of book.text.entries()) for (const host of local) expect(text, `page ${i + 1}`).not.toContain(host);
	for (const link of book.links) for (const host of local) if (link.url) expect(link.url, `link on page ${link.page}`).not.toContain(host);
}

/** The book's text without the running head and page number each page starts with. */
const bodyText = (pages: string[]) => pages.map((text) => squash(text).replace(/^Kube(Classroom|课堂)\d+/, '')).join('');

/**
 * Pages less than a fifth full (the lowest text above the bottom margin's fifth), other than the last page
 * of a chapter (the page before a lesson or the answer key starts) and the book's last.
 */
async function nearlyEmptyPages(book: Book): Promise<number[]> {
	const starts = new Set(book.outline.map((node) => node.page));
	const found: number[] = [];
	for (let n = 2; n < book.doc.numPages; n++) {
		if (starts.has(n + 1)) continue;
		const height = (await book.doc.getPage(n)).view[3] ?? 842;
		// A4 with 18 mm margins: the running head and the page number sit in them.
		const [top, bottom] = [height - 51, 51];
		const lowest = Math.min(...(await pageText(book.doc, n)).filter((t) => t.str.trim() && t.y > bottom && t.y < top).map((t) => t.y));
		if ((top - lowest) / (top - bottom) < 0.2) found.push(n);
	}
	return found;
}

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
	// The contents run from page 2 to the first chapter (a lesson: a bookmark with sections), however many
	// pages the course's lessons take.
	const firstChapter = Math.min(...book.outline.filter((node) => node.items.length > 0 && node.page !== undefined).map((node) => node.page!));
	const toc = book.links.filter((link) => link.url === undefined && link.target && link.page > 1 && link.page < firstChapter);
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

	test('prints exercise solutions in the answer key only: the lessons say where they are', async () => {
		const solutions = await siteSolutions('', lessons);
		expect(solutions.length).toBeGreaterThan(0);
		const keyStart = book.outline.at(-1)?.page ?? 0;
		const lessonsText = bodyText(book.text.slice(0, keyStart - 1));
		const keyText = bodyText(book.text.slice(keyStart - 1));
		for (const { lesson, start, outside } of solutions) {
			expect(start.length, `${lesson}: a solution with a title or text`).toBeGreaterThan(5);
			expect(lessonsText.split(start).length - 1, `${lesson}'s solution in the lessons`).toBe(outside);
			expect(keyText, `${lesson}'s solution in the key`).toContain(start);
		}
		const notes = book.text.join('\n').match(/A solution is in the answer key \(page \d+\)/g) ?? [];
		expect(notes).toHaveLength(solutions.length);
	});

	test('sets Latin text and its punctuation in the Latin face, not in Noto Sans SC', async () => {
		const pages = Array.from({ length: book.doc.numPages }, (_, i) => i + 1).slice(4, 40);
		const quotes = (await drawnText(book.doc, pages)).filter((run) => /[’“”]/.test(run.text));
		expect(quotes.length).toBeGreaterThan(0);
		for (const run of quotes) expect(run.font.name, `"${run.text}" on page ${run.page}`).toMatch(/SourceSans3/);
	});

	test('prints no local address when SITE is not set, and leaves no page under a fifth full but a chapter\'s last', async () => {
		expectNoLocalAddress(book);
		expect(book.text[0]).not.toContain('Online');
		expect(await nearlyEmptyPages(book)).toEqual([]);
	});

	test('prints no placeholder text, and the quizzes as worksheets with their answers at the end', () => {
		expectNoPlaceholders(book);
		const all = book.text.join('\n');
		expect(all).toContain('Your answer');
		// The default (self-study) edition: no teaching notes, no writing space in place of solutions.
		expect(all).not.toContain('Teaching notes');
		expect(all).not.toContain('Your work');
		const key = book.outline.at(-1);
		expect(key?.items.length).toBeGreaterThan(0);
	});
});

describe('the whole Chinese course book', () => {
	let book: Book;
	beforeAll(async () => {
		book = await print('zh-cn/print/');
	}, 180_000);

	test('prints every diagram, its labels set in the embedded Noto Sans SC like all Chinese text', async () => {
		const folder = new URL('../../content/diagrams/zh-cn/', import.meta.url);
		const all = squash(book.text.join(''));
		for (const file of readdirSync(folder)) {
			const labels = [...readFileSync(new URL(file, folder), 'utf8').matchAll(/<text[^>]*>([^<]+)</g)].map((m) => m[1] ?? '');
			const chinese = labels.filter((label) => /\p{Script=Han}/u.test(label));
			expect(chinese.length, `${file} has Chinese labels`).toBeGreaterThan(0);
			for (const label of chinese) expect(all, `${file}: "${label}"`).toContain(squash(label.replace(/&amp;/g, '&')));
		}
		const pages = Array.from({ length: book.doc.numPages }, (_, i) => i + 1);
		const han = (await drawnText(book.doc, pages)).filter((run) => /\p{Script=Han}/u.test(run.text));
		expect(han.length).toBeGreaterThan(100);
		for (const run of han) {
			expect(run.font.name, `"${run.text}" on page ${run.page}`).toMatch(/NotoSansSC/);
			expect(run.font.embedded).toBe(true);
		}
	});

	test('has its answer key in headed parts, and no page under a fifth full but a chapter\'s last', async () => {
		const key = book.outline.at(-1);
		expect(key?.title).toBe('参考答案');
		for (const lesson of key?.items ?? []) {
			expect(lesson.title).toMatch(/^\d+\. \S/);
			expect(lesson.title.slice(0, lesson.title.length / 2)).not.toBe(lesson.title.slice(lesson.title.length / 2));
			expect(lesson.items.map((item) => item.title).filter((t) => t !== '练习')).toEqual(['小测验']);
		}
		expect(await nearlyEmptyPages(book)).toEqual([]);
		expectNoLocalAddress(book);
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
		// Without SITE, links to the lessons it leaves out are plain text, not links to a local address.
		expectNoLocalAddress(zh);
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

	test('with SITE, the cover and the links to lessons left out point at the site, not at a local address', async () => {
		const book = await print('print/', ['pod-manifests'], 'https://example.org');
		expect(book.text[0]).toContain('https://example.org/');
		expectNoLocalAddress(book);
		expect(book.links.some((link) => link.url?.startsWith('https://example.org/lessons/'))).toBe(true);
	});

	test('asking for a lesson that does not exist names the lessons that do', async () => {
		await expect(printBook(browser(), { url: siteUrl('print/'), lessons: ['no-such-lesson'], printDate: 'today' })).rejects.toThrow(
			/No lesson named no-such-lesson\. The lessons are: .*start-here/,
		);
	});
});

describe('the student edition', () => {
	let lessons: Lesson[];
	let book: Book;
	beforeAll(async () => {
		lessons = await siteLessons('');
		book = await print('print/', [], undefined, 'student');
	}, 240_000);

	test('prints no exercise solution and no quiz answer anywhere, and no answer key', async () => {
		expect(book.text[0]).toContain('Course book · Student edition');
		expect(book.outline.map((node) => node.title)).toEqual(['Contents', ...lessons.map((l) => l.title)]);
		const all = bodyText(book.text);
		const solutions = await siteSolutions('', lessons);
		expect(solutions.length).toBeGreaterThan(0);
		for (const { lesson, start, outside } of solutions) expect(all.split(start).length - 1, `${lesson}'s solution`).toBe(outside);
		const answers = await siteQuizAnswers('', lessons);
		expect(answers.length).toBeGreaterThan(20);
		for (const { lesson, start } of answers) expect(all, `${lesson}: a quiz answer`).not.toContain(start);
		expect(all).not.toContain(squash('answer key'));
	});

	test('leaves room to write where each solution was, and prints no teaching notes', async () => {
		const text = book.text.join('\n');
		expect(text.match(/Your work/g)?.length).toBeGreaterThanOrEqual((await siteSolutions('', lessons)).length);
		expect(text).not.toContain('Teaching notes');
		expectNoPlaceholders(book);
		await expectTocNumbers(book);
	});
});

describe('worksheets', () => {
	test('a handout keeps each lesson\'s title, its quiz and its exercises, with room to write and no answers', async () => {
		const lessons = (await siteLessons('')).filter((l) => ['probes', 'configuration'].includes(l.slug));
		const book = await print('print/', lessons.map((l) => l.slug), undefined, 'worksheets');
		expect(book.text[0]).toContain('Handout · Quizzes and exercises');
		expect(book.outline.map((node) => node.title)).toEqual(['Contents', ...lessons.map((l) => l.title)]);
		for (const node of book.outline.slice(1)) expect(node.items.map((item) => item.title).at(-1)).toBe('Quiz');
		const configuration = book.outline.find((node) => node.title === 'Configuration');
		expect(configuration?.items.map((item) => item.title)).toEqual(['Exercise: take the configuration out of the Pod', 'Quiz']);
		const all = squash(book.text.join(''));
		for (const lesson of lessons) expect(all, `${lesson.slug}'s introduction`).not.toContain(squash(lesson.firstParagraph).slice(0, 60));
		expect(all).toContain('Yourwork');
		expect(all).toContain('Youranswer');
		expectLinksResolve(book);
		await expectTocNumbers(book);
		expectNoPlaceholders(book);
	}, 120_000);
});

describe('the teacher edition', () => {
	/** The notes as written in content/teaching/<lang>/<slug>.yaml. */
	const notes = (lang: string, slug: string) => teachingNotesSchema.parse(parseYaml(readFileSync(new URL(`../../content/teaching/${lang}/${slug}.yaml`, import.meta.url), 'utf8')));

	test.each([
		['en', 'print/', 'Teaching notes', 'Answer key'],
		['zh-cn', 'zh-cn/print/', '教学备注', '参考答案'],
	])('a %s handout opens each lesson with its teaching notes, and keeps the answer key', async (lang, path, heading, key) => {
		const slugs = ['probes', 'review'];
		const book = await print(path, slugs, undefined, 'teacher');
		expect(book.outline.at(-1)?.title).toBe(key);
		const starts = book.outline.slice(1, 3).map((node) => node.page);
		for (const [i, slug] of slugs.entries()) {
			// A misconception's first sentence (the belief) prints in quotation marks.
			const page = squash(book.text[(starts[i] ?? 0) - 1] ?? '').replace(/[“”]/g, '');
			const written = notes(lang, slug);
			expect(page, `${slug}: the notes on the lesson's first page`).toContain(squash(heading));
			for (const line of [written.plan[0], written.misconceptions[0], written.discussion[0]]) expect(page, slug).toContain(squash(line ?? ''));
			expect(squash(book.text.join(''))).toContain(squash(written.demonstrate.session.split('\n')[0] ?? ''));
		}
		expectNoPlaceholders(book);
	}, 120_000);
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
