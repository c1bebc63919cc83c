// Keeps the cluster view (rendered at build time from the same functions) in step with the cluster.
import { controllerHtml, nodeHtml, podHtml, serviceHtml } from '../model/render-html.ts';
import type { PlaygroundStrings } from '../model/strings.ts';
import { shortKind, type ClusterView } from '../../../lib/session/index.ts';
import { syncKeyed } from './dom.ts';

export class ClusterViewRenderer {
	readonly #root: HTMLElement;
	readonly #t: PlaygroundStrings;

	constructor(root: HTMLElement, t: PlaygroundStrings) {
		this.#root = root;
		this.#t = t;
	}

	#list(name: string): HTMLElement {
		const el = this.#root.querySelector<HTMLElement>(`[data-list="${name}"]`);
		if (!el) throw new Error(`cluster view: no list ${name}`);
		return el;
	}

	update(view: ClusterView, selected: string | undefined): void {
		const t = this.#t;
		const byKey = (key: string) => this.#root.querySelector(`li[data-key="${CSS.escape(key)}"]`) ?? undefined;
		const controllers = this.#list('controllers');
		syncKeyed(controllers, view.controllers.map((c) => ({ key: `${shortKind(c.kind)}:${c.name}`, html: controllerHtml(c, t) })));
		controllers.closest('section')!.hidden = view.controllers.length === 0;
		const services = this.#list('services');
		syncKeyed(services, view.services.map((s) => ({ key: s.name, html: serviceHtml(s, t) })));
		services.closest('section')!.hidden = view.services.length === 0;
		const nodes = this.#list('nodes');
		syncKeyed(nodes, view.nodes.map((n) => ({ key: n.name, html: nodeHtml(n, t, false) })));
		for (const node of view.nodes) {
			const pods = nodes.querySelector(`li[data-key="${CSS.escape(node.name)}"] > ul`);
			if (pods) syncKeyed(pods, node.pods.map((p) => ({ key: p.uid, html: podHtml(p, t) })), byKey);
		}
		const unscheduled = this.#list('unscheduled');
		syncKeyed(unscheduled, view.unscheduled.map((p) => ({ key: p.uid, html: podHtml(p, t) })), byKey);
		unscheduled.parentElement!.hidden = view.unscheduled.length === 0;
		for (const button of this.#root.querySelectorAll<HTMLElement>('[aria-pressed="true"]')) {
			if (button.dataset['select'] !== selected) button.setAttribute('aria-pressed', 'false');
		}
		if (selected) this.#root.querySelector(`[data-select="${CSS.escape(selected)}"]`)?.setAttribute('aria-pressed', 'true');
	}
}
