/**
 * The DaemonSet registry strategy (pkg/registry/apps/daemonset/strategy.go): PrepareForCreate starts
 * spec.templateGeneration at 1 and PrepareForUpdate adds one when the Pod template changes; apps/v1
 * carries it as the `deprecated.daemonset.template.generation` annotation, which the controller copies
 * to each Pod's `pod-template-generation` label.
 */
import type { KubeObject } from '../api/types.ts';
import { jsonEqual } from '../api/json-equal.ts';

export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

export function prepareDaemonSet(object: KubeObject, old?: KubeObject): void {
	const previous = Number(old?.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION] ?? 0);
	const template = (o: KubeObject | undefined) => (o?.spec as { template?: unknown } | undefined)?.template;
	const generation = old && jsonEqual(template(object), template(old)) ? previous : previous + 1;
	object.metadata.annotations = { ...object.metadata.annotations, [TEMPLATE_GENERATION_ANNOTATION]: String(generation || 1) };
}
