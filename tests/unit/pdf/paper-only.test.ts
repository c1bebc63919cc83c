import { parse, renderSync } from 'ultrahtml';
import { expect, test } from 'vitest';
import { keepPaperOnly } from '../../../src/lib/print/paper-only.ts';
import type { Node } from '../../../src/lib/print/html-tree.ts';

test('the book drops what hides on paper and turns asides into notes', () => {
	const root = parse(
		'<section aria-label="Playground"><div data-print="hidden"><button>Play</button></div>' +
			'<figure data-print="figure">storyboard</figure><p class="kc-print-hidden">Loading</p></section>' +
			'<aside aria-label="Note" class="starlight-aside starlight-aside--note"><p>Hi</p></aside><aside>plain</aside>',
	) as Node;
	keepPaperOnly(root);
	expect(renderSync(root)).toBe(
		'<section aria-label="Playground"><figure data-print="figure">storyboard</figure></section>' +
			'<aside aria-label="Note" class="starlight-aside starlight-aside--note" role="note"><p>Hi</p></aside><aside>plain</aside>',
	);
});
