// Pod rules of issue #16's bug list, each with the string kube-apiserver returns. Sources:
// pkg/apis/core/v1/defaults.go (SetDefaults_Probe, SetDefaults_Volume), pkg/apis/core/validation/validation.go
// (validateContainerOnlyForPod, AccumulateUniqueHostPorts, validatePodHostNetworkDeps, validateVolumeSource,
// validateResourceName / validateContainerResourceName, validateInitContainers) and
// apimachinery's util/validation RegexError.
import { describe, expect, it } from 'vitest';
import { applyDefaults } from '../../../src/lib/validate/index.ts';
import { apiErrors, deployment, errors, pod, rc, yaml, type Loose } from './helpers.ts';

const container = (patch: (c: Loose) => void) => pod((p) => patch(p.spec.containers[0]));

describe('SetDefaults_Probe: a 0 is unset', () => {
	it.each([
		['timeoutSeconds', 1],
		['periodSeconds', 10],
		['successThreshold', 1],
		['failureThreshold', 3],
	])('%s: 0 becomes %i', (field, value) => {
		const p = applyDefaults(container((c) => (c.livenessProbe = { tcpSocket: { port: 80 }, [field]: 0 })));
		expect(p.spec.containers[0].livenessProbe[field]).toBe(value);
	});
	it('so a liveness probe with successThreshold: 0 is accepted (it becomes 1)', () => {
		expect(apiErrors(container((c) => (c.startupProbe = { exec: { command: ['true'] }, successThreshold: 0 })))).toEqual([]);
	});
	it('initialDelaySeconds has no default, and a negative threshold is still an error', () => {
		expect(apiErrors(container((c) => (c.livenessProbe = { tcpSocket: { port: 80 }, failureThreshold: -1 })))).toEqual([
			'spec.containers[0].livenessProbe.failureThreshold: Invalid value: -1: must be greater than or equal to 0',
		]);
	});
	it('SetDefaults_Volume: a null source is no source, so the volume becomes an emptyDir', () => {
		expect(apiErrors(pod((p) => (p.spec.volumes = [{ name: 'v', emptyDir: null }])))).toEqual([]);
	});
});

describe('validateContainerOnlyForPod: image whitespace', () => {
	it.each([
		['a Pod container', pod((p) => (p.spec.containers[0].image = ' nginx:1.27')), ['spec.containers[0].image: Invalid value: " nginx:1.27": must not have leading or trailing whitespace']],
		[
			'a Pod init container',
			pod((p) => (p.spec.initContainers = [{ name: 'init', image: 'busybox:1.36 ' }])),
			['spec.initContainers[0].image: Invalid value: "busybox:1.36 ": must not have leading or trailing whitespace'],
		],
		['a ReplicationController template', rc((r) => (r.spec.template.spec.containers[0].image = ' nginx:1.27')), []],
		['a Deployment template', deployment((d) => (d.spec.template.spec.containers[0].image = 'nginx:1.27 ')), []],
	])('%s', (_name, object, expected) => {
		expect(apiErrors(object)).toEqual(expected);
	});
	it('comes after the spec checks, as validatePodMetadataAndSpec runs it last', () => {
		expect(apiErrors(pod((p) => Object.assign(p.spec.containers[0], { image: ' nginx:1.27', imagePullPolicy: 'Sometimes' })))).toEqual([
			'spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
			'spec.containers[0].image: Invalid value: " nginx:1.27": must not have leading or trailing whitespace',
		]);
	});
});

describe('AccumulateUniqueHostPorts', () => {
	const ports = (...list: Loose[][]) => pod((p) => (p.spec.containers = list.map((ps, i) => ({ name: `c${i}`, image: 'nginx:1.27', ports: ps }))));
	it.each([
		['the same host port twice in one container', ports([{ containerPort: 80, hostPort: 8080 }, { containerPort: 81, hostPort: 8080 }]), ['spec.containers[0].ports[1].hostPort: Duplicate value: "TCP//8080"']],
		['across containers', ports([{ containerPort: 80, hostPort: 8080 }], [{ containerPort: 81, hostPort: 8080 }]), ['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"']],
		['another protocol is another port', ports([{ containerPort: 80, hostPort: 53 }, { containerPort: 80, hostPort: 53, protocol: 'UDP' }]), []],
		['another host IP is another port', ports([{ containerPort: 80, hostPort: 8080, hostIP: '10.0.0.1' }], [{ containerPort: 81, hostPort: 8080, hostIP: '10.0.0.2' }]), []],
		['the host IP is part of the key', ports([{ containerPort: 80, hostPort: 8080, hostIP: '10.0.0.1' }, { containerPort: 81, hostPort: 8080, hostIP: '10.0.0.1' }]), ['spec.containers[0].ports[1].hostPort: Duplicate value: "TCP/10.0.0.1/8080"']],
		['no host port, no conflict', ports([{ containerPort: 80 }], [{ containerPort: 80 }]), []],
	])('%s', (_name, object, expected) => {
		expect(apiErrors(object)).toEqual(expected);
	});
	it('init containers are checked one at a time, each reported as initContainers[0] (upstream passes a one-item list)', () => {
		const p = pod((x) => {
			x.spec.initContainers = [
				{ name: 'a', image: 'busybox:1.36', ports: [{ containerPort: 80, hostPort: 9000 }] },
				{ name: 'b', image: 'busybox:1.36', ports: [{ containerPort: 80, hostPort: 9000 }, { containerPort: 81, hostPort: 9000 }] },
			];
		});
		expect(apiErrors(p)).toEqual(['spec.initContainers[0].ports[1].hostPort: Duplicate value: "TCP//9000"']);
		const d = errors(yaml(p))[0]!;
		expect(d.range?.line).toBe(yaml(p).split('\n').findIndex((l, i, all) => l.includes('hostPort: 9000') && all.slice(0, i).filter((x) => x.includes('hostPort: 9000')).length === 2) + 1);
	});
});

describe('validatePodHostNetworkDeps', () => {
	it('a Pod: an explicit host port must equal the container port', () => {
		expect(apiErrors(pod((p) => Object.assign(p.spec, { hostNetwork: true, containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80, hostPort: 8080 }] }] })))).toEqual([
			'spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true',
		]);
	});
	it('a Pod: a missing host port is defaulted to the container port, so it passes', () => {
		const p = pod((x) => Object.assign(x.spec, { hostNetwork: true, containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] }));
		expect(apiErrors(p)).toEqual([]);
		expect(applyDefaults(p).spec.containers[0].ports[0].hostPort).toBe(80);
	});
	it('a template may leave the host port 0, but not set another', () => {
		const template = (hostPort?: number) => deployment((d) => Object.assign(d.spec.template.spec, { hostNetwork: true, containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80, hostPort }] }] }));
		expect(apiErrors(template())).toEqual([]);
		expect(apiErrors(template(81))).toEqual(['spec.template.spec.containers[0].ports[0].hostPort: Invalid value: 81: must match `containerPort` when `hostNetwork` is true']);
	});
});

describe('validateVolumeSource: more than one source, in upstream order', () => {
	it.each([
		['configMap written before emptyDir: emptyDir comes first upstream', { name: 'v', configMap: { name: 'c' }, emptyDir: {} }, ['spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type']],
		['three sources: every one after the first', { name: 'v', secret: { secretName: 's' }, hostPath: { path: '/x' }, emptyDir: {} }, ['spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type', 'spec.volumes[0].secret: Forbidden: may not specify more than 1 volume type']],
		['upstream spells downwardAPI "downwarAPI"', { name: 'v', downwardAPI: {}, emptyDir: {} }, ['spec.volumes[0].downwarAPI: Forbidden: may not specify more than 1 volume type']],
		['and cephfs "cephFS"', { name: 'v', emptyDir: {}, cephfs: { monitors: ['m'] } }, ['spec.volumes[0].cephFS: Forbidden: may not specify more than 1 volume type']],
	])('%s', (_name, volume, expected) => {
		expect(apiErrors(pod((p) => (p.spec.volumes = [volume])))).toEqual(expected);
	});
	it('the editor marks the source key itself', () => {
		const text = yaml(pod((p) => (p.spec.volumes = [{ name: 'v', downwardAPI: {}, emptyDir: {} }])));
		const d = errors(text)[0]!;
		expect(text.split('\n')[d.range!.line - 1]).toContain('downwardAPI:');
	});
});

describe('RegexError joins examples with ",  or "', () => {
	it.each([
		['a container name', container((c) => (c.name = 'Web')), `spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`],
		['a label value', pod((p) => (p.metadata.labels = { app: 'a b' })), `metadata.labels: Invalid value: "a b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`],
		['a percent', deployment((d) => (d.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: '5' } })), `spec.strategy.rollingUpdate.maxSurge: Invalid value: "5": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`],
	])('%s', (_name, object, expected) => {
		expect(apiErrors(object)).toContain(expected);
	});
	it('a label key prefix longer than 253 is "bytes" (content.IsDNS1123Subdomain)', () => {
		expect(apiErrors(pod((p) => (p.metadata.labels = { [`${'a'.repeat(254)}/k`]: 'v' })))).toContain(`metadata.labels: Invalid value: "${'a'.repeat(254)}/k": prefix part must be no more than 253 bytes`);
	});
});

describe('validateResourceName and validateContainerResourceName', () => {
	// In a template, so that SetDefaults_Pod's copy of limits into requests does not double each error.
	const limits = (name: string, value = '1', more: Record<string, string> = {}) =>
		deployment((d) => (d.spec.template.spec.containers[0].resources = { limits: { [name]: value, ...more } }));
	const at = (name: string) => `spec.template.spec.containers[0].resources.limits[${name}]`;
	it.each([
		['an unknown unprefixed name gets both errors', 'disk', ['must be a standard resource type or fully qualified', 'must be a standard resource for containers']],
		['a standard resource that is not a container resource', 'pods', ['must be a standard resource for containers']],
		['a quota name is standard, not for containers', 'requests.cpu', ['must be a standard resource for containers']],
		['a name that is not a qualified name', 'a_', ["name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')", 'must be a standard resource for containers']],
		['an extended resource', 'example.com/gpu', []],
		['a kubernetes.io resource is native', 'kubernetes.io/widget', []],
		['hugepages are container resources', 'hugepages-2Mi', []],
	])('%s', (_name, resource, details) => {
		const p = resource === 'hugepages-2Mi' ? limits(resource, '2Mi', { memory: '1Gi' }) : limits(resource);
		expect(apiErrors(p)).toEqual(details.map((d) => `${at(resource)}: Invalid value: "${resource}": ${d}`));
	});
	it('extended resources count in whole units (IsIntegerResourceName)', () => {
		expect(apiErrors(limits('example.com/gpu', '500m'))).toEqual([`${at('example.com/gpu')}: Invalid value: "500m": must be an integer`]);
	});
});

describe('validateContainers and validateInitContainers: restartPolicy, probes and lifecycle', () => {
	it.each([
		['restartPolicy on an app container', container((c) => (c.restartPolicy = 'Always')), ['spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers']],
		['an init container may only be a sidecar', pod((p) => (p.spec.initContainers = [{ name: 'i', image: 'busybox:1.36', restartPolicy: 'OnFailure' }])), ['spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"']],
		[
			'probes need a sidecar',
			pod((p) => (p.spec.initContainers = [{ name: 'i', image: 'busybox:1.36', readinessProbe: { tcpSocket: { port: 80 } } }])),
			['spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always'],
		],
		['a sidecar may have probes, checked as usual', pod((p) => (p.spec.initContainers = [{ name: 'i', image: 'busybox:1.36', restartPolicy: 'Always', livenessProbe: { tcpSocket: { port: 80 }, successThreshold: 2 } }])), ['spec.initContainers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1']],
		['two unnamed containers: a duplicate ""', pod((p) => (p.spec.containers = [{ image: 'a:1' }, { image: 'b:1' }])), ['spec.containers[0].name: Required value', 'spec.containers[1].name: Required value', 'spec.containers[1].name: Duplicate value: ""']],
	])('%s', (_name, object, expected) => {
		expect(apiErrors(object)).toEqual(expected);
	});
});
