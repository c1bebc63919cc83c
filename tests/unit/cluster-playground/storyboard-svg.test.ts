// The print storyboard's frames keep every line inside its box: a line estimated too wide is squeezed
// to its room (textLength), a short one is left as it is.
import { describe, expect, it } from 'vitest';
import { frameSvg } from '../../../src/components/cluster-playground/model/storyboard-svg.ts';
import { TEXTS } from '../../../src/components/cluster-playground/model/texts.ts';
import { deriveView } from '../../../src/lib/lab/view-model.ts';
import { clusterAfter, RC_SCENARIO } from '../lab/fixtures.ts';

const LONG = 'kubectl label pods --all tier=frontend track=stable release=2026-11-a team=platform-observability';

describe('frameSvg', () => {
	const svg = frameSvg(deriveView(clusterAfter(`${RC_SCENARIO}\n${LONG}`).snapshot()), TEXTS.en.strings, { width: 640 });
	const texts = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+"([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), attrs: m[2]!, text: m[3]! }));

	it('squeezes a Pod’s long label list into its box', () => {
		const labels = texts.filter((t) => t.text.includes('team=platform-observability'));
		expect(labels.length).toBeGreaterThan(0);
		for (const label of labels) {
			const room = Number(/textLength="(\d+)"/.exec(label.attrs)?.[1]);
			expect(room).toBeGreaterThan(100);
			// Three nodes side by side in 640 px: a box's text has under a third of the width.
			expect(room).toBeLessThan(640 / 3);
		}
	});

	it('leaves lines that fit alone', () => {
		const names = texts.filter((t) => /^web-[a-z0-9]{5}$/.test(t.text));
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(name.attrs).not.toContain('textLength');
	});
});
