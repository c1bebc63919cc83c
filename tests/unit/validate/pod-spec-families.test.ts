// Pod spec rule families added for #16, with cases from upstream's
// pkg/apis/core/validation/validation_test.go (TestValidatePodSpec, TestValidateTolerations via
// TestValidatePod, TestValidateAffinity, TestValidateTopologySpreadConstraints, TestValidatePodDNSConfig,
// TestValidateEnv, TestValidateEnvFrom, TestValidateVolumes, TestValidateVolumeMounts,
// TestValidateSecurityContext, TestValidatePodSecurityContext, TestValidateSeccompProfile,
// TestValidateAppArmorProfileFormat, TestValidateLifecycle / sleep action, TestValidateReadinessGates,
// TestValidateSchedulingGates). Each expects kube-apiserver's exact field.Error string.
import { describe, expect, it } from 'vitest';
import { apiErrors, errors, pod, rc, service, yaml, type Loose } from './helpers.ts';

const spec = (patch: (s: Loose) => void) => apiErrors(pod((p) => patch(p.spec)));
const container = (patch: (c: Loose) => void) => spec((s) => patch(s.containers[0]));

describe('securityContext (ValidateSecurityContext, validatePodSpecSecurityContext)', () => {
	it('user and group IDs are 0 to 2147483647', () => {
		expect(container((c) => (c.securityContext = { runAsUser: -1, runAsGroup: 2147483648 }))).toEqual([
			'spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
			'spec.containers[0].securityContext.runAsGroup: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive',
		]);
		expect(spec((s) => (s.securityContext = { fsGroup: -1, supplementalGroups: [1, -2] }))).toEqual([
			'spec.securityContext.fsGroup: Invalid value: -1: must be between 0 and 2147483647, inclusive',
			'spec.securityContext.supplementalGroups[1]: Invalid value: -2: must be between 0 and 2147483647, inclusive',
		]);
	});
	it('"invalid privileged and allowPrivilegeEscalation": the context is printed as Go JSON', () => {
		expect(container((c) => (c.securityContext = { privileged: true, allowPrivilegeEscalation: false }))).toEqual([
			'spec.containers[0].securityContext: Invalid value: {"Capabilities":null,"Privileged":true,"SELinuxOptions":null,"WindowsOptions":null,"RunAsUser":null,"RunAsGroup":null,"RunAsNonRoot":null,"ReadOnlyRootFilesystem":null,"AllowPrivilegeEscalation":false,"ProcMount":null,"SeccompProfile":null,"AppArmorProfile":null}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
		]);
	});
	it('"with CAP_SYS_ADMIN and allowPrivilegeEscalation false"', () => {
		const errs = container((c) => (c.securityContext = { capabilities: { add: ['CAP_SYS_ADMIN'] }, allowPrivilegeEscalation: false }));
		expect(errs).toHaveLength(1);
		expect(errs[0]).toMatch(/^spec\.containers\[0\]\.securityContext: Invalid value: \{"Capabilities":\{"Add":\["CAP_SYS_ADMIN"\],"Drop":null\},.*: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN$/);
	});
	it('shareProcessNamespace with hostPID, reported under securityContext as upstream does', () => {
		expect(spec((s) => Object.assign(s, { shareProcessNamespace: true, hostPID: true }))).toEqual([
			'spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled',
		]);
		expect(spec((s) => Object.assign(s, { shareProcessNamespace: true }))).toEqual([]);
	});
	it('seccomp profiles (validateSeccompProfileField)', () => {
		expect(container((c) => (c.securityContext = { seccompProfile: { type: 'Localhost' } }))).toEqual([
			'spec.containers[0].securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost',
		]);
		expect(spec((s) => (s.securityContext = { seccompProfile: { type: 'RuntimeDefault', localhostProfile: 'p.json' } }))).toEqual([
			'spec.securityContext.seccompProfile.localhostProfile: Invalid value: {"Type":"RuntimeDefault","LocalhostProfile":"p.json"}: can only be set when seccomp type is Localhost',
		]);
		expect(container((c) => (c.securityContext = { seccompProfile: { type: 'Localhost', localhostProfile: '../etc/x' } }))).toEqual([
			"spec.containers[0].securityContext.seccompProfile.localhostProfile: Invalid value: \"../etc/x\": must not contain '..'",
		]);
	});
	it('AppArmor profiles (ValidateAppArmorProfileField)', () => {
		expect(container((c) => (c.securityContext = { appArmorProfile: { type: 'Localhost', localhostProfile: ' p ' } }))).toEqual([
			'spec.containers[0].securityContext.appArmorProfile.localhostProfile: Invalid value: " p ": must not be padded with whitespace',
		]);
		expect(spec((s) => (s.securityContext = { appArmorProfile: { type: 'Unconfined', localhostProfile: 'p' } }))).toEqual([
			'spec.securityContext.appArmorProfile.localhostProfile: Invalid value: "p": can only be set when AppArmor type is Localhost',
		]);
	});
});

describe('tolerations (ValidateTolerations)', () => {
	const tol = (t: Loose) => spec((s) => (s.tolerations = [t]));
	it('accepts the usual forms', () => {
		expect(tol({ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 })).toEqual([]);
		expect(tol({ key: 'gpu', operator: 'Equal', value: 'true', effect: 'NoSchedule' })).toEqual([]);
		expect(tol({ operator: 'Exists' })).toEqual([]);
	});
	it('"invalid toleration operator"', () => {
		expect(tol({ key: 'foo', operator: 'In', value: 'bar', effect: 'NoSchedule' })).toEqual(['spec.tolerations[0].operator: Unsupported value: "In": supported values: "Equal", "Exists"']);
	});
	it('"value must be empty when `operator` is \'Exists\'": the toleration is printed', () => {
		expect(tol({ key: 'foo', operator: 'Exists', value: 'bar', effect: 'NoSchedule' })).toEqual([
			'spec.tolerations[0].operator: Invalid value: {"Key":"foo","Operator":"Exists","Value":"bar","Effect":"NoSchedule","TolerationSeconds":null}: value must be empty when `operator` is \'Exists\'',
		]);
	});
	it('"operator must be \'Exists\' when `key` is empty"', () => {
		expect(tol({ operator: 'Equal', value: 'bar', effect: 'NoSchedule' })).toEqual([
			'spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
		]);
	});
	it('"effect must be \'NoExecute\' when `tolerationSeconds` is set"', () => {
		expect(tol({ key: 'foo', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 20 })).toEqual([
			'spec.tolerations[0].effect: Invalid value: "NoSchedule": effect must be \'NoExecute\' when `tolerationSeconds` is set',
		]);
	});
	it('an unknown effect', () => {
		expect(tol({ key: 'foo', operator: 'Exists', effect: 'NoRun' })).toEqual(['spec.tolerations[0].effect: Unsupported value: "NoRun": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"']);
	});
});

describe('affinity (validateAffinity)', () => {
	it('"invalid node selector requirement in node affinity, operator can\'t be null"', () => {
		expect(spec((s) => (s.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'key1' }] }] } } }))).toEqual([
			'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value: "": not a valid selector operator',
		]);
	});
	it('"invalid requiredDuringSchedulingIgnoredDuringExecution node selector, nodeSelectorTerms must have at least one term"', () => {
		expect(spec((s) => (s.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } }))).toEqual([
			'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term',
		]);
	});
	it('"invalid weight in preferredDuringSchedulingIgnoredDuringExecution in pod affinity annotations, weight should be in range 1-100"', () => {
		const term = { weight: 109, podAffinityTerm: { labelSelector: { matchLabels: { app: 'db' } }, topologyKey: 'kubernetes.io/hostname' } };
		expect(spec((s) => (s.affinity = { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [term] } }))).toEqual([
			'spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 109: must be in the range 1-100',
		]);
	});
	it('"invalid hard pod anti-affinity, empty topologyKey is not allowed for hard pod anti-affinity"', () => {
		expect(spec((s) => (s.affinity = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } } }] } }))).toEqual([
			'spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty',
		]);
	});
	it('"invalid Gt operator: values must have a single element"', () => {
		const expr = { key: 'cores', operator: 'Gt', values: ['2', '4'] };
		expect(spec((s) => (s.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [expr] }] } } }))).toEqual([
			"spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified single value when `operator` is 'Lt' or 'Gt'",
		]);
	});
});

describe('topologySpreadConstraints (validateTopologySpreadConstraints)', () => {
	const c = (over: Loose) => spec((s) => (s.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'DoNotSchedule', ...over }]));
	it('"invalid MaxSkew"', () => {
		expect(c({ maxSkew: 0 })).toEqual(['spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero']);
	});
	it('"invalid TopologyKey"', () => {
		expect(c({ topologyKey: '' })).toEqual(['spec.topologySpreadConstraints[0].topologyKey: Required value: can not be empty']);
	});
	it('"invalid whenUnsatisfiable"', () => {
		expect(c({ whenUnsatisfiable: 'N/A' })).toEqual(['spec.topologySpreadConstraints[0].whenUnsatisfiable: Unsupported value: "N/A": supported values: "DoNotSchedule", "ScheduleAnyway"']);
	});
	it('"invalid minDomains with ScheduleAnyway" and "invalid minDomains" (zero)', () => {
		expect(c({ whenUnsatisfiable: 'ScheduleAnyway', minDomains: 3 })).toEqual([
			'spec.topologySpreadConstraints[0].minDomains: Invalid value: 3: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway',
		]);
		expect(c({ minDomains: 0 })).toEqual(['spec.topologySpreadConstraints[0].minDomains: Invalid value: 0: must be greater than zero']);
	});
	it('"combination of topologyKey and whenUnsatisfiable is not unique"', () => {
		const one = { maxSkew: 1, topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'DoNotSchedule' };
		expect(spec((s) => (s.topologySpreadConstraints = [one, { ...one, maxSkew: 2 }]))).toEqual([
			'spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "{k8s.io/zone, DoNotSchedule}"',
		]);
	});
});

describe('dnsConfig (validatePodDNSConfig)', () => {
	it('"invalid: no dnsConfig with DNSNone"', () => {
		expect(spec((s) => (s.dnsPolicy = 'None'))).toEqual(['spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None']);
	});
	it('"invalid: no nameservers with DNSNone"', () => {
		expect(spec((s) => Object.assign(s, { dnsPolicy: 'None', dnsConfig: { searches: ['custom'] } }))).toEqual([
			'spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None',
		]);
	});
	it('"invalid: 4 nameservers" and "invalid nameserver"', () => {
		expect(spec((s) => (s.dnsConfig = { nameservers: ['1.2.3.4', '1.2.3.5', '1.2.3.6', '1.2.3.7'] }))).toEqual([
			'spec.dnsConfig.nameservers: Invalid value: ["1.2.3.4","1.2.3.5","1.2.3.6","1.2.3.7"]: must not have more than 3 nameservers',
		]);
		expect(spec((s) => (s.dnsConfig = { nameservers: ['invalid'] }))).toEqual(['spec.dnsConfig.nameservers[0]: Invalid value: "invalid": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)']);
		expect(spec((s) => Object.assign(s, { dnsPolicy: 'None', dnsConfig: { nameservers: ['2001:db8::ffff', '10.9.8.7'], searches: ['svc.cluster.local.', '.'] } }))).toEqual([]);
	});
	it('"invalid: empty option name"', () => {
		expect(spec((s) => (s.dnsConfig = { options: [{ value: 'bar' }] }))).toEqual(['spec.dnsConfig.options[0]: Required value: Option.Name must not be empty']);
	});
});

describe('env and envFrom (ValidateEnv, validateEnvVarValueFrom, validateEnvFrom)', () => {
	const env = (e: Loose) => container((c) => (c.env = [e]));
	it('accepts the Downward API paths an env var may read', () => {
		for (const fieldPath of ['metadata.name', 'metadata.namespace', 'status.podIP', "metadata.labels['app']", "metadata.annotations['example.com/x']"]) {
			expect(env({ name: 'X', valueFrom: { fieldRef: { fieldPath } } }), fieldPath).toEqual([]);
		}
	});
	it('"unsupported fieldPath" and "invalid fieldPath labels"', () => {
		expect(env({ name: 'abc', valueFrom: { fieldRef: { fieldPath: 'metadata.whoops', apiVersion: 'v1' } } })).toEqual([
			'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.whoops": error converting fieldPath: field label not supported: metadata.whoops',
		]);
		expect(env({ name: 'abc', valueFrom: { fieldRef: { fieldPath: 'metadata.labels' } } })).toEqual([
			'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "metadata.labels": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"',
		]);
		expect(env({ name: 'abc', valueFrom: { fieldRef: { fieldPath: 'metadata.name', apiVersion: 'v2' } } })).toEqual([
			'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.name": error converting fieldPath: unsupported pod version: v2',
		]);
	});
	it('"invalid resource fieldPath"', () => {
		expect(env({ name: 'abc', valueFrom: { resourceFieldRef: { resource: 'limits.gpu' } } })).toEqual([
			'spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Unsupported value: "limits.gpu": supported values: "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"',
		]);
		expect(env({ name: 'abc', valueFrom: { resourceFieldRef: { resource: 'limits.hugepages-2Mi' } } })).toEqual([]);
	});
	it('"valueFrom.fieldRef and valueFrom.secretKeyRef"', () => {
		expect(env({ name: 'abc', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, secretKeyRef: { name: 'a-secret', key: 'a-key' } } })).toEqual([
			'spec.containers[0].env[0].valueFrom: Invalid value: "": may not have more than one field specified at a time',
		]);
	});
	it('"invalid secret key"', () => {
		expect(env({ name: 'abc', valueFrom: { secretKeyRef: { name: 'a-secret', key: 'a!key' } } })).toEqual([
			"spec.containers[0].env[0].valueFrom.secretKeyRef.key: Invalid value: \"a!key\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
		]);
	});
	it('envFrom: "no refs" and "multiple refs" are reported at the list, as upstream does', () => {
		expect(container((c) => (c.envFrom = [{ prefix: 'pre_' }]))).toEqual(['spec.containers[0].envFrom: Invalid value: "": must specify one of: `configMapRef` or `secretRef`']);
		expect(container((c) => (c.envFrom = [{ configMapRef: { name: 'abc' }, secretRef: { name: 'abc' } }]))).toEqual([
			'spec.containers[0].envFrom: Invalid value: "": may not have more than one field specified at a time',
		]);
	});
	it('envFrom: "invalid prefix" (relaxed names since 1.34: only "=" is refused)', () => {
		expect(container((c) => (c.envFrom = [{ prefix: 'a=b', configMapRef: { name: 'abc' } }]))).toEqual([
			'spec.containers[0].envFrom[0].prefix: Invalid value: "a=b": a valid environment variable name must consist only of printable ASCII characters other than \'=\'',
		]);
		expect(container((c) => (c.envFrom = [{ prefix: '1-a.b', configMapRef: { name: 'abc' } }]))).toEqual([]);
	});
});

describe('volumes (validateVolumeSource, validateKeyToPath, ValidateVolumeMounts subPath)', () => {
	const vol = (v: Loose) => spec((s) => (s.volumes = [{ name: 'v', ...v }]));
	it('"dot dot path" and "absolute path" in items', () => {
		expect(vol({ configMap: { name: 'cfg', items: [{ key: 'k', path: '../../passwd' }] } })).toEqual([
			"spec.volumes[0].configMap.items[0].path: Invalid value: \"../../passwd\": must not contain '..'",
		]);
		expect(vol({ secret: { secretName: 's', items: [{ key: 'k', path: '/etc/x' }] } })).toEqual(['spec.volumes[0].secret.items[0].path: Invalid value: "/etc/x": must be a relative path']);
		expect(vol({ secret: { secretName: 's', items: [{ key: 'k', path: '..dirs' }] } })).toEqual(["spec.volumes[0].secret.items[0].path: Invalid value: \"..dirs\": must not start with '..'"]);
	});
	it('"invalid defaultMode" and item modes: 0 to 0777', () => {
		expect(vol({ secret: { secretName: 's', defaultMode: 0o1000 } })).toEqual(['spec.volumes[0].secret.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive']);
		expect(vol({ configMap: { name: 'c', items: [{ key: 'k', path: 'p', mode: -1 }] } })).toEqual(['spec.volumes[0].configMap.items[0].mode: Invalid value: -1: must be a number between 0 and 0777 (octal), both inclusive']);
	});
	it('required names and paths of the common sources', () => {
		expect(vol({ hostPath: { path: '' } })).toEqual(['spec.volumes[0].hostPath.path: Required value']);
		expect(vol({ hostPath: { path: '/a/../etc' } })).toEqual(["spec.volumes[0].hostPath.path: Invalid value: \"/a/../etc\": must not contain '..'"]);
		expect(vol({ persistentVolumeClaim: { claimName: '' } })).toEqual(['spec.volumes[0].persistentVolumeClaim.claimName: Required value']);
		expect(vol({ nfs: { server: 'nfs.example.com', path: 'exports' } })).toEqual(['spec.volumes[0].nfs.path: Invalid value: "exports": must be an absolute path']);
	});
	it('projected: one source per entry, and no path twice', () => {
		expect(vol({ projected: { sources: [{ configMap: { name: 'a' }, secret: { name: 'b' } }] } })).toEqual(['spec.volumes[0].projected.sources[0]: Forbidden: may not specify more than 1 volume type per source']);
		const twice = { projected: { sources: [{ configMap: { name: 'a', items: [{ key: 'k', path: 'x' }] } }, { secret: { name: 'b', items: [{ key: 'k', path: 'x' }] } }] } };
		expect(vol(twice)).toEqual(['spec.volumes[0].projected: Invalid value: "b": conflicting duplicate paths']);
	});
	it('subPath: relative, no ".."; upstream names the list (volumeMounts.subPath)', () => {
		const mount = (m: Loose) => spec((s) => { s.volumes = [{ name: 'v', emptyDir: {} }]; s.containers[0].volumeMounts = [{ name: 'v', mountPath: '/data', ...m }]; });
		expect(mount({ subPath: '/abs' })).toEqual(['spec.containers[0].volumeMounts.subPath: Invalid value: "/abs": must be a relative path']);
		expect(mount({ subPath: 'a/../..' })).toEqual(["spec.containers[0].volumeMounts.subPath: Invalid value: \"a/../..\": must not contain '..'"]);
		expect(mount({ subPath: 'a', subPathExpr: '$(POD)' })).toEqual(['spec.containers[0].volumeMounts[0].subPathExpr: Invalid value: "$(POD)": subPathExpr and subPath are mutually exclusive']);
	});
	it('the editor marks the entry itself, not the list upstream names', () => {
		const text = yaml(pod((p) => { p.spec.volumes = [{ name: 'v', emptyDir: {} }]; p.spec.containers[0].volumeMounts = [{ name: 'v', mountPath: '/data', subPath: '../x' }]; }));
		const [d] = errors(text);
		expect(d!.field).toBe('spec.containers[0].volumeMounts.subPath');
		expect(text.slice(d!.offset!.start, d!.offset!.end)).toBe('../x');
	});
});

describe('lifecycle handlers (validateLifecycle, validateHandler, validateSleepAction)', () => {
	it('"empty lifecycle handler" needs a handler type', () => {
		expect(container((c) => (c.lifecycle = { preStop: {} }))).toEqual(['spec.containers[0].lifecycle.preStop: Required value: must specify a handler type']);
	});
	it('a sleep must fit in the grace period (0 allowed since 1.34, PodLifecycleSleepActionAllowZero)', () => {
		expect(spec((s) => { s.terminationGracePeriodSeconds = 5; s.containers[0].lifecycle = { preStop: { sleep: { seconds: 10 } } }; })).toEqual([
			'spec.containers[0].lifecycle.preStop.sleep: Invalid value: 10: must be non-negative and less than terminationGracePeriodSeconds (5)',
		]);
		expect(container((c) => (c.lifecycle = { preStop: { sleep: { seconds: 0 } } }))).toEqual([]);
		expect(container((c) => (c.lifecycle = { preStop: { sleep: { seconds: -1 } } }))).toEqual([
			'spec.containers[0].lifecycle.preStop.sleep: Invalid value: -1: must be non-negative and less than terminationGracePeriodSeconds (30)',
		]);
	});
	it('two handlers: the second is forbidden', () => {
		expect(container((c) => (c.lifecycle = { postStart: { exec: { command: ['true'] }, sleep: { seconds: 1 } } }))).toEqual([
			'spec.containers[0].lifecycle.postStart.sleep: Forbidden: may not specify more than 1 handler type',
		]);
	});
	it('a sidecar\'s lifecycle is validated too', () => {
		expect(spec((s) => (s.initContainers = [{ name: 'log', image: 'busybox:1.36', restartPolicy: 'Always', lifecycle: { postStart: {} } }]))).toEqual([
			'spec.initContainers[0].lifecycle.postStart: Required value: must specify a handler type',
		]);
	});
});

describe('readinessGates, schedulingGates, priorityClassName', () => {
	it('"invalid readinessGates"', () => {
		expect(spec((s) => (s.readinessGates = [{ conditionType: 'invalid/condition/type' }]))[0]).toMatch(/^spec\.readinessGates\[0\]\.conditionType: Invalid value: "invalid\/condition\/type": a valid label key/);
	});
	it('"duplicated scheduling gates"', () => {
		expect(spec((s) => (s.schedulingGates = [{ name: 'foo' }, { name: 'foo' }]))).toEqual(['spec.schedulingGates[1]: Duplicate value: "foo"']);
	});
	it('priorityClassName is a DNS subdomain', () => {
		expect(spec((s) => (s.priorityClassName = 'High_Priority'))[0]).toMatch(/^spec\.priorityClassName: Invalid value: "High_Priority": a lowercase RFC 1123 subdomain/);
	});
	it('templates get the same rules', () => {
		expect(apiErrors(rc((r) => (r.spec.template.spec.tolerations = [{ key: 'foo', operator: 'In' }])))).toEqual([
			'spec.template.spec.tolerations[0].operator: Unsupported value: "In": supported values: "Equal", "Exists"',
		]);
	});
});

describe('Service (ValidateService, validateClientIPAffinityConfig, validateServiceExternalTrafficPolicy, the node port allocator)', () => {
	const svc = (patch: (s: Loose) => void) => apiErrors(service((s) => patch(s.spec)));
	it('accepts NodePort, LoadBalancer, headless and ExternalName Services', () => {
		expect(svc((s) => Object.assign(s, { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }))).toEqual([]);
		expect(svc((s) => Object.assign(s, { type: 'LoadBalancer', loadBalancerSourceRanges: ['10.0.0.0/8', '2001:db8::/32'], externalTrafficPolicy: 'Local' }))).toEqual([]);
		expect(svc((s) => Object.assign(s, { clusterIP: 'None', ports: [] }))).toEqual([]);
		expect(svc((s) => Object.assign(s, { type: 'ExternalName', externalName: 'db.example.com.', ports: [] }))).toEqual([]);
	});
	it('"invalid node port": outside 30000-32767, as the allocator reports it', () => {
		expect(svc((s) => Object.assign(s, { type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] }))).toEqual([
			'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
		]);
	});
	it('"duplicate nodeports"', () => {
		expect(svc((s) => Object.assign(s, { type: 'NodePort', ports: [{ name: 'a', port: 1, nodePort: 30001 }, { name: 'b', port: 2, nodePort: 30001 }] }))).toEqual([
			'spec.ports[1].nodePort: Duplicate value: 30001',
		]);
		expect(svc((s) => Object.assign(s, { type: 'NodePort', ports: [{ name: 'a', port: 1, nodePort: 30001 }, { name: 'b', port: 1, protocol: 'UDP', nodePort: 30001 }] }))).toEqual([]);
	});
	it('"invalid load balancer with clusterIP None" and NodePort', () => {
		expect(svc((s) => Object.assign(s, { type: 'LoadBalancer', clusterIP: 'None' }))).toEqual(['spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for LoadBalancer services']);
		expect(svc((s) => Object.assign(s, { type: 'NodePort', clusterIP: 'None' }))).toEqual(['spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services']);
	});
	it('"invalid ExternalName": required, a DNS subdomain, no cluster IP', () => {
		expect(svc((s) => Object.assign(s, { type: 'ExternalName', ports: [] }))).toEqual(['spec.externalName: Required value']);
		expect(svc((s) => Object.assign(s, { type: 'ExternalName', externalName: '-123.com', ports: [] }))[0]).toMatch(/^spec\.externalName: Invalid value: "-123\.com": a lowercase RFC 1123 subdomain/);
		expect(svc((s) => Object.assign(s, { type: 'ExternalName', externalName: 'db.example.com', clusterIP: '10.0.0.10' }))).toEqual(['spec.clusterIPs: Forbidden: may not be set for ExternalName services']);
	});
	it('"invalid timeoutSeconds field" and "sessionAffinityConfig can\'t be set when session affinity is None"', () => {
		expect(svc((s) => Object.assign(s, { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 86401 } } }))).toEqual([
			'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400',
		]);
		expect(svc((s) => Object.assign(s, { sessionAffinity: 'None', sessionAffinityConfig: { clientIP: { timeoutSeconds: 90 } } }))).toEqual([
			'spec.sessionAffinityConfig: Forbidden: must not be set when session affinity is None',
		]);
		expect(svc((s) => (s.sessionAffinity = 'ClientIP'))).toEqual([]);
	});
	it('"invalid LoadBalancerSourceRanges" and "LoadBalancer type cannot have source ranges... (non-LB)"', () => {
		expect(svc((s) => Object.assign(s, { type: 'LoadBalancer', loadBalancerSourceRanges: ['10.0.0.0/77'] }))).toEqual([
			'spec.LoadBalancerSourceRanges: Invalid value: "[10.0.0.0/77]": must be a list of IP ranges. For example, 10.240.0.0/24,10.250.0.0/24 ',
		]);
		expect(svc((s) => (s.loadBalancerSourceRanges = ['10.0.0.0/8']))).toEqual(["spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'"]);
	});
	it('"externalTrafficPolicy is set for a ClusterIP service"', () => {
		expect(svc((s) => (s.externalTrafficPolicy = 'Local'))).toEqual(['spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services']);
		expect(svc((s) => Object.assign(s, { type: 'NodePort', externalTrafficPolicy: 'Nearest' }))).toEqual(['spec.externalTrafficPolicy: Unsupported value: "Nearest": supported values: "Cluster", "Local"']);
	});
});

/** A valid DaemonSet or StatefulSet; `patch` edits its spec. */
function set(kind: 'DaemonSet' | 'StatefulSet', patch: (s: Loose) => void = () => {}): Loose {
	const o: Loose = {
		apiVersion: 'apps/v1',
		kind,
		metadata: { name: 'agent' },
		spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image: 'busybox:1.36' }] } } },
	};
	patch(o.spec);
	return o;
}

describe('DaemonSet (ValidateDaemonSetSpec, ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet)', () => {
	const ds = (patch: (s: Loose) => void) => apiErrors(set('DaemonSet', patch));
	it('accepts a DaemonSet after SetDefaults_DaemonSet (RollingUpdate, maxUnavailable 1, maxSurge 0)', () => {
		expect(ds(() => {})).toEqual([]);
		expect(ds((s) => (s.updateStrategy = { type: 'OnDelete' }))).toEqual([]);
	});
	it('"selector does not match labels in template" and "empty selector"', () => {
		expect(ds((s) => (s.selector = { matchLabels: { app: 'other' } }))).toEqual(['spec.template.metadata.labels: Invalid value: {"app":"agent"}: `selector` does not match template `labels`']);
		expect(ds((s) => (s.selector = {}))).toEqual(['spec.selector: Invalid value: {}: empty selector is invalid for daemonset']);
	});
	it('"invalid restart policy" and "template with activeDeadlineSeconds"', () => {
		expect(ds((s) => (s.template.spec.restartPolicy = 'OnFailure'))).toEqual(['spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"']);
		expect(ds((s) => (s.template.spec.activeDeadlineSeconds = 10))).toEqual(['spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported']);
	});
	it('"invalid update strategy" prints the strategy', () => {
		expect(ds((s) => (s.updateStrategy = { type: 'Random' }))).toEqual(['spec.updateStrategy: Unsupported value: {"Type":"Random","RollingUpdate":null}: supported values: "RollingUpdate", "OnDelete"']);
	});
	it('maxSurge and maxUnavailable: exactly one is non-zero', () => {
		expect(ds((s) => (s.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: '20%' } }))).toEqual([
			'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: "20%": may not be set when maxUnavailable is non-zero',
		]);
		expect(ds((s) => (s.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } }))).toEqual([
			'spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0',
		]);
		expect(ds((s) => (s.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '110%', maxSurge: 0 } }))).toEqual([
			'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: "110%": must not be greater than 100%',
		]);
	});
	it('the pod template gets the pod spec rules', () => {
		expect(ds((s) => (s.template.spec.tolerations = [{ operator: 'Equal', effect: 'NoSchedule' }]))).toEqual([
			'spec.template.spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
		]);
	});
});

describe('StatefulSet (ValidateStatefulSetSpec)', () => {
	const sts = (patch: (s: Loose) => void) => apiErrors(set('StatefulSet', patch));
	it('accepts a StatefulSet after SetDefaults_StatefulSet', () => {
		expect(sts((s) => (s.serviceName = 'agent'))).toEqual([]);
	});
	it('"invalid podManagementPolicy" and "invalid update strategy"', () => {
		expect(sts((s) => (s.podManagementPolicy = 'Lazy'))).toEqual(["spec.podManagementPolicy: Invalid value: \"Lazy\": must be 'OrderedReady' or 'Parallel'"]);
		expect(sts((s) => (s.updateStrategy = { type: 'foo' }))).toEqual(['spec.updateStrategy: Invalid value: {"Type":"foo","RollingUpdate":null}: must be \'RollingUpdate\' or \'OnDelete\'']);
	});
	it('"empty rollingUpdate for OnDelete", "negative partition", "zero maxUnavailable"', () => {
		expect(sts((s) => (s.updateStrategy = { type: 'OnDelete', rollingUpdate: { partition: 1 } }))).toEqual([
			'spec.updateStrategy.rollingUpdate: Invalid value: {"Partition":1,"MaxUnavailable":null}: only allowed for updateStrategy \'RollingUpdate\'',
		]);
		expect(sts((s) => (s.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: -1 } }))).toEqual([
			'spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0',
		]);
		expect(sts((s) => (s.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0 } }))).toEqual([
			'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0',
		]);
	});
	it('"invalid PersistentVolumeClaimRetentionPolicy"', () => {
		expect(sts((s) => (s.persistentVolumeClaimRetentionPolicy = { whenDeleted: 'Keep' }))).toEqual([
			'spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: "Keep": supported values: "Retain", "Delete"',
		]);
	});
	it('"missing selector" and "selector that does not match"', () => {
		expect(sts((s) => delete s.selector)).toEqual(['spec.selector: Required value', 'spec.template.metadata.labels: Invalid value: {"app":"agent"}: `selector` does not match template `labels`']);
		expect(sts((s) => (s.selector = {}))).toEqual(['spec.selector: Invalid value: {}: empty selector is invalid for statefulset']);
	});
	it('"invalid restart policy"; the pod spec itself is not validated upstream', () => {
		expect(sts((s) => (s.template.spec.restartPolicy = 'Never'))).toEqual(['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"']);
		expect(sts((s) => (s.template.spec.tolerations = [{ operator: 'In' }]))).toEqual([]);
	});
	it('names are DNS labels (ValidateStatefulSetName)', () => {
		expect(apiErrors({ ...set('StatefulSet'), metadata: { name: 'db.primary' } })).toEqual(['metadata.name: Invalid value: "db.primary": must not contain dots']);
	});
});

describe('PersistentVolumeClaim (ValidatePersistentVolumeClaimSpec, TestValidatePersistentVolumeClaim)', () => {
	const claim = (spec: Loose) => apiErrors({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec });
	const ok = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };
	it('accepts a claim (volumeMode defaulted to Filesystem)', () => {
		expect(claim(ok)).toEqual([]);
		expect(claim({ ...ok, storageClassName: 'fast', volumeMode: 'Block' })).toEqual([]);
	});
	it('"missing-accessmodes" and "invalid-accessmode"', () => {
		expect(claim({ ...ok, accessModes: [] })).toEqual(['spec.accessModes: Required value: at least 1 access mode is required']);
		expect(claim({ ...ok, accessModes: ['fakemode'] })).toEqual([
			'spec.accessModes: Unsupported value: "fakemode": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"',
		]);
	});
	it('"invalid-claim-rwop-with-other-modes"', () => {
		expect(claim({ ...ok, accessModes: ['ReadWriteOncePod', 'ReadWriteMany'] })).toEqual(['spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes']);
	});
	it('"missing-storage-request" and "negative-storage-request" at upstream\'s resources[storage]', () => {
		expect(claim({ accessModes: ['ReadWriteOnce'] })).toEqual(['spec.resources[storage]: Required value']);
		expect(claim({ ...ok, resources: { requests: { storage: '0Gi' } } })).toEqual(['spec.resources[storage]: Invalid value: "0": must be greater than zero']);
	});
	it('"invalid-volume-mode" and a storage class that is no DNS subdomain', () => {
		expect(claim({ ...ok, volumeMode: 'fakeVolumeMode' })).toEqual(['spec.volumeMode: Unsupported value: "fakeVolumeMode": supported values: "Block", "Filesystem"']);
		expect(claim({ ...ok, storageClassName: 'Fast_SSD' })[0]).toMatch(/^spec\.storageClassName: Invalid value: "Fast_SSD": a lowercase RFC 1123 subdomain/);
	});
});

describe('Ingress (ValidateIngressSpec, networking/validation TestValidateIngress)', () => {
	const backend = { service: { name: 'web', port: { number: 80 } } };
	const ingress = (spec: Loose) => apiErrors({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'shop' }, spec });
	const rule = (path: Loose, host = 'shop.example.com') => ({ rules: [{ host, http: { paths: [{ path: '/', pathType: 'Prefix', backend, ...path }] } }] });
	it('accepts rules, wildcard hosts and a default backend', () => {
		expect(ingress({ ingressClassName: 'nginx', ...rule({}, '*.example.com'), tls: [{ hosts: ['shop.example.com'], secretName: 'tls' }] })).toEqual([]);
		expect(ingress({ defaultBackend: backend })).toEqual([]);
	});
	it('"empty spec": either defaultBackend or rules', () => {
		expect(ingress({})).toEqual(['spec: Invalid value: null: either `defaultBackend` or `rules` must be specified']);
	});
	it('"pathType required", "invalid pathType", relative and unsafe paths', () => {
		expect(ingress(rule({ pathType: undefined }))).toEqual(['spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified']);
		expect(ingress(rule({ pathType: 'Regex' }))).toEqual(['spec.rules[0].http.paths[0].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"']);
		expect(ingress(rule({ path: 'api' }))).toEqual(['spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path']);
		expect(ingress(rule({ path: '/a/../b' }))).toEqual(["spec.rules[0].http.paths[0].path: Invalid value: \"/a/../b\": must not contain '/../'"]);
	});
	it('backends: a port name or number, not both, not neither', () => {
		const b = (service: Loose) => ingress(rule({ backend: { service } }));
		expect(b({ name: 'web', port: { name: 'http', number: 80 } })).toEqual(['spec.rules[0].http.paths[0].backend: Invalid value: "": cannot set both port name & port number']);
		expect(b({ name: 'web', port: {} })).toEqual(['spec.rules[0].http.paths[0].backend: Required value: port name or number is required']);
		expect(ingress(rule({ backend: {} }))).toEqual(['spec.rules[0].http.paths[0].backend: Invalid value: "": resource or service backend is required']);
	});
	it('"invalid host": IP addresses and names that are no DNS subdomain', () => {
		expect(ingress(rule({}, '10.0.0.1'))).toEqual(['spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address']);
		expect(ingress(rule({}, 'Shop.Example.com'))[0]).toMatch(/^spec\.rules\[0\]\.host: Invalid value: "Shop\.Example\.com": a lowercase RFC 1123 subdomain/);
	});
});

describe('NetworkPolicy (ValidateNetworkPolicySpec, networking/validation TestValidateNetworkPolicy)', () => {
	const policy = (spec: Loose) => apiErrors({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'db' }, spec: { podSelector: { matchLabels: { app: 'db' } }, ...spec } });
	it('accepts selectors, ip blocks, port ranges and named ports', () => {
		expect(policy({ ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } }, namespaceSelector: {} }, { ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.1.0/24'] } }], ports: [{ port: 5432 }, { port: 30000, endPort: 32767 }, { port: 'metrics' }] }], policyTypes: ['Ingress'] })).toEqual([]);
	});
	it('"missing from and to type": a peer needs a selector or an ipBlock', () => {
		expect(policy({ ingress: [{ from: [{}] }] })).toEqual(['spec.ingress[0].from[0]: Required value: must specify a peer']);
	});
	it('"invalid ingress.from.ipBlock"s', () => {
		expect(policy({ ingress: [{ from: [{ ipBlock: { cidr: '192.168.0.0/16', except: ['192.169.0.0/24'] } }] }] })).toEqual([
			'spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.169.0.0/24": must be a strict subset of `cidr`',
		]);
		expect(policy({ egress: [{ to: [{ ipBlock: { cidr: '192.168.5.6' } }] }] })).toEqual([
			'spec.egress[0].to[0].ipBlock.cidr: Invalid value: "192.168.5.6": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
		]);
		expect(policy({ ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }] }] })).toEqual(['spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer']);
	});
	it('ports: "invalid endPort" cases', () => {
		expect(policy({ ingress: [{ ports: [{ port: 32000, endPort: 30000 }] }] })).toEqual(['spec.ingress[0].ports[0].endPort: Invalid value: 32000: must be greater than or equal to `port`']);
		expect(policy({ ingress: [{ ports: [{ port: 'http', endPort: 8080 }] }] })).toEqual(['spec.ingress[0].ports[0].endPort: Invalid value: 8080: may not be specified when `port` is non-numeric']);
		expect(policy({ egress: [{ ports: [{ endPort: 8080 }] }] })).toEqual(['spec.egress[0].ports[0].endPort: Invalid value: 8080: may not be specified when `port` is not specified']);
	});
	it('policyTypes: at most two, Ingress or Egress', () => {
		expect(policy({ policyTypes: ['Ingress', 'Egress', 'Ingress'] })).toEqual(['spec.policyTypes: Invalid value: ["Ingress","Egress","Ingress"]: may not specify more than two policyTypes']);
		expect(policy({ policyTypes: ['Inbound'] })).toEqual(['spec.policyTypes[0]: Unsupported value: "Inbound": supported values: "Ingress", "Egress"']);
	});
});

describe('HorizontalPodAutoscaler (validateHorizontalPodAutoscalerSpec, autoscaling/validation TestValidateHorizontalPodAutoscaler)', () => {
	const cpu = { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } };
	const hpa = (spec: Loose) => apiErrors({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 5, metrics: [cpu], ...spec } });
	it('accepts an autoscaler (minReplicas defaulted to 1)', () => {
		expect(hpa({})).toEqual([]);
		expect(hpa({ minReplicas: 2, metrics: [{ type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '500Mi' } } }] })).toEqual([]);
	});
	it('replica bounds: "must be greater than or equal to 1", "must be greater than 0", max ≥ min', () => {
		expect(hpa({ minReplicas: -1 })).toEqual(['spec.minReplicas: Invalid value: -1: must be greater than or equal to 1']);
		expect(hpa({ maxReplicas: 0, minReplicas: 1 })).toEqual(['spec.maxReplicas: Invalid value: 0: must be greater than 0', 'spec.maxReplicas: Invalid value: 0: must be greater than or equal to `minReplicas`']);
		expect(hpa({ minReplicas: 7 })).toEqual(['spec.maxReplicas: Invalid value: 5: must be greater than or equal to `minReplicas`']);
	});
	it('"scaleTargetRef.kind: Required value" and "may not contain \'/\'"', () => {
		expect(hpa({ scaleTargetRef: { name: 'web' } })).toEqual(['spec.scaleTargetRef.kind: Required value']);
		expect(hpa({ scaleTargetRef: { kind: 'Deployment', name: 'a/b' } })).toEqual(["spec.scaleTargetRef.name: Invalid value: \"a/b\": may not contain '/'"]);
	});
	it('resource metrics: a target utilization or value, not both; utilization above 0', () => {
		const resource = (target: Loose) => hpa({ metrics: [{ type: 'Resource', resource: { name: 'cpu', target } }] });
		expect(resource({ type: 'Utilization' })).toEqual(['spec.metrics[0].resource.target.averageUtilization: Required value: must set either a target raw value or a target utilization']);
		expect(resource({ type: 'Utilization', averageUtilization: 0 })).toEqual(['spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0']);
		expect(resource({ type: 'Utilization', averageUtilization: 50, averageValue: '100m' })).toEqual([
			'spec.metrics[0].resource.target.averageValue: Forbidden: may not set both a target raw value and a target utilization',
		]);
	});
	it('"unsupported metric source type" and "missing resource information"', () => {
		expect(hpa({ metrics: [{ type: 'CPU' }] })).toEqual(['spec.metrics[0].type: Unsupported value: "CPU": supported values: "ContainerResource", "External", "Object", "Pods", "Resource"']);
		expect(hpa({ metrics: [{ type: 'Resource' }] })).toEqual(['spec.metrics[0].resource: Required value: must populate information for the given metric source']);
	});
});
