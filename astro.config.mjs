// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { siteUrl, basePath, outDir } from './src/site-env.mjs';
import { restorePdfs } from './src/pdf-cache.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { serviceWorker } from './src/integrations/service-worker.mjs';
import { focusableTables } from './src/integrations/focusable-tables.mjs';
import { monacoVitePlugin } from './src/components/manifest-editor/monaco/vite-plugin.mjs';
import { playgroundVitePlugin } from './src/components/cluster-playground/vite-plugin.mjs';
import { widgetsSharedChunk } from './src/components/shared/vite-plugin.mjs';

// The course lives in the top-level `content/` folder, not under `src/`. Starlight derives every path it
// uses (the docs collection, the sidebar tree, last-updated dates from git, the language of a Markdown
// file for asides, heading links and code blocks) from `srcDir + content/docs`. Pointing `srcDir` at the
// project root makes all of those land on `content/docs` with no patching of Starlight's internals; our
// code stays in `src/` and reaches Astro through relative imports and Starlight's options.
export default defineConfig({
	site: siteUrl(),
	base: basePath(),
	outDir: outDir(),
	srcDir: './',
	trailingSlash: 'always',
	// `## Selectors {#selector}` sets a heading's id: the same anchor in every language, so links from the
	// validator, the PDF and other lessons survive translation.
	// Every table is a keyboard stop, since whether it scrolls depends on the reader's fonts.
	markdown: { processor: satteri({ features: { headingAttributes: true }, hastPlugins: [focusableTables] }) },
	vite: {
		build: {
			rollupOptions: {
				// Astro's MDX output starts with its own "use astro:head-inject" directive; the bundler's warning
				// about it, once per lesson, is noise that hides real warnings.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
		// Monaco's build needs: Prettier stubbed out, its CSS loaded with the editor, ES-module workers. The
		// playground's: one chunk for what its island loads with it.
		plugins: [monacoVitePlugin(), playgroundVitePlugin(), widgetsSharedChunk()],
	},
	integrations: [
		starlight({
			title: { en: 'Kube Classroom', 'zh-CN': 'Kube 课堂' },
			description: 'An interactive Kubernetes course: how the control plane really works, hands-on.',
			defaultLocale: 'root',
			locales: {
				root: { label: 'English', lang: 'en' },
				'zh-cn': { label: '简体中文', lang: 'zh-CN' },
			},
			lastUpdated: true,
			// Long lines wrap (keeping their indent) instead of scrolling: readable on a phone and in print, and
			// no scrollable region that keyboard users cannot reach (axe: scrollable-region-focusable).
			expressiveCode: { defaultProps: { wrap: true } },
			favicon: '/favicon.svg',
			// Our own bilingual 404 (src/routes/404.astro): a static host serves one 404 page for every locale.
			disable404Route: true,
			sidebar: [
				{ label: 'Course', translations: { 'zh-CN': '课程' }, link: '/' },
				{
					label: 'Lessons',
					translations: { 'zh-CN': '课程内容' },
					items: [{ autogenerate: { directory: 'lessons' } }],
				},
				// The timed exam on the simulated cluster (content/exams, src/components/exam).
				{ label: 'Exam', translations: { 'zh-CN': '考试' }, link: '/exam/' },
			],
			// The print stylesheet loads on every page, so Ctrl+P on a lesson looks like the PDF book; Noto Sans SC
			// (only fetched by the browser when printing Chinese) is the CJK font the book embeds.
			// The sidebar marks lessons already read (src/components/starlight/CourseSidebar.astro).
			components: { Sidebar: './src/components/starlight/CourseSidebar.astro' },
			customCss: [
				'./src/styles/course.css',
				'./src/styles/print.css',
			],
		}),
		mdx(),
		{
			name: 'kube-classroom:routes',
			hooks: {
				'astro:config:setup': ({ injectRoute }) => {
					injectRoute({ pattern: '/404', entrypoint: './src/routes/404.astro' });
					// The print book of each language (/print/ and /zh-cn/print/), which `npm run pdf` prints.
					injectRoute({ pattern: '/[...locale]/print', entrypoint: './src/routes/print/print-page.astro' });
				},
				// The build empties dist/; put back the course book PDFs `npm run pdf` made (src/pdf-cache.mjs).
				'astro:build:done': ({ dir }) => {
					restorePdfs(fileURLToPath(dir));
				},
			},
		},
		// Last: the worker and the whole-course manifest list the finished build, the PDFs put back included.
		serviceWorker(),
	],
});
