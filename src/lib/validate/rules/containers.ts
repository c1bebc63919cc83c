// Containers. Mirrors validateContainers / validateContainerCommon, validateContainerPorts, ValidateEnv,
// ValidateVolumeMounts and validatePullPolicy in pkg/apis/core/validation/validation.go.
import { formatPath, type Path } from '../field-path.ts';
import { duplicate, forbidden, invalid, notFound, notSupported, required, type Issue } from '../issue.ts';
import { isConfigMapKey, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isRelaxedEnvVarName, isValidPortName, isValidPortNum } from './name-formats.ts';
import { validateContainerProbe, validateLifecycle } from './probes.ts';
import { validateLocalDescendingPath, validateSecurityContext } from './security-context.ts';
import { validateResources } from './resources.ts';
import { isObj, list, num, obj, str } from './util.ts';

// sets.List(supportedPortProtocols): sorted.
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/** Mirrors validateContainerPorts. */
function validateContainerPorts(ports: unknown, at: Path, issues: Issue[]): void {
	const names = new Set<string>();
	list(ports).forEach((port, i) => {
		const p: Path = [...at, i];
		const name = str(port.name);
		if (name) {
			const msgs = isValidPortName(name);
			for (const msg of msgs) issues.push(invalid([...p, 'name'], name, msg, 'invalid-port-name'));
			if (msgs.length === 0 && names.has(name)) issues.push(duplicate([...p, 'name'], name, 'duplicate-port-name'));
			names.add(name);
		}
		const containerPort = num(port.containerPort) ?? 0;
		if (containerPort === 0) issues.push(required([...p, 'containerPort']));
		else for (const msg of isValidPortNum(containerPort)) issues.push(invalid([...p, 'containerPort'], containerPort, msg, 'invalid-port'));
		const hostPort = num(port.hostPort) ?? 0;
		if (hostPort !== 0) for (const msg of isValidPortNum(hostPort)) issues.push(invalid([...p, 'hostPort'], hostPort, msg, 'invalid-port'));
		const protocol = str(port.protocol);
		if (!protocol) issues.push(required([...p, 'protocol']));
		else if (!PROTOCOLS.includes(protocol)) issues.push(notSupported([...p, 'protocol'], protocol, PROTOCOLS, 'unsupported-protocol'));
	});
}

// fieldRef paths: what ConvertDownwardAPIFieldLabel knows (pkg/api/pod), and what an env var may read
// (validEnvDownwardAPIFieldPathExpressions, sorted as sets.List prints them).
const DOWNWARD_LABELS = new Set([
	'metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.restartPolicy',
	'spec.serviceAccountName', 'spec.schedulerName', 'status.phase', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
]);
const ENV_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs'];
const RESOURCE_FIELD_PATHS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];

/** fieldpath.SplitMaybeSubscriptedPath: `metadata.labels['app']` → path and subscript. */
function splitSubscript(fieldPath: string): [string, string] | undefined {
	if (!fieldPath.endsWith("']")) return undefined;
	const at = fieldPath.indexOf("['");
	return at > 0 ? [fieldPath.slice(0, at), fieldPath.slice(at + 2, -2)] : undefined;
}

/** Mirrors validateObjectFieldSelector with the env's expressions (apiVersion was defaulted to v1). */
export function validateObjectFieldSelector(fs: Record<string, unknown>, allowed: readonly string[], at: Path, issues: Issue[]): void {
	const apiVersion = str(fs.apiVersion);
	const fieldPath = str(fs.fieldPath);
	if (!apiVersion) return void issues.push(required([...at, 'apiVersion']));
	if (!fieldPath) return void issues.push(required([...at, 'fieldPath']));
	const sub = splitSubscript(fieldPath);
	let error = '';
	if (apiVersion !== 'v1') error = `unsupported pod version: ${apiVersion}`;
	else if (sub && sub[0] !== 'metadata.annotations' && sub[0] !== 'metadata.labels') error = `field label does not support subscript: ${fieldPath}`;
	else if (!sub && !DOWNWARD_LABELS.has(fieldPath) && fieldPath !== 'spec.host') error = `field label not supported: ${fieldPath}`;
	if (error) return void issues.push(invalid([...at, 'fieldPath'], fieldPath, `error converting fieldPath: ${error}`, 'env-field-path'));
	const internal = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
	if (sub) {
		const key = sub[0] === 'metadata.annotations' ? sub[1].toLowerCase() : sub[1];
		for (const msg of isQualifiedName(key)) issues.push(invalid(at, key, msg, 'env-field-path'));
	} else if (!allowed.includes(internal)) {
		issues.push(notSupported([...at, 'fieldPath'], internal, allowed, 'env-field-path'));
	}
}

/** Mirrors validateContainerResourceFieldSelector (hugepages through their prefixes). */
function validateResourceFieldSelector(fs: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const resource = str(fs.resource);
	if (!resource) issues.push(required([...at, 'resource']));
	else if (!RESOURCE_FIELD_PATHS.includes(resource) && !resource.startsWith('limits.hugepages-') && !resource.startsWith('requests.hugepages-')) {
		issues.push(notSupported([...at, 'resource'], resource, RESOURCE_FIELD_PATHS, 'env-field-path'));
	}
}

/** Mirrors validateConfigMapKeySelector / validateSecretKeySelector: a subdomain name and a config key. */
function validateKeySelector(sel: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const name = str(sel.name);
	for (const msg of isDNS1123Subdomain(name)) issues.push(invalid([...at, 'name'], name, msg, 'invalid-name', { params: { rule: 'subdomain' } }));
	const key = str(sel.key);
	if (!key) issues.push(required([...at, 'key']));
	else for (const msg of isConfigMapKey(key)) issues.push(invalid([...at, 'key'], key, msg, 'invalid-config-key'));
}

const ENV_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'];

/**
 * Mirrors ValidateEnv and validateEnvVarValueFrom. Names follow IsRelaxedEnvVarName: any printable
 * ASCII but `=` (RelaxedEnvironmentVariableValidation, GA and always on since 1.34; older releases
 * wanted a C identifier).
 */
function validateEnv(env: unknown, at: Path, issues: Issue[]): void {
	list(env).forEach((ev, i) => {
		const p: Path = [...at, i];
		const name = str(ev.name);
		if (!name) issues.push(required([...p, 'name']));
		for (const msg of isRelaxedEnvVarName(name)) if (name) issues.push(invalid([...p, 'name'], name, msg, 'invalid-env-name'));
		if (!isObj(ev.valueFrom)) return;
		const from = ev.valueFrom;
		const vp: Path = [...p, 'valueFrom'];
		const sources = ENV_SOURCES.filter((s) => isObj(from[s]));
		if (isObj(from.fieldRef)) validateObjectFieldSelector(from.fieldRef, ENV_FIELD_PATHS, [...vp, 'fieldRef'], issues);
		if (isObj(from.resourceFieldRef)) validateResourceFieldSelector(from.resourceFieldRef, [...vp, 'resourceFieldRef'], issues);
		if (isObj(from.configMapKeyRef)) validateKeySelector(from.configMapKeyRef, [...vp, 'configMapKeyRef'], issues);
		if (isObj(from.secretKeyRef)) validateKeySelector(from.secretKeyRef, [...vp, 'secretKeyRef'], issues);
		if (sources.length === 0) {
			issues.push(invalid(vp, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`', 'env-value-from', { target: 'key' }));
		} else if (str(ev.value)) {
			issues.push(invalid(vp, '', 'may not be specified when `value` is not empty', 'env-value-from', { target: 'key' }));
		} else if (sources.length > 1) {
			issues.push(invalid(vp, '', 'may not have more than one field specified at a time', 'env-value-from', { target: 'key' }));
		}
	});
}

/**
 * Mirrors validateEnvFrom. Upstream reports a missing or second source at `envFrom` itself, not at
 * the entry (it passes the list's path).
 */
function validateEnvFrom(envFrom: unknown, at: Path, issues: Issue[]): void {
	list(envFrom).forEach((ef, i) => {
		const p: Path = [...at, i];
		const prefix = str(ef.prefix);
		if (prefix) for (const msg of isRelaxedEnvVarName(prefix)) issues.push(invalid([...p, 'prefix'], prefix, msg, 'invalid-env-name'));
		const refs = ['configMapRef', 'secretRef'].filter((r) => isObj(ef[r]));
		for (const r of refs) {
			const name = str(obj(ef[r]).name);
			if (!name) issues.push(required([...p, r, 'name'], 'name is required'));
			// ValidateConfigMapName / ValidateSecretName with prefix true: a trailing "-" is allowed.
			else for (const msg of isDNS1123Subdomain(name.replace(/-$/, 'a'))) issues.push(invalid([...p, r, 'name'], name, msg, 'invalid-name', { params: { rule: 'subdomain' } }));
		}
		if (refs.length === 0) issues.push(invalid(at, '', 'must specify one of: `configMapRef` or `secretRef`', 'env-value-from', { field: formatPath(at), target: 'key' }));
		else if (refs.length > 1) issues.push(invalid(at, '', 'may not have more than one field specified at a time', 'env-value-from', { field: formatPath(at), target: 'key' }));
	});
}

/** Mirrors ValidateVolumeMounts: each mount names a volume of the pod, mount paths are unique. */
function validateVolumeMounts(mounts: unknown, volumes: ReadonlySet<string>, at: Path, issues: Issue[]): void {
	const paths = new Set<string>();
	list(mounts).forEach((m, i) => {
		const p: Path = [...at, i];
		const name = str(m.name);
		if (!name) issues.push(required([...p, 'name']));
		else if (!volumes.has(name)) issues.push(notFound([...p, 'name'], name, 'volume-not-found'));
		const mountPath = str(m.mountPath);
		if (!mountPath) issues.push(required([...p, 'mountPath']));
		else if (paths.has(mountPath)) issues.push(invalid([...p, 'mountPath'], mountPath, 'must be unique', 'duplicate-mount-path'));
		paths.add(mountPath);
		// Upstream names the list, not the entry, for subPath (fldPath.Child("subPath")); the editor marks the entry.
		const subPath = str(m.subPath);
		if (subPath) validateLocalDescendingPath(subPath, [...p, 'subPath'], issues, 'volume-path', formatPath([...at, 'subPath']));
		const subPathExpr = str(m.subPathExpr);
		if (subPathExpr) {
			if (subPath) issues.push(invalid([...p, 'subPathExpr'], subPathExpr, 'subPathExpr and subPath are mutually exclusive', 'volume-path'));
			validateLocalDescendingPath(subPathExpr, [...p, 'subPathExpr'], issues, 'volume-path', formatPath([...at, 'subPathExpr']));
		}
	});
}

/** Mirrors validateContainerCommon for one container. */
function validateContainer(c: Record<string, unknown>, volumes: ReadonlySet<string>, at: Path, issues: Issue[]): void {
	const name = str(c.name);
	if (!name) issues.push(required([...at, 'name']));
	else for (const msg of isDNS1123Label(name)) issues.push(invalid([...at, 'name'], name, msg, 'invalid-name', { params: { rule: 'label' } }));
	// Whitespace around the image is checked for Pods only (validateContainerOnlyForPod), not templates.
	if (!str(c.image)) issues.push(required([...at, 'image']));
	validateContainerPorts(c.ports, [...at, 'ports'], issues);
	validateEnvFrom(c.envFrom, [...at, 'envFrom'], issues);
	validateEnv(c.env, [...at, 'env'], issues);
	validateVolumeMounts(c.volumeMounts, volumes, [...at, 'volumeMounts'], issues);
	const policy = str(c.imagePullPolicy);
	if (!policy) issues.push(required([...at, 'imagePullPolicy']));
	else if (!PULL_POLICIES.includes(policy)) issues.push(notSupported([...at, 'imagePullPolicy'], policy, PULL_POLICIES));
	validateResources(c.resources, [...at, 'resources'], issues);
	validateSecurityContext(c.securityContext, [...at, 'securityContext'], issues);
}

/**
 * Mirrors AccumulateUniqueHostPorts: a host port is taken once per protocol and host IP, across the
 * containers given. Upstream names the duplicate by the index in the list it was handed, so init
 * containers, checked one at a time, are all reported as `initContainers[0]` (`field`), while the
 * editor marks the container itself (`at`).
 */
function checkHostPortConflicts(containers: readonly Record<string, unknown>[], first: number, at: Path, issues: Issue[]): void {
	let taken: Set<string> | undefined; // made on the first host port: most Pods have none
	containers.forEach((c, i) => {
		if (!Array.isArray(c.ports)) return;
		list(c.ports).forEach((port, j) => {
			const hostPort = num(port.hostPort) ?? 0;
			if (hostPort === 0) return;
			const key = `${str(port.protocol)}/${str(port.hostIP)}/${hostPort}`;
			taken ??= new Set();
			if (taken.has(key)) {
				const field = formatPath([...at, i, 'ports', j, 'hostPort']);
				issues.push(duplicate([...at, first + i, 'ports', j, 'hostPort'], key, 'duplicate-host-port', { field }));
			}
			taken.add(key);
		});
	});
}

/** Mirrors validateContainers: required, unique names, the probes regular containers may carry, host ports. */
export function validateContainers(containers: unknown, volumes: ReadonlySet<string>, at: Path, issues: Issue[], gracePeriod?: number): void {
	const items = list(containers);
	if (items.length === 0) {
		issues.push(required(at, '', 'no-containers', { target: 'key' }));
		return;
	}
	const names = new Set<string>();
	items.forEach((c, i) => {
		const p: Path = [...at, i];
		validateContainer(c, volumes, p, issues);
		// As upstream, an empty name is remembered too: a second unnamed container is a duplicate "".
		const name = str(c.name);
		if (names.has(name)) issues.push(duplicate([...p, 'name'], name, 'duplicate-container-name'));
		else names.add(name);
		validateContainerProbe('livenessProbe', c.livenessProbe, [...p, 'livenessProbe'], issues);
		validateContainerProbe('readinessProbe', c.readinessProbe, [...p, 'readinessProbe'], issues);
		validateContainerProbe('startupProbe', c.startupProbe, [...p, 'startupProbe'], issues);
		validateLifecycle(c.lifecycle, gracePeriod, [...p, 'lifecycle'], issues);
		if (c.restartPolicy != null) issues.push(forbidden([...p, 'restartPolicy'], 'may not be set for non-init containers', 'container-restart-policy'));
	});
	checkHostPortConflicts(items, 0, at, issues);
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/**
 * Mirrors validateInitContainers: names unique across both lists, host ports per init container (they
 * run one at a time), and probes and lifecycle only on native sidecars (`restartPolicy: Always`).
 */
export function validateInitContainers(containers: unknown, appNames: ReadonlySet<string>, volumes: ReadonlySet<string>, at: Path, issues: Issue[], gracePeriod?: number): void {
	const names = new Set(appNames);
	list(containers).forEach((c, i) => {
		const p: Path = [...at, i];
		validateContainer(c, volumes, p, issues);
		let sidecar = false;
		if (c.restartPolicy != null) {
			const policy = str(c.restartPolicy);
			if (policy !== 'Always') issues.push(notSupported([...p, 'restartPolicy'], policy, ['Always'], 'init-restart-policy'));
			sidecar = policy === 'Always';
		}
		const name = str(c.name);
		if (name && names.has(name)) issues.push(duplicate([...p, 'name'], name, 'duplicate-container-name'));
		else if (name) names.add(name);
		checkHostPortConflicts([c], i, at, issues);
		if (sidecar) {
			for (const probe of PROBES) validateContainerProbe(probe, c[probe], [...p, probe], issues);
			validateLifecycle(c.lifecycle, gracePeriod, [...p, 'lifecycle'], issues);
			return;
		}
		for (const f of ['lifecycle', ...PROBES]) {
			if (c[f] != null) issues.push(forbidden([...p, f], 'may not be set for init containers without restartPolicy=Always', 'init-container-field'));
		}
	});
}

/** Mirrors validateContainersOnlyForPod / validateContainerOnlyForPod: what a Pod is checked for and a template is not. */
export function validateContainersOnlyForPod(containers: unknown, at: Path, issues: Issue[]): void {
	if (!Array.isArray(containers)) return;
	containers.forEach((c: unknown, i) => {
		const image = str(obj(c).image);
		if (image.length !== image.trim().length) {
			issues.push(invalid([...at, i, 'image'], image, 'must not have leading or trailing whitespace', 'image-whitespace'));
		}
	});
}
