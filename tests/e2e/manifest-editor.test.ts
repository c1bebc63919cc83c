// The manifest editor in real Chromium, on the lesson that embeds it (pod-manifests, both locales):
// nothing of Monaco loads before the reader asks; markers sit exactly where the validator says; typing
// an error shows it and fixing it clears it; hovers document fields; edits survive a reload; the
// keyboard alone gets in, around and out; plain-text mode, exercises, print; axe with the editor open.
// Every test opens its own browser context (fresh storage) and closes it, disposing its editors.
import axe from 'axe-core';
import type { Page, Response } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { validateManifest } from '../../src/lib/validate/index.ts';
import { expectNoErrors, openPage, siteUrl, useBrowser, type TrackedPage } from './support.ts';

const browser = useBrowser();
const LESSON = 'lessons/pod-manifests/';
const EDITOR = 'kc-manifest-editor';
/** The lesson's first editor (the broken-pod exercise); the page has more. */
const FIRST = `:nth-match(${EDITOR}, 1)`;

let open: TrackedPage[] = [];
afterEach(async () => {
	for (const { page } of open) await page.context().close();
	open = [];
});

async function lesson(prefix = '', options: Parameters<typeof openPage>[1] = {}): Promise<TrackedPage> {
	const tracked = await openPage(browser(), options);
	open.push(tracked);
	await tracked.page.goto(siteUrl(prefix + LESSON));
	return tracked;
}

const monacoInput = (page: Page) => page.locator(`${FIRST} .monaco-editor [role="textbox"]`).first();
const monacoFocused = (page: Page) => monacoInput(page).evaluate((el) => el === document.activeElement);

/** Clicks the static manifest and waits until Monaco has the focus. */
async function activate(page: Page): Promise<void> {
	await page.locator(`${FIRST} .kc-me-box`).first().click();
	await expect.poll(() => monacoFocused(page)).toBe(true);
}

/** Replaces the whole text, as a paste does (typing multi-line text would be re-indented by Monaco). */
async function replaceText(page: Page, text: string): Promise<void> {
	await page.locator(EDITOR).first().evaluate((el, t) => (el as unknown as { setValue(t: string): Promise<void> }).setValue(t), text);
	await expect.poll(() => value(page)).toBe(text);
}

const value = (page: Page) => page.locator(EDITOR).first().evaluate((el) => (el as unknown as { value(): string }).value());
const markers = (page: Page) =>
	page
		.locator(EDITOR)
		.first()
		.evaluate((el) => (el as unknown as { markers(): { severity: string; code: string; line: number; column: number; endLine: number; endColumn: number }[] }).markers())
		.then((list) => list.map(({ severity, code, line, column, endLine, endColumn }) => ({ severity, code, line, column, endLine, endColumn })));
const status = (page: Page) => page.locator(`${FIRST} [data-status]`).first().textContent();

/** Hovers the word `containers` (moving away and back, as a reader would) until Monaco's hover shows `text`. */
async function expectHoverOnContainers(page: Page, text: string): Promise<void> {
	const word = page.locator(`${FIRST} .view-line span`, { hasText: /^containers$/ }).first();
	await expect.poll(async () => {
		await page.mouse.move(0, 0);
		await word.hover();
		return (await page.locator('.monaco-hover').allInnerTexts()).join('\n');
	}).toContain(text);
}

const VALID_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n';

/** Broken manifests with the markers a reader must see, by hand, and the validator's full list. */
const BROKEN = [
	{
		name: 'a misspelt field',
		text: VALID_POD.replace('image:', 'imagee:'),
		anchor: { severity: 'error', code: 'unknown-field', line: 8, column: 7, endLine: 8, endColumn: 13 },
	},
	{
		name: 'a word where a number belongs',
		text: `${VALID_POD}      ports:\n        - containerPort: eighty\n`,
		anchor: { severity: 'error', code: 'type-mismatch', line: 10, column: 26, endLine: 10, endColumn: 32 },
	},
	{
		name: 'broken YAML',
		text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n   labels: {app: web\nspec: {}\n',
		anchor: { severity: 'error', code: 'yaml-syntax', line: 4, column: 9, endLine: 4, endColumn: 10 },
	},
	{
		name: 'a bad name in the second document',
		text: `${VALID_POD}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: Bad_Name\nspec:\n  ports:\n    - port: 80\n`,
		anchor: { severity: 'error', code: 'invalid-name', line: 13, column: 9, endLine: 13, endColumn: 17 },
	},
];

const expectedMarkers = (text: string) =>
	validateManifest(text).diagnostics.flatMap((d) => (d.range ? [{ severity: d.severity, code: d.code, ...d.range }] : []));
const byPosition = <T extends { line: number; column: number; code: string }>(list: T[]) =>
	[...list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));

/** Whether a response's body is part of Monaco (its CSS class names are in its code and its styles). */
async function isMonaco(response: Response): Promise<boolean> {
	if (!/\.(js|css)(\?|$)/.test(response.url())) return false;
	return (await response.text().catch(() => '')).includes('monaco-editor');
}

describe('loading', () => {
	test('no Monaco bytes before the reader interacts; the static copy has the lesson manifest and verdict', async () => {
		const tracked = await openPage(browser());
		open.push(tracked);
		const { page } = tracked;
		const responses: Response[] = [];
		page.on('response', (r) => responses.push(r));
		await page.goto(siteUrl(LESSON));
		await page.locator(`${FIRST} .kc-me-box`).first().scrollIntoViewIfNeeded();
		await page.waitForLoadState('networkidle');
		const before = await Promise.all(responses.map(isMonaco));
		expect(responses.filter((_, i) => before[i]).map((r) => r.url())).toEqual([]);
		// Nor the editor's own code: a reader who only reads loads the element's stub (issue 13).
		expect(responses.map((r) => r.url()).filter((url) => /\/live-editor\.[^/]+\.js$/.test(url))).toEqual([]);
		expect(await page.locator(`${EDITOR} .monaco-editor`).count()).toBe(0);
		await expect.poll(() => page.locator(`${FIRST} .kc-me-static`).first().innerText()).toContain('name: Hello_World');
		expect(await status(page)).toMatch(/errors?: kube-apiserver would reject it/);

		const boxBefore = await page.locator(`${FIRST} .kc-me-box`).first().boundingBox();
		const count = responses.length;
		await activate(page);
		const after = responses.slice(count);
		await expect.poll(async () => (await Promise.all(after.map(isMonaco))).some(Boolean)).toBe(true);
		// Same box, same place: the swap moves nothing on the page.
		expect(await page.locator(`${FIRST} .kc-me-box`).first().boundingBox()).toEqual(boxBefore);
		// Monaco's CSS (its modules' stylesheets; the theme's colours and icons are Monaco's own <style
		// class="monaco-colors">) went into the page once: one stylesheet of one text, not 75 appends.
		const monacoSheets = () =>
			page.evaluate(() => [...document.querySelectorAll('style:not(.monaco-colors)')].filter((s) => s.textContent?.includes('.monaco-editor')).map((s) => `${s.id}: ${s.childNodes.length}`));
		expect(await monacoSheets()).toEqual(['kube-classroom-monaco: 1']);
		expectNoErrors(tracked);
	});
});

describe('checking as you type', () => {
	test.each(BROKEN)('markers for $name are exactly the validator’s diagnostics', async ({ text, anchor }) => {
		const tracked = await lesson();
		await activate(tracked.page);
		await replaceText(tracked.page, text);
		const expected = byPosition(expectedMarkers(text));
		expect(expected).toContainEqual(anchor);
		await expect.poll(() => markers(tracked.page).then(byPosition)).toEqual(expected);
		// The problems list shows each one, errors marked as errors.
		const items = tracked.page.locator(`${FIRST} [data-problems] li`);
		expect(await items.count()).toBe(validateManifest(text).diagnostics.length);
		expect(await tracked.page.locator(`${FIRST} [data-problems] li[data-code="${anchor.code}"]`).first().getAttribute('data-severity')).toBe('error');
		expectNoErrors(tracked);
	});

	test('a typed error appears, the fix clears it, and a click in the problems list jumps to it', async () => {
		const { page, errors } = await lesson();
		await activate(page);
		await replaceText(page, VALID_POD);
		await expect.poll(() => status(page)).toBe('Valid Pod: kube-apiserver v1.36 would accept it. 1 warning, 1 tip.');
		// Warnings and tips are listed, visibly different from errors.
		expect(await page.locator(`${FIRST} [data-problems] li`).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-severity')))).toEqual(['warning', 'info']);

		await page.keyboard.press('ControlOrMeta+End');
		await page.keyboard.type('      imagePullPolicy: Sometimes');
		await expect.poll(() => status(page)).toMatch(/^1 error: kube-apiserver would reject it/);
		await expect.poll(() => markers(page)).toContainEqual({ severity: 'error', code: 'unsupported-value', line: 9, column: 24, endLine: 9, endColumn: 33 });

		// Jump from the list: the selection lands on the marked value.
		await page.getByRole('button', { name: /Error line 9, column 24/ }).click();
		await expect.poll(() => page.evaluate(() => getSelection()?.toString() ?? '')).toBeDefined();
		await page.keyboard.type('Always');
		await expect.poll(() => status(page)).toBe('Valid Pod: kube-apiserver v1.36 would accept it. 1 warning, 1 tip.');
		expect(await value(page)).toContain('imagePullPolicy: Always');
		expect((await markers(page)).filter((m) => m.severity === 'error')).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('hover shows the field’s documentation from the upstream schema', async () => {
		const { page } = await lesson();
		await activate(page);
		await replaceText(page, VALID_POD);
		await expectHoverOnContainers(page, 'List of containers belonging to the pod');
		expect((await page.locator('.monaco-hover').allInnerTexts()).join('\n')).toContain('containers <[]Container> required');
	});

	test('hover and completion come from the validator’s worker: no YAML language worker loads; enum values are offered', async () => {
		const tracked = await lesson();
		const { page } = tracked;
		const urls: string[] = [];
		page.context().on('response', (r) => urls.push(new URL(r.url()).pathname));
		await activate(page);
		await replaceText(page, VALID_POD);
		await expectHoverOnContainers(page, 'List of containers belonging to the pod');
		await page.keyboard.press('ControlOrMeta+End');
		await page.keyboard.type('      imagePullPolicy: ');
		await page.keyboard.press('Control+Space');
		// Each row's label (the focused row also shows its detail, `<string>`, beside it).
		await expect.poll(() => page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts().catch(() => [])).toEqual(['Always', 'IfNotPresent', 'Never']);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => value(page)).toBe(`${VALID_POD}      imagePullPolicy: IfNotPresent`);
		// The field docs arrived (the worker loads them after its first check); nothing of a YAML language server did.
		expect(urls.some((u) => /editor-assist/.test(u))).toBe(true);
		expect(urls.filter((u) => /yaml\.worker|monaco-yaml/.test(u))).toEqual([]);
		expectNoErrors(tracked);
	});

	test('completion offers the fields the schema has at the cursor', async () => {
		const { page } = await lesson();
		await activate(page);
		await replaceText(page, VALID_POD.trimEnd());
		await page.keyboard.press('ControlOrMeta+End');
		await page.keyboard.press('Enter');
		await page.keyboard.type('liveness');
		await page.keyboard.press('Control+Space');
		await expect.poll(() => page.locator('.suggest-widget').innerText().catch(() => '')).toContain('livenessProbe');
	});
});

describe('nothing is lost', () => {
	test('edits are saved and restored on reload, before and after Monaco loads; Reset brings the lesson back', async () => {
		const tracked = await lesson();
		const { page } = tracked;
		await activate(page);
		await replaceText(page, VALID_POD);
		await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kube-classroom:manifest-editor:v1:text:')))).toHaveLength(1);
		await page.reload();
		// The static view shows the saved text, checked by the worker, without Monaco.
		await expect.poll(() => status(page)).toBe('Valid Pod: kube-apiserver v1.36 would accept it. 1 warning, 1 tip.');
		expect(await page.locator(`${FIRST} [data-print]`).first().innerText()).toBe(VALID_POD);
		expect(await page.locator(`${EDITOR} .monaco-editor`).count()).toBe(0);
		await activate(page);
		expect(await value(page)).toBe(VALID_POD);
		await page.getByRole('button', { name: 'Reset', exact: true }).first().click();
		await expect.poll(() => value(page)).toContain('name: Hello_World');
		await page.reload();
		await expect.poll(() => page.locator(`${FIRST} .kc-me-static`).first().isVisible()).toBe(true);
		expectNoErrors(tracked);
	});
});

describe('keyboard and screen readers', () => {
	test('keyboard only: focus opens the editor, Ctrl+M or the switch lets Tab leave, the problems list jumps back', async () => {
		const { page } = await lesson();
		// Tab from the exercise's "Plain text editor" button into the manifest.
		await page.getByRole('button', { name: 'Plain text editor' }).first().focus();
		await page.keyboard.press('Tab');
		await expect.poll(() => monacoFocused(page)).toBe(true);
		// Tab indents while trapping is on.
		await page.keyboard.press('ControlOrMeta+End');
		const before = await value(page);
		await page.keyboard.press('Tab');
		await expect.poll(() => value(page)).toMatch(/ $/);
		expect((await value(page)).trimEnd()).toBe(before.trimEnd());
		await page.keyboard.press('ControlOrMeta+Z');
		await expect.poll(() => value(page)).toBe(before);
		// Ctrl+M: Tab now moves focus out, to the first problem's jump button.
		await page.keyboard.press('Control+M');
		expect(await page.getByRole('button', { name: 'Tab moves focus' }).first().getAttribute('aria-pressed')).toBe('true');
		await page.keyboard.press('Tab');
		const focused = () => page.evaluate(() => document.activeElement?.className ?? '');
		await expect.poll(() => monacoFocused(page)).toBe(false);
		// Back with Shift+Tab, then on through the page to a problem and Enter: the editor selects it.
		await page.keyboard.press('Shift+Tab');
		await expect.poll(() => monacoFocused(page)).toBe(true);
		for (let i = 0; i < 10 && !(await focused()).includes('kc-me-jump'); i++) await page.keyboard.press('Tab');
		expect(await focused()).toContain('kc-me-jump');
		await page.keyboard.press('Enter');
		await expect.poll(() => monacoFocused(page)).toBe(true);
		// The visible switch turns trapping back off.
		await page.getByRole('button', { name: 'Tab moves focus' }).first().press('Enter');
		expect(await page.getByRole('button', { name: 'Tab moves focus' }).first().getAttribute('aria-pressed')).toBe('false');
	});

	test('plain-text mode: a native textarea, the same diagnostics, no Monaco, and the choice is remembered', async () => {
		const tracked = await lesson();
		const { page } = tracked;
		const toggle = page.getByRole('button', { name: 'Plain text editor' }).first();
		// The first press loads the editor's code (manifest-editor-element.ts), then counts.
		await toggle.press('Enter');
		await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
		await page.locator(`${FIRST} .kc-me-box`).first().click();
		const textarea = page.getByRole('textbox', { name: 'Manifest editor: broken-pod.yaml' });
		await expect.poll(() => textarea.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.insertText(BROKEN[0]!.text);
		await expect.poll(() => page.locator(`${FIRST} [data-problems] li[data-code="unknown-field"]`).count()).toBe(1);
		await page.getByRole('button', { name: /Error line 8, column 7/ }).click();
		expect(await textarea.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('imagee');
		expect(await page.locator('.monaco-editor').count()).toBe(0);
		await page.reload();
		expect(await page.getByRole('button', { name: 'Plain text editor' }).first().getAttribute('aria-pressed')).toBe('true');
		expectNoErrors(tracked);
	});

	test.each(['light', 'dark'] as const)('axe finds no violations with the editor open (%s)', async (theme) => {
		const { page } = await lesson('', { colorScheme: theme });
		await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.reload();
		await activate(page);
		await page.addScriptTag({ content: axe.source });
		const violations = await page.evaluate(async () => {
			// The editor and Monaco's widgets outside it (hovers, suggestions); the page sweep is a11y.test.ts.
			const include = [['kc-manifest-editor'], ...(document.querySelector('body > .monaco-editor') ? [['body > .monaco-editor']] : [])];
			const result = await (window as unknown as { axe: typeof axe }).axe.run({ include } as never, { resultTypes: ['violations'] });
			return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
		});
		expect(violations).toEqual([]);
	});
});

describe('exercises, print and locales', () => {
	test('the exercise shows which checks pass, records success, and its progress can be reset', async () => {
		const { page } = await lesson();
		const checks = page.locator(`${FIRST} .kc-me-checks li`);
		expect(await checks.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-passed')))).toEqual(['false', 'false', 'false']);
		await activate(page);
		await replaceText(page, VALID_POD.replace('name: web\nspec', 'name: hello-world\nspec'));
		await expect.poll(() => checks.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-passed')))).toEqual(['true', 'true', 'true']);
		await expect.poll(() => page.locator(`${FIRST} .kc-me-done`).first().isVisible()).toBe(true);
		const progress = () => page.evaluate(() => JSON.parse(localStorage.getItem('kube-classroom:progress:v1') ?? '{}'));
		expect(Object.keys((await progress()).exercises)).toEqual(['pod-manifests/broken-pod']);
		await page.getByRole('button', { name: 'Reset progress' }).click();
		expect((await progress()).exercises).toEqual({});
		expect(await page.locator(`${FIRST} .kc-me-done`).first().isVisible()).toBe(false);
	});

	test('print shows every line of the manifest and its diagnostics, not the editor', async () => {
		const { page } = await lesson('', { viewport: { width: 800, height: 600 } });
		await activate(page);
		const lines = Array.from({ length: 40 }, (_, i) => `    - name: c${i}\n      image: nginx:1.27`).join('\n');
		const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: Many\nspec:\n  containers:\n${lines}\n`;
		await replaceText(page, text);
		await expect.poll(() => page.locator(`${FIRST} [data-problems] li[data-code="invalid-name"]`).count()).toBe(1);
		await page.emulateMedia({ media: 'print' });
		const printed = page.locator(`${FIRST} [data-print]`).first();
		expect(await printed.isVisible()).toBe(true);
		expect(await printed.innerText()).toBe(text);
		const box = await printed.boundingBox();
		expect(box!.height).toBeGreaterThan(80 * 14);
		expect(await page.locator(`${FIRST} .monaco-editor`).first().isVisible()).toBe(false);
		expect(await page.locator(`${FIRST} [data-problems]`).first().isVisible()).toBe(true);
	});

	test('简体中文: status, problems and the editor’s name are in Chinese', async () => {
		const tracked = await lesson('zh-cn/');
		const { page } = tracked;
		expect(await status(page)).toMatch(/个错误，kube-apiserver 会拒绝它/);
		await activate(page);
		await replaceText(page, VALID_POD);
		await expect.poll(() => status(page)).toBe('有效的 Pod：kube-apiserver v1.36 会接受它。 1 个警告；1 条建议。');
		await replaceText(page, BROKEN[0]!.text);
		await expect.poll(() => page.locator(`${FIRST} [data-problems] li[data-code="unknown-field"] .kc-me-msg`).first().innerText()).toContain('“imagee”');
		// A hover marks a required field in Chinese; the upstream description stays as Kubernetes wrote it.
		await replaceText(page, VALID_POD);
		await expectHoverOnContainers(page, 'containers <[]Container> 必需');
		// The editor's accessible name and hint are Chinese too.
		expect(await page.getByRole('textbox', { name: /^清单编辑器：broken-pod\.yaml/ }).count()).toBe(1);
		expect(await page.locator(`${FIRST} [data-hint]`).first().innerText()).toContain('Ctrl+M');
		expectNoErrors(tracked);
	});

	test('Monaco’s own UI (find widget, its notices) speaks the page’s language', async () => {
		for (const [prefix, find, noResults] of [['', 'Find', 'No results'], ['zh-cn/', '查找', '无结果']] as const) {
			const { page } = await lesson(prefix);
			await activate(page);
			await page.keyboard.press('Control+F');
			const input = page.locator(`${FIRST} .find-widget textarea`).first();
			await expect.poll(() => input.getAttribute('placeholder')).toBe(find);
			await input.fill('no-such-text-anywhere');
			await expect.poll(() => page.locator(`${FIRST} .find-widget .matchesCount`).first().innerText()).toBe(noResults);
			// Only Chinese pages fetch and install the table.
			expect((await page.evaluate(() => globalThis.__kcMonacoMessages?.size ?? 0)) > 0).toBe(prefix === 'zh-cn/');
		}
	});
});
