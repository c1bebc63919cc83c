/**
 * The Endpoints controller: a Service with a selector gets an Endpoints object of the same name
 * listing its pods: ready pods under `addresses`, unready ones under `notReadyAddresses`.
 * Mirrors pkg/controller/endpoint/endpoints_controller.go `syncService`: pods without an IP or
 * finished are left out, and terminating ones too unless the Service sets
 * `publishNotReadyAddresses` (endpointutil.ShouldPodBeInEndpoints with includeTerminating =
 * tolerateUnreadyEndpoints); each Service port is resolved per pod (podutil.FindPort), a pod that
 * has no container port named like a named `targetPort` is left out of that port, and out of the
 * Endpoints when no port resolves; `addEndpointSubset` lists every address as ready when the
 * Service publishes not-ready addresses; `endpoints.RepackSubsets` ordering.
 */
import type { ControllerContext } from '../context.ts';
import type { EndpointsDecision } from '../decisions.ts';
import { formatSelector, matches, selectorFromSet } from '../api/labels.ts';
import { isPodReady } from '../api/pod-util.ts';
import { type EndpointAddress, type Endpoints, type EndpointSubset, type Pod, type Service, newMeta } from '../api/types.ts';
import { objectKey, splitKey, WorkQueue, type Controller } from './work-queue.ts';

export class EndpointsController implements Controller {
	readonly name = 'endpoint-controller';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;

	constructor(ctx: ControllerContext) {
		this.#ctx = ctx;
		ctx.api.watch('Service', ({ object }) => this.queue.add(objectKey(object.metadata.namespace, object.metadata.name)));
		ctx.api.watch('Pod', ({ object, old }) => {
			// getPodServiceMemberships, for the pod's labels before and after.
			for (const svc of ctx.api.list<Service>('Service', object.metadata.namespace)) {
				if (!svc.spec.selector) continue;
				const selector = selectorFromSet(svc.spec.selector);
				if (matches(selector, object.metadata.labels) || (old && matches(selector, old.metadata.labels))) {
					this.queue.add(objectKey(svc.metadata.namespace, svc.metadata.name));
				}
			}
		});
	}

	sync(key: string): void {
		const { api } = this.#ctx;
		const [namespace, name] = splitKey(key);
		const svc = api.get<Service>('Service', namespace, name);
		const existing = api.get<Endpoints>('Endpoints', namespace, name);
		if (!svc) {
			if (existing) api.delete('Endpoints', namespace, name);
			return;
		}
		// Services without a selector have hand-made Endpoints the controller leaves alone.
		if (!svc.spec.selector || svc.spec.type === 'ExternalName') return;
		const selector = selectorFromSet(svc.spec.selector);
		const groups = new Map<string, EndpointSubset>();
		const decision: EndpointsDecision = { kind: 'endpoints', service: name, selector: formatSelector(selector), pods: [] };
		for (const pod of api.list<Pod>('Pod', namespace)) {
			if (!matches(selector, pod.metadata.labels)) continue;
			const publishNotReady = svc.spec.publishNotReadyAddresses === true;
			const out = podOutOfEndpoints(pod, publishNotReady);
			const ip = pod.status?.podIP;
			if (out || !ip) {
				decision.pods.push({ pod: pod.metadata.name, placed: 'out', why: out ?? 'noIp' });
				continue;
			}
			const ports = endpointPorts(svc, pod);
			// A Service with ports lists a pod only under the ports it resolves (a headless one without ports, always).
			if (ports.length === 0 && (svc.spec.ports ?? []).length > 0) {
				decision.pods.push({ pod: pod.metadata.name, placed: 'out', why: 'noPort' });
				continue;
			}
			const ready = publishNotReady || isPodReady(pod);
			decision.pods.push({ pod: pod.metadata.name, placed: ready ? 'ready' : 'notReady' });
			const groupKey = JSON.stringify(ports);
			const subset = groups.get(groupKey) ?? { ports };
			groups.set(groupKey, subset);
			const address: EndpointAddress = {
				ip,
				...(pod.spec.hostname && pod.spec.subdomain === name ? { hostname: pod.spec.hostname } : {}),
				nodeName: pod.spec.nodeName,
				targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid },
			};
			const list = ready ? (subset.addresses ??= []) : (subset.notReadyAddresses ??= []);
			list.push(address);
		}
		const subsets = [...groups.values()].map((s) => ({
			...(s.addresses ? { addresses: s.addresses.sort(byIp) } : {}),
			...(s.notReadyAddresses ? { notReadyAddresses: s.notReadyAddresses.sort(byIp) } : {}),
			ports: s.ports,
		}));
		if (existing) {
			if (JSON.stringify(existing.subsets ?? []) === JSON.stringify(subsets)) return;
			api.update({ ...existing, subsets });
			this.#ctx.decide?.(decision);
		} else {
			this.#ctx.decide?.(decision);
			api.create<Endpoints>({
				apiVersion: 'v1',
				kind: 'Endpoints',
				metadata: newMeta({ name, namespace, labels: { ...svc.metadata.labels } }),
				subsets,
			});
		}
	}
}

/**
 * endpointutil.ShouldPodBeInEndpoints: why a pod is left out (finished, no IP, terminating unless
 * `includeTerminating`), or undefined when it belongs in the Endpoints.
 */
export function podOutOfEndpoints(pod: Pod, includeTerminating: boolean): 'finished' | 'noIp' | 'terminating' | undefined {
	const phase = pod.status?.phase;
	if (phase === 'Succeeded' || phase === 'Failed') return 'finished';
	if (!pod.status?.podIP) return 'noIp';
	if (!includeTerminating && pod.metadata.deletionTimestamp) return 'terminating';
	return undefined;
}

/** The pod's port for each Service port it resolves (podutil.FindPort), as endpointPortFromServicePort writes it. */
export function endpointPorts(svc: Service, pod: Pod): { name?: string; port: number; protocol: string }[] {
	return (svc.spec.ports ?? []).flatMap((p) => {
		const port = resolveTargetPort(pod, p.targetPort ?? p.port);
		return port === undefined ? [] : [{ ...(p.name ? { name: p.name } : {}), port, protocol: p.protocol ?? 'TCP' }];
	});
}

/** podutil.FindPort: a number is itself; a name is the first container port of that name (and protocol). */
export function resolveTargetPort(pod: Pod, target: number | string): number | undefined {
	if (typeof target === 'number') return target;
	if (/^\d+$/.test(target)) return Number(target);
	for (const c of pod.spec.containers) {
		const port = c.ports?.find((p) => p.name === target);
		if (port) return port.containerPort;
	}
	return undefined;
}

function byIp(a: EndpointAddress, b: EndpointAddress): number {
	return compareIps(a.ip, b.ip);
}

export function compareIps(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
	return 0;
}
