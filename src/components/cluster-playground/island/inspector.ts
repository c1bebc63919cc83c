// The panel for the selected node, Pod or controller: its actions build the kubectl (or sim) command a
// learner would type and hand it to the terminal, so every change goes through the API server.
import { loadYaml, type Action, type Actions, type ClusterSnapshot, type KubeObject, type ClusterView } from '../../../lib/session/index.ts';
import { controllerInner, escapeHtml, nodeStateText, podInner } from '../model/render-html.ts';
import type { PlaygroundStrings } from '../model/strings.ts';
import { morph, parse } from './dom.ts';

const KINDS: Record<string, string> = { rc: 'ReplicationController', rs: 'ReplicaSet', deploy: 'Deployment' };
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The object as its author last applied it (what a learner would edit), else the live object. */
function authored(object: KubeObject): KubeObject {
	const last = object.metadata.annotations?.[LAST_APPLIED];
	if (last) {
		try {
			return JSON.parse(last) as KubeObject;
		} catch {
			// fall through to the live object
		}
	}
	return object;
}

export class Inspector {
	readonly #root: HTMLElement;
	readonly #t: PlaygroundStrings;
	/** The commands it builds (src/lib/lab/actions.ts), loaded with it. */
	readonly #actions: Pick<Actions, 'commandFor' | 'parseLabelInput' | 'parseLabelSet'>;
	#html = '';
	#snapshot: ClusterSnapshot | undefined;
	selected: string | undefined;
	/** Runs a command line in the terminal, once it is built (a template edit waits for the YAML library). */
	run: (command: string | Promise<string>) => void = () => {};
	onClose: () => void = () => {};

	constructor(root: HTMLElement, t: PlaygroundStrings, actions: Actions) {
		this.#actions = actions;
		this.#root = root;
		this.#t = t;
		root.addEventListener('click', (event) => this.#click(event));
		root.addEventListener('submit', (event) => this.#submit(event));
		root.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || !this.selected) return;
			// Handled here: full screen (wide.ts) leaves it alone.
			event.preventDefault();
			this.onClose();
		});
	}

	#object(kind: string, name: string): KubeObject | undefined {
		return this.#snapshot?.objects[kind]?.find((o) => o.metadata.name === name && (o.metadata.namespace ?? 'default') === 'default');
	}

	#act(action: Action): void {
		this.run(action.type === 'template' ? loadYaml().then(() => this.#actions.commandFor(action)) : this.#actions.commandFor(action));
	}

	#click(event: Event): void {
		const button = (event.target as Element).closest<HTMLElement>('button[data-act]');
		if (!button || !this.selected) return;
		const name = this.selected.split(/:(.*)/s)[1] ?? '';
		switch (button.dataset['act']) {
			case 'close':
				this.onClose();
				return;
			case 'unlabel':
				this.#act({ type: 'unlabel', pod: name, key: button.dataset['key'] ?? '' });
				this.#root.querySelector<HTMLInputElement>('input[name="label"]')?.focus();
				return;
			case 'delete-pod':
				this.#act({ type: 'delete-pod', pod: name });
				return;
			case 'app':
				this.#act({ type: 'app', pod: name, health: button.dataset['health'] as 'healthy' });
				return;
			case 'node':
				this.#act({ type: 'node', node: name, state: button.dataset['state'] as 'fail' });
				return;
		}
	}

	#submit(event: Event): void {
		event.preventDefault();
		const form = event.target as HTMLFormElement;
		const input = form.querySelector('input')!;
		const [short = '', name = ''] = (this.selected ?? '').split(/:(.*)/s);
		const kind = KINDS[short];
		switch (form.dataset['form']) {
			case 'label': {
				const kv = this.#actions.parseLabelInput(input.value);
				// Without `=`, kubectl gets the text as written and explains the mistake itself.
				this.run(kv ? this.#actions.commandFor({ type: 'label', pod: name, ...kv }) : `kubectl label pod ${name} ${input.value.trim() || '""'}`);
				input.value = '';
				return;
			}
			case 'scale':
				if (kind) this.#act({ type: 'scale', kind, name, replicas: Number(input.value) });
				return;
			case 'image': {
				const object = kind && this.#object(kind, name);
				if (object) this.#act({ type: 'template', object: authored(object), image: input.value.trim() });
				return;
			}
			case 'selector': {
				const object = kind && this.#object(kind, name);
				const selector = this.#actions.parseLabelSet(input.value);
				if (object && selector) this.#act({ type: 'template', object: authored(object), selector });
				return;
			}
		}
	}

	update(view: ClusterView, snapshot: ClusterSnapshot): void {
		this.#snapshot = snapshot;
		const html = this.#render(view, snapshot);
		if (html === this.#html) return;
		this.#html = html;
		morph(this.#root, parse(`<div>${html}</div>`));
	}

	#render(view: ClusterView, snapshot: ClusterSnapshot): string {
		const t = this.#t;
		const [type, name = ''] = (this.selected ?? '').split(/:(.*)/s);
		const close = `<button type="button" data-act="close">${escapeHtml(t.close)}</button>`;
		const field = (form: string, label: string, value: string, button: string, extra = '') =>
			`<form data-form="${form}" class="kc-pg-field"><label>${escapeHtml(label)} <input name="${form}" value="${escapeHtml(value)}" autocomplete="off" spellcheck="false"${extra}></label> <button type="submit">${escapeHtml(button)}</button></form>`;
		if (type === 'pod') {
			const pod = view.pods.find((p) => p.name === name);
			if (!pod) return `<p class="kc-pg-hint">${escapeHtml(t.selectHint)}</p>`;
			const labels = pod.labels
				.map(([k, v]) => `<li><span class="kc-pg-chip">${escapeHtml(k)}=${escapeHtml(v)}</span><button type="button" data-act="unlabel" data-key="${escapeHtml(k)}" aria-label="${escapeHtml(t.removeLabel(k))}" title="${escapeHtml(t.removeLabel(k))}">×</button></li>`)
				.join('');
			return (
				`<p class="kc-pg-insp-title" tabindex="-1"><strong>${escapeHtml(t.podTitle(pod.name))}</strong> ${close}</p>` +
				`<p class="kc-pg-insp-state">${podInner(pod, t)}</p>` +
				`<p class="kc-pg-h">${escapeHtml(t.labels)}</p><ul class="kc-pg-label-edit">${labels}</ul>` +
				field('label', t.addLabel, '', t.apply, ` placeholder="${escapeHtml(t.addLabelHint)}"`) +
				`<p class="kc-pg-insp-actions"><button type="button" data-act="delete-pod">${escapeHtml(t.deletePod)}</button> ` +
				`<button type="button" data-act="app" data-health="unhealthy">${escapeHtml(t.makeUnhealthy)}</button> ` +
				`<button type="button" data-act="app" data-health="healthy">${escapeHtml(t.makeHealthy)}</button> ` +
				`<button type="button" data-act="app" data-health="crash">${escapeHtml(t.crash)}</button></p>`
			);
		}
		if (type === 'node') {
			const node = view.nodes.find((n) => n.name === name);
			if (!node) return `<p class="kc-pg-hint">${escapeHtml(t.selectHint)}</p>`;
			const up = snapshot.kubelets.find((k) => k.node === name)?.up ?? true;
			return (
				`<p class="kc-pg-insp-title" tabindex="-1"><strong>${escapeHtml(t.nodeTitle(node.name))}</strong> ${close}</p>` +
				`<p>${escapeHtml(nodeStateText(node, t))} · ${node.pods.length} Pods</p>` +
				`<p class="kc-pg-insp-actions"><button type="button" data-act="node" data-state="${up ? 'fail' : 'recover'}">${escapeHtml(up ? t.failNode : t.recoverNode)}</button></p>`
			);
		}
		const kind = KINDS[type ?? ''];
		const controller = kind ? view.controllers.find((c) => c.kind === kind && c.name === name) : undefined;
		if (!controller || !kind) return `<p class="kc-pg-hint">${escapeHtml(t.selectHint)}</p>`;
		const object = this.#object(kind, name) as { spec?: { template?: { spec?: { containers?: { image?: string }[] } } } } | undefined;
		const image = object?.spec?.template?.spec?.containers?.[0]?.image ?? '';
		const selector = controller.selector;
		return (
			`<p class="kc-pg-insp-title" tabindex="-1"><strong>${escapeHtml(t.controllerTitle(kind, name))}</strong> ${close}</p>` +
			`<p class="kc-pg-insp-state">${controllerInner(controller, t)}</p>` +
			field('scale', t.replicas, String(controller.desired), t.setReplicas, ' type="number" min="0" max="500" inputmode="numeric"') +
			field('image', t.templateImage, image, t.setImage) +
			(kind === 'Deployment' ? '' : field('selector', t.selectorAndTemplate, selector, t.setSelector) + `<p class="kc-pg-hint">${escapeHtml(t.selectorHint)}</p>`)
		);
	}
}
