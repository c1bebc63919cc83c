// Decides whether the built site is older than its sources, and runs `astro build` when it is.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Newest modification time of any file under `paths` (folders are walked), in ms; 0 when none exist. */
export function newestMtime(paths: readonly string[]): number {
	let newest = 0;
	const visit = (path: string) => {
		if (!existsSync(path)) return;
		const stat = statSync(path);
		if (stat.isDirectory()) {
			for (const entry of readdirSync(path)) if (entry !== 'node_modules' && !entry.startsWith('.')) visit(join(path, entry));
		} else newest = Math.max(newest, stat.mtimeMs);
	};
	for (const path of paths) visit(path);
	return newest;
}

/**
 * True when a print page is missing from `outDir` or older than any source it is built from.
 * @param root the project folder
 * @param printPages the print pages' index.html paths, relative to `outDir`
 */
export function siteIsStale(root: string, outDir: string, printPages: readonly string[]): boolean {
	const built = printPages.map((page) => join(outDir, page));
	if (built.some((file) => !existsSync(file))) return true;
	const oldestBuilt = Math.min(...built.map((file) => statSync(file).mtimeMs));
	const sources = ['content', 'src', 'public', 'astro.config.mjs', 'content.config.ts', 'package-lock.json'];
	return newestMtime(sources.map((s) => join(root, s))) > oldestBuilt;
}

/** Runs `astro build` in `root` with the project's Astro, its output shown; rejects when it fails. */
export function buildSite(root: string): Promise<void> {
	const astro = fileURLToPath(import.meta.resolve('astro/package.json')).replace(/package\.json$/, 'bin/astro.mjs');
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astro, 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed (exit code ${code}).`))));
	});
}
