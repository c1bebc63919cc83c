// @ts-check
// Build settings Monaco needs, kept next to the only code that uses Monaco.
//  1. monaco-editor is pinned to 0.52.2: the rewrites below (points 5, 6 and 7) name its files and lines,
//     and 0.56+ moved `esm/vs/*` behind new package exports.
//  2. (Monaco's YAML language server, monaco-yaml, is gone: hover and completion come from the validator's
//     worker, so neither its 228 KB worker nor Prettier inside it is bundled.)
//  3. Monaco's modules import their CSS. Astro links every stylesheet reachable from a page's scripts,
//     dynamic imports included, so Monaco's 135 KB of CSS would load with every lesson. Each CSS import
//     becomes a small module that adds the CSS (as an `?inline` string) to the page (add-style.ts, one
//     stylesheet for all). Those modules are a chunk of their own, "monaco-styles", which loadMonaco()
//     fetches alongside Monaco's code: the CSS goes in while that code still downloads and compiles, so
//     the style recalculation and relayout of the whole lesson it causes (~100 ms at 4× CPU slowdown)
//     happen while the page waits anyway, not between the click and the first keystroke.
//  4. Workers are ES modules (Monaco's and ours share chunks).
//  5. Hover imports "peek definition", quick fixes, colour and inlay-hint code that the editor never uses
//     (gotoSymbol, codeAction, colorPicker, inlayHints: ~40 KB gzip); those imports get the stand-ins in
//     hover-stubs.ts. Only imports from hover are redirected, so adding one of those contributions later
//     brings the real module.
//  6. editor.api's standalone modules import the diff editor and the multi-file diff editor (for
//     `createDiffEditor`, never called here) and the quick input (command palette, quick picks: no
//     contribution here opens one), whose list service brings the tree widget with its sticky scroll;
//     and every editor view builds a minimap even when it is switched off (as here). Those import lines
//     are rewritten to the stand-ins in widget-stubs.ts (~87 KB gzip less). Like the NLS rewrite, each
//     must match exactly once, checked when the plugin is created: a Monaco upgrade that moves them fails
//     the build instead of silently bundling them again.
//  7. Monaco's ESM build has English UI text only: its `localize` and `localize2` are made to look each
//     message up in the table monaco/messages.ts installs on Chinese pages (src/cli/generate-monaco-nls.ts
//     writes it from the translations of Monaco's AMD build).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} file */
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const MONACO_MODULE = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/].*\.js$/;
const CSS_IMPORT = /^import\s+(['"])([^'"]+\.css)\1;?\s*$/gm;
const HOVER_MODULE = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]contrib[\\/]hover[\\/]browser[\\/]/;
const UNUSED_BY_HOVER =
	/[\\/]contrib[\\/](gotoSymbol[\\/]browser[\\/]link[\\/]goToDefinitionAtPosition|codeAction[\\/]browser[\\/]codeAction(Controller)?|colorPicker[\\/]browser[\\/]colorHoverParticipant|inlayHints[\\/]browser[\\/]inlayHintsHover)\.js$/;
/** Point 3: the module that adds one Monaco CSS file (its absolute path follows) to the page. */
const STYLE_MODULE = 'kc-monaco-style:';
const ADD_STYLE = here('./add-style.ts');
const MONACO_CSS = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/].*\.css\?inline$/;
/** What goes into the "monaco-styles" chunk: the modules of point 3, the CSS they inline, add-style.ts. */
const isStyleModule = (/** @type {string} */ id) => id.startsWith(`\0${STYLE_MODULE}`) || MONACO_CSS.test(id) || id === ADD_STYLE;
const MONACO_NLS = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]nls\.js$/;
/** The global monaco/messages.ts sets: a Map from Monaco's English text to the page language's. */
const MESSAGES_GLOBAL = '__kcMonacoMessages';
// Each rewrite must match exactly once: a Monaco upgrade that changes nls.js fails the build, not the text.
/** @type {[string, string][]} */
const NLS_REWRITES = [
	['return _format(message, args);', 'return _format(__kcTranslate(message), args);'],
	['message = originalMessage;', 'message = __kcTranslate(originalMessage);'],
];

const MONACO_ESM = join(dirname(createRequire(import.meta.url).resolve('monaco-editor/package.json')), 'esm');
const WIDGET_STUBS = JSON.stringify(here('./widget-stubs.ts'));
/**
 * Point 6: Monaco module (under esm/) → its import lines of widgets the editor never shows. Each line is
 * rewritten to import the same names from widget-stubs.ts.
 * @type {Record<string, string[]>}
 */
export const WIDGET_REWRITES = {
	'vs/editor/browser/view.js': ["import { Minimap } from './viewParts/minimap/minimap.js';"],
	'vs/editor/standalone/browser/standaloneCodeEditor.js': ["import { DiffEditorWidget } from '../../browser/widget/diffEditor/diffEditorWidget.js';"],
	'vs/editor/standalone/browser/standaloneEditor.js': ["import { MultiDiffEditorWidget } from '../../browser/widget/multiDiffEditor/multiDiffEditorWidget.js';"],
	'vs/editor/standalone/browser/quickInput/standaloneQuickInputService.js': ["import { QuickInputService } from '../../../../platform/quickinput/browser/quickInputService.js';"],
	'vs/platform/list/browser/listService.js': [
		"import { TreeFindMode, TreeFindMatchType } from '../../../base/browser/ui/tree/abstractTree.js';",
		"import { AsyncDataTree, CompressibleAsyncDataTree } from '../../../base/browser/ui/tree/asyncDataTree.js';",
		"import { DataTree } from '../../../base/browser/ui/tree/dataTree.js';",
		"import { CompressibleObjectTree, ObjectTree } from '../../../base/browser/ui/tree/objectTree.js';",
	],
};

/** `code` with `from` replaced by `to`, which must occur exactly once: Monaco changed if not, and the build stops. */
function replaceOnce(/** @type {string} */ code, /** @type {string} */ from, /** @type {string} */ to, /** @type {string} */ file) {
	if (code.split(from).length !== 2) throw new Error(`monaco-editor's ${file} changed: expected one "${from}"`);
	return code.replace(from, to);
}

/** Monaco's nls.js, with its English messages passed through the installed translation table. */
function translatedNls(/** @type {string} */ code) {
	const rewritten = NLS_REWRITES.reduce((text, [from, to]) => replaceOnce(text, from, to, 'nls.js'), code);
	return `${rewritten}\nfunction __kcTranslate(message) { return globalThis.${MESSAGES_GLOBAL}?.get(message) ?? message; }\n`;
}

/**
 * A Monaco module's code with the widget imports of point 6 rewritten; unchanged for other modules.
 * @param {string} file absolute path of a module under monaco-editor/esm/
 * @param {string} code
 */
export function withoutUnusedWidgets(file, code) {
	const key = file.slice(MONACO_ESM.length + 1).split(/[\\/]/).join('/');
	const lines = file.startsWith(MONACO_ESM) ? (WIDGET_REWRITES[key] ?? []) : [];
	return lines.reduce((text, line) => replaceOnce(text, line, line.replace(/'[^']+';$/, `${WIDGET_STUBS};`), key), code);
}

// Checked once, when the plugin is created, so a changed Monaco fails every build, not only a build
// that happens to reach these modules.
for (const key of Object.keys(WIDGET_REWRITES)) withoutUnusedWidgets(join(MONACO_ESM, key), readFileSync(join(MONACO_ESM, key), 'utf8'));

/**
 * Point 5: the stand-in module for an import from Monaco's hover code, or undefined to resolve it as usual.
 * @param {string} source
 * @param {string} [importer]
 */
export function hoverStub(source, importer) {
	if (!importer || !HOVER_MODULE.test(importer) || !source.startsWith('.')) return undefined;
	return UNUSED_BY_HOVER.test(resolve(dirname(importer), source)) ? here('./hover-stubs.ts') : undefined;
}

/** @returns {import('vite').Plugin} */
export function monacoVitePlugin() {
	return {
		name: 'kube-classroom:monaco',
		enforce: 'pre',
		config: () => ({
			worker: { format: 'es' },
		}),
		configEnvironment(name) {
			if (name !== 'client') return undefined;
			return { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: (id) => (isStyleModule(id) ? 'monaco-styles' : null) }] } } } } };
		},
		// The id ends in .js, not .css: Vite's CSS plugins take any id ending in .css for a stylesheet.
		resolveId: (source, importer) => (source.startsWith(STYLE_MODULE) ? `\0${source}.js` : hoverStub(source, importer)),
		load(id) {
			if (!id.startsWith(`\0${STYLE_MODULE}`)) return undefined;
			const css = `${id.slice(STYLE_MODULE.length + 1, -'.js'.length)}?inline`;
			return `import css from ${JSON.stringify(css)};\nimport { addStyle } from ${JSON.stringify(ADD_STYLE)};\naddStyle(css);\n`;
		},
		transform(code, id) {
			if (MONACO_NLS.test(id)) return { code: translatedNls(code), map: null };
			if (!MONACO_MODULE.test(id)) return undefined;
			const rewritten = withoutUnusedWidgets(id, code).replace(CSS_IMPORT, (_, _quote, path) => `import ${JSON.stringify(STYLE_MODULE + resolve(dirname(id), path))};`);
			return rewritten === code ? undefined : { code: rewritten, map: null };
		},
	};
}
