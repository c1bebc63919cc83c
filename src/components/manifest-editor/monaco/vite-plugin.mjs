// @ts-check
// Build settings Monaco needs, kept next to the only code that uses Monaco.
//  1. monaco-editor is pinned to 0.52.2: the rewrites below (points 5 and 7) name its files and lines,
//     and 0.56+ moved `esm/vs/*` behind new package exports.
//  2. (Monaco's YAML language server, monaco-yaml, is gone: hover and completion come from the validator's
//     worker, so neither its 228 KB worker nor Prettier inside it is bundled.)
//  3. Monaco's modules import their CSS. Astro links every stylesheet reachable from a page's scripts,
//     dynamic imports included, so Monaco's 135 KB of CSS would load with every lesson. Its CSS imports
//     become `?inline` strings that the Monaco chunk adds to the page itself, on first interaction.
//  4. Workers are ES modules (Monaco's and ours share chunks).
//  5. Hover imports "peek definition", quick fixes, colour and inlay-hint code that the editor never uses
//     (gotoSymbol, codeAction, colorPicker, inlayHints: ~40 KB gzip); those imports get the stand-ins in
//     hover-stubs.ts. Only imports from hover are redirected, so adding one of those contributions later
//     brings the real module.
//  6. (Unused.)
//  7. Monaco's ESM build has English UI text only: its `localize` and `localize2` are made to look each
//     message up in the table monaco/messages.ts installs on Chinese pages (src/cli/generate-monaco-nls.ts
//     writes it from the translations of Monaco's AMD build).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} file */
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const MONACO_MODULE = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/].*\.js$/;
const CSS_IMPORT = /^import\s+(['"])([^'"]+\.css)\1;?\s*$/gm;
const HOVER_MODULE = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]contrib[\\/]hover[\\/]browser[\\/]/;
const UNUSED_BY_HOVER =
	/[\\/]contrib[\\/](gotoSymbol[\\/]browser[\\/]link[\\/]goToDefinitionAtPosition|codeAction[\\/]browser[\\/]codeAction(Controller)?|colorPicker[\\/]browser[\\/]colorHoverParticipant|inlayHints[\\/]browser[\\/]inlayHintsHover)\.js$/;
const MONACO_NLS = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]nls\.js$/;
/** The global monaco/messages.ts sets: a Map from Monaco's English text to the page language's. */
const MESSAGES_GLOBAL = '__kcMonacoMessages';
// Each rewrite must match exactly once: a Monaco upgrade that changes nls.js fails the build, not the text.
/** @type {[string, string][]} */
const NLS_REWRITES = [
	['return _format(message, args);', 'return _format(__kcTranslate(message), args);'],
	['message = originalMessage;', 'message = __kcTranslate(originalMessage);'],
];

/** Monaco's nls.js, with its English messages passed through the installed translation table. */
function translatedNls(/** @type {string} */ code) {
	let rewritten = code;
	for (const [from, to] of NLS_REWRITES) {
		if (rewritten.split(from).length !== 2) throw new Error(`monaco-editor's nls.js changed: expected one "${from}"`);
		rewritten = rewritten.replace(from, to);
	}
	return `${rewritten}\nfunction __kcTranslate(message) { return globalThis.${MESSAGES_GLOBAL}?.get(message) ?? message; }\n`;
}

/** @returns {import('vite').Plugin} */
export function monacoVitePlugin() {
	return {
		name: 'kube-classroom:monaco',
		enforce: 'pre',
		config: () => ({
			worker: { format: 'es' },
		}),
		resolveId(source, importer) {
			if (!importer || !HOVER_MODULE.test(importer) || !source.startsWith('.')) return undefined;
			return UNUSED_BY_HOVER.test(resolve(dirname(importer), source)) ? here('./hover-stubs.ts') : undefined;
		},
		transform(code, id) {
			if (MONACO_NLS.test(id)) return { code: translatedNls(code), map: null };
			if (!MONACO_MODULE.test(id) || !code.includes('.css')) return undefined;
			let count = 0;
			const rewritten = code.replace(CSS_IMPORT, (_, _quote, path) => {
				const name = `__kcMonacoCss${count++}`;
				return `import ${name} from ${JSON.stringify(`${path}?inline`)};\n__kcAddStyle(${name});`;
			});
			if (count === 0) return undefined;
			return { code: `import { addStyle as __kcAddStyle } from ${JSON.stringify(here('./add-style.ts'))};\n${rewritten}`, map: null };
		},
	};
}
