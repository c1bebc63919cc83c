/**
 * The admission chain every write passes through: built-in mutating plugins the simulator mirrors,
 * then the injected validator (defaulting + validation), as kube-apiserver runs mutating admission
 * before validation.
 */
import type { StatusCause } from './errors.ts';
import type { SeededRandom } from '../random.ts';
import type { KubeObject, Pod, Service, Toleration } from '../api/types.ts';

/** The cluster DNS Service's IP (kubeadm: the tenth address of the service CIDR, 10.96.0.0/12); pods' resolv.conf names it. */
export const CLUSTER_DNS_IP = '10.96.0.10';

export type Operation = 'create' | 'update';

export interface AdmitResult {
	/** The object after defaulting. */
	object: KubeObject;
	/** Field errors; any error rejects the write as Invalid. */
	causes: StatusCause[];
	/** Non-fatal messages kubectl prints as `Warning: ...`. */
	warnings?: string[];
}

/** Validation and defaulting, injected so the engine does not depend on how the validator is built. */
export type AdmitHook = (object: KubeObject, operation: Operation, old?: KubeObject) => AdmitResult;

/** Admits everything unchanged: for engine tests that do not exercise validation. */
export const admitAll: AdmitHook = (object) => ({ object, causes: [] });

// Mirrors plugin/pkg/admission/defaulttolerationseconds: every pod tolerates the not-ready and
// unreachable NoExecute taints for 300 s unless it already says otherwise.
export const DEFAULT_TOLERATION_SECONDS = 300;
const DEFAULT_TOLERATED = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'];

/** Sets `pod.spec` to a new object with the default tolerations; the old spec and its list are left as they were. */
export function addDefaultTolerations(pod: Pod): void {
	const tolerations: Toleration[] = [...(pod.spec?.tolerations ?? [])];
	for (const key of DEFAULT_TOLERATED) {
		const covered = tolerations.some(
			(t) => (t.key === key || (t.key === undefined && t.operator === 'Exists')) && (t.effect === undefined || t.effect === 'NoExecute'),
		);
		if (!covered) tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS });
	}
	pod.spec = { ...pod.spec, tolerations };
}

/**
 * Mirrors the service REST storage allocators (pkg/registry/core/service/ipallocator and
 * portallocator): a ClusterIP from the service CIDR (10.96.0.0/12 as kubeadm sets it) and, for
 * NodePort and LoadBalancer services, a node port from 30000-32767.
 */
export function allocateServiceAddresses(service: Service, random: SeededRandom, existing: Service[]): void {
	const spec = service.spec ?? (service.spec = {});
	const type = spec.type ?? 'ClusterIP';
	// The cluster DNS address is kube-dns's (kubeadm reserves the tenth address of the range for it).
	const usedIps = new Set([CLUSTER_DNS_IP, ...existing.map((s) => s.spec.clusterIP)]);
	if (type !== 'ExternalName' && (spec.clusterIP === undefined || spec.clusterIP === '')) {
		let ip: string;
		do {
			const n = 2 + random.intn(2 ** 20 - 3);
			ip = `10.${96 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
		} while (usedIps.has(ip));
		spec.clusterIP = ip;
		spec.clusterIPs = [ip];
	}
	if (type === 'NodePort' || type === 'LoadBalancer') {
		const usedPorts = new Set(existing.flatMap((s) => (s.spec.ports ?? []).map((p) => p.nodePort)));
		for (const port of spec.ports ?? []) {
			if (port.nodePort) continue;
			let candidate: number;
			do candidate = 30000 + random.intn(2768);
			while (usedPorts.has(candidate));
			usedPorts.add(candidate);
			port.nodePort = candidate;
		}
	}
}

/**
 * The v1 → internal Secret conversion (pkg/apis/core/v1/conversion.go
 * Convert_v1_Secret_To_core_Secret): `stringData` is write-only, merged into `data` (base64) over
 * the keys already there, and never stored.
 */
export function mergeStringData(secret: KubeObject): void {
	const stringData = secret['stringData'] as Record<string, string> | undefined;
	if (!stringData) return;
	const data = { ...(secret['data'] as Record<string, string> | undefined) };
	for (const [k, v] of Object.entries(stringData)) data[k] = btoa(String.fromCharCode(...new TextEncoder().encode(v)));
	secret['data'] = data;
	delete secret['stringData'];
}
