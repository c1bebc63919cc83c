// The Monaco build settings (src/components/manifest-editor/monaco/vite-plugin.mjs): which imports get the
// stand-ins of hover-stubs.ts and widget-stubs.ts, that the stand-ins export every name Monaco imports
// from them, and that a Monaco whose import lines moved fails loudly.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as stubs from '../../../src/components/manifest-editor/monaco/hover-stubs.ts';
import * as widgetStubs from '../../../src/components/manifest-editor/monaco/widget-stubs.ts';
import { WIDGET_REWRITES, monacoVitePlugin, withoutUnusedWidgets } from '../../../src/components/manifest-editor/monaco/vite-plugin.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const MONACO = join(root, 'node_modules/monaco-editor/esm/vs/editor');
const HOVER = join(MONACO, 'contrib/hover/browser');
const STUBS = join(root, 'src/components/manifest-editor/monaco/hover-stubs.ts');
const WIDGET_STUBS = join(root, 'src/components/manifest-editor/monaco/widget-stubs.ts');

type ResolveId = (source: string, importer?: string) => string | undefined;
const plugin = monacoVitePlugin();
const resolveId = plugin.resolveId as unknown as ResolveId;
const transform = plugin.transform as unknown as (code: string, id: string) => { code: string } | undefined;

/** `import { a, b as c } from './x.js'` statements of one module: source and imported names. */
function namedImports(file: string): { source: string; names: string[] }[] {
	const code = readFileSync(file, 'utf8');
	return [...code.matchAll(/^import\s*\{([^}]*)\}\s*from\s*'([^']+)'/gm)].map((m) => ({
		source: m[2]!,
		names: m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!).filter(Boolean),
	}));
}

describe('hover stand-ins', () => {
	const redirected = readdirSync(HOVER)
		.filter((f) => f.endsWith('.js'))
		.flatMap((f) => namedImports(join(HOVER, f)).map((imp) => ({ importer: join(HOVER, f), ...imp })))
		.filter(({ importer, source }) => resolveId(source, importer) === STUBS);

	test('exactly the five unused modules hover imports are replaced', () => {
		const targets = new Set(redirected.map(({ importer, source }) => join(dirname(importer), source).slice(MONACO.length + 1)));
		expect([...targets].sort()).toEqual([
			'contrib/codeAction/browser/codeAction.js',
			'contrib/codeAction/browser/codeActionController.js',
			'contrib/colorPicker/browser/colorHoverParticipant.js',
			'contrib/gotoSymbol/browser/link/goToDefinitionAtPosition.js',
			'contrib/inlayHints/browser/inlayHintsHover.js',
		]);
	});

	test('every name hover imports from them exists in hover-stubs.ts', () => {
		const missing = redirected.flatMap(({ names }) => names.filter((name) => !(name in stubs)));
		expect(missing).toEqual([]);
	});

	test('the same modules imported from elsewhere stay the real ones', () => {
		const importer = join(MONACO, 'contrib/codeAction/browser/codeActionContributions.js');
		expect(resolveId('./codeAction.js', importer)).toBeUndefined();
		expect(resolveId('../../codeAction/browser/codeAction.js', join(HOVER, 'unknown.js'))).toBe(STUBS);
		expect(resolveId('./hoverTypes.js', join(HOVER, 'markerHoverParticipant.js'))).toBeUndefined();
	});

	test('the stand-ins answer "nothing here"', async () => {
		expect(stubs.GotoDefinitionAtPositionEditorContribution.get()).toBeNull();
		expect(stubs.CodeActionController.get()).toBeNull();
		const actions = await stubs.getCodeActions();
		expect(actions.validActions).toEqual([]);
	});
});

describe('widget stand-ins', () => {
	const rewritten = Object.keys(WIDGET_REWRITES).map((key) => {
		const file = join(root, 'node_modules/monaco-editor/esm', key);
		return { key, file, code: transform(readFileSync(file, 'utf8'), file)?.code ?? '' };
	});

	test('the diff editors, the minimap, the quick input and the tree widget are imported from the stand-ins only', () => {
		for (const { key, code } of rewritten) {
			expect(code, key).not.toMatch(/from '[^']*(diffEditorWidget|multiDiffEditorWidget|minimap\/minimap|quickInputService|ui\/tree\/\w+)\.js'/);
			expect(code, key).toContain(JSON.stringify(WIDGET_STUBS));
		}
	});

	test('every name Monaco imports from them exists in widget-stubs.ts', () => {
		const imported = Object.values(WIDGET_REWRITES).flatMap((lines) => lines.flatMap((line) => /\{([^}]*)\}/.exec(line)![1]!.split(',').map((n) => n.trim())));
		expect(imported.filter((name) => !(name in widgetStubs))).toEqual([]);
		expect(imported).toHaveLength(11);
	});

	test('a Monaco whose import line changed stops the build', () => {
		const file = join(root, 'node_modules/monaco-editor/esm/vs/editor/browser/view.js');
		const code = readFileSync(file, 'utf8').replace("import { Minimap } from './viewParts/minimap/minimap.js';", "import { Minimap, MinimapX } from './viewParts/minimap/minimap.js';");
		expect(() => withoutUnusedWidgets(file, code)).toThrow(/view\.js changed/);
		// Other modules pass through untouched.
		const other = join(root, 'node_modules/monaco-editor/esm/vs/editor/browser/view/viewPart.js');
		expect(withoutUnusedWidgets(other, 'x')).toBe('x');
	});

	test('the stand-ins refuse to be built, and the tree enums keep Monaco’s values', () => {
		expect(() => new widgetStubs.DiffEditorWidget()).toThrow(/diff editor/);
		expect(() => new widgetStubs.QuickInputService()).toThrow(/quick input/);
		expect(() => new widgetStubs.ObjectTree()).toThrow(/tree widget/);
		expect(widgetStubs.TreeFindMode).toEqual({ Highlight: 0, Filter: 1 });
		expect(widgetStubs.TreeFindMatchType).toEqual({ Fuzzy: 0, Contiguous: 1 });
	});
});

describe('Monaco’s CSS as its own chunk of style modules', () => {
	const load = plugin.load as unknown as (id: string) => string | undefined;
	const widget = join(MONACO, 'browser/widget/codeEditor/codeEditorWidget.js');
	const css = join(MONACO, 'browser/widget/codeEditor/editor.css');

	test('a Monaco module’s CSS import becomes the import of the module that adds that file to the page', () => {
		const code = transform(readFileSync(widget, 'utf8'), widget)?.code ?? '';
		expect(code).not.toContain("import './editor.css';");
		expect(code).toContain(`import ${JSON.stringify(`kc-monaco-style:${css}`)};`);
	});

	test('that module inlines the CSS and hands it to add-style.ts; its id does not end in .css, which Vite would take for a stylesheet', () => {
		const id = resolveId(`kc-monaco-style:${css}`, widget)!;
		expect(id).toBe(`\0kc-monaco-style:${css}.js`);
		const code = load(id)!;
		expect(code).toContain(`import css from ${JSON.stringify(`${css}?inline`)};`);
		expect(code).toContain(`from ${JSON.stringify(join(root, 'src/components/manifest-editor/monaco/add-style.ts'))}`);
		expect(code).toMatch(/^addStyle\(css\);$/m);
		expect(load(widget)).toBeUndefined();
	});
});
