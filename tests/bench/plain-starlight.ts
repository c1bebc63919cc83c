/**
 * The lessons' anchor (issue 13, "Lessons"): the same lesson text in plain Starlight, built at bench time
 * in a temporary folder with the Starlight and Astro in node_modules. Plain means Starlight's defaults:
 * no custom CSS, components, integrations or Markdown processor. The text is the course's own lessons with
 * the course's widgets unwrapped (a quiz keeps its questions, an editor or a playground its code block),
 * `{#id}` heading anchors dropped and Starlight's own components (Aside, Steps, Tabs) and the diagrams kept,
 * so the pages differ only in what the course adds around the same words.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import starlight from '@astrojs/starlight';
import { build } from 'astro';

/** Tags of the widgets a lesson imports from `@components`, written out with their children kept. */
function widgetNames(mdx: string): string[] {
	return [...mdx.matchAll(/^import \{([^}]+)\} from '@components';$/gm)].flatMap((m) => m[1]!.split(',').map((n) => n.trim()).filter(Boolean));
}

/** Where the JSX tag starting at `start` (`<Name …`) ends: after its `>`, past braces and strings in props. */
function tagEnd(text: string, start: number): number {
	let depth = 0;
	let quote = '';
	for (let i = start + 1; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === '\\') i++;
			else if (c === quote) quote = '';
		} else if (c === '"' || c === "'" || c === '`') quote = c;
		else if (c === '{') depth++;
		else if (c === '}') depth--;
		else if (c === '>' && depth === 0) return i + 1;
	}
	throw new Error(`unterminated tag at ${start}`);
}

/** The lesson as plain Starlight reads it: the course's widgets unwrapped, `{#id}` anchors dropped. */
export function plainLesson(mdx: string): string {
	let text = mdx.replace(/^import \{[^}]+\} from '@components';\n/gm, '').replace(/^(#{1,6} .*?) \{#[\w-]+\}$/gm, '$1');
	for (const name of widgetNames(mdx)) {
		const open = new RegExp(`<${name}(?=[\\s/>])`, 'g');
		for (let m = open.exec(text); m; m = open.exec(text)) {
			text = text.slice(0, m.index) + text.slice(tagEnd(text, m.index));
			open.lastIndex = m.index;
		}
		text = text.replaceAll(`</${name}>`, '');
	}
	return text;
}

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

/**
 * Builds plain Starlight from the lessons of `root`'s content/ (both languages) into a temporary folder.
 * @returns the folder (its build is in `dist/`) and a function that removes it.
 */
export async function buildPlainStarlight(root: string): Promise<{ dir: string; dispose(): void }> {
	// The project is the build's root (Astro builds Starlight only from its root's own node_modules), this
	// folder inside it its srcDir, publicDir, outDir and cache. Removed after the bench; .gitignore names it.
	const dir = mkdtempSync(join(root, '.bench-plain-starlight-'));
	const dispose = () => rmSync(dir, { recursive: true, force: true });
	try {
		mkdirSync(join(dir, 'src/content'), { recursive: true });
		mkdirSync(join(dir, 'public'));
		writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
		// Lessons import their diagrams as '../../diagrams/en/x.svg': keep the same layout under src/content.
		const content = join(root, 'content');
		cpSync(join(content, 'diagrams'), join(dir, 'src/content/diagrams'), { recursive: true });
		for (const lessons of ['docs/lessons', 'docs/zh-cn/lessons']) {
			for (const file of files(join(content, lessons))) {
				const to = join(dir, 'src/content', lessons, file);
				mkdirSync(dirname(to), { recursive: true });
				writeFileSync(to, plainLesson(readFileSync(join(content, lessons, file), 'utf8')));
			}
		}
		await build({
			root,
			configFile: false,
			srcDir: join(dir, 'src'),
			publicDir: join(dir, 'public'),
			outDir: join(dir, 'dist'),
			cacheDir: join(dir, 'cache'),
			logLevel: 'error',
			integrations: [
				starlight({
					title: { en: 'Kube Classroom', 'zh-CN': 'Kube 课堂' },
					defaultLocale: 'root',
					locales: { root: { label: 'English', lang: 'en' }, 'zh-cn': { label: '简体中文', lang: 'zh-CN' } },
					sidebar: [{ label: 'Lessons', translations: { 'zh-CN': '课程内容' }, items: [{ autogenerate: { directory: 'lessons' } }] }],
				}),
			],
		});
		return { dir, dispose };
	} catch (error) {
		dispose();
		throw new Error(`plain Starlight did not build in ${relative(root, dir)}`, { cause: error });
	}
}
