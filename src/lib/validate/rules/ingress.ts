// Ingress. Mirrors ValidateIngressSpec, validateIngressRules, validateHTTPIngressRuleValue,
// validateHTTPIngressPath, validateIngressBackend and validateIngressTLS in
// pkg/apis/networking/validation/validation.go (1.37). Wildcard hosts (`*.example.com`) follow
// IsWildcardDNS1123Subdomain.
import type { Path } from '../field-path.ts';
import { invalid, notSupported, required, type Issue } from '../issue.ts';
import { isDNS1035Label, isDNS1123Subdomain, isValidPortName, isValidPortNum } from './name-formats.ts';
import { isObj, list, num, obj, str } from './util.ts';

// supportedPathTypes.List(): sorted.
const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** IsDNS1123Subdomain, or IsWildcardDNS1123Subdomain for a host with `*`. */
function hostErrors(host: string): string[] {
	if (!host.includes('*')) return isDNS1123Subdomain(host);
	const fmt = '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';
	const errs: string[] = [];
	if (host.length > 253) errs.push('must be no more than 253 characters');
	if (!new RegExp(`^${fmt}$`).test(host)) {
		errs.push(`a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '${fmt}')`);
	}
	return errs;
}

/** Mirrors validateIngressBackend (a Service backend; a resource backend is only checked for being alone). */
function validateBackend(backend: unknown, at: Path, issues: Issue[]): void {
	const b = obj(backend);
	const hasResource = isObj(b.resource);
	const hasService = isObj(b.service);
	if (hasResource && hasService) return void issues.push(invalid(at, '', 'cannot set both resource and service backends', 'ingress-backend', { target: 'key' }));
	if (hasResource) return;
	if (!hasService) return void issues.push(invalid(at, '', 'resource or service backend is required', 'ingress-backend', { target: 'key' }));
	const service = obj(b.service);
	const name = str(service.name);
	if (!name) issues.push(required([...at, 'service', 'name']));
	else for (const msg of isDNS1035Label(name)) issues.push(invalid([...at, 'service', 'name'], name, msg, 'invalid-name', { params: { rule: 'dns1035' } }));
	const port = obj(service.port);
	const portName = str(port.name);
	const portNumber = num(port.number) ?? 0;
	if (portName && portNumber !== 0) issues.push(invalid(at, '', 'cannot set both port name & port number', 'ingress-backend', { target: 'key' }));
	else if (portName) for (const msg of isValidPortName(portName)) issues.push(invalid([...at, 'service', 'port', 'name'], portName, msg, 'invalid-port-name'));
	else if (portNumber !== 0) for (const msg of isValidPortNum(portNumber)) issues.push(invalid([...at, 'service', 'port', 'number'], portNumber, msg, 'invalid-port'));
	else issues.push(required(at, 'port name or number is required', 'ingress-backend', { target: 'key' }));
}

/** Mirrors validateHTTPIngressPath. */
function validatePath(path: Record<string, unknown>, at: Path, issues: Issue[]): void {
	if (path.pathType == null) return void issues.push(required([...at, 'pathType'], 'pathType must be specified', 'ingress-path'));
	const type = str(path.pathType);
	const p = str(path.path);
	if (type === 'Exact' || type === 'Prefix') {
		if (!p.startsWith('/')) issues.push(invalid([...at, 'path'], p, 'must be an absolute path', 'ingress-path'));
		if (p) {
			for (const seq of INVALID_SEQUENCES) if (p.includes(seq)) issues.push(invalid([...at, 'path'], p, `must not contain '${seq}'`, 'ingress-path'));
			for (const suffix of INVALID_SUFFIXES) if (p.endsWith(suffix)) issues.push(invalid([...at, 'path'], p, `cannot end with '${suffix}'`, 'ingress-path'));
		}
	} else if (type === 'ImplementationSpecific') {
		if (p && !p.startsWith('/')) issues.push(invalid([...at, 'path'], p, 'must be an absolute path', 'ingress-path'));
	} else {
		issues.push(notSupported([...at, 'pathType'], type, PATH_TYPES, 'ingress-path'));
	}
	validateBackend(path.backend, [...at, 'backend'], issues);
}

/** Mirrors ValidateIngressSpec. */
export function validateIngressSpec(spec: unknown, issues: Issue[]): void {
	const s = obj(spec);
	const at: Path = ['spec'];
	const rules = list(s.rules);
	if (rules.length === 0 && !isObj(s.defaultBackend)) {
		// field.Invalid(fldPath, spec.Rules, …): a nil slice prints null, an empty one [].
		issues.push(invalid(at, Array.isArray(s.rules) ? [] : null, 'either `defaultBackend` or `rules` must be specified', 'ingress-backend', { target: 'key' }));
	}
	if (isObj(s.defaultBackend)) validateBackend(s.defaultBackend, [...at, 'defaultBackend'], issues);
	rules.forEach((rule, i) => {
		const p: Path = [...at, 'rules', i];
		const host = str(rule.host);
		if (host) {
			if (IPV4.test(host) || host.includes(':')) issues.push(invalid([...p, 'host'], host, 'must be a DNS name, not an IP address', 'ingress-host'));
			for (const msg of hostErrors(host)) issues.push(invalid([...p, 'host'], host, msg, 'ingress-host'));
		}
		if (!isObj(rule.http)) return;
		const paths = list(rule.http.paths);
		if (paths.length === 0) issues.push(required([...p, 'http', 'paths'], '', 'ingress-path', { target: 'key' }));
		paths.forEach((path, j) => validatePath(path, [...p, 'http', 'paths', j], issues));
	});
	list(s.tls).forEach((tls, i) => {
		if (!Array.isArray(tls.hosts)) return;
		for (const host of tls.hosts.map(String)) for (const msg of hostErrors(host)) issues.push(invalid([...at, 'tls', i, 'hosts'], host, msg, 'ingress-host'));
	});
	const className = s.ingressClassName == null ? undefined : str(s.ingressClassName);
	if (className !== undefined) for (const msg of isDNS1123Subdomain(className)) issues.push(invalid([...at, 'ingressClassName'], className, msg, 'invalid-name', { params: { rule: 'subdomain' } }));
}
