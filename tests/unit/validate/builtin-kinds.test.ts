// Built-in kinds beyond the course's five (issue #16): decoded strictly from the upstream schema, and the
// semantic rules of ConfigMap, Secret, Namespace and Job with kube-apiserver's strings. Sources:
// pkg/apis/core/validation/validation.go (ValidateConfigMap, ValidateSecret, ValidateNamespace),
// pkg/apis/batch/validation/validation.go (ValidateJob, validateJobSpec, validateGeneratedSelector),
// Go's encoding/base64 (CorruptInputError) and kubectl's RESTMapper ("no matches for kind").
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../src/lib/validate/index.ts';
import { decodeBase64Length } from '../../../src/lib/validate/base64.ts';
import { apiErrors, errors, yaml, type Loose } from './helpers.ts';

const configMap = (patch: (c: Loose) => void = () => {}): Loose => {
	const c = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { 'app.properties': 'color=blue' } };
	patch(c);
	return c;
};
const secret = (patch: (s: Loose) => void = () => {}): Loose => {
	const s = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds' }, data: { password: 'czNjcjN0' } };
	patch(s);
	return s;
};
const job = (patch: (j: Loose) => void = () => {}): Loose => {
	const j = {
		apiVersion: 'batch/v1',
		kind: 'Job',
		metadata: { name: 'pi' },
		spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.40', command: ['perl', '-e', 'print 1'] }] } } },
	};
	patch(j);
	return j;
};

describe('strict decoding of every built-in kind', () => {
	it.each([
		['a ConfigMap with an unknown field', configMap((c) => (c.datas = {})), ['unknown field "datas"']],
		['a ConfigMap value that is a number', configMap((c) => (c.data.port = 8080)), ['json: cannot unmarshal number into Go struct field ConfigMap.data of type string']],
		['an Ingress with an unknown field deep inside', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' }, spec: { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { numbr: 80 } } } }] } }] } }, ['unknown field "spec.rules[0].http.paths[0].backend.service.port.numbr"']],
		['a PersistentVolumeClaim with a malformed quantity', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1 GB' } } } }, ["quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"]],
		['a StatefulSet replicas that is text', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec: { replicas: 'three' } }, ['json: cannot unmarshal string into Go struct field StatefulSetSpec.spec.replicas of type int32']],
		['a valid Ingress', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' }, spec: { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] } }, []],
	])('%s', (_name, object, expected) => {
		expect(apiErrors(object)).toEqual(expected);
	});
	it('a review is a request, not a stored object: it needs no name', () => {
		expect(apiErrors({ apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', spec: { resourceAttributes: { verb: 'get', resource: 'pods' } } })).toEqual([]);
	});
	it('a cluster-scoped kind\'s namespace is cleared, not validated', () => {
		expect(apiErrors({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader', namespace: 'Not_A_Label' }, rules: [] })).toEqual([]);
	});
	it('a duplicate field is refused as go-yaml refuses it', () => {
		const ds = errors('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n  k: w\n');
		expect(ds.map((d) => d.apiMessage)).toEqual(['yaml: unmarshal errors:\n  line 7: mapping key "k" already defined at line 6']);
	});
	it('an unknown kind is an error with kubectl\'s words', () => {
		const ds = errors('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n');
		expect(ds.map((d) => [d.code, d.stage, d.apiMessage])).toEqual([['unknown-kind', 'mapping', 'no matches for kind "Widget" in version "example.com/v1"']]);
	});
	it('a beta version a default cluster does not serve is unknown too', () => {
		expect(apiErrors({ apiVersion: 'batch/v1beta1', kind: 'CronJob', metadata: { name: 'c' } })).toEqual(['no matches for kind "CronJob" in version "batch/v1beta1"']);
	});
});

describe('base64 as Go decodes it', () => {
	it.each([
		['czNjcjN0', { length: 6 }],
		['aGk=', { length: 2 }],
		['aGk', { errorAt: 0 }],
		['aGk=\n', { length: 2 }],
		['a\nGk=', { length: 2 }],
		['not base64!', { errorAt: 3 }],
		['aG==', { length: 1 }],
		['a===', { errorAt: 1 }],
		['aGk=x', { errorAt: 4 }],
		['', { length: 0 }],
		['é', { errorAt: 0 }],
	])('%j', (text, expected) => {
		expect(decodeBase64Length(text)).toEqual(expected);
	});
});

describe('ValidateSecret', () => {
	it.each([
		['valid', secret(), []],
		['data that is not base64 is a decode error', secret((s) => (s.data.password = 's3cr3t!')), ['illegal base64 data at input byte 6']],
		['stringData takes plain text', secret((s) => (s.stringData = { token: 'plain text!' })), []],
		['a key with a space', secret((s) => (s.data = { 'my key': 'YQ==' })), [`data[my key]: Invalid value: "my key": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`]],
		['a stringData key is reported under data', secret((s) => (s.stringData = { '..hidden': 'x' })), [`data[..hidden]: Invalid value: "..hidden": must not start with '..'`]],
		['a key that is ".."', secret((s) => (s.data = { '..': 'YQ==' })), [`data[..]: Invalid value: "..": must not be '..'`]],
		['type tls needs both files', secret((s) => Object.assign(s, { type: 'kubernetes.io/tls', data: { 'tls.crt': 'YQ==' } })), ['data[tls.key]: Required value']],
		['type basic-auth needs a username or a password', secret((s) => Object.assign(s, { type: 'kubernetes.io/basic-auth', data: {} })), ['data[username]: Required value', 'data[password]: Required value']],
		['type basic-auth with only a password', secret((s) => Object.assign(s, { type: 'kubernetes.io/basic-auth', stringData: { password: 'x' }, data: undefined })), []],
		['type ssh-auth needs a non-empty key', secret((s) => Object.assign(s, { type: 'kubernetes.io/ssh-auth', data: { 'ssh-privatekey': '' } })), ['data[ssh-privatekey]: Required value']],
		['type dockerconfigjson needs its file', secret((s) => Object.assign(s, { type: 'kubernetes.io/dockerconfigjson' })), ['data[.dockerconfigjson]: Required value']],
		['and the file must be JSON', secret((s) => Object.assign(s, { type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': 'auths' } })), [`data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": invalid character 'a' looking for beginning of value`]],
		['of an object', secret((s) => Object.assign(s, { type: 'kubernetes.io/dockerconfigjson', data: { '.dockerconfigjson': 'WzFd' } })), ['data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": json: cannot unmarshal array into Go value of type map[string]interface {}']],
		['type service-account-token needs the account annotation', secret((s) => Object.assign(s, { type: 'kubernetes.io/service-account-token' })), ['metadata.annotations[kubernetes.io/service-account.name]: Required value']],
		['an invalid name', secret((s) => (s.metadata.name = 'Creds')), [`metadata.name: Invalid value: "Creds": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`]],
	])('%s', (_name, object, expected) => {
		expect(apiErrors(object)).toEqual(expected);
	});
	it('more than 1 MiB of data', () => {
		expect(apiErrors(secret((s) => (s.stringData = { big: 'x'.repeat(1024 * 1024 + 1) })))).toEqual(['data: Too long: must have at most 1048576 bytes']);
	});
	it('the editor marks a stringData key where it is written, and a base64 error on its value', () => {
		const text = yaml(secret((s) => (s.stringData = { 'bad key': 'x' })));
		expect(text.split('\n')[errors(text)[0]!.range!.line - 1]).toContain('bad key:');
		const text2 = yaml(secret((s) => (s.data.password = 'nope!')));
		expect(errors(text2)[0]).toMatchObject({ code: 'invalid-base64', field: 'data[password]' });
		expect(text2.split('\n')[errors(text2)[0]!.range!.line - 1]).toContain('password: nope!');
	});
});

describe('ValidateConfigMap', () => {
	it.each([
		['valid', configMap(), []],
		['a key with a slash', configMap((c) => (c.data = { 'conf/app': 'x' })), [`data[conf/app]: Invalid value: "conf/app": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`]],
		['a key in data and binaryData', configMap((c) => (c.binaryData = { 'app.properties': 'YQ==' })), ['data[app.properties]: Invalid value: "app.properties": duplicate of key present in binaryData']],
		['binaryData must be base64', configMap((c) => (c.binaryData = { logo: 'not-base64' })), ['illegal base64 data at input byte 3']],
		['a name with capitals', configMap((c) => (c.metadata.name = 'Settings')), [`metadata.name: Invalid value: "Settings": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`]],
	])('%s', (_name, object, expected) => {
		expect(apiErrors(object)).toEqual(expected);
	});
	it('more than 1 MiB in all is reported for the whole object (upstream passes an empty path)', () => {
		expect(apiErrors(configMap((c) => (c.data = { a: 'x'.repeat(600 * 1024), b: 'y'.repeat(600 * 1024) })))).toEqual([': Too long: must have at most 1048576 bytes']);
	});
});

describe('ValidateNamespace', () => {
	const ns = (patch: (n: Loose) => void = () => {}): Loose => {
		const n = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } };
		patch(n);
		return n;
	};
	it.each([
		['valid', ns(), []],
		['a name with a dot is not a DNS label', ns((n) => (n.metadata.name = 'team.a')), ['metadata.name: Invalid value: "team.a": must not contain dots']],
		['an unknown finalizer', ns((n) => (n.spec = { finalizers: ['cleanup'] })), ['spec.finalizers: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified']],
		['a qualified finalizer', ns((n) => (n.spec = { finalizers: ['kubernetes', 'example.com/cleanup'] })), []],
		['metadata.namespace is cleared for a cluster-scoped kind', ns((n) => (n.metadata.namespace = 'Not_Checked')), []],
	])('%s', (_name, object, expected) => {
		expect(apiErrors(object)).toEqual(expected);
	});
	it('SetDefaults_Namespace labels it with its name, and that label is validated too', () => {
		const long = 'a'.repeat(64);
		expect(apiErrors(ns((n) => (n.metadata.name = long)))).toEqual([
			`metadata.name: Invalid value: "${long}": must be no more than 63 characters`,
			`metadata.labels: Invalid value: "${long}": must be no more than 63 bytes`,
		]);
	});
});

describe('ValidateJob', () => {
	it.each([
		['valid', job(), []],
		['restartPolicy left out (defaulted to Always)', job((j) => delete j.spec.template.spec.restartPolicy), ['spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']],
		['restartPolicy Always', job((j) => (j.spec.template.spec.restartPolicy = 'Always')), ['spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']],
		[
			'restartPolicy misspelt: the pod spec check and the Job check',
			job((j) => (j.spec.template.spec.restartPolicy = 'never')),
			['spec.template.spec.restartPolicy: Unsupported value: "never": supported values: "Always", "OnFailure", "Never"', 'spec.template.spec.restartPolicy: Unsupported value: "never": supported values: "OnFailure", "Never"'],
		],
		['podFailurePolicy needs Never', job((j) => Object.assign(j.spec, { podFailurePolicy: { rules: [] }, template: { spec: { ...j.spec.template.spec, restartPolicy: 'OnFailure' } } })), ['spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified']],
		['negative counts', job((j) => Object.assign(j.spec, { parallelism: -1, backoffLimit: -2 })), ['spec.parallelism: Invalid value: -1: must be greater than or equal to 0', 'spec.backoffLimit: Invalid value: -2: must be greater than or equal to 0']],
		['backoffLimitPerIndex needs Indexed', job((j) => (j.spec.backoffLimitPerIndex = 1)), ['spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode']],
		['Indexed needs completions', job((j) => Object.assign(j.spec, { completionMode: 'Indexed', completions: null, parallelism: 2 })), ['spec.completions: Required value: when completion mode is Indexed']],
		['an unknown completion mode', job((j) => (j.spec.completionMode = 'Ordered')), ['spec.completionMode: Unsupported value: "Ordered": supported values: "NonIndexed", "Indexed"']],
		[
			'a selector without manualSelector is not the generated one (the uid is the request\'s)',
			job((j) => Object.assign(j.spec, { selector: { matchLabels: { app: 'pi' } }, template: { ...j.spec.template, metadata: { labels: { app: 'pi' } } } })),
			['spec.selector: Invalid value: {"matchLabels":{"app":"pi","batch.kubernetes.io/controller-uid":"generated-uid"}}: `selector` not auto-generated'],
		],
		['manualSelector with a matching selector', job((j) => Object.assign(j.spec, { manualSelector: true, selector: { matchLabels: { app: 'pi' } }, template: { ...j.spec.template, metadata: { labels: { app: 'pi' } } } })), []],
		['manualSelector without a selector', job((j) => (j.spec.manualSelector = true)), ['spec.selector: Required value', 'spec.template.metadata.labels: Invalid value: null: `selector` does not match template `labels`']],
		['an Indexed Job whose last Pod name is too long', job((j) => Object.assign(j, { metadata: { name: 'a'.repeat(62) } }, { spec: { ...j.spec, completionMode: 'Indexed', completions: 10 } })), [`metadata.name: Invalid value: "${'a'.repeat(62)}": will not able to create pod with invalid DNS label: ${'a'.repeat(62)}-9`]],
		['the pod template is validated as for any controller', job((j) => (j.spec.template.spec.containers[0].name = 'Pi')), [`spec.template.spec.containers[0].name: Invalid value: "Pi": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`]],
	])('%s', (_name, object, expected) => {
		expect(apiErrors(object)).toEqual(expected);
	});
	it('a YAML Job with restartPolicy: Always exits with an error the editor places on that line', () => {
		const text = yaml(job((j) => (j.spec.template.spec.restartPolicy = 'Always')));
		const ds = validateManifest(text).diagnostics.filter((d) => d.severity === 'error');
		expect(ds.map((d) => d.code)).toEqual(['job-restart-policy']);
		expect(text.split('\n')[ds[0]!.range!.line - 1]).toContain('restartPolicy: Always');
		expect(ds[0]!.message['zh-CN']).toContain('OnFailure');
	});
});

describe('ValidateCronJobCreate', () => {
	const cronJob = (patch: (c: Loose) => void = () => {}): Loose => {
		const c = {
			apiVersion: 'batch/v1',
			kind: 'CronJob',
			metadata: { name: 'report' },
			spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'r', image: 'busybox:1.36' }] } } } } },
		};
		patch(c);
		return c;
	};
	const schedule = (s: string) => cronJob((c) => (c.spec.schedule = s));
	it.each([
		['valid', cronJob(), []],
		['a descriptor', schedule('@daily'), []],
		['@every with a duration', schedule('@every 1h30m'), []],
		['names of months and days', schedule('0 3 * jan-mar mon,fri'), []],
		['four fields', schedule('* * * *'), ['spec.schedule: Invalid value: "* * * *": expected exactly 5 fields, found 4: [* * * *]']],
		['six fields (seconds are not standard)', schedule('0 */5 * * * *'), ['spec.schedule: Invalid value: "0 */5 * * * *": expected exactly 5 fields, found 6: [0 */5 * * * *]']],
		['minute 60', schedule('60 * * * *'), ['spec.schedule: Invalid value: "60 * * * *": end of range (60) above maximum (59): 60']],
		['day of month 0', schedule('0 0 0 * *'), ['spec.schedule: Invalid value: "0 0 0 * *": beginning of range (0) below minimum (1): 0']],
		['a word', schedule('0 0 * * weekday'), ['spec.schedule: Invalid value: "0 0 * * weekday": failed to parse int from weekday: strconv.Atoi: parsing "weekday": invalid syntax']],
		['a reversed range', schedule('0 5-2 * * *'), ['spec.schedule: Invalid value: "0 5-2 * * *": beginning of range (5) beyond end of range (2): 5-2']],
		['a zero step', schedule('*/0 * * * *'), ['spec.schedule: Invalid value: "*/0 * * * *": step of range should be a positive number: */0']],
		['an unknown descriptor', schedule('@sometimes'), ['spec.schedule: Invalid value: "@sometimes": unrecognized descriptor: @sometimes']],
		['a bad duration', schedule('@every 5'), ['spec.schedule: Invalid value: "@every 5": failed to parse duration @every 5: time: missing unit in duration "5"']],
		['TZ in the schedule', schedule('CRON_TZ=Etc/UTC 0 3 * * *'), ['spec.schedule: Invalid value: "CRON_TZ=Etc/UTC 0 3 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead']],
		['a time zone', cronJob((c) => (c.spec.timeZone = 'Asia/Shanghai')), []],
		['Local is not a time zone', cronJob((c) => (c.spec.timeZone = 'Local')), ['spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones']],
		['an unknown time zone', cronJob((c) => (c.spec.timeZone = 'Mars/Olympus')), ['spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus']],
		['a concurrency policy', cronJob((c) => (c.spec.concurrencyPolicy = 'Never')), ['spec.concurrencyPolicy: Unsupported value: "Never": supported values: "Allow", "Forbid", "Replace"']],
		['the Job template needs OnFailure or Never', cronJob((c) => delete c.spec.jobTemplate.spec.template.spec.restartPolicy), ['spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']],
		['a selector in the Job template', cronJob((c) => (c.spec.jobTemplate.spec.selector = { matchLabels: { app: 'r' } })), ['spec.jobTemplate.spec.selector: Invalid value: {"matchLabels":{"app":"r"}}: `selector` will be auto-generated']],
		['a name of 53 characters', cronJob((c) => (c.metadata.name = 'a'.repeat(53))), [`metadata.name: Invalid value: "${'a'.repeat(53)}": must be no more than 52 characters`]],
		['negative history', cronJob((c) => (c.spec.failedJobsHistoryLimit = -1)), ['spec.failedJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0']],
	])('%s', (_name, object, expected) => {
		expect(apiErrors(object)).toEqual(expected);
	});
});
