/**
 * Reading what a command names from the API server, as get, delete, label and describe do: by name
 * (NotFound errors collected, not thrown), or a whole list filtered by a label selector and sorted by
 * namespace and name, as the API server's storage returns it.
 */
import { endpointSliceFor } from '../cluster/controllers/endpoint-slices.ts';
import { ApiError, notFound } from '../cluster/apiserver/errors.ts';
import { qualifiedResource } from '../cluster/apiserver/kinds.ts';
import { matches, parseSelector, type Selector } from '../cluster/api/labels.ts';
import type { Endpoints, KubeObject } from '../cluster/api/types.ts';
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

export function byNamespaceAndName(a: KubeObject, b: KubeObject): number {
	const na = `${a.metadata.namespace ?? ''}/${a.metadata.name}`;
	const nb = `${b.metadata.namespace ?? ''}/${b.metadata.name}`;
	return na < nb ? -1 : na > nb ? 1 : 0;
}

/** Fetches what a `TYPE [NAME…]` request names, collecting NotFound errors instead of stopping. */
export function fetch(ctx: CommandContext, request: ResourceRequest, allNamespaces: boolean, selector?: Selector): { objects: KubeObject[]; errors: string[] } {
	const { api } = ctx.cluster;
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
	if (kind === 'EndpointSlice') return ctx.cluster.api.list<Endpoints>('Endpoints', namespace).map(endpointSliceFor);
	return ctx.cluster.api.list(kind, namespace);
}
