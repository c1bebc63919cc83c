// Writes the Chinese text of Monaco's own UI (find widget, suggestions, hover actions, screen-reader notices)
// for the modules the editor bundles.
//
// Why a generated table: monaco-editor's ESM build (the one Vite bundles) calls `localize('key', 'English')`
// and has no message files; the translations ship only with its AMD build, as one array indexed by the
// numbers that build's calls carry (`localize(27, "English")` in min/vs/editor/editor.main.js, and
// `globalThis._VSCODE_NLS_MESSAGES = [...]` in min/vs/nls.messages.zh-cn.js). This script pairs the two by
// index, keeps the messages that the editor's modules actually use (a walk of their imports from the
// `monaco-editor/esm/...` imports in monaco/editor.ts, through the same stand-ins the Vite plugin puts in
// place of the widgets the editor never shows), and writes English → Chinese as JSON. At run time
// the Vite plugin (monaco/vite-plugin.mjs) makes Monaco's `localize` look its English up in that table,
// which monaco/messages.ts loads on Chinese pages before Monaco's modules run.
//
// Committed, like the Kubernetes schema, so that the build needs no extra step and an upgrade of
// monaco-editor shows up as a diff; tests/unit/manifest-editor/monaco-nls.test.ts fails when it drifts.
//
// Run: npm run generate:monaco-nls
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { hoverStub, withoutUnusedWidgets } from '../components/manifest-editor/monaco/vite-plugin.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const monacoRoot = dirname(createRequire(join(repoRoot, 'package.json')).resolve('monaco-editor/package.json'));
const EDITOR_SOURCE = join(repoRoot, 'src/components/manifest-editor/monaco/editor.ts');
export const OUTPUT = join(repoRoot, 'src/components/manifest-editor/monaco/nls.zh-cn.json');
const LOCALIZE = new Set(['localize', 'localize2']);
// Text only a settings editor or a theme editor shows (option and colour descriptions): standalone Monaco
// registers it but never displays it, so the table leaves it out (it was over half of the messages).
const SETTINGS_PROPERTIES = new Set(['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage', 'enumDescriptions', 'markdownEnumDescriptions']);
const SETTINGS_CALLS = new Set(['registerColor']);

/** Whether a `localize` call's text is only shown by settings or theme editors (see SETTINGS_PROPERTIES). */
function settingsText(call: ts.CallExpression): boolean {
	let node: ts.Node = call;
	if (ts.isArrayLiteralExpression(node.parent)) node = node.parent;
	const parent = node.parent;
	if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return SETTINGS_PROPERTIES.has(parent.name.text);
	return ts.isCallExpression(parent) && SETTINGS_CALLS.has(calleeName(parent) ?? '');
}

/** A `localize(...)` call's first argument (key, index or `{ key, comment }`) and its English message. */
interface LocalizeCall {
	first: ts.Expression;
	message: string;
	/** Text a settings or theme editor shows, never standalone Monaco. */
	settings: boolean;
}

function parse(file: string, text = readFileSync(file, 'utf8')): ts.SourceFile {
	return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
}

function calleeName(node: ts.CallExpression): string | undefined {
	const callee = node.expression;
	if (ts.isIdentifier(callee)) return callee.text;
	if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
	return undefined;
}

/** Every `localize`/`localize2` call whose message is a string literal, and every relative module specifier. */
function scan(source: ts.SourceFile): { calls: LocalizeCall[]; imports: string[] } {
	const calls: LocalizeCall[] = [];
	const imports: string[] = [];
	const visit = (node: ts.Node): void => {
		if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
			imports.push(node.moduleSpecifier.text);
		} else if (ts.isCallExpression(node)) {
			const [first, message] = node.arguments;
			if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first && ts.isStringLiteral(first)) imports.push(first.text);
			else if (first && message && LOCALIZE.has(calleeName(node) ?? '') && ts.isStringLiteralLike(message)) {
				calls.push({ first, message: message.text, settings: settingsText(node) });
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return { calls, imports: imports.filter((s) => s.startsWith('.')) };
}

/** The English messages of every Monaco ESM module reachable from the editor's own Monaco imports. */
export function editorMessages(editorSource = readFileSync(EDITOR_SOURCE, 'utf8')): Set<string> {
	const entries = [...editorSource.matchAll(/from\s+'monaco-editor\/(esm\/[^']+)'|import\s+'monaco-editor\/(esm\/[^']+)'/g)]
		.map((m) => join(monacoRoot, (m[1] ?? m[2])!));
	const seen = new Set<string>();
	const messages = new Set<string>();
	const queue = [...entries];
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		if (seen.has(file) || !file.endsWith('.js')) continue;
		seen.add(file);
		const { calls, imports } = scan(parse(file, withoutUnusedWidgets(file, readFileSync(file, 'utf8'))));
		for (const call of calls) if (!call.settings) messages.add(call.message);
		// Stand-ins are the project's own .ts files: the walk stops there.
		for (const specifier of imports) queue.push(hoverStub(specifier, file) ?? resolve(dirname(file), specifier));
	}
	return messages;
}

/** The strings of `globalThis._VSCODE_NLS_MESSAGES = [...]` in one of the AMD build's message files. */
function messagesArray(source: ts.SourceFile): (string | undefined)[] {
	let found: (string | undefined)[] | undefined;
	const visit = (node: ts.Node): void => {
		if (ts.isBinaryExpression(node) && node.left.getText(source).endsWith('_VSCODE_NLS_MESSAGES') && ts.isArrayLiteralExpression(node.right)) {
			found = node.right.elements.map((e) => (ts.isStringLiteralLike(e) ? e.text : undefined));
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	if (!found) throw new Error(`No _VSCODE_NLS_MESSAGES array in ${source.fileName}`);
	return found;
}

/** English → translation, from the AMD build: `localize(index, "English")` paired with the language's array. */
export function amdTranslations(language: string): Map<string, string> {
	const table = messagesArray(parse(join(monacoRoot, `min/vs/nls.messages.${language}.js`)));
	// The same English can carry different translations in different places; keep the most frequent.
	const votes = new Map<string, Map<string, number>>();
	for (const { first, message } of scan(parse(join(monacoRoot, 'min/vs/editor/editor.main.js'))).calls) {
		if (!ts.isNumericLiteral(first)) continue;
		const translation = table[Number(first.text)];
		if (translation === undefined || translation === message) continue;
		const counts = votes.get(message) ?? new Map<string, number>();
		counts.set(translation, (counts.get(translation) ?? 0) + 1);
		votes.set(message, counts);
	}
	return new Map([...votes].map(([message, counts]) => [message, [...counts].sort((a, b) => b[1] - a[1])[0]![0]]));
}

/** The table the editor ships: the editor's messages that have a translation, sorted for a stable diff. */
export function monacoMessagesTable(language = 'zh-cn', used: ReadonlySet<string> = editorMessages()): Record<string, string> {
	const translations = amdTranslations(language);
	const kept = [...used].filter((m) => translations.has(m)).sort();
	return Object.fromEntries(kept.map((m) => [m, translations.get(m)!]));
}

export const render = (table: Record<string, string>): string => `${JSON.stringify(table, null, '\t')}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
	const used = editorMessages();
	const table = monacoMessagesTable('zh-cn', used);
	writeFileSync(OUTPUT, render(table));
	console.log(`${Object.keys(table).length} of ${used.size} messages translated → ${OUTPUT}`);
}
