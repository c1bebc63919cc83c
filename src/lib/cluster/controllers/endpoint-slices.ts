/**
 * EndpointSlices as a read-only view of Endpoints. Upstream the EndpointSlice controller
 * (pkg/controller/endpointslice) writes them from the same Service and Pod data the Endpoints
 * controller reads; the simulator derives one slice per Endpoints object when a client reads them,
 * with the labels kubectl users select on (`kubernetes.io/service-name`) and the endpoint
 * conditions (ready, serving, terminating) the controller sets.
 */
import { safeEncodeString } from '../random.ts';
import { type EndpointAddress, type Endpoints, type KubeObject, newMeta } from '../api/types.ts';

export interface EndpointSlice extends KubeObject {
	kind: 'EndpointSlice';
	addressType: 'IPv4';
	endpoints: {
		addresses: string[];
		conditions: { ready: boolean; serving: boolean; terminating: boolean };
		nodeName?: string;
		targetRef?: EndpointAddress['targetRef'];
	}[];
	ports: { name: string; port: number; protocol: string }[];
}

export function endpointSliceFor(ep: Endpoints): EndpointSlice {
	const m = ep.metadata;
	const endpoints: EndpointSlice['endpoints'] = [];
	const ports: EndpointSlice['ports'] = [];
	for (const subset of ep.subsets ?? []) {
		const add = (a: EndpointAddress, ready: boolean): void => {
			endpoints.push({ addresses: [a.ip], conditions: { ready, serving: ready, terminating: false }, ...(a.nodeName ? { nodeName: a.nodeName } : {}), ...(a.targetRef ? { targetRef: a.targetRef } : {}) });
		};
		for (const a of subset.addresses ?? []) add(a, true);
		for (const a of subset.notReadyAddresses ?? []) add(a, false);
		for (const p of subset.ports ?? []) if (!ports.some((q) => q.port === p.port && q.name === (p.name ?? ''))) ports.push({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP' });
	}
	// The controller names a slice `<service>-<5 random characters>`; derived from the uid, it stays put.
	const suffix = safeEncodeString(m.uid.replace(/-/g, '').slice(0, 5));
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
