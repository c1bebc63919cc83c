/**
 * One storyboard frame as a static SVG: controllers and Services as text lines on top, then one column
 * per node with its Pods as boxes. Made for paper: black lines on white, every state written out, and
 * line style as the second cue (dashed box = orphan, dashed node = not Ready, thick box = new in this
 * step), so it reads the same in black and white.
 */
import { escapeHtml, nodeStateText } from './render-html.ts';
import type { PlaygroundStrings } from './strings.ts';
import { shortKind, type ClusterView, type PodView } from '../../../lib/session/index.ts';

export interface FrameOptions {
	/** Names of Pods to draw thick, marked new (those that did not exist in the previous frame). */
	fresh?: ReadonlySet<string>;
	/** Pods drawn per node before "+N more". @default 6 */
	maxPods?: number;
	/** @default 640 */
	width?: number;
}

const LINE = 16;
const POD_H = 62;
const PAD = 8;
const FONT_SIZE = 11;

/**
 * A generous estimate of a line's width at FONT_SIZE: a wide Latin glyph (0.56 em) per character, a full
 * em per CJK character. No text measuring exists at build time, so a line estimated wider than its room
 * is squeezed into it with `textLength` rather than running past its box (long label lists and
 * pod-template-hash names did); a line that fits is left alone.
 */
function fitted(line: string, x: number, y: number, room: number, bold = false): string {
	const estimate = [...line].reduce((sum, ch) => sum + (ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.56) * FONT_SIZE, 0);
	const squeeze = estimate > room ? ` textLength="${Math.floor(room)}" lengthAdjust="spacingAndGlyphs"` : '';
	return `<text x="${x}" y="${y}"${bold ? ' font-weight="700"' : ''}${squeeze}>${escapeHtml(line)}</text>`;
}

function podBox(pod: PodView, x: number, y: number, w: number, t: PlaygroundStrings, fresh: boolean): string {
	const owner = pod.owner ? t.ownedBy(shortKind(pod.owner.kind), pod.owner.name) : pod.orphan ? t.orphan : t.bare;
	const dash = pod.owner ? '' : ' stroke-dasharray="5 3"';
	const lines = [
		`${fresh ? '★ ' : ''}${pod.name}`,
		`${pod.status} · ${pod.isReady ? '✓' : '✗'} ${pod.ready} · ${t.restarts(pod.restarts)}`,
		owner,
		pod.labels.map(([k, v]) => `${k}=${v}`).join(','),
	];
	const text = lines.map((l, i) => fitted(l, x + 6, y + 14 + i * 13, w - 12, i === 0)).join('');
	return `<rect x="${x}" y="${y}" width="${w}" height="${POD_H - 6}" rx="4" fill="#fff" stroke="#000" stroke-width="${fresh ? 2.5 : 1}"${dash}/>${text}`;
}

/** The frame as an SVG string, with an accessible summary in `aria-label`. */
export function frameSvg(view: ClusterView, t: PlaygroundStrings, options: FrameOptions = {}): string {
	const width = options.width ?? 640;
	const maxPods = options.maxPods ?? 6;
	const fresh = options.fresh ?? new Set<string>();
	const header: string[] = [
		...view.controllers.map((c) => `${c.kind} ${c.name} · ${t.selector} ${c.selector} · ${t.desired} ${c.desired} · ${t.current} ${c.current} · ${t.readyCount} ${c.ready}`),
		...view.services.map((s) => {
			const eps = s.endpoints.map((e) => (e.ready ? e.pod : `${e.pod} (${t.notReadyEndpoint})`)).join(', ');
			return `Service ${s.name} · ${t.selector} ${s.selector} · ${t.endpoints}: ${eps || t.noEndpoints}`;
		}),
	];
	const columns = [...view.nodes.map((n) => ({ title: `${n.name}: ${nodeStateText(n, t)}`, ok: n.ready === 'True', pods: n.pods }))];
	if (view.unscheduled.length > 0) columns.push({ title: t.unscheduled, ok: true, pods: view.unscheduled });
	const colW = (width - PAD * (columns.length + 1)) / Math.max(1, columns.length);
	const top = PAD + header.length * LINE + (header.length > 0 ? PAD : 0);
	const rows = Math.max(1, ...columns.map((c) => Math.min(c.pods.length, maxPods + 1)));
	const height = top + LINE + 10 + rows * POD_H + PAD;
	const parts: string[] = header.map((line, i) => fitted(line, PAD, PAD + 12 + i * LINE, width - 2 * PAD));
	columns.forEach((col, i) => {
		const x = PAD + i * (colW + PAD);
		const dash = col.ok ? '' : ' stroke-dasharray="8 4" stroke-width="2"';
		parts.push(`<rect x="${x}" y="${top}" width="${colW}" height="${height - top - PAD}" rx="6" fill="none" stroke="#000"${dash}/>`);
		parts.push(fitted(col.title, x + 6, top + 15, colW - 12, true));
		const shown = col.pods.length > maxPods + 1 ? col.pods.slice(0, maxPods) : col.pods;
		shown.forEach((pod, j) => parts.push(podBox(pod, x + 4, top + LINE + 10 + j * POD_H, colW - 8, t, fresh.has(pod.name))));
		if (shown.length < col.pods.length) parts.push(`<text x="${x + 6}" y="${top + LINE + 10 + shown.length * POD_H + 14}">+${col.pods.length - shown.length}</text>`);
	});
	const summary = [
		...header,
		...columns.map((c) => `${c.title}: ${c.pods.map((p) => `${p.name} ${p.status} ${p.ready}`).join(', ') || t.noPods}`),
	].join('. ');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(summary)}" ` +
		`font-size="${FONT_SIZE}" font-family="system-ui, 'Noto Sans SC', sans-serif" fill="#000">${parts.join('')}</svg>`
	);
}
