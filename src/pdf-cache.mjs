// Where the course book PDFs are kept between builds. `astro build` empties the output folder, so
// `npm run pdf` also keeps a copy of each whole-course book here; every build copies them back to
// dist/pdf/ (see astro.config.mjs) and the start page links them (src/components/CoursePdf.astro).
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {string} The folder holding the latest whole-course PDFs. @default '<cwd>/node_modules/.cache/kube-classroom-pdf' */
export function pdfCacheDir(root = process.cwd()) {
	return join(root, 'node_modules', '.cache', 'kube-classroom-pdf');
}

/** Copies the kept PDFs into `<outDir>/pdf/`. @returns {string[]} the file names copied */
export function restorePdfs(outDir, root = process.cwd()) {
	const cache = pdfCacheDir(root);
	if (!existsSync(cache)) return [];
	const files = readdirSync(cache).filter((name) => name.endsWith('.pdf'));
	if (files.length > 0) mkdirSync(join(outDir, 'pdf'), { recursive: true });
	for (const name of files) copyFileSync(join(cache, name), join(outDir, 'pdf', name));
	return files;
}

/** Keeps a copy of a freshly printed whole-course PDF. */
export function keepPdf(file, name, root = process.cwd()) {
	mkdirSync(pdfCacheDir(root), { recursive: true });
	copyFileSync(file, join(pdfCacheDir(root), name));
}
