// Service. Mirrors ValidateService and validateServicePort in pkg/apis/core/validation/validation.go.
import { goJSON, type Path } from '../field-path.ts';
import { duplicate, forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { validateLabels } from './metadata.ts';
import { isDNS1123Label, isValidPortNum } from './name-formats.ts';
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
	if (type === 'ExternalName') {
		const ext = str(s.externalName);
		if (!ext) issues.push(required([...at, 'externalName']));
	}
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
	const seen = new Set<string>();
	ports.forEach((port, i) => {
		const key = `${str(port.protocol)}/${num(port.port) ?? 0}`;
		if (seen.has(key)) {
			issues.push(duplicate([...at, 'ports', i], null, 'duplicate-service-port', { shown: goServicePortKey(str(port.protocol), num(port.port) ?? 0), target: 'value' }));
		}
		seen.add(key);
	});
}
