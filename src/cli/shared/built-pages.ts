import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page of a build, as site paths like `zh-cn/lessons/pods/` ('' for the home page; 404 excluded). */
export function listPages(dir: string): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
			} else if (entry.name === 'index.html') {
				const rel = relative(dir, folder).split(sep).join('/');
				pages.push(rel ? `${rel}/` : '');
			}
		}
	};
	walk(dir);
	return pages.sort();
}
