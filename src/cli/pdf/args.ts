// Command-line options of `npm run pdf`, parsed with Node's own parseArgs.
import { parseArgs } from 'node:util';
import { pdfFileName, type BookLang } from '../../lib/print/strings.ts';
import { DEFAULT_EDITION, EDITIONS, editionSuffix, type Edition } from '../../lib/print/editions.ts';

export const BOOK_LANGS: readonly BookLang[] = ['en', 'zh-cn'];

export interface PdfOptions {
	/** Languages to print. @default ['en', 'zh-cn'] */
	langs: BookLang[];
	/** Lesson slugs for a handout, in the order given; empty for the whole course. @default [] */
	lessons: string[];
	/** Which book: self-study (answer key, no teaching notes), student (no answers), teacher, or worksheets. @default 'self-study' */
	edition: Edition;
	/** Rebuild the site even when dist/ looks current. @default false */
	build: boolean;
	help: boolean;
}

export const USAGE = `Usage: npm run pdf [-- options]

Prints the course book as PDF (dist/pdf/kube-classroom-<lang>.pdf), building the site first when needed.

  --lang en|zh-cn        only this language (default: both)
  --lessons a,b          a handout of these lessons (slugs as in the address: probes,pods)
  --edition NAME         self-study (default: the book the site links, answers in a key at the back),
                         student (no answers anywhere, room to write; file name ends in -student) or
                         teacher (the answer key and each lesson's teaching notes; ends in -teacher) or
                         worksheets (the student edition cut to quizzes and exercises; ends in -worksheets)
  --build                rebuild the site even if dist/ is up to date
  -h, --help             this text`;

/** Throws an Error with a message for the reader when the arguments are wrong. */
export function parsePdfArgs(argv: string[]): PdfOptions {
	const { values } = parseArgs({
		args: argv,
		options: {
			lang: { type: 'string' },
			lessons: { type: 'string' },
			edition: { type: 'string', default: DEFAULT_EDITION },
			build: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
		strict: true,
	});
	let langs = [...BOOK_LANGS];
	if (values.lang !== undefined) {
		const lang = values.lang.toLowerCase() as BookLang;
		if (!BOOK_LANGS.includes(lang)) throw new Error(`--lang must be one of ${BOOK_LANGS.join(', ')}, not "${values.lang}".`);
		langs = [lang];
	}
	const lessons = (values.lessons ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	if (values.lessons !== undefined && lessons.length === 0) throw new Error('--lessons needs at least one lesson slug.');
	const edition = (values.edition ?? DEFAULT_EDITION).toLowerCase() as Edition;
	if (!EDITIONS.includes(edition)) throw new Error(`--edition must be one of ${EDITIONS.join(', ')}, not "${values.edition}".`);
	return { langs, lessons: [...new Set(lessons)], edition, build: values.build ?? false, help: values.help ?? false };
}

/** The file a book is written to: the whole course, or a handout named after its lessons. */
export function outputName(lang: BookLang, lessons: readonly string[], edition: Edition = DEFAULT_EDITION): string {
	const name = lessons.length === 0 ? pdfFileName(lang) : `kube-classroom-${lang}-${lessons.join('-')}.pdf`;
	return name.replace(/\.pdf$/, `${editionSuffix(edition)}.pdf`);
}
