/**
 * `-o yaml` and `-o json`. kubectl serializes through Go structs: JSON keeps the struct's field order
 * (apiVersion, kind, metadata, spec, status) with four-space indentation; YAML goes JSON → map →
 * go-yaml, so keys come out sorted, lists are not indented under their key, and strings that YAML 1.1
 * would read as something else (timestamps, numbers, yes/no) are quoted.
 */
import type { KubeObject } from '../../cluster/api/types.ts';
import { yamlCodec } from '../yaml-on-demand.ts';

const TOP = ['apiVersion', 'kind', 'metadata'];
const META = [
	'annotations',
	'creationTimestamp',
	'deletionGracePeriodSeconds',
	'deletionTimestamp',
	'finalizers',
	'generateName',
	'generation',
	'labels',
	'name',
	'namespace',
	'ownerReferences',
	'resourceVersion',
	'uid',
];
const META_GO_ORDER = ['name', 'generateName', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers'];

/** Go struct order for the fields kubectl users look at; the rest keep their order, status last. */
export function goOrder(obj: KubeObject): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const k of TOP) if (k in obj) out[k] = k === 'metadata' ? orderMeta(obj.metadata as unknown as Record<string, unknown>) : obj[k];
	for (const [k, v] of Object.entries(obj)) if (!TOP.includes(k) && k !== 'status') out[k] = v;
	if ('status' in obj) out['status'] = obj.status;
	return out;
}

function orderMeta(meta: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const k of META_GO_ORDER) if (meta[k] !== undefined) out[k] = meta[k];
	for (const [k, v] of Object.entries(meta)) if (!META.includes(k) && v !== undefined) out[k] = v;
	return out;
}

export function toJson(value: KubeObject | KubeObject[]): string {
	return `${JSON.stringify(Array.isArray(value) ? asList(value) : goOrder(value), null, 4)}\n`;
}

export function toYaml(value: KubeObject | KubeObject[]): string {
	const data = Array.isArray(value) ? asList(value) : goOrder(value);
	return yamlCodec().stringify(JSON.parse(JSON.stringify(data)), { version: '1.1', sortMapEntries: true, indentSeq: false, lineWidth: 0 });
}

function asList(items: KubeObject[]): Record<string, unknown> {
	return { apiVersion: 'v1', items: items.map(goOrder), kind: 'List', metadata: { resourceVersion: '' } };
}
