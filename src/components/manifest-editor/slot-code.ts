// The lesson writes the starting manifest as a fenced YAML block inside <ManifestEditor>, so the page
// reads and prints as plain Markdown. Starlight renders that block with Expressive Code; this recovers
// the exact source text (the copy button's `data-code`, where Expressive Code stores it with U+007F for
// line breaks) and the block's `title="…"`.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

export interface SlotCode {
	code: string;
	title?: string;
}

/** The code and title of the first code block in rendered slot HTML ('' when there is none). */
export function codeFromSlot(html: string): SlotCode {
	const title = /<figcaption[^>]*>[\s\S]*?<span class="title">([\s\S]*?)<\/span>/.exec(html)?.[1];
	const withTitle = (code: string): SlotCode => (title ? { code, title: decodeEntities(title) } : { code });
	const dataCode = /data-code="([^"]*)"/.exec(html)?.[1];
	if (dataCode !== undefined) return withTitle(decodeEntities(dataCode).replaceAll('\u007f', '\n'));
	// Without a copy button: one `ec-line` per source line, or a plain <pre><code>.
	const lines = [...html.matchAll(/<div class="ec-line[^"]*">([\s\S]*?)<\/div><\/div>/g)].map((m) => m[1]!);
	if (lines.length > 0) return withTitle(lines.map((l) => decodeEntities(l.replace(/<[^>]+>/g, ''))).join('\n'));
	const pre = /<pre[^>]*>(?:<code[^>]*>)?([\s\S]*?)(?:<\/code>)?<\/pre>/.exec(html)?.[1];
	return withTitle(pre === undefined ? '' : decodeEntities(pre.replace(/<[^>]+>/g, '')).replace(/\n$/, ''));
}

/**
 * The page-level tags Expressive Code puts in the first code block it renders on a page, ahead of the
 * block's frame (its stylesheet and the copy button's script). The editor replaces the block it wraps with its own markup,
 * so when that block is the page's first, these tags must be kept or every code block on the page loses
 * its styling.
 */
export function expressiveCodeAssets(html: string): string {
	const frame = html.search(/<figure\b/);
	const before = frame < 0 ? '' : html.slice(0, frame);
	return (before.match(/<link rel="stylesheet"[^>]*>|<script type="module"[^>]*>\s*<\/script>/g) ?? []).join('');
}
