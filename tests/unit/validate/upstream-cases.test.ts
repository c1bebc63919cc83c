// Cases taken from upstream's own tests: pkg/apis/core/validation/validation_test.go
// (TestValidateReplicationController, TestValidateContainers, TestValidatePorts, TestValidateProbe,
// TestValidateEnv, TestValidateVolumeMounts, TestValidateResourceRequirements, TestValidateService)
// and pkg/apis/apps/validation/validation_test.go (TestValidateDeployment, TestValidateReplicaSet).
// Each expects the exact field.Error string kube-apiserver returns.
import { describe, expect, it } from 'vitest';
import { apiErrors, deployment, pod, rc, service, type Loose } from './helpers.ts';

describe('TestValidateReplicationController', () => {
	it('accepts a valid controller', () => {
		expect(apiErrors(rc())).toEqual([]);
	});
	it('"selector_doesnt_match": the selector must match the template labels', () => {
		expect(apiErrors(rc((r) => (r.spec.selector = { foo: 'bar' })))).toEqual([
			'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
		]);
	});
	it('"missing-namespace"-style name checks: "zero-length ID"', () => {
		expect(apiErrors(rc((r) => (r.metadata.name = '')))).toEqual(['metadata.name: Required value: name or generateName is required']);
	});
	it('"negative_replicas"', () => {
		expect(apiErrors(rc((r) => (r.spec.replicas = -1)))).toEqual(['spec.replicas: Invalid value: -1: must be greater than or equal to 0']);
	});
	it('"invalid restart policy 1" and "2": templates must use Always', () => {
		expect(apiErrors(rc((r) => (r.spec.template.spec.restartPolicy = 'OnFailure')))).toEqual([
			'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"',
		]);
	});
	it('an empty selector defaults to the template labels (SetDefaults_ReplicationController)', () => {
		expect(apiErrors(rc((r) => delete r.spec.selector))).toEqual([]);
	});
	it('"invalid_label" on the template: reported at spec.template.labels as upstream does', () => {
		const errs = apiErrors(rc((r) => (r.spec.template.metadata.labels = { app: 'web', 'NoUppercaseOrSpecialCharsLike=Equals': 'bar' })));
		expect(errs).toContain(
			"spec.template.labels: Invalid value: \"NoUppercaseOrSpecialCharsLike=Equals\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
		);
	});
	it('"template_activeDeadlineSeconds"', () => {
		expect(apiErrors(rc((r) => (r.spec.template.spec.activeDeadlineSeconds = 30)))).toEqual([
			'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicationController is not Supported',
		]);
	});
	it('requires a selector when neither selector nor template labels exist', () => {
		expect(apiErrors(rc((r) => { delete r.spec.selector; delete r.spec.template.metadata.labels; }))).toEqual(['spec.selector: Required value']);
	});
});

describe('TestValidateContainers', () => {
	const c = (patch: (c: Loose) => void) => pod((p) => patch(p.spec.containers[0]));
	it('"zero-length name"', () => {
		expect(apiErrors(c((x) => (x.name = '')))).toEqual(['spec.containers[0].name: Required value']);
	});
	it('"name > 63 characters"', () => {
		expect(apiErrors(c((x) => (x.name = 'a'.repeat(64))))).toEqual([`spec.containers[0].name: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`]);
	});
	it('"name not a DNS label"', () => {
		expect(apiErrors(c((x) => (x.name = 'a.b.c')))).toEqual(['spec.containers[0].name: Invalid value: "a.b.c": must not contain dots']);
	});
	it('"name not unique"', () => {
		expect(apiErrors(pod((p) => p.spec.containers.push({ name: 'web', image: 'busybox:1.36' })))).toEqual(['spec.containers[1].name: Duplicate value: "web"']);
	});
	it('"zero-length image"', () => {
		expect(apiErrors(c((x) => (x.image = '')))).toEqual(['spec.containers[0].image: Required value']);
	});
	it('"invalid image pull policy"', () => {
		expect(apiErrors(c((x) => (x.imagePullPolicy = 'wrong')))).toEqual([
			'spec.containers[0].imagePullPolicy: Unsupported value: "wrong": supported values: "Always", "IfNotPresent", "Never"',
		]);
	});
	it('"Resource CPU invalid": requests above limits', () => {
		expect(apiErrors(c((x) => (x.resources = { limits: { cpu: '1' }, requests: { cpu: '2' } })))).toEqual([
			'spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
		]);
	});
	it('"Resource Requests CPU invalid": negative request', () => {
		expect(apiErrors(c((x) => (x.resources = { requests: { cpu: '-10' } })))).toEqual(['spec.containers[0].resources.requests[cpu]: Invalid value: "-10": must be greater than or equal to 0']);
	});
	it('"invalid resource name"', () => {
		expect(apiErrors(c((x) => (x.resources = { limits: { disk: '10G' } })))).toContain('spec.containers[0].resources.limits[disk]: Invalid value: "disk": must be a standard resource for containers');
	});
	it('"no containers"', () => {
		expect(apiErrors(pod((p) => (p.spec.containers = []))).at(0)).toBe('spec.containers: Required value');
	});
});

describe('TestValidatePorts', () => {
	const ports = (list: Loose[]) => pod((p) => (p.spec.containers[0].ports = list));
	it('"name > 15 characters"', () => {
		expect(apiErrors(ports([{ name: 'a'.repeat(16), containerPort: 80 }]))).toEqual([`spec.containers[0].ports[0].name: Invalid value: "${'a'.repeat(16)}": must be no more than 15 characters`]);
	});
	it('"name contains invalid characters"', () => {
		expect(apiErrors(ports([{ name: 'a.b', containerPort: 80 }]))).toEqual(['spec.containers[0].ports[0].name: Invalid value: "a.b": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)']);
	});
	it('"name is a number"', () => {
		expect(apiErrors(ports([{ name: '80', containerPort: 80 }]))).toEqual(['spec.containers[0].ports[0].name: Invalid value: "80": must contain at least one letter (a-z)']);
	});
	it('"name not unique"', () => {
		expect(apiErrors(ports([{ name: 'abc', containerPort: 80 }, { name: 'abc', containerPort: 81 }]))).toEqual(['spec.containers[0].ports[1].name: Duplicate value: "abc"']);
	});
	it('"zero container port"', () => {
		expect(apiErrors(ports([{ containerPort: 0 }]))).toEqual(['spec.containers[0].ports[0].containerPort: Required value']);
	});
	it('"invalid container port"', () => {
		expect(apiErrors(ports([{ containerPort: 65536 }]))).toEqual(['spec.containers[0].ports[0].containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive']);
	});
	it('"invalid host port"', () => {
		expect(apiErrors(ports([{ containerPort: 80, hostPort: 65536 }]))).toEqual(['spec.containers[0].ports[0].hostPort: Invalid value: 65536: must be between 1 and 65535, inclusive']);
	});
	it('"invalid protocol case"', () => {
		expect(apiErrors(ports([{ containerPort: 80, protocol: 'tcp' }]))).toEqual(['spec.containers[0].ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"']);
	});
});

describe('TestValidateProbe and the liveness/startup rules', () => {
	const probe = (kind: string, value: Loose) => pod((p) => (p.spec.containers[0][kind] = value));
	it('a probe needs a handler', () => {
		expect(apiErrors(probe('livenessProbe', { periodSeconds: 5 }))).toEqual(['spec.containers[0].livenessProbe: Required value: must specify a handler type']);
	});
	it('a probe may not have two handlers', () => {
		expect(apiErrors(probe('readinessProbe', { exec: { command: ['true'] }, tcpSocket: { port: 80 } }))).toEqual([
			'spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type',
		]);
	});
	it('negative numbers are rejected', () => {
		expect(apiErrors(probe('readinessProbe', { exec: { command: ['true'] }, initialDelaySeconds: -1 }))).toEqual([
			'spec.containers[0].readinessProbe.initialDelaySeconds: Invalid value: -1: must be greater than or equal to 0',
		]);
	});
	it('liveness successThreshold must be 1', () => {
		expect(apiErrors(probe('livenessProbe', { exec: { command: ['true'] }, successThreshold: 2 }))).toEqual([
			'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
		]);
	});
	it('startup successThreshold must be 1', () => {
		expect(apiErrors(probe('startupProbe', { tcpSocket: { port: 80 }, successThreshold: 3 }))).toEqual([
			'spec.containers[0].startupProbe.successThreshold: Invalid value: 3: must be 1',
		]);
	});
	it('readiness successThreshold may be larger', () => {
		expect(apiErrors(probe('readinessProbe', { tcpSocket: { port: 80 }, successThreshold: 3 }))).toEqual([]);
	});
	it('exec needs a command', () => {
		expect(apiErrors(probe('livenessProbe', { exec: {} }))).toEqual(['spec.containers[0].livenessProbe.exec.command: Required value']);
	});
	it('httpGet port must be a valid port', () => {
		expect(apiErrors(probe('livenessProbe', { httpGet: { port: 0 } }))).toEqual(['spec.containers[0].livenessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive']);
	});
});

describe('TestValidateEnv, TestValidateVolumeMounts, TestValidateVolumes', () => {
	it('env name may not contain "="', () => {
		expect(apiErrors(pod((p) => (p.spec.containers[0].env = [{ name: 'A=B', value: 'x' }])))).toEqual([
			"spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
		]);
	});
	it('env name may start with a digit (RelaxedEnvironmentVariableValidation is GA)', () => {
		expect(apiErrors(pod((p) => (p.spec.containers[0].env = [{ name: '1ST', value: 'x' }])))).toEqual([]);
	});
	it('a mount must name a volume of the pod', () => {
		expect(apiErrors(pod((p) => (p.spec.containers[0].volumeMounts = [{ name: 'data', mountPath: '/data' }])))).toEqual([
			'spec.containers[0].volumeMounts[0].name: Not found: "data"',
		]);
	});
	it('volume names are unique', () => {
		expect(apiErrors(pod((p) => (p.spec.volumes = [{ name: 'a', emptyDir: {} }, { name: 'a', emptyDir: {} }])))).toEqual(['spec.volumes[1].name: Duplicate value: "a"']);
	});
	it('a volume without a source defaults to emptyDir (SetDefaults_Volume)', () => {
		expect(apiErrors(pod((p) => (p.spec.volumes = [{ name: 'a' }])))).toEqual([]);
	});
	it('nodeSelector values follow the label rules', () => {
		expect(apiErrors(pod((p) => (p.spec.nodeSelector = { disktype: 'fast ssd' }))).at(0)).toMatch(/^spec\.nodeSelector: Invalid value: "fast ssd": a valid label must be an empty string/);
	});
	it('restartPolicy values', () => {
		expect(apiErrors(pod((p) => (p.spec.restartPolicy = 'Sometimes')))).toEqual(['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"']);
	});
});

describe('TestValidateObjectMeta (names, labels, annotations)', () => {
	it('a name must be a DNS subdomain', () => {
		expect(apiErrors(pod((p) => (p.metadata.name = 'Web')))).toEqual([
			"metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
		]);
	});
	it('a label value longer than 63 bytes', () => {
		expect(apiErrors(pod((p) => (p.metadata.labels = { app: 'x'.repeat(64) })))).toEqual([`metadata.labels: Invalid value: "${'x'.repeat(64)}": must be no more than 63 bytes`]);
	});
	it('annotation keys are qualified names', () => {
		expect(apiErrors(pod((p) => (p.metadata.annotations = { 'a/b/c': 'x' }))).at(0)).toMatch(/^metadata\.annotations: Invalid value: "a\/b\/c": a valid label key must consist of/);
	});
	it('a Service name must be a DNS-1035 label', () => {
		expect(apiErrors(service((s) => (s.metadata.name = '1web'))).at(0)).toMatch(/^metadata\.name: Invalid value: "1web": a DNS-1035 label must consist of/);
	});
});

describe('TestValidateDeployment / TestValidateReplicaSet', () => {
	it('accepts a valid deployment', () => {
		expect(apiErrors(deployment())).toEqual([]);
	});
	it('requires a selector; a missing one (labels.Nothing()) also fails the template match', () => {
		expect(apiErrors(deployment((d) => delete d.spec.selector))).toEqual([
			'spec.selector: Required value',
			'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
		]);
		const rs = deployment((d) => { d.kind = 'ReplicaSet'; delete d.spec.selector; delete d.spec.template.metadata.labels; });
		expect(apiErrors(rs)).toEqual(['spec.selector: Required value', 'spec.template.metadata.labels: Invalid value: null: `selector` does not match template `labels`']);
	});
	it('rejects an empty selector; labels.Everything() skips the template match', () => {
		expect(apiErrors(deployment((d) => (d.spec.selector = {})))).toEqual(['spec.selector: Invalid value: {}: empty selector is invalid for deployment']);
	});
	it('an unreadable selector is "invalid label selector" and the template is not checked', () => {
		const errs = apiErrors(deployment((d) => {
			d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In', values: [] }] };
			d.spec.template.spec.containers = [];
		}));
		expect(errs).toEqual([
			"spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
			'spec.selector: Invalid value: {"matchExpressions":[{"key":"app","operator":"In"}]}: invalid label selector',
		]);
	});
	it('selector values must be label values', () => {
		const errs = apiErrors(deployment((d) => (d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'a b'] }] })));
		expect(errs[0]).toMatch(/^spec\.selector\.matchExpressions\[0\]\.values\[1\]: Invalid value: "a b": a valid label must be an empty string/);
	});
	it('the selector must match the template labels', () => {
		expect(apiErrors(deployment((d) => (d.spec.selector.matchLabels = { app: 'api' })))).toEqual([
			'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
		]);
	});
	it('a missing template is an empty one (the apps template is a value, not a pointer)', () => {
		expect(apiErrors(deployment((d) => delete d.spec.template))).toEqual([
			'spec.template.metadata.labels: Invalid value: null: `selector` does not match template `labels`',
			'spec.template.spec.containers: Required value',
		]);
	});
	it('"template_activeDeadlineSeconds" is Forbidden, in the ReplicaSet wording for Deployments too', () => {
		expect(apiErrors(deployment((d) => (d.spec.template.spec.activeDeadlineSeconds = 30)))).toEqual([
			'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported',
		]);
	});
	it('maxUnavailable and maxSurge may not both be 0', () => {
		expect(apiErrors(deployment((d) => (d.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } })))).toEqual([
			'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
		]);
	});
	it('maxUnavailable above 100%', () => {
		expect(apiErrors(deployment((d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: '110%' } })))).toEqual(['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "110%": must not be greater than 100%']);
	});
	it('a ReplicaSet template must restart Always', () => {
		const rs = deployment((d) => { d.kind = 'ReplicaSet'; d.spec.template.spec.restartPolicy = 'Never'; });
		expect(apiErrors(rs)).toEqual(['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"']);
	});
});

describe('TestValidateService', () => {
	it('accepts a valid service', () => {
		expect(apiErrors(service())).toEqual([]);
	});
	it('"missing ports"', () => {
		expect(apiErrors(service((s) => (s.spec.ports = [])))).toEqual(['spec.ports: Required value']);
	});
	it('"missing port name" when there are several ports', () => {
		expect(apiErrors(service((s) => (s.spec.ports = [{ name: 'a', port: 80 }, { port: 81 }])))).toEqual(['spec.ports[1].name: Required value']);
	});
	it('"invalid port"', () => {
		expect(apiErrors(service((s) => (s.spec.ports = [{ port: 65536, targetPort: 80 }])))).toEqual(['spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive']);
	});
	it('"invalid type"', () => {
		expect(apiErrors(service((s) => (s.spec.type = 'Internal')))).toEqual(['spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"']);
	});
	it('"nodePort with clusterIP type"', () => {
		expect(apiErrors(service((s) => (s.spec.ports[0].nodePort = 30080)))).toEqual(["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]);
	});
});

describe('TestValidateService: duplicate ports', () => {
	it('"duplicate ports" is reported with the (protocol, port) key, rendered as JSON', () => {
		const svc = service((s) => (s.spec.ports = [{ name: 'a', port: 80 }, { name: 'b', port: 80 }]));
		expect(apiErrors(svc)).toEqual(['spec.ports[1]: Duplicate value: {"Name":"","Protocol":"TCP","AppProtocol":null,"Port":80,"TargetPort":0,"NodePort":0}']);
	});
});
