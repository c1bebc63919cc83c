/**
 * The cluster view as HTML strings. The build renders the starting state with these; the browser
 * renders each node, Pod, controller and Service with the same functions and swaps only the pieces
 * whose HTML changed (island/cluster-view.ts), so the static page and the live one are the same markup.
 * Colour is never the only cue: every state is also a word (Ready/NotReady, 0/1, orphan) or a line
 * style (dashed for orphans and NotReady nodes).
 */
import type { PlaygroundStrings } from './strings.ts';
import { shortKind, type ClusterView, type ControllerView, type NodeView, type PodView, type ServiceView } from '../../../lib/session/index.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}


/** The text inside a Pod's button (the button itself is keyed by uid and kept across updates). */
export function podInner(pod: PodView, t: PlaygroundStrings): string {
	const owner = pod.owner ? t.ownedBy(pod.owner.kind, pod.owner.name) : pod.orphan ? t.orphan : t.bare;
	const chips = pod.labels.map(([k, v]) => `<span class="kc-pg-chip">${escapeHtml(k)}=${escapeHtml(v)}</span>`).join('');
	return (
		`<span class="kc-pg-pod-name">${escapeHtml(pod.name)}</span>` +
		`<span class="kc-pg-pod-state"><span class="kc-pg-status">${escapeHtml(pod.status)}</span> ` +
		`<span class="kc-pg-ready" title="READY">${pod.isReady ? '✓' : '✗'} ${escapeHtml(pod.ready)}</span> ` +
		`<span class="kc-pg-restarts">${escapeHtml(t.restarts(pod.restarts))}</span></span>` +
		`<span class="kc-pg-owner">${escapeHtml(owner)}</span>` +
		`<span class="kc-pg-chips" aria-label="${escapeHtml(t.labels)}">${chips}</span>`
	);
}

/** Attributes that style a Pod by state; the same facts are in its text. */
export function podAttributes(pod: PodView): Record<string, string> {
	return {
		'data-ready': String(pod.isReady),
		'data-ownership': pod.owner ? 'owned' : pod.orphan ? 'orphan' : 'bare',
		'data-phase': pod.terminating ? 'terminating' : pod.status === 'Running' ? 'running' : pod.status === 'Pending' || pod.status === 'ContainerCreating' ? 'pending' : 'other',
	};
}

const attrs = (record: Record<string, string>): string =>
	Object.entries(record)
		.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
		.join('');

export function podHtml(pod: PodView, t: PlaygroundStrings): string {
	return `<li data-key="${escapeHtml(pod.uid)}"><button type="button" class="kc-pg-pod" data-select="pod:${escapeHtml(pod.name)}" data-uid="${escapeHtml(pod.uid)}" aria-pressed="false"${attrs(podAttributes(pod))}>${podInner(pod, t)}</button></li>`;
}

export function nodeStateText(node: NodeView, t: PlaygroundStrings): string {
	const state = node.ready === 'True' ? t.ready : node.ready === 'False' ? t.notReady : t.unknown;
	return node.schedulable ? state : `${state}, ${t.cordoned}`;
}

export function nodeHeadInner(node: NodeView, t: PlaygroundStrings): string {
	return `<span class="kc-pg-node-name">${escapeHtml(node.name)}</span> <span class="kc-pg-node-state">${escapeHtml(nodeStateText(node, t))}</span>`;
}

/** A node's column; `withPods: false` leaves its Pod list empty for the browser to fill item by item. */
export function nodeHtml(node: NodeView, t: PlaygroundStrings, withPods = true): string {
	const pods = withPods ? node.pods.map((p) => podHtml(p, t)).join('') : '';
	return (
		`<li class="kc-pg-node" data-key="${escapeHtml(node.name)}" data-ready="${node.ready}">` +
		`<button type="button" class="kc-pg-node-head" data-select="node:${escapeHtml(node.name)}" aria-pressed="false">${nodeHeadInner(node, t)}</button>` +
		`<ul class="kc-pg-pods" data-keyed aria-label="${escapeHtml(`${t.node} ${node.name}`)}">${pods}</ul></li>`
	);
}

function namesList(names: string[], max = 6): string {
	const shown = names.slice(0, max).join(', ');
	return names.length > max ? `${shown} +${names.length - max}` : shown;
}

export function controllerInner(c: ControllerView, t: PlaygroundStrings): string {
	const owner = c.owner ? ` <span class="kc-pg-owner">${escapeHtml(t.ownedBy(c.owner.kind, c.owner.name))}</span>` : '';
	return (
		`<span class="kc-pg-ctrl-name">${escapeHtml(c.kind)} ${escapeHtml(c.name)}</span>${owner}` +
		`<span class="kc-pg-ctrl-counts">${escapeHtml(t.selector)} <code>${escapeHtml(c.selector || '<none>')}</code> · ` +
		`${escapeHtml(t.desired)} ${c.desired} · ${escapeHtml(t.current)} ${c.current} · ${escapeHtml(t.readyCount)} ${c.ready}</span>` +
		`<span class="kc-pg-ctrl-pods">${escapeHtml(namesList(c.pods))}</span>`
	);
}

export function controllerHtml(c: ControllerView, t: PlaygroundStrings): string {
	const key = `${shortKind(c.kind)}:${c.name}`;
	const matched = c.current === c.desired && c.ready === c.desired;
	return `<li data-key="${escapeHtml(key)}"><button type="button" class="kc-pg-ctrl" data-select="${escapeHtml(key)}" data-settled="${matched}" aria-pressed="false">${controllerInner(c, t)}</button></li>`;
}

export function serviceInner(s: ServiceView, t: PlaygroundStrings): string {
	const eps =
		s.endpoints.length === 0
			? `<span class="kc-pg-ep-none">${escapeHtml(t.noEndpoints)}</span>`
			: s.endpoints
					.map((e) => `<span class="kc-pg-ep" data-ready="${e.ready}">${escapeHtml(e.pod)} ${escapeHtml(e.ip)}${e.ready ? '' : ` (${escapeHtml(t.notReadyEndpoint)})`}</span>`)
					.join('');
	return (
		`<span class="kc-pg-ctrl-name">Service ${escapeHtml(s.name)}</span>` +
		`<span class="kc-pg-ctrl-counts">${escapeHtml(t.selector)} <code>${escapeHtml(s.selector || '<none>')}</code></span>` +
		`<span class="kc-pg-eps" aria-label="${escapeHtml(t.endpoints)}">${escapeHtml(t.endpoints)}: ${eps}</span>`
	);
}

export function serviceHtml(s: ServiceView, t: PlaygroundStrings): string {
	return `<li class="kc-pg-svc" data-key="${escapeHtml(s.name)}">${serviceInner(s, t)}</li>`;
}

/** The whole cluster view, as the build renders it (the browser then keeps it up to date piece by piece). */
export function clusterHtml(view: ClusterView, t: PlaygroundStrings): string {
	const unscheduled =
		`<div class="kc-pg-node kc-pg-unscheduled" data-ready="none"${view.unscheduled.length === 0 ? ' hidden' : ''}>` +
		`<span class="kc-pg-node-head">${escapeHtml(t.unscheduled)}</span>` +
		`<ul class="kc-pg-pods" data-keyed data-list="unscheduled" aria-label="${escapeHtml(t.unscheduled)}">${view.unscheduled.map((p) => podHtml(p, t)).join('')}</ul></div>`;
	return (
		`<div class="kc-pg-objects">` +
		`<section class="kc-pg-panel" aria-label="${escapeHtml(t.controllers)}"${view.controllers.length === 0 ? ' hidden' : ''}><p class="kc-pg-h">${escapeHtml(t.controllers)}</p>` +
		`<ul class="kc-pg-ctrls" data-list="controllers">${view.controllers.map((c) => controllerHtml(c, t)).join('')}</ul></section>` +
		`<section class="kc-pg-panel" aria-label="${escapeHtml(t.services)}"${view.services.length === 0 ? ' hidden' : ''}><p class="kc-pg-h">${escapeHtml(t.services)}</p>` +
		`<ul class="kc-pg-svcs" data-list="services">${view.services.map((s) => serviceHtml(s, t)).join('')}</ul></section>` +
		`</div>` +
		`<section class="kc-pg-panel" aria-label="${escapeHtml(t.nodes)}"><p class="kc-pg-h">${escapeHtml(t.nodes)}</p>` +
		`<ul class="kc-pg-nodes" data-list="nodes">${view.nodes.map((n) => nodeHtml(n, t)).join('')}</ul>${unscheduled}</section>`
	);
}
