// @ts-check
// Build settings Monaco needs, kept next to the only code that uses Monaco.
//  1. monaco-editor is pinned to 0.52.2: from 0.53 on `monaco.editor.createWebWorker` needs a Worker
//     instance and no longer sends `createData`, which monaco-yaml 5 (through monaco-worker-manager 2)
//     relies on (remcohaszing/monaco-yaml#272); 0.56+ also moved `esm/vs/*` behind new package exports.
//  2. monaco-yaml's worker bundles Prettier; the editor formats with the validator's YAML library instead
//     (monaco-yaml's `format.enable: false`), so Prettier becomes an empty module (~130 KB gzip less).
//  3. Monaco's modules import their CSS. Astro links every stylesheet reachable from a page's scripts,
//     dynamic imports included, so Monaco's 135 KB of CSS would load with every lesson. Its CSS imports
//     become `?inline` strings that the Monaco chunk adds to the page itself, on first interaction.
//  4. Workers are ES modules (Monaco's and ours share chunks).
import { fileURLToPath } from 'node:url';

/** @param {string} file */
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const MONACO_MODULE = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/].*\.js$/;
const CSS_IMPORT = /^import\s+(['"])([^'"]+\.css)\1;?\s*$/gm;

/** @returns {import('vite').Plugin} */
export function monacoVitePlugin() {
	return {
		name: 'kube-classroom:monaco',
		enforce: 'pre',
		config: () => ({
			resolve: {
				alias: [
					{ find: /^prettier\/(standalone|plugins\/yaml|plugins\/estree)$/, replacement: here('./prettier-stub.ts') },
				],
			},
			worker: { format: 'es' },
		}),
		transform(code, id) {
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
