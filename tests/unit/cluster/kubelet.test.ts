// Scenario tests for the kubelet: image pulls, probes (pkg/kubelet/prober/worker.go) and restart
// back-off (kuberuntime doBackOff, 10 s doubling to MaxContainerBackOff = 300 s).
import { describe, expect, it } from 'vitest';
import { Backoff } from '../../../src/lib/cluster/kubelet/backoff.ts';
import type { KubeEvent, Pod } from '../../../src/lib/cluster/api/types.ts';
import { cluster, pod, reasons } from './fixtures.ts';

const read = (c: ReturnType<typeof cluster>, name: string) => c.api.read<Pod>('Pod', 'default', name);
const container = (c: ReturnType<typeof cluster>, name: string) => read(c, name).status.containerStatuses![0]!;

describe('kubelet', () => {
	it('pulls, creates and starts the container, with the upstream event reasons in order', () => {
		const c = cluster();
		c.api.create(pod('web', { app: 'web' }));
		c.settle();
		expect(container(c, 'web').state.waiting?.reason).toBe('ContainerCreating');
		c.advance(5_000);
		expect(read(c, 'web').status.phase).toBe('Running');
		expect(reasons(c, 'web')).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
	});

	it('a missing image fails with ErrImagePull, then ImagePullBackOff', () => {
		const c = cluster();
		c.api.create(pod('typo', {}, { image: 'ngnix:1.27' }));
		c.settle();
		c.advance(1_000);
		expect(container(c, 'typo').state.waiting?.reason).toBe('ErrImagePull');
		c.advance(1_000);
		expect(container(c, 'typo').state.waiting?.reason).toBe('ImagePullBackOff');
	});

	it('a failed liveness probe kills the container with exit code 137 and restarts it, keeping lastState', () => {
		const c = cluster();
		c.api.create(pod('flaky', {}, { image: 'kubeclassroom/flaky:1.0', livenessProbe: { httpGet: { path: '/healthz', port: 8080 }, initialDelaySeconds: 5, periodSeconds: 5, failureThreshold: 3 } }));
		c.settle();
		c.advance(60_000);
		expect(container(c, 'flaky').restartCount).toBe(0);
		// Unhealthy from 60 s after start (started at 2 s): failures at 65, 70, 75 → killed at 75 s.
		c.advance(20_000);
		const s = container(c, 'flaky');
		expect(s.restartCount).toBe(1);
		expect(s.lastState.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
		const messages = c.api.list<KubeEvent>('Event').filter((e) => e.involvedObject.name === 'flaky').map((e) => e.message);
		expect(messages).toContain('Liveness probe failed: HTTP probe failed with statuscode: 500');
		expect(messages).toContain('Container app failed liveness probe, will be restarted');
	});

	it('a failing readiness probe only flips Ready; the container keeps running', () => {
		const c = cluster();
		c.api.create(pod('web', {}, { readinessProbe: { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 5, failureThreshold: 1 } }));
		c.settle();
		c.advance(10_000);
		expect(container(c, 'web').ready).toBe(true);
		c.kubelet(read(c, 'web').spec.nodeName!).setHealth('default/web', 'unhealthy');
		c.advance(10_000);
		expect(container(c, 'web')).toMatchObject({ ready: false, restartCount: 0 });
		expect(container(c, 'web').state.running).toBeDefined();
	});

	it('a crashing container goes into CrashLoopBackOff with back-off 10 s, then 20 s', () => {
		const c = cluster();
		c.api.create(pod('crash', {}, { image: 'kubeclassroom/crash:1.0' }));
		c.settle();
		// Started at 2 s, exits at 7 s, restarted at once; exits again at 12 s → back-off 10 s.
		c.advance(12_000);
		expect(container(c, 'crash').state.waiting).toMatchObject({ reason: 'CrashLoopBackOff' });
		expect(container(c, 'crash').state.waiting?.message).toMatch(/^back-off 10s restarting failed container=app pod=crash_default\(/);
		c.advance(10_000);
		expect(container(c, 'crash').restartCount).toBe(2);
		c.advance(5_000);
		expect(container(c, 'crash').state.waiting?.message).toMatch(/^back-off 20s /);
		expect(reasons(c, 'crash')).toContain('BackOff');
	});

	it('Backoff doubles up to the 5 minute cap', () => {
		const b = new Backoff();
		const seen: number[] = [];
		for (let i = 0; i < 7; i++) {
			b.next('k', i, i);
			seen.push(b.get('k') / 1000);
		}
		expect(seen).toEqual([10, 20, 40, 80, 160, 300, 300]);
	});

	it('graceful deletion: the pod shows a deletionTimestamp until the kubelet has stopped it', () => {
		const c = cluster();
		c.api.create(pod('sleeper', {}, { image: 'busybox:1.36', command: ['sh', '-c', 'sleep 3600'] }));
		c.settle();
		c.advance(5_000);
		c.api.delete('Pod', 'default', 'sleeper');
		c.settle();
		expect(read(c, 'sleeper').metadata.deletionTimestamp).toBeDefined();
		// A shell ignores SIGTERM: the kubelet kills it when the 30 s grace period ends.
		c.advance(29_000);
		expect(c.api.get('Pod', 'default', 'sleeper')).toBeDefined();
		c.advance(2_000);
		expect(c.api.get('Pod', 'default', 'sleeper')).toBeUndefined();
	});
});
