import { describe, expect, test } from 'vitest';
import { validateManifest } from '../../../src/lib/validate/index.ts';
import { codeFromSlot, expressiveCodeAssets } from '../../../src/components/manifest-editor/slot-code.ts';
import { problemsHtml, statusOf } from '../../../src/components/manifest-editor/report.ts';
import { formatYaml } from '../../../src/components/manifest-editor/format-yaml.ts';
import { offsetOf } from '../../../src/components/manifest-editor/textarea-editor.ts';
import { applyTarget, onApplyTargetsChange, registerApplyTarget } from '../../../src/components/shared/apply-channel.ts';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n';

describe('codeFromSlot', () => {
	test('reads Expressive Code’s copy button text and the block title', () => {
		const html =
			'<figure class="frame has-title"><figcaption class="header"><span class="title">broken &amp; pod.yaml</span></figcaption>' +
			'<pre data-language="yaml"><code><div class="ec-line"><div class="code"><span>a</span></div></div></code></pre>' +
			'<div class="copy"><button data-code="name: &quot;x&lt;y&quot;\u007fimage: a\u007f"></button></div></figure>';
		expect(codeFromSlot(html)).toEqual({ code: 'name: "x<y"\nimage: a\n', title: 'broken & pod.yaml' });
	});

	test('falls back to the lines, then to a plain <pre>, then to empty', () => {
		const lines = '<div class="ec-line"><div class="code"><span>kind</span>: Pod</div></div><div class="ec-line"><div class="code"></div></div>';
		expect(codeFromSlot(lines)).toEqual({ code: 'kind: Pod\n' });
		expect(codeFromSlot('<pre><code>kind: &lt;Pod&gt;\n</code></pre>')).toEqual({ code: 'kind: <Pod>' });
		expect(codeFromSlot('')).toEqual({ code: '' });
	});
});

describe('expressiveCodeAssets', () => {
	test('keeps the stylesheet and script Expressive Code puts before a page’s first block, nothing else', () => {
		const assets = '<link rel="stylesheet" href="/_astro/ec.abc.css"/><script type="module" src="/_astro/ec.def.js"></script>';
		const frame = '<figure class="frame"><pre><code>kind: Pod</code></pre><link rel="stylesheet" href="/x.css"></figure></div>';
		expect(expressiveCodeAssets(`<div class="expressive-code">${assets}${frame}`)).toBe(assets);
		// A block that is not the page's first carries no assets; no block, nothing.
		expect(expressiveCodeAssets(`<div class="expressive-code">${frame}`)).toBe('');
		expect(expressiveCodeAssets(assets)).toBe('');
	});
});

describe('status and problems', () => {
	test('a valid Pod names the kind and the API server version, with its advice counted', () => {
		expect(statusOf(validateManifest(POD), 'en', '1.36', 'Pod')).toEqual({
			tone: 'valid',
			text: 'Valid Pod: kube-apiserver v1.36 would accept it. 1 warning, 1 tip.',
		});
		expect(statusOf(validateManifest(POD), 'zh-CN', '1.36').text).toBe('有效的 Pod：kube-apiserver v1.36 会接受它。 1 个警告；1 条建议。');
	});

	test('errors are counted; a valid object of the wrong kind and an empty file are called out', () => {
		expect(statusOf(validateManifest(POD.replace('image:', 'imagee:')), 'en', '1.36').text).toMatch(/^1 error: kube-apiserver would reject it/);
		expect(statusOf(validateManifest(POD), 'en', '1.36', 'Service')).toEqual({
			tone: 'invalid',
			text: 'This exercise expects a Service; the manifest holds Pod.',
		});
		expect(statusOf(validateManifest(''), 'en', '1.36').tone).toBe('invalid');
	});

	test('problems carry their range for the jump, escape the text and link the lesson in the page’s language', () => {
		const result = validateManifest(POD.replace('name: web\nspec', 'name: <b>Bad</b>\nspec'));
		const html = problemsHtml(result.diagnostics, 'zh-CN', '/kube-classroom/');
		expect(html).toContain('data-line="4" data-column="9"');
		expect(html).not.toContain('<b>');
		const docs = result.diagnostics.find((d) => d.code === 'invalid-name')?.docs;
		expect(docs).toMatch(/^lessons\//);
		expect(html).toContain(`href="/kube-classroom/zh-cn/${docs}"`);
		expect(html.match(/<li /g)).toHaveLength(result.diagnostics.length);
	});
});

describe('formatYaml', () => {
	test('normalises indentation and keeps comments and document separators', () => {
		const messy = 'kind: Pod  # the kind\nspec:\n    containers:\n    - name: web\n---\nkind: Service\n';
		expect(formatYaml(messy)).toBe('kind: Pod # the kind\nspec:\n  containers:\n    - name: web\n---\nkind: Service\n');
	});

	test('leaves text that does not parse alone', () => {
		expect(formatYaml('kind: [Pod')).toBeUndefined();
	});
});

describe('offsetOf', () => {
	test('maps 1-based line and column to an offset, clamped to the text', () => {
		expect(offsetOf('ab\ncd\n', 2, 2)).toBe(4);
		expect(offsetOf('ab', 5, 1)).toBe(2);
	});
});

describe('apply channel', () => {
	test('an editor sees a playground register and go, and applies to it', async () => {
		let changes = 0;
		const stop = onApplyTargetsChange(() => changes++);
		const unregister = registerApplyTarget({ label: 'cluster', apply: async (m) => ({ ok: true, lines: [`applied ${m.length}`] }) });
		expect(await applyTarget()!.apply('abc')).toEqual({ ok: true, lines: ['applied 3'] });
		unregister();
		expect(applyTarget()).toBeUndefined();
		expect(changes).toBe(2);
		stop();
	});
});
