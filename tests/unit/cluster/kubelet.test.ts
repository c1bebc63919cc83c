// Scenario tests for the kubelet: image pulls, probes (pkg/kubelet/prober/worker.go) and restart
// back-off (kuberuntime doBackOff, 10 s doubling to MaxContainerBackOff = 300 s).
import { describe, expect, it } from 'vitest';
import { Backoff } from '../../../src/lib/cluster/kubelet/backoff.ts';
import type { KubeEvent, Pod } from '../../../src/lib/cluster/api/types.ts';
import { cluster, pod, reasons } from './fixtures.ts';

const read = (c: ReturnType<typeof cluster>, name: string) => c.api.read<Pod>('Pod', 'default', name);
const container = (c: ReturnType<typeof cluster>, name: string) => read(c, name).status.containerStatuses![0]!;

describe('kubelet', () => {
	it('takes a pod through Pending, ContainerCreating and Running over seconds, each event at its own time', () => {
		const c = cluster();
		c.api.create(pod('web', { app: 'web' }));
		c.settle();
		// Bound, but the kubelet has written nothing yet: kubectl shows Pending.
		expect(read(c, 'web').spec.nodeName).toBeDefined();
		expect(read(c, 'web').status.containerStatuses).toBeUndefined();
		c.advance(500);
		// The pod worker's first status: ContainerCreating while the sandbox is created, no IP yet.
		expect(container(c, 'web').state.waiting?.reason).toBe('ContainerCreating');
		expect(read(c, 'web').status.podIP).toBeUndefined();
		expect(read(c, 'web').status.conditions?.find((x) => x.type === 'PodReadyToStartContainers')?.status).toBe('False');
		c.advance(1_500);
		// The sandbox is up (2 s): the pod has its IP and the image pull (2 s) starts.
		expect(read(c, 'web').status.podIP).toMatch(/^10\.244\./);
		expect(container(c, 'web').state.waiting?.reason).toBe('ContainerCreating');
		c.advance(2_400);
		expect(read(c, 'web').status.phase).toBe('Pending');
		c.advance(100);
		expect(read(c, 'web').status.phase).toBe('Running');
		const events = c.api.list<KubeEvent>('Event').filter((e) => e.involvedObject.name === 'web');
		expect(events.map((e) => [e.reason, e.eventTime ?? e.firstTimestamp])).toEqual([
			['Scheduled', expect.stringMatching(/T09:00:00/)],
			['Pulling', expect.stringMatching(/T09:00:02/)],
			['Pulled', expect.stringMatching(/T09:00:04/)],
			['Created', expect.stringMatching(/T09:00:04/)],
			['Started', expect.stringMatching(/T09:00:04/)],
		]);
		expect(container(c, 'web').state.running?.startedAt).toMatch(/T09:00:04Z$/);
	});

	it('a pod whose image is on the node starts in about 2.5 s, with "already present on machine"', () => {
		const c = cluster();
		c.api.create(pod('first', {}, { image: 'kubeclassroom/web:1.0' }));
		c.settle();
		c.advance(10_000);
		const node = read(c, 'first').spec.nodeName!;
		c.api.create({ ...pod('second', {}), spec: { nodeName: node, containers: [{ name: 'app', image: 'kubeclassroom/web:1.0' }] } } as never);
		c.settle();
		c.advance(2_400);
		expect(container(c, 'second').state.waiting?.reason).toBe('ContainerCreating');
		c.advance(200);
		expect(container(c, 'second').state.running).toBeDefined();
		const messages = c.api.list<KubeEvent>('Event').filter((e) => e.involvedObject.name === 'second').map((e) => e.message);
		expect(messages).toContain('Container image "kubeclassroom/web:1.0" already present on machine');
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
		// Started at 4.5 s (sandbox 2 s, pull 2 s, create and start 0.5 s), exits at 9.5 s and shows
		// Error until the new container is created; started again at 10 s, exits at 15 s → back-off 10 s.
		c.advance(9_600);
		expect(container(c, 'crash')).toMatchObject({ restartCount: 0, state: { terminated: { exitCode: 1, reason: 'Error' } } });
		c.advance(300);
		expect(container(c, 'crash')).toMatchObject({ restartCount: 0, state: { terminated: { exitCode: 1 } } });
		c.advance(100);
		expect(container(c, 'crash')).toMatchObject({ restartCount: 1, state: { running: {} }, lastState: { terminated: { exitCode: 1, reason: 'Error' } } });
		c.advance(6_000);
		expect(container(c, 'crash').state.waiting).toMatchObject({ reason: 'CrashLoopBackOff' });
		expect(container(c, 'crash').state.waiting?.message).toMatch(/^back-off 10s restarting failed container=app pod=crash_default\(/);
		c.advance(10_000);
		expect(container(c, 'crash').restartCount).toBe(2);
		expect(container(c, 'crash').state.running).toBeDefined();
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
