// NetworkPolicy. Mirrors ValidateNetworkPolicySpec, ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer
// and ValidateIPBlock in pkg/apis/networking/validation/validation.go (1.37), after
// SetDefaults_NetworkPolicyPort (protocol TCP).
import type { Path } from '../field-path.ts';
import { forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { validateLabelSelector } from './metadata.ts';
import { isValidPortName, isValidPortNum } from './name-formats.ts';
import { isCIDR } from './service.ts';
import { isObj, list, num, obj, str } from './util.ts';

const CIDR_MESSAGE = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/** An IPv4 CIDR as [network, prefix length]; undefined for IPv6 (its subset rule is not checked here). */
function ipv4Network(cidr: string): [number, number] | undefined {
	const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr.trim());
	if (!m) return undefined;
	const bits = Number(m[5]);
	const ip = m.slice(1, 5).reduce((acc, o) => acc * 256 + Number(o), 0);
	const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
	return [(ip & mask) >>> 0, bits];
}

/** Mirrors ValidateIPBlock: a CIDR, and exceptions strictly inside it. */
function validateIPBlock(block: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const cidr = str(block.cidr);
	if (!cidr) return void issues.push(required([...at, 'cidr']));
	if (!isCIDR(cidr)) return void issues.push(invalid([...at, 'cidr'], cidr, CIDR_MESSAGE, 'network-policy-peer'));
	const outer = ipv4Network(cidr);
	(Array.isArray(block.except) ? block.except.map(String) : []).forEach((except, i) => {
		const p: Path = [...at, 'except', i];
		if (!isCIDR(except)) return void issues.push(invalid(p, except, CIDR_MESSAGE, 'network-policy-peer'));
		const inner = ipv4Network(except);
		if (!outer || !inner) return;
		const mask = outer[1] === 0 ? 0 : (0xffffffff << (32 - outer[1])) >>> 0;
		if (((inner[0] & mask) >>> 0) !== outer[0] || outer[1] >= inner[1]) issues.push(invalid(p, except, 'must be a strict subset of `cidr`', 'network-policy-peer'));
	});
}

/** Mirrors ValidateNetworkPolicyPeer. */
function validatePeer(peer: Record<string, unknown>, at: Path, issues: Issue[]): void {
	let peers = 0;
	if (isObj(peer.podSelector)) {
		peers++;
		validateLabelSelector(peer.podSelector, [...at, 'podSelector'], issues);
	}
	if (isObj(peer.namespaceSelector)) {
		peers++;
		validateLabelSelector(peer.namespaceSelector, [...at, 'namespaceSelector'], issues);
	}
	if (isObj(peer.ipBlock)) {
		peers++;
		validateIPBlock(peer.ipBlock, [...at, 'ipBlock'], issues);
	}
	if (peers === 0) issues.push(required(at, 'must specify a peer', 'network-policy-peer', { target: 'key' }));
	else if (peers > 1 && isObj(peer.ipBlock)) issues.push(forbidden(at, 'may not specify both ipBlock and another peer', 'network-policy-peer', { target: 'key' }));
}

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

/** Mirrors ValidateNetworkPolicyPort (a number with an optional endPort, or a named port). */
function validatePort(port: Record<string, unknown>, at: Path, issues: Issue[]): void {
	if (port.protocol != null && !PROTOCOLS.includes(str(port.protocol))) issues.push(notSupported([...at, 'protocol'], str(port.protocol), PROTOCOLS, 'unsupported-protocol'));
	const endPort = num(port.endPort);
	if (typeof port.port === 'number') {
		for (const msg of isValidPortNum(port.port)) issues.push(invalid([...at, 'port'], port.port, msg, 'invalid-port'));
		if (endPort !== undefined) {
			if (endPort < port.port) issues.push(invalid([...at, 'endPort'], port.port, 'must be greater than or equal to `port`', 'invalid-port'));
			for (const msg of isValidPortNum(endPort)) issues.push(invalid([...at, 'endPort'], endPort, msg, 'invalid-port'));
		}
	} else if (port.port != null) {
		if (endPort !== undefined) issues.push(invalid([...at, 'endPort'], endPort, 'may not be specified when `port` is non-numeric', 'invalid-port'));
		for (const msg of isValidPortName(str(port.port))) issues.push(invalid([...at, 'port'], str(port.port), msg, 'invalid-port-name'));
	} else if (endPort !== undefined) {
		issues.push(invalid([...at, 'endPort'], endPort, 'may not be specified when `port` is not specified', 'invalid-port'));
	}
}

/** Mirrors ValidateNetworkPolicySpec. */
export function validateNetworkPolicySpec(spec: unknown, issues: Issue[]): void {
	const s = obj(spec);
	const at: Path = ['spec'];
	validateLabelSelector(s.podSelector, [...at, 'podSelector'], issues);
	list(s.ingress).forEach((rule, i) => {
		const p: Path = [...at, 'ingress', i];
		list(rule.ports).forEach((port, j) => validatePort(port, [...p, 'ports', j], issues));
		list(rule.from).forEach((peer, j) => validatePeer(peer, [...p, 'from', j], issues));
	});
	list(s.egress).forEach((rule, i) => {
		const p: Path = [...at, 'egress', i];
		list(rule.to).forEach((peer, j) => validatePeer(peer, [...p, 'to', j], issues));
		list(rule.ports).forEach((port, j) => validatePort(port, [...p, 'ports', j], issues));
	});
	const types = Array.isArray(s.policyTypes) ? s.policyTypes.map(String) : [];
	if (types.length > 2) return void issues.push(invalid([...at, 'policyTypes'], types, 'may not specify more than two policyTypes', 'network-policy-types', { target: 'key' }));
	types.forEach((type, i) => {
		if (type !== 'Ingress' && type !== 'Egress') issues.push(notSupported([...at, 'policyTypes', i], type, ['Ingress', 'Egress'], 'network-policy-types'));
	});
}
