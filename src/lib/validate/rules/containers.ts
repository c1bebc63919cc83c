// Containers. Mirrors validateContainers / validateContainerCommon, validateContainerPorts, ValidateEnv,
// ValidateVolumeMounts and validatePullPolicy in pkg/apis/core/validation/validation.go.
import { formatPath, type Path } from '../field-path.ts';
import { duplicate, forbidden, invalid, notFound, notSupported, required, type Issue } from '../issue.ts';
import { isDNS1123Label, isRelaxedEnvVarName, isValidPortName, isValidPortNum } from './name-formats.ts';
import { validateContainerProbe } from './probes.ts';
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

/** Mirrors ValidateEnv and the `valueFrom` one-source rule of validateEnvVarValueFrom. */
function validateEnv(env: unknown, at: Path, issues: Issue[]): void {
	list(env).forEach((ev, i) => {
		const p: Path = [...at, i];
		const name = str(ev.name);
		if (!name) issues.push(required([...p, 'name']));
		for (const msg of isRelaxedEnvVarName(name)) if (name) issues.push(invalid([...p, 'name'], name, msg, 'invalid-env-name'));
		if (!isObj(ev.valueFrom)) return;
		const sources = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'].filter((s) => isObj(obj(ev.valueFrom)[s]));
		if (sources.length === 0) {
			issues.push(invalid([...p, 'valueFrom'], '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`', 'env-value-from', { target: 'key' }));
		} else if (str(ev.value)) {
			issues.push(invalid([...p, 'valueFrom'], '', 'may not be specified when `value` is not empty', 'env-value-from', { target: 'key' }));
		}
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
	validateEnv(c.env, [...at, 'env'], issues);
	validateVolumeMounts(c.volumeMounts, volumes, [...at, 'volumeMounts'], issues);
	const policy = str(c.imagePullPolicy);
	if (!policy) issues.push(required([...at, 'imagePullPolicy']));
	else if (!PULL_POLICIES.includes(policy)) issues.push(notSupported([...at, 'imagePullPolicy'], policy, PULL_POLICIES));
	validateResources(c.resources, [...at, 'resources'], issues);
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
export function validateContainers(containers: unknown, volumes: ReadonlySet<string>, at: Path, issues: Issue[]): void {
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
		if (c.restartPolicy != null) issues.push(forbidden([...p, 'restartPolicy'], 'may not be set for non-init containers', 'container-restart-policy'));
	});
	checkHostPortConflicts(items, 0, at, issues);
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/**
 * Mirrors validateInitContainers: names unique across both lists, host ports per init container (they
 * run one at a time), and probes and lifecycle only on native sidecars (`restartPolicy: Always`).
 */
export function validateInitContainers(containers: unknown, appNames: ReadonlySet<string>, volumes: ReadonlySet<string>, at: Path, issues: Issue[]): void {
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
