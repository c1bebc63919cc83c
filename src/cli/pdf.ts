// `npm run pdf`: the course book as PDF, for offline classrooms. Builds the site when it is missing or older
// than its sources, serves it, and prints each language's print page (/print/, /zh-cn/print/) with
// Chromium into dist/pdf/. `--lessons a,b` makes a handout of some lessons. The steps: src/cli/pdf/.
import { fileURLToPath } from 'node:url';
import { parsePdfArgs, USAGE } from './pdf/args.ts';
import { makeBooks } from './pdf/make-books.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const log = (line: string) => process.stdout.write(`${line}\n`);

try {
	const options = parsePdfArgs(process.argv.slice(2));
	if (options.help) log(USAGE);
	else await makeBooks(root, options, log);
} catch (error) {
	process.stderr.write(`npm run pdf: ${(error as Error).message}\n`);
	process.exitCode = 1;
}
