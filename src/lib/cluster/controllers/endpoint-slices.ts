/**
 * EndpointSlices, derived when a client reads them rather than stored. Upstream the EndpointSlice
 * controller (pkg/controller/endpointslice, its reconciler in k8s.io/endpointslice) writes them
 * from the same Service and Pod data the Endpoints controller reads; here they are computed from
 * that data on read, so they are always what the controller would have written by now:
 *
 * - `reconcileByAddressType`: every pod the selector matches that has an IP and has not finished,
 *   terminating ones included (ShouldPodBeInEndpoints with includeTerminating = true), grouped in
 *   one slice per set of resolved ports: a pod none of whose containers has a port named like a
 *   named `targetPort` lands in a slice without ports (as upstream; the v1 Endpoints leave it out);
 *   an empty Service gets the placeholder slice, without ports or endpoints.
 * - `podToEndpoint`: `serving` is the pod's readiness, `terminating` its deletion, and `ready` is
 *   serving and not terminating, or true whenever the Service sets `publishNotReadyAddresses`.
 *
 * Endpoints no selector Service owns (hand-made ones, and the `kubernetes` Service's, which the
 * API server writes) are mirrored, as the EndpointSliceMirroring controller and the API server's
 * endpoint reconciler do.
 */
import type { ApiServer } from '../apiserver/api-server.ts';
import { matches, selectorFromSet } from '../api/labels.ts';
import { isPodReady } from '../api/pod-util.ts';
import { safeEncodeString } from '../random.ts';
import { type EndpointAddress, type Endpoints, type KubeObject, newMeta, type Pod, type Service } from '../api/types.ts';
import { compareIps, endpointPorts, podOutOfEndpoints } from './endpoints-controller.ts';

export interface EndpointSliceEndpoint {
	addresses: string[];
	conditions: { ready: boolean; serving: boolean; terminating: boolean };
	hostname?: string;
	nodeName?: string;
	targetRef?: EndpointAddress['targetRef'];
}

export interface EndpointSlice extends KubeObject {
	kind: 'EndpointSlice';
	addressType: 'IPv4';
	endpoints: EndpointSliceEndpoint[];
	ports: { name: string; port: number; protocol: string }[];
}

/** The EndpointSlices of a namespace (every namespace when undefined), by Service. */
export function endpointSlices(api: ApiServer, namespace?: string): EndpointSlice[] {
	return api.list<Endpoints>('Endpoints', namespace).flatMap((ep) => {
		const svc = api.get<Service>('Service', ep.metadata.namespace, ep.metadata.name);
		if (!svc?.spec.selector || svc.spec.type === 'ExternalName') return [mirrorSlice(ep)];
		return serviceSlices(ep, svc, api.list<Pod>('Pod', ep.metadata.namespace));
	});
}

/** The slices the EndpointSlice controller writes for a Service with a selector. */
export function serviceSlices(ep: Endpoints, svc: Service, pods: readonly Pod[]): EndpointSlice[] {
	const selector = selectorFromSet(svc.spec.selector ?? {});
	const publishNotReady = svc.spec.publishNotReadyAddresses === true;
	const byPorts = new Map<string, { ports: EndpointSlice['ports']; endpoints: EndpointSliceEndpoint[] }>();
	for (const pod of pods) {
		if (!matches(selector, pod.metadata.labels) || podOutOfEndpoints(pod, true)) continue;
		const ports = endpointPorts(svc, pod).map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol }));
		const key = JSON.stringify(ports);
		const group = byPorts.get(key) ?? byPorts.set(key, { ports, endpoints: [] }).get(key)!;
		group.endpoints.push(podToEndpoint(pod, svc, publishNotReady));
	}
	if (byPorts.size === 0) byPorts.set('[]', { ports: [], endpoints: [] });
	return [...byPorts.values()].map((group, i) => sliceObject(ep, i, group.ports, group.endpoints.sort(byAddress)));
}

/** podToEndpoint (k8s.io/endpointslice utils.go). */
function podToEndpoint(pod: Pod, svc: Service, publishNotReady: boolean): EndpointSliceEndpoint {
	const serving = isPodReady(pod);
	const terminating = pod.metadata.deletionTimestamp !== undefined;
	// "ready" is never true for a terminating pod, unless the Service publishes not-ready addresses.
	const ready = publishNotReady || (serving && !terminating);
	return {
		addresses: [pod.status.podIP!],
		conditions: { ready, serving, terminating },
		...(pod.spec.hostname && pod.spec.subdomain === svc.metadata.name ? { hostname: pod.spec.hostname } : {}),
		...(pod.spec.nodeName ? { nodeName: pod.spec.nodeName } : {}),
		targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid },
	};
}

/** Endpoints no selector Service owns, mirrored (pkg/controller/endpointslicemirroring). */
function mirrorSlice(ep: Endpoints): EndpointSlice {
	const endpoints: EndpointSliceEndpoint[] = [];
	const ports: EndpointSlice['ports'] = [];
	for (const subset of ep.subsets ?? []) {
		const add = (a: EndpointAddress, ready: boolean): void => {
			endpoints.push({ addresses: [a.ip], conditions: { ready, serving: ready, terminating: false }, ...(a.nodeName ? { nodeName: a.nodeName } : {}), ...(a.targetRef ? { targetRef: a.targetRef } : {}) });
		};
		for (const a of subset.addresses ?? []) add(a, true);
		for (const a of subset.notReadyAddresses ?? []) add(a, false);
		for (const p of subset.ports ?? []) if (!ports.some((q) => q.port === p.port && q.name === (p.name ?? ''))) ports.push({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP' });
	}
	return sliceObject(ep, 0, ports, endpoints);
}

function sliceObject(ep: Endpoints, index: number, ports: EndpointSlice['ports'], endpoints: EndpointSliceEndpoint[]): EndpointSlice {
	const m = ep.metadata;
	// The controller names a slice `<service>-<5 random characters>`; derived from the uid, it stays put.
	const suffix = safeEncodeString(m.uid.replace(/-/g, '').slice(index * 5, index * 5 + 5));
	const name = m.name === 'kubernetes' ? 'kubernetes' : `${m.name}-${suffix}`;
	return {
		apiVersion: 'discovery.k8s.io/v1',
		kind: 'EndpointSlice',
		metadata: {
			...newMeta({
				name,
				...(m.name === 'kubernetes' ? {} : { generateName: `${m.name}-` }),
				namespace: m.namespace,
				labels: {
					...(m.name === 'kubernetes' ? {} : { 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' }),
					'kubernetes.io/service-name': m.name,
				},
			}),
			uid: m.uid,
			resourceVersion: m.resourceVersion,
			creationTimestamp: m.creationTimestamp,
		},
		addressType: 'IPv4',
		endpoints,
		ports,
	};
}

function byAddress(a: EndpointSliceEndpoint, b: EndpointSliceEndpoint): number {
	return compareIps(a.addresses[0]!, b.addresses[0]!);
}
