/**
 * Whether a Pod may go to a node by its nodeSelector and required node affinity, as
 * k8s.io/component-helpers/scheduling/corev1/nodeaffinity `GetRequiredNodeAffinity(pod).Match(node)`:
 * every nodeSelector label, and one of the required terms (each term's expressions on labels and
 * fields, `metadata.name` being the only field, all true; a term with neither matches nothing).
 */
import type { Node, NodeSelector, PodSpec } from './types.ts';

type Requirement = NonNullable<NodeSelector['nodeSelectorTerms'][number]['matchExpressions']>[number];

function requirementMatches(r: Requirement, value: string | undefined): boolean {
	const values = r.values ?? [];
	switch (r.operator) {
		case 'In':
			return value !== undefined && values.includes(value);
		case 'NotIn':
			return value === undefined || !values.includes(value);
		case 'Exists':
			return value !== undefined;
		case 'DoesNotExist':
			return value === undefined;
		case 'Gt':
		case 'Lt': {
			// Both sides must be integers (labels.Requirement's Gt/Lt).
			if (value === undefined || !/^-?\d+$/.test(value) || values.length !== 1 || !/^-?\d+$/.test(values[0]!)) return false;
			return r.operator === 'Gt' ? Number(value) > Number(values[0]) : Number(value) < Number(values[0]);
		}
		default:
			return false;
	}
}

/** nodeaffinity.NodeSelector.Match: terms ORed. */
export function nodeSelectorMatches(selector: NodeSelector, node: Node): boolean {
	return (selector.nodeSelectorTerms ?? []).some((term) => {
		const expressions = term.matchExpressions ?? [];
		const fields = term.matchFields ?? [];
		if (expressions.length === 0 && fields.length === 0) return false;
		return (
			expressions.every((r) => requirementMatches(r, node.metadata.labels?.[r.key])) &&
			fields.every((r) => requirementMatches(r as Requirement, r.key === 'metadata.name' ? node.metadata.name : undefined))
		);
	});
}

/** RequiredNodeAffinity.Match: the nodeSelector labels, then the required node affinity. */
export function podFitsNodeAffinity(spec: Pick<PodSpec, 'nodeSelector' | 'affinity'>, node: Node): boolean {
	const labels = node.metadata.labels;
	for (const k in spec.nodeSelector) if (labels?.[k] !== spec.nodeSelector[k]) return false;
	const required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
	return required === undefined || nodeSelectorMatches(required, node);
}
