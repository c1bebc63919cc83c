/**
 * A container's environment as the kubelet builds it: pkg/kubelet/kubelet_pods.go
 * `makeEnvironmentVariables`. In order: `envFrom` (each ConfigMap's or Secret's keys, with the
 * source's prefix), then `env` (a `value` with `$(VAR)` references expanded against what came
 * before, or `valueFrom` a ConfigMap key, a Secret key or a field of the pod), then the Service
 * variables (`getServiceEnvVarMap`, pkg/kubelet/envvars) for names not already set. A missing
 * ConfigMap, Secret or key that is not `optional` is an error: the kubelet does not start the
 * container and reports CreateContainerConfigError with this message.
 */
import type { ApiServer } from '../apiserver/api-server.ts';
import type { Container, KubeObject, Pod, Service } from '../api/types.ts';

export type EnvResult = { env: readonly [string, string][] } | { error: string };

/** The Service variables of the Services that exist when the container starts (`services` in creation order). */
export function serviceEnv(pod: Pod, services: readonly Service[]): Map<string, string> {
	const out = new Map<string, string>();
	const ns = pod.metadata.namespace ?? 'default';
	const links = pod.spec.enableServiceLinks !== false;
	for (const svc of services) {
		// The master Services (`kubernetes` in default) are always there; the pod's namespace's only with enableServiceLinks.
		const master = svc.metadata.namespace === 'default' && svc.metadata.name === 'kubernetes';
		if (!(master || (links && svc.metadata.namespace === ns))) continue;
		// IsServiceIPSet: headless and ExternalName Services have no variables.
		const ip = svc.spec.clusterIP;
		if (!ip || ip === 'None' || svc.spec.type === 'ExternalName') continue;
		for (const [k, v] of fromService(svc, ip)) out.set(k, v);
	}
	return out;
}

/** envvars.FromServices for one Service, with its docker-link variables (makeLinkVariables). */
function fromService(svc: Service, ip: string): [string, string][] {
	const prefix = envName(svc.metadata.name);
	const ports = svc.spec.ports ?? [];
	const vars: [string, string][] = [[`${prefix}_SERVICE_HOST`, ip]];
	if (ports[0]) vars.push([`${prefix}_SERVICE_PORT`, String(ports[0].port)]);
	for (const p of ports) if (p.name) vars.push([`${prefix}_SERVICE_PORT_${envName(p.name)}`, String(p.port)]);
	ports.forEach((p, i) => {
		const protocol = (p.protocol ?? 'TCP').toLowerCase();
		const url = `${protocol}://${ip}:${p.port}`;
		if (i === 0) vars.push([`${prefix}_PORT`, url]);
		const portPrefix = `${prefix}_PORT_${p.port}_${protocol.toUpperCase()}`;
		vars.push([portPrefix, url], [`${portPrefix}_PROTO`, protocol], [`${portPrefix}_PORT`, String(p.port)], [`${portPrefix}_ADDR`, ip]);
	});
	return vars;
}

/** makeEnvVariableName: upper case, `-` to `_`. */
function envName(s: string): string {
	return s.toUpperCase().replace(/-/g, '_');
}

/** third_party/forked/golang/expansion: `$(VAR)` from what is defined, `$$` a literal `$`, anything else as written. */
export function expand(value: string, lookup: (name: string) => string | undefined): string {
	return value.replace(/\$\$|\$\(([^)]*)\)/g, (whole, name: string | undefined) => {
		if (whole === '$$') return '$';
		return lookup(name!) ?? whole;
	});
}

function decode(base64: string): string {
	try {
		return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
	} catch {
		return '';
	}
}

/** A ConfigMap's or Secret's keys as text (Secret data is base64). */
export function sourceData(object: KubeObject): Record<string, string> {
	const data = (object['data'] as Record<string, string> | undefined) ?? {};
	return object.kind === 'Secret' ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, decode(v)])) : { ...data, ...(object['binaryData'] as Record<string, string> | undefined) };
}

/** kubelet `podFieldSelectorRuntimeValue` for the fields the downward API offers most. */
export function fieldValue(pod: Pod, path: string): string {
	switch (path) {
		case 'metadata.name':
			return pod.metadata.name;
		case 'metadata.namespace':
			return pod.metadata.namespace ?? 'default';
		case 'metadata.uid':
			return pod.metadata.uid;
		case 'spec.nodeName':
			return pod.spec.nodeName ?? '';
		case 'spec.serviceAccountName':
			return (pod.spec as { serviceAccountName?: string }).serviceAccountName ?? 'default';
		case 'status.podIP':
			return pod.status?.podIP ?? '';
		case 'status.hostIP':
			return pod.status?.hostIP ?? '';
	}
	const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
	return label ? (pod.metadata[label[1] as 'labels' | 'annotations']?.[label[2]!] ?? '') : '';
}

// kubelet's GetConfigMap/GetSecret errors are the API's NotFound, as `kubectl get` prints its message.
const notFound = (kind: 'configmap' | 'secret', name: string): string => `${kind} "${name}" not found`;

// Most containers set no variables of their own: they share one list per namespace while the Services stay the same.
const shared = new WeakMap<ApiServer, Map<string, { version: number; env: [string, string][] }>>();

/** makeEnvironmentVariables for one container; `services` are those the kubelet's informer holds. */
export function makeEnvironmentVariables(api: ApiServer, pod: Pod, container: Container, services: readonly Service[]): EnvResult {
	const ns = pod.metadata.namespace ?? 'default';
	if (!container.env?.length && !container.envFrom?.length) {
		const version = api.lastWrite(['Service']);
		const byNs = shared.get(api) ?? shared.set(api, new Map()).get(api)!;
		const key = `${ns}/${pod.spec.enableServiceLinks !== false}`;
		const cached = byNs.get(key);
		if (cached?.version === version) return { env: cached.env };
		const env = sortedEntries(serviceEnv(pod, services));
		byNs.set(key, { version, env });
		return { env };
	}
	const env = new Map<string, string>();
	const svcEnv = serviceEnv(pod, services);
	for (const from of container.envFrom ?? []) {
		const ref = from.configMapRef ?? from.secretRef;
		if (!ref) continue;
		const kind = from.configMapRef ? 'ConfigMap' : 'Secret';
		const source = api.get(kind, ns, ref.name);
		if (!source) {
			if (ref.optional) continue;
			return { error: notFound(kind === 'ConfigMap' ? 'configmap' : 'secret', ref.name) };
		}
		// Keys that are not valid variable names are skipped (the kubelet records InvalidEnvironmentVariableNames).
		// Go ranges over the data map in no set order; sorted keys keep transcripts stable.
		for (const [k, v] of Object.entries(sourceData(source)).sort(([a], [b]) => (a < b ? -1 : 1))) {
			const name = `${from.prefix ?? ''}${k}`;
			if (/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name)) env.set(name, v);
		}
	}
	for (const e of container.env ?? []) {
		const lookup = (name: string): string | undefined => env.get(name) ?? svcEnv.get(name);
		if (e.value !== undefined || !e.valueFrom) {
			env.set(e.name, expand(e.value ?? '', lookup));
			continue;
		}
		const { configMapKeyRef: cmRef, secretKeyRef: secretRef, fieldRef } = e.valueFrom;
		if (fieldRef) env.set(e.name, fieldValue(pod, fieldRef.fieldPath));
		const ref = cmRef ?? secretRef;
		if (!ref) continue;
		const kind = cmRef ? 'ConfigMap' : 'Secret';
		const source = api.get(kind, ns, ref.name);
		if (!source) {
			if (ref.optional) continue;
			return { error: notFound(kind === 'ConfigMap' ? 'configmap' : 'secret', ref.name) };
		}
		const value = sourceData(source)[ref.key];
		if (value === undefined) {
			if (ref.optional) continue;
			return { error: `couldn't find key ${ref.key} in ${kind} ${ns}/${ref.name}` };
		}
		env.set(e.name, value);
	}
	for (const [k, v] of sortedEntries(svcEnv)) if (!env.has(k)) env.set(k, v);
	return { env: [...env] };
}

// Go ranges over the map in no set order; sorted, transcripts stay stable.
function sortedEntries(map: Map<string, string>): [string, string][] {
	return [...map].sort(([a], [b]) => (a < b ? -1 : 1));
}
