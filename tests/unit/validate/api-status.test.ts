// The refusal texts kube-apiserver and kubectl print, from the validator's diagnostics.
import { describe, expect, it } from 'vitest';
import { apiServerStatus, validateObject } from '../../../src/lib/validate/index.ts';
import { deployment, pod } from './helpers.ts';

const status = (obj: { apiVersion: string; kind: string; metadata: { name: string } }) =>
	apiServerStatus(obj.apiVersion, obj.kind, obj.metadata.name, validateObject(obj).diagnostics);

describe('apiServerStatus', () => {
	it('accepts a valid object (advice does not count)', () => {
		expect(status(pod((p) => (p.spec.containers[0].image = 'nginx')))).toBeUndefined();
	});
	it('words a single validation error as kubectl does', () => {
		const s = status(pod((p) => (p.spec.containers[0].image = '')))!;
		expect(s).toMatchObject({ code: 422, reason: 'Invalid', message: 'Pod "web" is invalid: spec.containers[0].image: Required value' });
		expect(s.kubectl).toBe('The Pod "web" is invalid: spec.containers[0].image: Required value');
	});
	it('lists several causes, and qualifies kinds of named groups', () => {
		const s = status(deployment((d) => { d.spec.replicas = -1; d.spec.template.spec.containers[0].image = ''; }))!;
		expect(s.message).toBe('Deployment.apps "web" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, spec.template.spec.containers[0].image: Required value]');
		expect(s.kubectl).toBe('The Deployment "web" is invalid: \n* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n* spec.template.spec.containers[0].image: Required value');
	});
	it('reports strict decoding errors as a bad request', () => {
		const s = status(pod((p) => { p.spec.containers[0].imagee = 'x'; p.spec.foo = 1; }))!;
		expect(s).toMatchObject({ code: 400, reason: 'BadRequest' });
		expect(s.message).toBe('Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee", unknown field "spec.foo"');
	});
});
