// Which widget stylesheets a page being built already holds (WidgetStyle.astro). Astro gives every
// component of one page render the same `locals` object, so it names the page.
const written = new WeakMap<object, Set<string>>();

/** True the first time `css` is asked for on the page that `locals` belongs to. */
export function firstOnPage(locals: object, css: string): boolean {
	const page = written.get(locals) ?? new Set<string>();
	written.set(locals, page);
	if (page.has(css)) return false;
	page.add(css);
	return true;
}
