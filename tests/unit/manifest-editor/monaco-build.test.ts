// The Monaco build settings (src/components/manifest-editor/monaco/vite-plugin.mjs): which imports get the
// stand-ins of hover-stubs.ts, that the stand-ins export every name Monaco's hover modules import from
// them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as stubs from '../../../src/components/manifest-editor/monaco/hover-stubs.ts';
import { monacoVitePlugin } from '../../../src/components/manifest-editor/monaco/vite-plugin.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const MONACO = join(root, 'node_modules/monaco-editor/esm/vs/editor');
const HOVER = join(MONACO, 'contrib/hover/browser');
const STUBS = join(root, 'src/components/manifest-editor/monaco/hover-stubs.ts');

type ResolveId = (source: string, importer?: string) => string | undefined;
const plugin = monacoVitePlugin();
const resolveId = plugin.resolveId as unknown as ResolveId;

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
