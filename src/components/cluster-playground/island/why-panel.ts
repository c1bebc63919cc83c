// The "why" panel of step mode: renders the explanation of the step "Next" ran (src/lib/lab/why.ts).
// Loaded with the first "Next", so readers who never step do not download it.
import type { ClusterStep, ClusterView, WhyExplanation, WhyText, loadWhy } from '../../../lib/session/index.ts';

type ExplainStep = Awaited<ReturnType<typeof loadWhy>>['explainStep'];

function list(lines: readonly string[], className?: string): HTMLUListElement {
	const ul = document.createElement('ul');
	if (className) ul.className = className;
	for (const line of lines) ul.appendChild(document.createElement('li')).textContent = line;
	return ul;
}

/** Shows what `step` did and why in `panel` (its `[data-why-body]`), or that the cluster was quiet. */
export function showStep(explain: ExplainStep, words: WhyText, panel: HTMLElement, step: ClusterStep | undefined, view: ClusterView, when: string, quietMs: number): void {
	const explanation: WhyExplanation | undefined = step && explain(step, words, view);
	const title = document.createElement('p');
	title.className = 'kc-pg-why-title';
	const time = document.createElement('span');
	time.className = 'kc-pg-why-time';
	time.textContent = when;
	title.append(time, ' ', explanation ? explanation.title : words.quiet(quietMs / 60_000));
	const parts: HTMLElement[] = [title];
	if (explanation) {
		parts.push(list(explanation.lines));
		if (explanation.events.length > 0) parts.push(list(explanation.events, 'kc-pg-why-events'));
	}
	panel.querySelector('[data-why-body]')!.replaceChildren(...parts);
	panel.hidden = false;
}
