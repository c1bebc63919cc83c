/**
 * Reads the fenced code blocks of a lesson the way the lessons write them:
 *
 *     ```yaml title="web.yaml"                a manifest, named so `kubectl apply -f web.yaml` finds it
 *     ```yaml expect-error title="bad.yaml"   a manifest the API server must reject
 *     ```sh                                   kubectl commands, replayed in order on a simulated cluster
 *     ```sh real-cluster                      commands that only make sense on a real cluster
 *
 * Fences sit at the start of a line (the lessons never indent them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface CodeBlock {
	lang: string;
	/** Words of the info string after the language, without `title="…"`. */
	meta: string[];
	title?: string;
	body: string;
	/** 1-based line of the opening fence. */
	line: number;
}

export interface Lesson {
	/** Path relative to content/docs, e.g. `zh-cn/lessons/pods.mdx`. */
	path: string;
	blocks: CodeBlock[];
}

export const DOCS = join(import.meta.dirname, '../../../content/docs');

/** Meta word of an ```sh block that the simulator does not replay (port-forward held open, `get --raw`). */
export const REAL_CLUSTER = 'real-cluster';

export function parseBlocks(text: string): CodeBlock[] {
	const lines = text.split('\n');
	const blocks: CodeBlock[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = /^(`{3,})(\S*)\s*(.*)$/.exec(lines[i]!);
		if (!open) continue;
		const [, fence, lang, info] = open as unknown as [string, string, string, string];
		const title = /title="([^"]*)"/.exec(info)?.[1];
		const meta = info.replace(/title="[^"]*"/, '').split(/\s+/).filter((w) => w !== '');
		const body: string[] = [];
		const start = i + 1;
		for (i++; i < lines.length && !lines[i]!.startsWith(fence); i++) body.push(lines[i]!);
		blocks.push({ lang, meta, ...(title !== undefined ? { title } : {}), body: body.length > 0 ? `${body.join('\n')}\n` : '', line: start });
	}
	return blocks;
}

/** Every lesson of both locales: content/docs/lessons and content/docs/<locale>/lessons. */
export function readLessons(): Lesson[] {
	const dirs = [join(DOCS, 'lessons'), ...readdirSync(DOCS, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'lessons').map((d) => join(DOCS, d.name, 'lessons'))];
	const lessons: Lesson[] = [];
	for (const dir of dirs) {
		let files: string[];
		try {
			files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
		} catch {
			continue;
		}
		for (const file of files) {
			const path = join(dir, file);
			lessons.push({ path: relative(DOCS, path), blocks: parseBlocks(readFileSync(path, 'utf8')) });
		}
	}
	return lessons;
}
