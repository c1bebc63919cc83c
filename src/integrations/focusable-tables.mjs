// @ts-check
// A lesson's table scrolls sideways when it is wider than the text column (Starlight gives Markdown tables
// `display: block; overflow: auto`). Whether it does depends on the screen and on the fonts the reader has:
// without a CJK font, Chinese falls back to wider glyphs and a table that fits on one machine scrolls on
// another. So every table is a keyboard stop whatever the fonts (WCAG 2.1.1; axe's
// scrollable-region-focusable), the pattern of Adrian Roselli's "Under-Engineered Responsive Tables".
// Its role and headers are unchanged: focusing it announces the table itself.

/** @type {import('satteri').HastPluginDefinition} */
export const focusableTables = {
	name: 'kube-classroom-focusable-tables',
	element: {
		filter: ['table'],
		visit(node, ctx) {
			if (node.properties && 'tabIndex' in node.properties) return;
			ctx.setProperty(node, 'tabIndex', 0);
		},
	},
};
