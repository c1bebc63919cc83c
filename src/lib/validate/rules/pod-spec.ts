// PodSpec and PodTemplateSpec. Mirrors ValidatePodSpec, validateVolumes, validateRestartPolicy,
// validateDNSPolicy and ValidatePodTemplateSpec in pkg/apis/core/validation/validation.go.
import { formatPath, type Path } from '../field-path.ts';
import { duplicate, forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { validateContainers, validateInitContainers } from './containers.ts';
import { validateAnnotations, validateLabels } from './metadata.ts';
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

/** Mirrors ValidateVolumes: the source, then the name (a DNS label, unique). */
function validateVolumes(volumes: unknown, at: Path, issues: Issue[]): Set<string> {
	const names = new Set<string>();
	list(volumes).forEach((vol, i) => {
		const p: Path = [...at, i];
		validateVolumeSource(vol, p, issues);
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
	validateContainers(s.containers, volumes, [...at, 'containers'], issues);
	const appNames = new Set(list(s.containers).map((c) => str(c.name)));
	validateInitContainers(s.initContainers, appNames, volumes, [...at, 'initContainers'], issues);
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
