// imagePullPolicy defaulting. Image cases from upstream TestParseImageName
// (pkg/util/parsers/parsers_test.go); the policy rule from SetDefaults_Container
// (pkg/apis/core/v1/defaults.go); the Pod from the pod-manifests lesson's broken-pod.yaml.
import { describe, expect, it } from 'vitest';
import { applyDefaults, validateManifest } from '../../../src/lib/validate/index.ts';
import { parseImageName } from '../../../src/lib/validate/image-reference.ts';
import { apiErrors, pod } from './helpers.ts';

const digest = 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('TestParseImageName', () => {
	it.each([
		['root', 'docker.io/library/root', 'latest', ''],
		['root:tag', 'docker.io/library/root', 'tag', ''],
		[`root@${digest}`, 'docker.io/library/root', '', digest],
		['user/repo', 'docker.io/user/repo', 'latest', ''],
		['user/repo:tag', 'docker.io/user/repo', 'tag', ''],
		[`user/repo@${digest}`, 'docker.io/user/repo', '', digest],
		['url:5000/repo', 'url:5000/repo', 'latest', ''],
		['url:5000/repo:tag', 'url:5000/repo', 'tag', ''],
		[`url:5000/repo@${digest}`, 'url:5000/repo', '', digest],
		[`url:5000/repo:latest@${digest}`, 'url:5000/repo', 'latest', digest],
	])('%s', (input, repo, tag, dig) => {
		expect(parseImageName(input)).toEqual({ repo, tag, digest: dig });
	});
	it.each([
		['ROOT', 'must be lowercase'],
		['http://root', 'invalid reference format'],
		['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'cannot specify 64-byte hexadecimal strings'],
	])('%s is refused (%s)', (input, error) => {
		const ref = parseImageName(input);
		expect('error' in ref && ref.error).toContain(error);
	});
	it('refuses a digest of the wrong length or an unknown algorithm (go-digest Validate)', () => {
		expect(parseImageName('nginx@sha256:e3b0c44298fc1c149afbf4c8996fb924')).toHaveProperty('error');
		expect(parseImageName(`nginx@md5:${'a'.repeat(64)}`)).toHaveProperty('error');
		expect(parseImageName(`nginx@sha512:${'a'.repeat(128)}`)).toEqual({ repo: 'docker.io/library/nginx', tag: '', digest: `sha512:${'a'.repeat(128)}` });
	});
});

describe('SetDefaults_Container: imagePullPolicy', () => {
	const policy = (image: unknown) =>
		applyDefaults(
			pod((p) => {
				if (image === undefined) delete p.spec.containers[0].image;
				else p.spec.containers[0].image = image;
			}),
		).spec.containers[0].imagePullPolicy;
	it.each([
		['nginx', 'Always'],
		['nginx:latest', 'Always'],
		['registry.example.com:5000/team/app', 'Always'],
		[`nginx:latest@${digest}`, 'Always'],
		['nginx:1.27', 'IfNotPresent'],
		[`nginx@${digest}`, 'IfNotPresent'],
		[`nginx:1.27@${digest}`, 'IfNotPresent'],
		['Nginx', 'IfNotPresent'],
		['nginx@sha256:abc', 'IfNotPresent'],
		['', 'IfNotPresent'],
		[undefined, 'IfNotPresent'],
	])('%s → %s', (image, expected) => {
		expect(policy(image)).toBe(expected);
	});
	it('an empty policy counts as unset, a written one is kept', () => {
		expect(applyDefaults(pod((p) => (p.spec.containers[0].imagePullPolicy = ''))).spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
		expect(applyDefaults(pod((p) => (p.spec.containers[0].imagePullPolicy = 'Never'))).spec.containers[0].imagePullPolicy).toBe('Never');
	});
	it('init containers are defaulted the same way', () => {
		const p = applyDefaults(pod((x) => (x.spec.initContainers = [{ name: 'init', image: 'busybox' }])));
		expect(p.spec.initContainers[0].imagePullPolicy).toBe('Always');
	});
	it('a container without an image gets only `image: Required value`', () => {
		expect(apiErrors(pod((p) => delete p.spec.containers[0].image))).toEqual(['spec.containers[0].image: Required value']);
	});
	it("the lesson's broken-pod.yaml gets exactly the two errors the lesson prints", () => {
		const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: Hello_World\nspec:\n  containers:\n    - name: web\n';
		expect(validateManifest(text).diagnostics.filter((d) => d.severity === 'error').map((d) => d.apiMessage)).toEqual([
			`metadata.name: Invalid value: "Hello_World": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
			'spec.containers[0].image: Required value',
		]);
	});
});

describe('SetDefaults_Pod', () => {
	it('copies limits into missing requests for init containers too', () => {
		const p = applyDefaults(pod((x) => (x.spec.initContainers = [{ name: 'init', image: 'busybox:1.36', resources: { limits: { cpu: '1' } } }])));
		expect(p.spec.initContainers[0].resources.requests).toEqual({ cpu: '1' });
	});
	it('with hostNetwork, host ports default to container ports (defaultHostNetworkPorts), for Pods only', () => {
		const p = applyDefaults(pod((x) => { x.spec.hostNetwork = true; x.spec.containers[0].ports = [{ containerPort: 8080 }]; }));
		expect(p.spec.containers[0].ports[0].hostPort).toBe(8080);
	});
});
