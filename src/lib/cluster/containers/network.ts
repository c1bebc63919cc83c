/**
 * The cluster network as a program inside a container sees it: the resolver the kubelet configures
 * (`/etc/resolv.conf`), cluster DNS, and kube-proxy's Service rules. Each part mirrors its upstream
 * place:
 *
 * - `resolvConf`: pkg/kubelet/network/dns/dns.go `GetPodDNS` — dnsPolicy ClusterFirst (the
 *   default) gives `search <ns>.svc.cluster.local svc.cluster.local cluster.local`, the cluster DNS
 *   Service's IP and `options ndots:5`; `Default` (and ClusterFirst with hostNetwork) the node's
 *   resolver; `None` only `dnsConfig`, which the other policies merge in too.
 * - `dnsAnswer`: CoreDNS's kubernetes plugin (plugin/kubernetes, `pods insecure`, zone
 *   cluster.local) — `<svc>.<ns>.svc.cluster.local` is the ClusterIP, or for a headless Service
 *   the addresses of its ready endpoints; `<hostname>.<svc>.<ns>.svc.cluster.local` a headless
 *   Service's pod; `<a-b-c-d>.<ns>.pod.cluster.local` the IP it spells. The simulated cluster has
 *   no upstream resolver: other names do not resolve.
 * - `searchCandidates`: the libc resolver's search list with `ndots` (resolv.conf(5)): a name with
 *   fewer dots than ndots tries each search domain first.
 * - `connect`: kube-proxy's rules (pkg/proxy/iptables/proxier.go): a ClusterIP:port or any
 *   NodeIP:nodePort is DNAT'ed to one usable endpoint chosen at random (`-m statistic --mode
 *   random`, what iptables and nftables modes do; not round robin, which only IPVS's default `rr`
 *   scheduler does); a Service with no usable endpoint REJECTs (Connection refused); a ClusterIP on a
 *   port the Service does not have matches no rule and the SYN goes unanswered (timed out). Usable
 *   endpoints are pkg/proxy/topology.go `CategorizeEndpoints`': the ready ones, else the serving
 *   terminating ones.
 */
import { CLUSTER_DNS_IP } from '../apiserver/admission.ts';
import type { ApiServer } from '../apiserver/api-server.ts';
import { endpointSlices, type EndpointSlice } from '../controllers/endpoint-slices.ts';
import { SeededRandom } from '../random.ts';
import type { Node, Pod, Service } from '../api/types.ts';
import type { ContainerRecord } from '../kubelet/container-record.ts';

export { CLUSTER_DNS_IP };
export const CLUSTER_DOMAIN = 'cluster.local';

/** What the network code reads from the cluster. */
export interface ClusterNet {
	api: ApiServer;
	/** The containers of a pod whose node is up (they share its network namespace); undefined otherwise. */
	containers(pod: Pod): ContainerRecord[] | undefined;
	now: number;
}

/** pkg/kubelet/network/dns `GetPodDNS` and the resolv.conf it writes. */
export function resolvConf(pod: Pod): string {
	const { searches, nameservers, options } = podDns(pod);
	const lines: string[] = [];
	if (searches.length > 0) lines.push(`search ${searches.join(' ')}`);
	for (const ns of nameservers) lines.push(`nameserver ${ns}`);
	if (options.length > 0) lines.push(`options ${options.join(' ')}`);
	return `${lines.join('\n')}\n`;
}

// The node's own resolver, as the kubelet's --resolv-conf gives it to dnsPolicy Default: the host
// network's gateway, with no cluster names.
const NODE_NAMESERVER = '172.18.0.1';

function podDns(pod: Pod): { searches: string[]; nameservers: string[]; options: string[]; cluster: boolean } {
	const policy = pod.spec.dnsPolicy ?? 'ClusterFirst';
	const ns = pod.metadata.namespace ?? 'default';
	let searches: string[] = [];
	let nameservers: string[] = [];
	let options: string[] = [];
	const cluster = policy === 'ClusterFirstWithHostNet' || (policy === 'ClusterFirst' && !pod.spec.hostNetwork);
	if (cluster) {
		searches = [`${ns}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
		nameservers = [CLUSTER_DNS_IP];
		options = ['ndots:5'];
	} else if (policy !== 'None') nameservers = [NODE_NAMESERVER];
	// appendDNSConfig: dnsConfig's servers and searches follow; its options override by name.
	const config = pod.spec.dnsConfig;
	if (config) {
		nameservers = [...new Set([...nameservers, ...(config.nameservers ?? [])])];
		searches = [...new Set([...searches, ...(config.searches ?? [])])];
		for (const o of config.options ?? []) {
			options = options.filter((x) => x.split(':')[0] !== o.name);
			options.push(o.value === undefined ? o.name : `${o.name}:${o.value}`);
		}
	}
	return { searches, nameservers, options, cluster: cluster || nameservers.includes(CLUSTER_DNS_IP) };
}

/** The names a lookup of `name` tries, in order (resolv.conf(5) `search` and `ndots`). */
export function searchCandidates(pod: Pod, name: string): string[] {
	if (name.endsWith('.')) return [name.slice(0, -1)];
	const { searches, options } = podDns(pod);
	const ndots = Number(options.find((o) => o.startsWith('ndots:'))?.slice(6) ?? 1);
	const searched = searches.map((s) => `${name}.${s}`);
	return (name.split('.').length - 1 < ndots ? [...searched, name] : [name, ...searched]);
}

/** CoreDNS's A records for one fully qualified name; undefined for NXDOMAIN. */
export function dnsAnswer(api: ApiServer, pod: Pod, fqdn: string): string[] | undefined {
	if (!podDns(pod).cluster) return undefined;
	const name = fqdn.toLowerCase().replace(/\.$/, '');
	const suffix = `.${CLUSTER_DOMAIN}`;
	if (!name.endsWith(suffix)) return undefined;
	const labels = name.slice(0, -suffix.length).split('.');
	if (labels.length === 3 && labels[2] === 'pod') {
		// `pods insecure`: the name spells the address.
		const ip = labels[0]!.replace(/-/g, '.');
		return /^\d+\.\d+\.\d+\.\d+$/.test(ip) ? [ip] : undefined;
	}
	if (labels.at(-1) !== 'svc' || labels.length < 3 || labels.length > 4) return undefined;
	const [svcName, ns] = labels.length === 3 ? [labels[0]!, labels[1]!] : [labels[1]!, labels[2]!];
	const svc = api.get<Service>('Service', ns, svcName);
	if (!svc || svc.spec.type === 'ExternalName') return undefined;
	const headless = svc.spec.clusterIP === 'None';
	if (labels.length === 4) {
		if (!headless) return undefined;
		const endpoint = readyEndpoints(api, svc).find((e) => e.hostname === labels[0]);
		return endpoint ? [endpoint.addresses[0]!] : undefined;
	}
	if (!headless) return svc.spec.clusterIP ? [svc.spec.clusterIP] : undefined;
	// A headless Service's name answers with its ready endpoints (none: the name exists, no answer).
	return [...new Set(readyEndpoints(api, svc).map((e) => e.addresses[0]!))];
}

function slicesOf(api: ApiServer, svc: Service): EndpointSlice[] {
	return endpointSlices(api, svc.metadata.namespace).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name);
}

function readyEndpoints(api: ApiServer, svc: Service): EndpointSlice['endpoints'] {
	return slicesOf(api, svc).flatMap((s) => s.endpoints.filter((e) => e.conditions.ready));
}

/** The first address a libc resolver finds for `host` (getaddrinfo: /etc/hosts, then DNS through the search list). */
export function resolveHost(net: ClusterNet, pod: Pod, host: string): { ip: string; name: string } | undefined {
	if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return { ip: host, name: host };
	if (host === 'localhost') return { ip: '127.0.0.1', name: 'localhost' };
	if (host === pod.metadata.name && pod.status?.podIP) return { ip: pod.status.podIP, name: host };
	for (const candidate of searchCandidates(pod, host)) {
		const ips = dnsAnswer(net.api, pod, candidate);
		if (ips && ips.length > 0) return { ip: ips[0]!, name: candidate };
	}
	return undefined;
}

export type Connection =
	| { result: 'open'; pod: Pod; server: ContainerRecord; port: number }
	/** The API server (the `kubernetes` Service's endpoint): TLS, and 403 for an anonymous request. */
	| { result: 'apiserver' }
	| { result: 'refused' }
	| { result: 'timeout' };

const proxyRandom = new WeakMap<ApiServer, SeededRandom>();

/** A TCP connection from `from` to ip:port, through kube-proxy's rules when ip is a Service's. */
export function connect(net: ClusterNet, from: Pod, ip: string, port: number): Connection {
	const { api } = net;
	if (ip === '127.0.0.1' || ip === from.status?.podIP) return listening(net, from, port);
	const services = api.list<Service>('Service');
	const byClusterIp = services.find((s) => s.spec.clusterIP === ip && ip !== 'None');
	const nodeIps = new Set(api.list<Node>('Node').flatMap((n) => (n.status.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address)));
	let target: { svc: Service; portName: string } | undefined;
	if (byClusterIp) {
		const sp = (byClusterIp.spec.ports ?? []).find((p) => p.port === port && (p.protocol ?? 'TCP') === 'TCP');
		// No rule for that port: the packet is routed nowhere.
		if (!sp) return { result: 'timeout' };
		target = { svc: byClusterIp, portName: sp.name ?? '' };
	} else if (nodeIps.has(ip)) {
		const svc = services.find((s) => (s.spec.type === 'NodePort' || s.spec.type === 'LoadBalancer') && (s.spec.ports ?? []).some((p) => p.nodePort === port));
		// Nothing listens on that port of the node: its kernel answers RST.
		if (!svc) return { result: 'refused' };
		target = { svc, portName: svc.spec.ports!.find((p) => p.nodePort === port)!.name ?? '' };
	}
	if (target) {
		const endpoint = pickEndpoint(api, target.svc, target.portName);
		if (!endpoint) return { result: 'refused' };
		return podConnection(net, endpoint.ip, endpoint.port);
	}
	return podConnection(net, ip, port);
}

/** CategorizeEndpoints, then the statistic match's random choice among them. */
function pickEndpoint(api: ApiServer, svc: Service, portName: string): { ip: string; port: number } | undefined {
	const candidates: { ip: string; port: number; ready: boolean; fallback: boolean }[] = [];
	for (const slice of slicesOf(api, svc)) {
		const port = slice.ports.find((p) => p.name === portName && p.protocol === 'TCP');
		if (!port) continue;
		for (const e of slice.endpoints) {
			candidates.push({ ip: e.addresses[0]!, port: port.port, ready: e.conditions.ready, fallback: e.conditions.serving && e.conditions.terminating });
		}
	}
	const ready = candidates.filter((c) => c.ready);
	const usable = ready.length > 0 ? ready : candidates.filter((c) => c.fallback);
	if (usable.length === 0) return undefined;
	const random = proxyRandom.get(api) ?? proxyRandom.set(api, new SeededRandom(0x6b707278)).get(api)!;
	return usable[random.intn(usable.length)];
}

// The API server's address and port, as the `kubernetes` Endpoints list it.
const API_SERVER = '172.18.0.1:6443';

function podConnection(net: ClusterNet, ip: string, port: number): Connection {
	if (`${ip}:${port}` === API_SERVER) return { result: 'apiserver' };
	const pod = net.api.list<Pod>('Pod').find((p) => p.status?.podIP === ip && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
	// No such host on the pod network, or its node is down: nothing answers the SYN.
	if (!pod || !net.containers(pod)) return { result: 'timeout' };
	return listening(net, pod, port);
}

function listening(net: ClusterNet, pod: Pod, port: number): Connection {
	const server = net.containers(pod)?.find((c) => c.app?.port === port && (c.phase === 'running' || c.phase === 'killing') && (net.now - c.startedAt!) / 1000 >= (c.app?.startupSeconds ?? 0));
	return server ? { result: 'open', pod, server, port } : { result: 'refused' };
}
