// `npm run links`: every external link of the built site, with the pages that use it, for a person to
// review. Nothing is fetched (the build machines reach no outside hosts, and a link checker that hits
// kubernetes.io on every CI run would be rude and flaky). Internal links and anchors are checked by the
// browser tests instead (tests/e2e/subpath.test.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, walkSync, ELEMENT_NODE, type Node } from 'ultrahtml';
import { listPages } from './shared/built-pages.ts';

/** External `http(s)` links of one page's HTML (the site's own origin excluded). */
export function externalLinks(html: string, siteOrigin: string): string[] {
	const found = new Set<string>();
	walkSync(parse(html) as Node, (node) => {
		if (node.type !== ELEMENT_NODE || node.name !== 'a') return;
		const href: string | undefined = node.attributes.href;
		if (!href || !/^https?:\/\//i.test(href)) return;
		if (new URL(href).origin !== siteOrigin) found.add(href);
	});
	return [...found];
}

if (import.meta.main) {
	const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
	const origin = new URL(process.env.SITE || 'http://localhost:4321').origin;
	const byLink = new Map<string, string[]>();
	for (const page of listPages(dist)) {
		for (const link of externalLinks(readFileSync(`${dist}${page}index.html`, 'utf8'), origin)) {
			byLink.set(link, [...(byLink.get(link) ?? []), `/${page}`]);
		}
	}
	for (const link of [...byLink.keys()].sort()) console.log(`${link}\n    ${byLink.get(link)!.join(' ')}`);
	console.log(`\n${byLink.size} external links on ${listPages(dist).length} pages (not fetched: review them by hand).`);
}
