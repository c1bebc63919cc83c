/**
 * Reading what a command names from the API server, as get, delete, label and describe do: by name
 * (NotFound errors collected, not thrown), or a whole list filtered by a label selector and sorted by
 * namespace and name, as the API server's storage returns it.
 */
import { endpointSlices } from '../cluster/controllers/endpoint-slices.ts';
import { ApiError, notFound } from '../cluster/apiserver/errors.ts';
import { qualifiedResource, type KindInfo } from '../cluster/apiserver/kinds.ts';
import { matches, parseSelector, type Selector } from '../cluster/api/labels.ts';
import type { KubeObject } from '../cluster/api/types.ts';
import { formatError } from './api-errors.ts';
import { str, type CommandContext } from './context.ts';
import type { ResourceRequest } from './resources.ts';
import { KubectlError } from './result.ts';

export function selectorFlag(ctx: CommandContext): Selector | undefined {
	const text = str(ctx, 'selector');
	if (text === undefined) return undefined;
	try {
		return parseSelector(text);
	} catch (error) {
		throw new KubectlError(`error: ${(error as Error).message}`);
	}
}

/**
 * The fields the API server can select a kind's objects by (each registry's ToSelectableFields:
 * pkg/registry/core/pod/strategy.go PodToSelectableFields, event/strategy.go, node/strategy.go), as
 * paths into the object; every kind has metadata.name and metadata.namespace.
 */
const SELECTABLE: Record<string, readonly string[]> = {
	Pod: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'status.phase', 'status.podIP', 'status.nominatedNodeName'],
	Event: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
	Node: ['spec.unschedulable'],
	Namespace: ['status.phase'],
	ReplicationController: ['status.replicas'],
	ReplicaSet: ['status.replicas'],
	Job: ['status.successful'],
};

/** Field names that select something else than their path (batch/v1 conversion.go: status.successful). */
const FIELD_PATHS: Record<string, string> = { 'status.successful': 'status.succeeded' };

export type FieldFilter = (object: KubeObject) => boolean;

function fieldValue(object: KubeObject, path: string): string {
	if (path === 'source') return (object as { source?: { component?: string } }).source?.component ?? '';
	let value: unknown = object;
	for (const part of (FIELD_PATHS[path] ?? path).split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
	return value === undefined || value === null ? '' : String(value);
}

/**
 * `--field-selector`: `field=value`, `field==value`, `field!=value`, comma-separated (fields.ParseSelector);
 * a field the kind cannot be selected by is the API server's BadRequest: the kind's field label
 * conversion's `field label not supported`, or for kinds without one
 * DefaultMetaV1FieldSelectorConversion's `is not a known field selector`.
 */
export function fieldSelectorFlag(ctx: CommandContext, info: KindInfo): FieldFilter | undefined {
	const text = str(ctx, 'field-selector');
	if (text === undefined || text === '') return undefined;
	const terms = text.split(',').map((term) => {
		const match = /^([^!=]+)(==|=|!=)(.*)$/.exec(term.trim());
		if (!match) throw new KubectlError(`Error from server (BadRequest): invalid selector: '${text}'; can't understand '${term}'`);
		const [, field, op, value] = match as unknown as [string, string, string, string];
		if (!['metadata.name', 'metadata.namespace', ...(SELECTABLE[info.kind] ?? [])].includes(field)) {
			const why = SELECTABLE[info.kind] ? `field label not supported: ${field}` : `"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`;
			const gvr = `${info.apiVersion.includes('/') ? info.apiVersion : `/${info.apiVersion}`}, Resource=${info.plural}`;
			throw new KubectlError(`Error from server (BadRequest): Unable to find "${gvr}" that match label selector "${str(ctx, 'selector') ?? ''}", field selector "${text}": ${why}`);
		}
		return { field, equal: op !== '!=', value };
	});
	return (object) => terms.every((t) => (fieldValue(object, t.field) === t.value) === t.equal);
}

export function byNamespaceAndName(a: KubeObject, b: KubeObject): number {
	const na = `${a.metadata.namespace ?? ''}/${a.metadata.name}`;
	const nb = `${b.metadata.namespace ?? ''}/${b.metadata.name}`;
	return na < nb ? -1 : na > nb ? 1 : 0;
}

export const ENDPOINTS_WARNING = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';

/** Fetches what a `TYPE [NAME…]` request names, collecting NotFound errors instead of stopping. */
export function fetch(ctx: CommandContext, request: ResourceRequest, allNamespaces: boolean, selector?: Selector): { objects: KubeObject[]; errors: string[] } {
	const { api } = ctx.cluster;
	// A 1.33+ API server answers every v1 Endpoints request with this warning; kubectl prints each warning once.
	if (request.info.kind === 'Endpoints' && !ctx.out.stderr.includes(ENDPOINTS_WARNING)) ctx.out.err(ENDPOINTS_WARNING);
	const ns = request.info.namespaced ? ctx.namespace : undefined;
	const errors: string[] = [];
	if (request.names.length > 0) {
		const objects: KubeObject[] = [];
		for (const name of request.names) {
			try {
				const found = request.info.kind === 'EndpointSlice' ? stored(ctx, 'EndpointSlice', ns).find((o) => o.metadata.name === name) : api.read(request.info.kind, ns, name);
				if (!found) throw notFound(qualifiedResource(request.info.kind), name);
				objects.push(found);
			} catch (error) {
				if (!(error instanceof ApiError)) throw error;
				errors.push(formatError(error));
			}
		}
		return { objects, errors };
	}
	const listNs = request.info.namespaced && !allNamespaces ? ctx.namespace : undefined;
	const objects = stored(ctx, request.info.kind, listNs)
		.filter((o) => !selector || matches(selector, o.metadata.labels))
		.sort(byNamespaceAndName);
	return { objects, errors };
}

/** Objects as the API server lists them; EndpointSlices are derived from Endpoints (endpoint-slices.ts). */
function stored(ctx: CommandContext, kind: string, namespace: string | undefined): KubeObject[] {
	if (kind === 'EndpointSlice') return endpointSlices(ctx.cluster.api, namespace);
	return ctx.cluster.api.list(kind, namespace);
}
