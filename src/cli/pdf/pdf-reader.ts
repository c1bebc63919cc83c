// Reads back what Chromium printed, with pdfjs-dist: where each named destination landed (to number the
// table of contents), and the outline, links, text and fonts the tests check.
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface OutlineNode {
	title: string;
	/** 1-based page the bookmark jumps to, or undefined when its destination does not resolve. */
	page: number | undefined;
	items: OutlineNode[];
}

export interface PdfLink {
	/** 1-based page the link is on. */
	page: number;
	/** [x1, y1, x2, y2] in PDF points. */
	rect: number[];
	/** Set for links to other sites. */
	url?: string | undefined;
	/** 1-based target page for links inside the document; null when the destination does not resolve. */
	target?: number | null | undefined;
	/** The named destination, when the link uses one. */
	name?: string | undefined;
}

export interface PdfTextItem {
	str: string;
	x: number;
	y: number;
}

export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
	// pdfjs transfers the buffer to its worker; give it a copy so the caller's bytes stay usable.
	return getDocument({ data: new Uint8Array(data), verbosity: 0, isEvalSupported: false, fontExtraProperties: true })
		.promise;
}

/** The 1-based page of an explicit or named destination; null when it does not resolve. */
export async function destinationPage(doc: PDFDocumentProxy, dest: unknown): Promise<number | null> {
	const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
	if (!Array.isArray(explicit) || explicit.length === 0) return null;
	const ref = explicit[0];
	if (typeof ref === 'number') return ref + 1;
	try {
		return (await doc.getPageIndex(ref)) + 1;
	} catch {
		return null;
	}
}

/** Every named destination and the 1-based page it is on. Chromium names them after the element ids. */
export async function namedDestinationPages(doc: PDFDocumentProxy): Promise<Map<string, number>> {
	const named = (await doc.getDestinations()) as Record<string, unknown>;
	const pages = new Map<string, number>();
	for (const [name, dest] of Object.entries(named)) {
		const page = await destinationPage(doc, dest);
		if (page !== null) pages.set(name, page);
	}
	return pages;
}

export async function outline(doc: PDFDocumentProxy): Promise<OutlineNode[]> {
	type Raw = { title: string; dest: unknown; items: Raw[] };
	const convert = async (items: Raw[]): Promise<OutlineNode[]> =>
		Promise.all(
			items.map(async (item) => ({
				title: item.title,
				page: (await destinationPage(doc, item.dest)) ?? undefined,
				items: await convert(item.items),
			})),
		);
	return convert(((await doc.getOutline()) ?? []) as Raw[]);
}

export async function links(doc: PDFDocumentProxy): Promise<PdfLink[]> {
	const found: PdfLink[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		for (const a of (await page.getAnnotations()) as { subtype: string; rect: number[]; url?: string; dest?: unknown }[]) {
			if (a.subtype !== 'Link') continue;
			if (a.url) found.push({ page: n, rect: a.rect, url: a.url });
			else if (a.dest !== undefined)
				found.push({
					page: n,
					rect: a.rect,
					target: await destinationPage(doc, a.dest),
					name: typeof a.dest === 'string' ? a.dest : undefined,
				});
		}
	}
	return found;
}

/** The text items of one page with their positions (PDF points, origin bottom left). */
export async function pageText(doc: PDFDocumentProxy, n: number): Promise<PdfTextItem[]> {
	const content = await (await doc.getPage(n)).getTextContent();
	return content.items
		.filter((item): item is typeof item & { str: string; transform: number[] } => 'str' in item)
		.map((item) => ({ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0 }));
}

/** All text of one page, items joined as pdfjs orders them. */
export async function pageString(doc: PDFDocumentProxy, n: number): Promise<string> {
	return (await pageText(doc, n)).map((item) => item.str).join('');
}

export interface PdfFont {
	name: string;
	/** False when the PDF only names the font and a viewer must substitute one. */
	embedded: boolean;
}

/** The fonts used on the given pages, by name. */
export async function fonts(doc: PDFDocumentProxy, pages: readonly number[]): Promise<Map<string, PdfFont>> {
	const found = new Map<string, PdfFont>();
	for (const n of pages) {
		const page = await doc.getPage(n);
		const ops = await page.getOperatorList();
		ops.fnArray.forEach((fn, i) => {
			if (fn !== OPS.setFont) return;
			const id = (ops.argsArray[i] as [string])[0];
			const font = page.commonObjs.get(id) as { name?: string; missingFile?: boolean };
			const name = font.name ?? id;
			if (!found.has(name)) found.set(name, { name, embedded: !font.missingFile });
		});
	}
	return found;
}

/** One run of text as the PDF draws it: the characters and the font they are drawn in. */
export interface DrawnText {
	page: number;
	font: PdfFont;
	text: string;
}

/** The text drawn on the given pages, run by run, each with its font: which face really set which characters. */
export async function drawnText(doc: PDFDocumentProxy, pages: readonly number[]): Promise<DrawnText[]> {
	const drawn: DrawnText[] = [];
	const showText = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
	for (const n of pages) {
		const page = await doc.getPage(n);
		const ops = await page.getOperatorList();
		let font: PdfFont | undefined;
		ops.fnArray.forEach((fn, i) => {
			const args = ops.argsArray[i] as unknown[];
			if (fn === OPS.setFont) {
				const id = args[0] as string;
				const object = page.commonObjs.get(id) as { name?: string; missingFile?: boolean };
				font = { name: object.name ?? id, embedded: !object.missingFile };
			} else if (showText.has(fn) && font) {
				const glyphs = args.find(Array.isArray) as ({ unicode?: string } | number | null)[] | undefined;
				const text = (glyphs ?? []).map((g) => (g !== null && typeof g === 'object' ? (g.unicode ?? '') : '')).join('');
				if (text) drawn.push({ page: n, font, text });
			}
		});
	}
	return drawn;
}
