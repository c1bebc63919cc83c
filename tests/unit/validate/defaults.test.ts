// The API server's defaulting (SetDefaults_* in pkg/apis/core/v1 and pkg/apis/apps/v1).
import { describe, expect, it } from 'vitest';
import { applyDefaults } from '../../../src/lib/validate/index.ts';
import { deployment, pod, rc, service } from './helpers.ts';

describe('applyDefaults', () => {
	it('fills Pod, container and probe defaults', () => {
		const p = applyDefaults(pod((x) => (x.spec.containers[0].livenessProbe = { httpGet: { port: 80 } })));
		expect(p.spec).toMatchObject({ restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30, schedulerName: 'default-scheduler', enableServiceLinks: true });
		expect(p.spec.containers[0]).toMatchObject({ imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' });
		expect(p.spec.containers[0].livenessProbe).toEqual({ httpGet: { port: 80, path: '/', scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
	});
	it('pulls :latest and untagged images Always', () => {
		expect(applyDefaults(pod((x) => (x.spec.containers[0].image = 'nginx'))).spec.containers[0].imagePullPolicy).toBe('Always');
		expect(applyDefaults(pod((x) => (x.spec.containers[0].image = 'registry:5000/nginx:latest'))).spec.containers[0].imagePullPolicy).toBe('Always');
		expect(applyDefaults(pod((x) => (x.spec.containers[0].image = 'registry:5000/nginx'))).spec.containers[0].imagePullPolicy).toBe('Always');
	});
	it('copies Pod limits into missing requests', () => {
		const p = applyDefaults(pod((x) => (x.spec.containers[0].resources = { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m' } })));
		expect(p.spec.containers[0].resources.requests).toEqual({ cpu: '500m', memory: '1Gi' });
	});
	it('a ReplicationController takes its selector and labels from the template', () => {
		const r = applyDefaults(rc((x) => delete x.spec.selector));
		expect(r.spec.selector).toEqual({ app: 'web' });
		expect(r.metadata.labels).toEqual({ app: 'web' });
		expect(r.spec.replicas).toBe(2);
		expect(applyDefaults(rc((x) => delete x.spec.replicas)).spec.replicas).toBe(1);
		expect(r.spec.template.spec.restartPolicy).toBe('Always');
	});
	it('a Deployment gets the RollingUpdate strategy and limits', () => {
		expect(applyDefaults(deployment()).spec).toMatchObject({
			replicas: 1,
			strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
			revisionHistoryLimit: 10,
			progressDeadlineSeconds: 600,
		});
	});
	it('a Service gets ClusterIP, None affinity, TCP and targetPort = port', () => {
		expect(applyDefaults(service()).spec).toMatchObject({ type: 'ClusterIP', sessionAffinity: 'None', internalTrafficPolicy: 'Cluster', ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] });
	});
	it('returns a copy and leaves the input alone', () => {
		const input = pod();
		const before = JSON.stringify(input);
		expect(applyDefaults(input)).not.toBe(input);
		expect(JSON.stringify(input)).toBe(before);
	});
	it('leaves values of the wrong type alone', () => {
		expect(applyDefaults({ apiVersion: 'v1', kind: 'Pod', spec: 'nope' })).toEqual({ apiVersion: 'v1', kind: 'Pod', spec: 'nope' });
		expect(applyDefaults(42)).toBe(42);
	});
});
