// PodSpec and PodTemplateSpec. Mirrors ValidatePodSpec, validateVolumes and validateVolumeSource
// (hostPath, emptyDir, secret, configMap, persistentVolumeClaim, nfs, downwardAPI, projected:
// validateKeyToPath, validateLocalNonReservedPath, validateProjectedVolumeSource), validateRestartPolicy,
// validateDNSPolicy and ValidatePodTemplateSpec in pkg/apis/core/validation/validation.go. The
// security context, scheduling and DNS rules are in security-context.ts and scheduling.ts.
import { formatPath, type Path } from '../field-path.ts';
import { duplicate, forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { validateContainers, validateInitContainers } from './containers.ts';
import { validateAnnotations, validateLabels } from './metadata.ts';
import { validateAffinity, validateDNSConfig, validateGates, validatePriorityClassName, validateTolerations, validateTopologySpreadConstraints } from './scheduling.ts';
import { validateLocalDescendingPath, validatePathNoBacksteps, validatePodSecurityContext } from './security-context.ts';
import { parseQuantity } from '../quantity.ts';
import { isDNS1123Label, isDNS1123Subdomain } from './name-formats.ts';
import { isObj, list, num, obj, str } from './util.ts';

// validateRestartPolicy lists these in this order (not sorted).
export const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];

/**
 * The volume sources in the order validateVolumeSource tests them, with the field name it reports a
 * second source at (upstream spells two of them its own way: `cephFS`, `downwarAPI`).
 */
const VOLUME_SOURCES: readonly (readonly [string, string])[] = [
	['emptyDir', 'emptyDir'], ['hostPath', 'hostPath'], ['gitRepo', 'gitRepo'], ['gcePersistentDisk', 'gcePersistentDisk'],
	['awsElasticBlockStore', 'awsElasticBlockStore'], ['secret', 'secret'], ['nfs', 'nfs'], ['iscsi', 'iscsi'], ['glusterfs', 'glusterfs'],
	['flocker', 'flocker'], ['persistentVolumeClaim', 'persistentVolumeClaim'], ['rbd', 'rbd'], ['cinder', 'cinder'], ['cephfs', 'cephFS'],
	['quobyte', 'quobyte'], ['downwardAPI', 'downwarAPI'], ['fc', 'fc'], ['flexVolume', 'flexVolume'], ['configMap', 'configMap'],
	['azureFile', 'azureFile'], ['vsphereVolume', 'vsphereVolume'], ['photonPersistentDisk', 'photonPersistentDisk'],
	['portworxVolume', 'portworxVolume'], ['azureDisk', 'azureDisk'], ['storageos', 'storageos'], ['projected', 'projected'],
	['scaleIO', 'scaleIO'], ['csi', 'csi'], ['ephemeral', 'ephemeral'], ['image', 'image'],
];

const SOURCE_RANK = new Map(VOLUME_SOURCES.map(([key], i) => [key, i]));

/** Mirrors validateVolumeSource's "exactly one volume type": every source after the first, in upstream's order. */
function validateVolumeSource(vol: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const sources: number[] = [];
	for (const key in vol) {
		const rank = SOURCE_RANK.get(key);
		if (rank !== undefined && isObj(vol[key])) sources.push(rank);
	}
	if (sources.length === 0) issues.push(required(at, 'must specify a volume type', 'volume-type'));
	sources.sort((a, b) => a - b);
	for (const rank of sources.slice(1)) {
		const [key, reported] = VOLUME_SOURCES[rank]!;
		issues.push(forbidden([...at, key], 'may not specify more than 1 volume type', 'volume-type', { field: formatPath([...at, reported]), target: 'key' }));
	}
}

const FILE_MODE = 'must be a number between 0 and 0777 (octal), both inclusive';

function fileMode(value: unknown, at: Path, issues: Issue[]): void {
	const mode = num(value);
	if (mode !== undefined && (mode < 0 || mode > 0o777)) issues.push(invalid(at, mode, FILE_MODE, 'file-mode'));
}

/** Mirrors validateLocalNonReservedPath: relative, no `..` element, not starting with `..`. */
function validateLocalNonReservedPath(target: string, at: Path, issues: Issue[]): void {
	validateLocalDescendingPath(target, at, issues);
	if (target.startsWith('..') && !target.startsWith('../')) issues.push(invalid(at, target, "must not start with '..'", 'volume-path'));
}

/** Mirrors validateKeyToPath (the items of a configMap, secret or projected source). */
function validateKeyToPath(items: unknown, at: Path, issues: Issue[]): void {
	list(items).forEach((kp, i) => {
		const p: Path = [...at, i];
		if (!str(kp.key)) issues.push(required([...p, 'key']));
		if (!str(kp.path)) issues.push(required([...p, 'path']));
		validateLocalNonReservedPath(str(kp.path), [...p, 'path'], issues);
		fileMode(kp.mode, [...p, 'mode'], issues);
	});
}

/** Mirrors validateDownwardAPIVolumeFile's path and mode (its field selectors are the env's). */
function validateDownwardAPIItems(items: unknown, at: Path, issues: Issue[]): void {
	list(items).forEach((file, i) => {
		const p: Path = [...at, i];
		if (!str(file.path)) issues.push(required([...p, 'path']));
		validateLocalNonReservedPath(str(file.path), [...p, 'path'], issues);
		fileMode(file.mode, [...p, 'mode'], issues);
		const sources = (isObj(file.fieldRef) ? 1 : 0) + (isObj(file.resourceFieldRef) ? 1 : 0);
		if (sources === 0) issues.push(required(p, 'one of fieldRef and resourceFieldRef is required', 'volume-type', { target: 'key' }));
		else if (sources > 1) issues.push(invalid(p, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously', 'volume-type', { target: 'key' }));
	});
}

/** Mirrors validateProjectedVolumeSource: one source per entry, items, defaultMode, and no path twice. */
function validateProjected(projected: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const paths = new Set<string>();
	list(projected.sources).forEach((source, i) => {
		const p: Path = [...at, 'sources', i];
		const kinds = ['secret', 'configMap', 'downwardAPI', 'serviceAccountToken', 'clusterTrustBundle', 'podCertificate'].filter((k) => isObj(source[k]));
		if (kinds.length > 1) issues.push(forbidden(p, 'may not specify more than 1 volume type per source', 'volume-type', { target: 'key' }));
		const secret = obj(source.secret);
		if (isObj(source.secret)) {
			if (!str(secret.name)) issues.push(required([...p, 'secret', 'name']));
			validateKeyToPath(secret.items, [...p, 'secret', 'items'], issues);
		}
		const configMap = obj(source.configMap);
		if (isObj(source.configMap)) {
			if (!str(configMap.name)) issues.push(required([...p, 'configMap', 'name']));
			validateKeyToPath(configMap.items, [...p, 'configMap', 'items'], issues);
		}
		if (isObj(source.downwardAPI)) validateDownwardAPIItems(source.downwardAPI.items, [...p, 'downwardAPI', 'items'], issues);
		const token = obj(source.serviceAccountToken);
		if (isObj(source.serviceAccountToken)) {
			if (!str(token.path)) issues.push(required([...p, 'serviceAccountToken', 'path']));
			const expiry = num(token.expirationSeconds);
			if (expiry !== undefined && expiry < 600) issues.push(invalid([...p, 'serviceAccountToken', 'expirationSeconds'], expiry, 'may not specify a duration less than 10 minutes', 'token-expiry'));
			else if (expiry !== undefined && expiry > 2 ** 32) issues.push(invalid([...p, 'serviceAccountToken', 'expirationSeconds'], expiry, 'may not specify a duration larger than 2^32 seconds', 'token-expiry'));
		}
		// Every projected file lands in one directory: a path may be written once. Upstream reports the
		// conflict at the projected volume, with the source's name (a token and downward API files have none).
		const written: [string, string][] = [
			...list(secret.items).map((kp): [string, string] => [str(kp.path), str(secret.name)]),
			...list(configMap.items).map((kp): [string, string] => [str(kp.path), str(configMap.name)]),
			...list(obj(source.downwardAPI).items).map((f): [string, string] => [str(f.path), '']),
		];
		if (isObj(source.serviceAccountToken)) written.push([str(token.path), '']);
		for (const [path, name] of written) {
			if (path && paths.has(path)) issues.push(invalid(at, name, 'conflicting duplicate paths', 'volume-path', { target: 'key' }));
			paths.add(path);
		}
	});
	fileMode(projected.defaultMode, [...at, 'defaultMode'], issues);
}

/** The per-source rules of validateVolumeSource for the sources the course's manifests use. */
function validateVolumeSourceFields(vol: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const hostPath = vol.hostPath;
	if (isObj(hostPath)) {
		const path = str(hostPath.path);
		if (!path) issues.push(required([...at, 'hostPath', 'path']));
		else validatePathNoBacksteps(path, [...at, 'hostPath', 'path'], issues);
	}
	const emptyDir = vol.emptyDir;
	if (isObj(emptyDir) && emptyDir.sizeLimit != null) {
		const q = parseQuantity(emptyDir.sizeLimit as string | number);
		if (!('error' in q) && q.value < 0) issues.push(forbidden([...at, 'emptyDir', 'sizeLimit'], 'SizeLimit field must be a valid resource quantity', 'negative-quantity'));
	}
	const secret = vol.secret;
	if (isObj(secret)) {
		if (!str(secret.secretName)) issues.push(required([...at, 'secret', 'secretName']));
		fileMode(secret.defaultMode, [...at, 'secret', 'defaultMode'], issues);
		validateKeyToPath(secret.items, [...at, 'secret', 'items'], issues);
	}
	const configMap = vol.configMap;
	if (isObj(configMap)) {
		if (!str(configMap.name)) issues.push(required([...at, 'configMap', 'name']));
		fileMode(configMap.defaultMode, [...at, 'configMap', 'defaultMode'], issues);
		validateKeyToPath(configMap.items, [...at, 'configMap', 'items'], issues);
	}
	if (isObj(vol.persistentVolumeClaim) && !str(vol.persistentVolumeClaim.claimName)) issues.push(required([...at, 'persistentVolumeClaim', 'claimName']));
	const nfs = vol.nfs;
	if (isObj(nfs)) {
		if (!str(nfs.server)) issues.push(required([...at, 'nfs', 'server']));
		const path = str(nfs.path);
		if (!path) issues.push(required([...at, 'nfs', 'path']));
		else if (!path.startsWith('/')) issues.push(invalid([...at, 'nfs', 'path'], path, 'must be an absolute path', 'volume-path'));
	}
	const downwardAPI = vol.downwardAPI;
	if (isObj(downwardAPI)) {
		fileMode(downwardAPI.defaultMode, [...at, 'downwardAPI', 'defaultMode'], issues);
		validateDownwardAPIItems(downwardAPI.items, [...at, 'downwardAPI', 'items'], issues);
	}
	if (isObj(vol.projected)) validateProjected(vol.projected, [...at, 'projected'], issues);
}

/** Mirrors ValidateVolumes: the source, then the name (a DNS label, unique). */
function validateVolumes(volumes: unknown, at: Path, issues: Issue[]): Set<string> {
	const names = new Set<string>();
	list(volumes).forEach((vol, i) => {
		const p: Path = [...at, i];
		validateVolumeSource(vol, p, issues);
		validateVolumeSourceFields(vol, p, issues);
		const name = str(vol.name);
		if (!name) issues.push(required([...p, 'name']));
		else for (const msg of isDNS1123Label(name)) issues.push(invalid([...p, 'name'], name, msg, 'invalid-name', { params: { rule: 'label' } }));
		if (name && names.has(name)) issues.push(duplicate([...p, 'name'], name, 'duplicate-volume-name'));
		names.add(name);
	});
	return names;
}

/**
 * Mirrors validatePodHostNetworkDeps: with host networking a container's host port is its container
 * port. A Pod has had the host port defaulted to the container port, so any other value is wrong; a
 * template may leave it 0 (the Pods made from it get the default).
 */
function validatePodHostNetworkDeps(spec: Record<string, unknown>, at: Path, resourceIsPod: boolean, issues: Issue[]): void {
	if (spec.hostNetwork !== true) return;
	list(spec.containers).forEach((c, i) => {
		list(c.ports).forEach((port, j) => {
			const hostPort = num(port.hostPort) ?? 0;
			if ((resourceIsPod || hostPort !== 0) && hostPort !== (num(port.containerPort) ?? 0)) {
				issues.push(invalid([...at, 'containers', i, 'ports', j, 'hostPort'], hostPort, 'must match `containerPort` when `hostNetwork` is true', 'host-network-port'));
			}
		});
	});
}

/**
 * Mirrors ValidatePodSpec (the fields the course's kinds use). `resourceIsPod` is upstream's
 * PodValidationOptions.ResourceIsPod: the spec is a Pod's, not a template's.
 */
export function validatePodSpec(spec: unknown, at: Path, issues: Issue[], resourceIsPod = false): void {
	const s = obj(spec);
	const volumes = validateVolumes(s.volumes, [...at, 'volumes'], issues);
	// The grace period a preStop sleep must fit in (defaulted to 30; a negative one is reported on its own).
	const gracePeriod = num(s.terminationGracePeriodSeconds);
	validateContainers(s.containers, volumes, [...at, 'containers'], issues, gracePeriod);
	const appNames = new Set(list(s.containers).map((c) => str(c.name)));
	validateInitContainers(s.initContainers, appNames, volumes, [...at, 'initContainers'], issues, gracePeriod);
	validatePodHostNetworkDeps(s, at, resourceIsPod, issues);

	const restartPolicy = str(s.restartPolicy);
	if (!restartPolicy) issues.push(required([...at, 'restartPolicy']));
	else if (!RESTART_POLICIES.includes(restartPolicy)) issues.push(notSupported([...at, 'restartPolicy'], restartPolicy, RESTART_POLICIES, 'unsupported-restart-policy'));

	const dnsPolicy = str(s.dnsPolicy);
	if (!dnsPolicy) issues.push(required([...at, 'dnsPolicy']));
	else if (!DNS_POLICIES.includes(dnsPolicy)) issues.push(notSupported([...at, 'dnsPolicy'], dnsPolicy, DNS_POLICIES));

	// nodeSelector keys and values follow the label rules (ValidateLabels).
	validateLabels(s.nodeSelector, [...at, 'nodeSelector'], issues);

	const serviceAccount = str(s.serviceAccountName);
	if (serviceAccount) {
		for (const msg of isDNS1123Subdomain(serviceAccount)) issues.push(invalid([...at, 'serviceAccountName'], serviceAccount, msg, 'invalid-name', { params: { rule: 'subdomain' } }));
	}
	const nodeName = str(s.nodeName);
	if (nodeName) {
		for (const msg of isDNS1123Subdomain(nodeName)) issues.push(invalid([...at, 'nodeName'], nodeName, msg, 'invalid-name', { params: { rule: 'subdomain' } }));
	}
	const deadline = num(s.activeDeadlineSeconds);
	if (deadline !== undefined && (deadline < 1 || deadline > 2 ** 31 - 1)) {
		issues.push(invalid([...at, 'activeDeadlineSeconds'], deadline, 'must be between 1 and 2147483647, inclusive', 'active-deadline-range'));
	}
	for (const f of ['hostname', 'subdomain']) {
		const v = str(s[f]);
		if (v) for (const msg of isDNS1123Label(v)) issues.push(invalid([...at, f], v, msg, 'invalid-name', { params: { rule: 'label' } }));
	}
	const grace = num(s.terminationGracePeriodSeconds);
	if (grace !== undefined && grace < 0) {
		issues.push(invalid([...at, 'terminationGracePeriodSeconds'], grace, 'must be greater than or equal to 0', 'negative-value'));
	}
	validatePodSecurityContext(s, at, issues);
	validateDNSConfig(s, at, issues);
	validateAffinity(s.affinity, [...at, 'affinity'], issues);
	validateTolerations(s.tolerations, [...at, 'tolerations'], issues);
	validatePriorityClassName(s, at, issues);
	validateGates(s, at, issues);
	validateTopologySpreadConstraints(s.topologySpreadConstraints, [...at, 'topologySpreadConstraints'], issues);
}

/**
 * Mirrors ValidatePodTemplateSpec. Upstream reports the template's label errors at
 * `spec.template.labels` (it passes the template path, not its metadata); kept for fidelity.
 */
export function validatePodTemplateSpec(template: unknown, at: Path, issues: Issue[]): void {
	const t = obj(template);
	const meta = obj(t.metadata);
	validateLabels(meta.labels, [...at, 'metadata', 'labels'], issues, formatPath([...at, 'labels']));
	validateAnnotations(meta.annotations, [...at, 'metadata', 'annotations'], issues, formatPath([...at, 'annotations']));
	validatePodSpec(t.spec, [...at, 'spec'], issues);
	if (list(obj(t.spec).ephemeralContainers).length > 0) {
		issues.push(forbidden([...at, 'spec', 'ephemeralContainers'], 'ephemeral containers not allowed in pod template', 'ephemeral-in-template'));
	}
}
