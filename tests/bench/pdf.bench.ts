// Course book speed and size, printed as figures (not a timed test). Targets from the issues: both books
// in both editions a class uses (student and teacher) together in under 60 s on the 2-core machine, under
// 50 KB per page on average. Building the site, when it is stale, is not counted. Run: npm run bench
import { fileURLToPath } from 'node:url';
import { makeBooks, type MadeBook } from '../../src/cli/pdf/make-books.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const books: MadeBook[] = [];
for (const edition of ['student', 'teacher'] as const) {
	books.push(...(await makeBooks(root, { langs: ['en', 'zh-cn'], lessons: [], edition, build: false, help: false }, () => {})));
}

const seconds = books.reduce((sum, b) => sum + b.seconds, 0);
const pages = books.reduce((sum, b) => sum + b.pages, 0);
const bytes = books.reduce((sum, b) => sum + b.bytes, 0);
for (const b of books) {
	console.log(
		`${b.lang.padEnd(6)} ${b.edition.padEnd(8)} ${String(b.pages).padStart(4)} pages  ${(b.bytes / 1048576).toFixed(2)} MB  ` +
			`${(b.bytes / 1024 / b.pages).toFixed(1)} KB/page  ${b.renders} renders  ${b.seconds.toFixed(1)} s`,
	);
}
const kbPerPage = bytes / 1024 / pages;
console.log(`both books, student and teacher editions: ${seconds.toFixed(1)} s (goal < 60 s), ${kbPerPage.toFixed(1)} KB/page on average (goal < 50 KB)`);
if (seconds >= 60 || kbPerPage >= 50) {
	console.log('over the goal');
	process.exitCode = 1;
}
