// What kubectl and kube-apiserver say before validation: unknown kinds, strict decoding, type errors.
import { describe, expect, it } from 'vitest';
import { validateManifest, validateObject } from '../../../src/lib/validate/index.ts';
import { apiErrors, fixture, pod } from './helpers.ts';

describe('kinds', () => {
	it('a removed apiVersion gets kubectl\'s message and the replacement', () => {
		const [d] = validateManifest(fixture('invalid/wrong-api-version.yaml')).diagnostics;
		expect(d).toMatchObject({ code: 'unknown-kind', stage: 'mapping', apiMessage: 'no matches for kind "Deployment" in version "extensions/v1beta1"' });
		expect(d!.message.en).toContain('apps/v1');
		expect(d!.message.en).toContain('1.16');
		expect(d!.message['zh-CN']).toContain('apps/v1');
	});
	it('a misspelt kind gets a suggestion', () => {
		const d = validateObject({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'x' } }).diagnostics[0]!;
		expect(d.apiMessage).toBe('no matches for kind "Deploymnet" in version "apps/v1"');
		expect(d.message.en).toContain('kind: Deployment');
	});
	it('a Deployment in v1 is pointed to apps/v1', () => {
		expect(validateObject({ apiVersion: 'v1', kind: 'Deployment' }).diagnostics[0]!.message.en).toContain('apiVersion: apps/v1');
	});
	it('missing apiVersion and kind', () => {
		expect(apiErrors({ metadata: { name: 'x' } })).toEqual(['apiVersion not set', 'kind not set']);
	});
	it('other built-in kinds are decoded from their schema and checked, without a warning', () => {
		const r = validateManifest('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: b\n');
		expect(r.documents[0]).toMatchObject({ valid: true, kind: 'ConfigMap' });
		expect(r.diagnostics).toEqual([]);
	});
});

describe('strict decoding', () => {
	it('an unknown field is an error with the strict decoder\'s path and a suggestion', () => {
		const [d] = validateObject(pod((p) => (p.spec.containers[0].imagePullPolcy = 'Always'))).diagnostics;
		expect(d).toMatchObject({ code: 'unknown-field', stage: 'decode', apiMessage: 'unknown field "spec.containers[0].imagePullPolcy"' });
		expect(d!.message.en).toContain('"imagePullPolicy"');
	});
	it('a field at the wrong indentation is unknown where it landed', () => {
		expect(apiErrors(pod((p) => (p.spec.image = 'nginx')))).toEqual(['unknown field "spec.image"']);
	});
	it('type errors read like encoding/json', () => {
		expect(apiErrors(pod((p) => (p.spec.containers[0].ports = [{ containerPort: '80' }])))).toEqual([
			'json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
		]);
		expect(apiErrors(pod((p) => (p.spec.containers = { name: 'web' })))).toEqual(['json: cannot unmarshal object into Go struct field PodSpec.spec.containers of type []v1.Container']);
		expect(apiErrors(pod((p) => (p.spec.containers[0].ports = [{ containerPort: 80.5 }])))).toEqual([
			'json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
		]);
	});
	it('a malformed quantity', () => {
		expect(apiErrors(pod((p) => (p.spec.containers[0].resources = { requests: { memory: '1 GB' } })))).toEqual([
			"quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
		]);
	});
	it('validation does not run when decoding fails, as in kube-apiserver', () => {
		expect(apiErrors(pod((p) => { p.metadata.name = 'Bad'; p.spec.foo = 1; }))).toEqual(['unknown field "spec.foo"']);
	});
});

describe('validateObject', () => {
	it('returns the defaulted object', () => {
		const { object } = validateObject(pod());
		expect((object as { spec: { restartPolicy: string } }).spec.restartPolicy).toBe('Always');
	});
	it('rejects a changed Deployment selector on update', () => {
		const old = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } } } };
		const next = { ...old, spec: { selector: { matchLabels: { app: 'api' } }, template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'a', image: 'nginx:1.27' }] } } } };
		const errs = validateObject(next, { operation: 'update', old }).diagnostics.filter((d) => d.severity === 'error');
		expect(errs.map((d) => d.code)).toEqual(['selector-immutable']);
		expect(errs[0]!.apiMessage).toBe('spec.selector: Invalid value: {"matchLabels":{"app":"api"}}: field is immutable');
	});
	it('advice is optional', () => {
		expect(validateObject(pod((p) => (p.spec.containers[0].image = 'nginx')), { advice: false }).diagnostics).toEqual([]);
		expect(validateObject(pod((p) => (p.spec.containers[0].image = 'nginx'))).diagnostics.map((d) => d.code)).toContain('latest-tag');
	});
	it('advises requests only when a container asks for neither CPU nor memory: a limit alone becomes the request', () => {
		const codes = (resources: unknown) => validateObject(pod((p) => (p.spec.containers[0].resources = resources))).diagnostics.map((d) => d.code);
		expect(codes(undefined)).toContain('no-resource-requests');
		expect(codes({ requests: { 'ephemeral-storage': '1Gi' } })).toContain('no-resource-requests');
		expect(codes({ limits: { cpu: '100m', memory: '64Mi' } })).not.toContain('no-resource-requests');
		expect(codes({ requests: { memory: '64Mi' } })).not.toContain('no-resource-requests');
	});
});

describe('messages without upstream English inside', () => {
	it('the Chinese text of validation errors is written out, not the upstream detail', () => {
		const { diagnostics } = validateObject(
			pod((p) => {
				p.spec.containers[0].image = ' nginx:1.27';
				p.spec.containers[0].readinessProbe = { exec: { command: ['true'] }, terminationGracePeriodSeconds: 5 };
				p.spec.activeDeadlineSeconds = 0;
			}),
		);
		const errs = diagnostics.filter((d) => d.severity === 'error');
		expect(errs.map((d) => d.code).sort()).toEqual(['active-deadline-range', 'image-whitespace', 'readiness-grace-period']);
		for (const d of errs) expect(d.message['zh-CN']).not.toMatch(/must|should/);
	});
	it('an unchanged selector with keys in another order is not a change', () => {
		const old = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { selector: { matchLabels: { a: '1', b: '2' } } } };
		const next = { ...old, spec: { selector: { matchLabels: { b: '2', a: '1' } }, template: { metadata: { labels: { a: '1', b: '2' } }, spec: { containers: [{ name: 'a', image: 'nginx:1.27' }] } } } };
		expect(validateObject(next, { operation: 'update', old }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});
});
