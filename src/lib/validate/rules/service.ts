// Service. Mirrors ValidateService, validateServicePort, validateClientIPAffinityConfig and
// validateServiceExternalTrafficPolicy in pkg/apis/core/validation/validation.go, with the node port
// range check of the service REST allocator (pkg/registry/core/service/portallocator).
import { goJSON, type Path } from '../field-path.ts';
import { duplicate, forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { validateLabels } from './metadata.ts';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortNum } from './name-formats.ts';
import { validatePortNumOrName } from './probes.ts';
import { list, num, obj, str } from './util.ts';

// sets.List(...): sorted.
const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const SESSION_AFFINITIES = ['ClientIP', 'None'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/**
 * The core.ServicePort{Protocol, Port} key upstream reports a duplicate port with, rendered as JSON
 * (field.Error since kubernetes#132314). Internal types have no json tags, so the keys are Go names.
 */
function goServicePortKey(protocol: string, port: number): string {
	return `{"Name":"","Protocol":${goJSON(protocol)},"AppProtocol":null,"Port":${port},"TargetPort":0,"NodePort":0}`;
}

/** Mirrors validateServicePort. */
function validateServicePort(port: Record<string, unknown>, requireName: boolean, names: Set<string>, at: Path, issues: Issue[]): void {
	const name = str(port.name);
	if (requireName && !name) {
		issues.push(required([...at, 'name'], '', 'service-port-name-required'));
	} else if (name) {
		for (const msg of isDNS1123Label(name)) issues.push(invalid([...at, 'name'], name, msg, 'invalid-port-name'));
		if (names.has(name)) issues.push(duplicate([...at, 'name'], name, 'duplicate-port-name'));
		names.add(name);
	}
	const p = num(port.port) ?? 0;
	for (const msg of isValidPortNum(p)) issues.push(invalid([...at, 'port'], p, msg, 'invalid-port'));
	const protocol = str(port.protocol);
	if (!protocol) issues.push(required([...at, 'protocol']));
	else if (!PROTOCOLS.includes(protocol)) issues.push(notSupported([...at, 'protocol'], protocol, PROTOCOLS, 'unsupported-protocol'));
	validatePortNumOrName(port.targetPort, [...at, 'targetPort'], issues);
}

export function validateServiceSpec(spec: unknown, issues: Issue[]): void {
	const s = obj(spec);
	const at: Path = ['spec'];
	const type = str(s.type);
	const headless = s.clusterIP === 'None';
	const ports = list(s.ports);
	if (ports.length === 0 && !headless && type !== 'ExternalName') issues.push(required([...at, 'ports'], '', 'service-ports-required', { target: 'key' }));
	validateTypeSpecifics(s, type, headless, issues);
	const names = new Set<string>();
	ports.forEach((port, i) => validateServicePort(port, ports.length > 1, names, [...at, 'ports', i], issues));
	validateLabels(s.selector, [...at, 'selector'], issues);

	const affinity = str(s.sessionAffinity);
	if (!affinity) issues.push(required([...at, 'sessionAffinity']));
	else if (!SESSION_AFFINITIES.includes(affinity)) issues.push(notSupported([...at, 'sessionAffinity'], affinity, SESSION_AFFINITIES));

	if (!type) issues.push(required([...at, 'type']));
	else if (!SERVICE_TYPES.includes(type)) issues.push(notSupported([...at, 'type'], type, SERVICE_TYPES, 'unsupported-service-type'));

	if (type === 'ClusterIP') {
		ports.forEach((port, i) => {
			if (num(port.nodePort)) issues.push(forbidden([...at, 'ports', i, 'nodePort'], "may not be used when `type` is 'ClusterIP'", 'node-port-cluster-ip'));
		});
	}
	validateNodePorts(ports, type, issues);
	validateAffinityConfig(s, issues);
	validateSourceRanges(s, type, issues);
	validateExternalTrafficPolicy(s, type, issues);
	const seen = new Set<string>();
	ports.forEach((port, i) => {
		const key = `${str(port.protocol)}/${num(port.port) ?? 0}`;
		if (seen.has(key)) {
			issues.push(duplicate([...at, 'ports', i], null, 'duplicate-service-port', { shown: goServicePortKey(str(port.protocol), num(port.port) ?? 0), target: 'value' }));
		}
		seen.add(key);
	});
}

/** The ClusterIPs the strategy derives from clusterIP (normalizeClusterIPs) when the manifest gives none. */
function clusterIPs(s: Record<string, unknown>): string[] {
	if (Array.isArray(s.clusterIPs) && s.clusterIPs.length > 0) return s.clusterIPs.map(String);
	return str(s.clusterIP) ? [str(s.clusterIP)] : [];
}

/** The `switch service.Spec.Type` of ValidateService: headless NodePort/LoadBalancer, and ExternalName's rules. */
function validateTypeSpecifics(s: Record<string, unknown>, type: string, headless: boolean, issues: Issue[]): void {
	const at: Path = ['spec'];
	if ((type === 'LoadBalancer' || type === 'NodePort') && headless) {
		issues.push(invalid([...at, 'clusterIPs', 0], 'None', `may not be set to 'None' for ${type} services`, 'service-headless-type', { field: 'spec.clusterIPs[0]', params: { type } }));
	}
	if (type !== 'ExternalName') return;
	if (clusterIPs(s).length > 0) issues.push(forbidden([...at, s.clusterIPs ? 'clusterIPs' : 'clusterIP'], 'may not be set for ExternalName services', 'service-external-name', { field: 'spec.clusterIPs' }));
	if (Array.isArray(s.ipFamilies) && s.ipFamilies.length > 0) issues.push(forbidden([...at, 'ipFamilies'], 'may not be set for ExternalName services', 'service-external-name'));
	if (s.ipFamilyPolicy != null) issues.push(forbidden([...at, 'ipFamilyPolicy'], 'may not be set for ExternalName services', 'service-external-name'));
	// The name (a CNAME) may end with a dot, as a fully qualified name does.
	const cname = str(s.externalName).replace(/\.$/, '');
	if (!cname) issues.push(required([...at, 'externalName'], '', 'service-external-name'));
	else for (const msg of isDNS1123Subdomain(cname)) issues.push(invalid([...at, 'externalName'], cname, msg, 'service-external-name'));
}

/**
 * Node ports: unique per protocol (ValidateService), and inside the cluster's range. The range is the
 * allocator's (--service-node-port-range, 30000-32767 by default), checked when the Service is stored.
 */
function validateNodePorts(ports: Record<string, unknown>[], type: string, issues: Issue[]): void {
	const seen = new Set<string>();
	ports.forEach((port, i) => {
		const nodePort = num(port.nodePort) ?? 0;
		if (nodePort === 0) return;
		const at: Path = ['spec', 'ports', i, 'nodePort'];
		const key = `${str(port.protocol)}/${nodePort}`;
		if (seen.has(key)) issues.push(duplicate(at, nodePort, 'duplicate-node-port'));
		seen.add(key);
		if ((type === 'NodePort' || type === 'LoadBalancer') && (nodePort < 30000 || nodePort > 32767)) {
			issues.push(invalid(at, nodePort, 'provided port is not in the valid range. The range of valid ports is 30000-32767', 'node-port-range'));
		}
	});
}

const MAX_AFFINITY_SECONDS = 86400;

/** Mirrors validateClientIPAffinityConfig (SetDefaults_Service has filled timeoutSeconds), and None's rule. */
function validateAffinityConfig(s: Record<string, unknown>, issues: Issue[]): void {
	const at: Path = ['spec', 'sessionAffinityConfig'];
	if (s.sessionAffinity === 'None' && s.sessionAffinityConfig != null) {
		issues.push(forbidden(at, 'must not be set when session affinity is None', 'session-affinity-config', { target: 'key' }));
	}
	if (s.sessionAffinity !== 'ClientIP') return;
	const timeout = num(obj(obj(s.sessionAffinityConfig).clientIP).timeoutSeconds);
	if (timeout !== undefined && (timeout <= 0 || timeout > MAX_AFFINITY_SECONDS)) {
		issues.push(invalid([...at, 'clientIP', 'timeoutSeconds'], timeout, `must be greater than 0 and less than ${MAX_AFFINITY_SECONDS}`, 'session-affinity-config'));
	}
}

/** netutils.ParseCIDRSloppy, enough to tell a CIDR from a mistake. */
export function isCIDR(value: string): boolean {
	const [ip, bits, extra] = value.trim().split('/');
	if (extra !== undefined || bits === undefined || !/^\d{1,3}$/.test(bits)) return false;
	const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip ?? '');
	if (v4) return v4.slice(1).every((o) => Number(o) <= 255) && Number(bits) <= 32;
	return (ip ?? '').includes(':') && Number(bits) <= 128 && /^[0-9a-fA-F:.]+$/.test(ip ?? '');
}

/**
 * Mirrors the source range part of ValidateService. Upstream spells the field `LoadBalancerSourceRanges`
 * (capital L) and prints the list as Go's %v (`[a b]`); the message ends with a space.
 */
function validateSourceRanges(s: Record<string, unknown>, type: string, issues: Issue[]): void {
	const ranges = Array.isArray(s.loadBalancerSourceRanges) ? s.loadBalancerSourceRanges.map(String) : [];
	if (ranges.length === 0) return;
	const at: Path = ['spec', 'loadBalancerSourceRanges'];
	const field = 'spec.LoadBalancerSourceRanges';
	if (type !== 'LoadBalancer') issues.push(forbidden(at, "may only be used when `type` is 'LoadBalancer'", 'service-source-ranges', { field, target: 'key' }));
	if (!ranges.every(isCIDR)) {
		issues.push(invalid(at, `[${ranges.join(' ')}]`, 'must be a list of IP ranges. For example, 10.240.0.0/24,10.250.0.0/24 ', 'service-source-ranges', { field, target: 'key' }));
	}
}

/** Mirrors validateServiceExternalTrafficPolicy (SetDefaults_Service gave NodePort and LoadBalancer Cluster). */
function validateExternalTrafficPolicy(s: Record<string, unknown>, type: string, issues: Issue[]): void {
	const at: Path = ['spec'];
	const accessible = type === 'NodePort' || type === 'LoadBalancer' || (Array.isArray(s.externalIPs) && s.externalIPs.length > 0);
	const policy = str(s.externalTrafficPolicy);
	if (!accessible) {
		if (policy) issues.push(invalid([...at, 'externalTrafficPolicy'], policy, 'may only be set for externally-accessible services', 'service-traffic-policy'));
	} else if (!policy) {
		issues.push(required([...at, 'externalTrafficPolicy']));
	} else if (policy !== 'Cluster' && policy !== 'Local') {
		issues.push(notSupported([...at, 'externalTrafficPolicy'], policy, ['Cluster', 'Local']));
	}
	const healthCheck = num(s.healthCheckNodePort) ?? 0;
	if (healthCheck !== 0 && !(type === 'LoadBalancer' && policy === 'Local')) {
		issues.push(invalid([...at, 'healthCheckNodePort'], healthCheck, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'", 'service-traffic-policy'));
	}
}
