// Init containers and native sidecars in the kubelet (kuberuntime computeInitContainerActions,
// kubelet_pods.go getPhase, status/generate.go GeneratePodInitializedCondition) and in kubectl get's
// STATUS column (printers.go printPod), on the simulated clock.
import { describe, expect, it } from 'vitest';
import type { Container, KubeObject, Pod } from '../../../src/lib/cluster/api/types.ts';
import { summarizePod } from '../../../src/lib/kubectl/printers/pod-status.ts';
import { cluster } from './fixtures.ts';

function podWithInit(name: string, init: Container[], options: { restartPolicy?: 'Always' | 'OnFailure' | 'Never'; app?: Container } = {}): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: { name } as KubeObject['metadata'],
		spec: { initContainers: init, containers: [options.app ?? { name: 'app', image: 'nginx:1.27' }], ...(options.restartPolicy ? { restartPolicy: options.restartPolicy } : {}) },
	};
}

const setup: Container = { name: 'setup', image: 'busybox:1.37', command: ['sh', '-c', 'echo preparing; sleep 5'] };
const proxy: Container = { name: 'proxy', image: 'busybox:1.37', restartPolicy: 'Always', command: ['sh', '-c', 'echo proxy up; sleep infinity'] };

function observe(c: ReturnType<typeof cluster>, name: string) {
	const pod = c.api.read<Pod>('Pod', 'default', name);
	const { ready, status, restarts } = summarizePod(pod, c.now());
	return { ready, status, restarts, phase: pod.status.phase, initialized: pod.status.conditions?.find((x) => x.type === 'Initialized') };
}

describe('init containers and sidecars', () => {
	it('run in order before the app: Init:0/2, then PodInitializing with the sidecar ready, then Running 2/2', () => {
		const c = cluster();
		c.api.create(podWithInit('web', [setup, proxy]));
		c.settle();
		expect(observe(c, 'web')).toMatchObject({ ready: '0/2', status: 'Pending' });
		c.advance(500);
		// The pod worker's first status: every container waits with PodInitializing.
		const first = c.api.read<Pod>('Pod', 'default', 'web').status;
		expect(first.initContainerStatuses!.map((s) => s.state.waiting?.reason)).toEqual(['PodInitializing', 'PodInitializing']);
		expect(first.containerStatuses![0]!.state.waiting?.reason).toBe('PodInitializing');
		expect(observe(c, 'web')).toMatchObject({ ready: '0/2', status: 'Init:0/2', phase: 'Pending' });
		expect(observe(c, 'web').initialized).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [setup proxy]' });
		// setup: sandbox 2 s, pull 1 s, create and start 0.5 s → runs 3.5–8.5 s; the app has not been pulled.
		c.advance(7_000);
		expect(observe(c, 'web')).toMatchObject({ status: 'Init:0/2' });
		expect(c.api.read<Pod>('Pod', 'default', 'web').status.containerStatuses![0]!.state.waiting?.reason).toBe('PodInitializing');
		// setup completed at 8.5 s; proxy (busybox already on the node) started at 9 s; nginx pulls for 3 s.
		c.advance(1_500);
		let status = c.api.read<Pod>('Pod', 'default', 'web').status;
		expect(status.initContainerStatuses![0]).toMatchObject({ name: 'setup', ready: true, started: false, state: { terminated: { exitCode: 0, reason: 'Completed' } } });
		expect(status.initContainerStatuses![1]).toMatchObject({ name: 'proxy', ready: true, started: true, state: { running: {} } });
		expect(observe(c, 'web')).toMatchObject({ ready: '1/2', status: 'PodInitializing', phase: 'Pending', initialized: { status: 'True' } });
		c.advance(3_000);
		expect(observe(c, 'web')).toMatchObject({ ready: '1/2', status: 'PodInitializing' });
		// Pulled at 12 s, started at 12.5 s.
		c.advance(500);
		expect(observe(c, 'web')).toMatchObject({ ready: '2/2', status: 'Running', restarts: '0', phase: 'Running' });
		status = c.api.read<Pod>('Pod', 'default', 'web').status;
		expect(status.conditions!.find((x) => x.type === 'Ready')?.status).toBe('True');
		const node = c.kubelet(c.api.read<Pod>('Pod', 'default', 'web').spec.nodeName!);
		expect(node.logs('default/web', 'setup', false)).toEqual(['preparing']);
		// Events name the init container's field path.
		const paths = c.api.list<KubeObject & { involvedObject: { name: string; fieldPath?: string }; reason: string }>('Event').filter((e) => e.involvedObject.name === 'web' && e.reason === 'Started').map((e) => e.involvedObject.fieldPath);
		expect(paths).toEqual(['spec.initContainers{setup}', 'spec.initContainers{proxy}', 'spec.containers{app}']);
	});

	it('a failing init container restarts with back-off (Init:Error, Init:CrashLoopBackOff) and the app never starts', () => {
		const c = cluster();
		c.api.create(podWithInit('migrate', [{ name: 'migrate', image: 'busybox:1.37', command: ['sh', '-c', 'sleep 1; exit 3'] }]));
		c.settle();
		// Runs 3.5–4.5 s, restarted at once (4.5–5 s shows the exited one), runs 5–6 s, then backs off 10 s.
		c.advance(4_600);
		expect(observe(c, 'migrate')).toMatchObject({ status: 'Init:Error', restarts: '0' });
		c.advance(600);
		expect(observe(c, 'migrate')).toMatchObject({ status: 'Init:0/1', restarts: '1 (1s ago)' });
		c.advance(1_800);
		expect(observe(c, 'migrate')).toMatchObject({ status: 'Init:CrashLoopBackOff', restarts: '1 (1s ago)', phase: 'Pending' });
		c.advance(60_000);
		const s = c.api.read<Pod>('Pod', 'default', 'migrate').status;
		expect(s.initContainerStatuses![0]!.lastState.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
		expect(s.initContainerStatuses![0]!.restartCount).toBeGreaterThanOrEqual(3);
		expect(s.containerStatuses![0]!.state.waiting?.reason).toBe('PodInitializing');
		expect(observe(c, 'migrate')).toMatchObject({ ready: '0/1', status: 'Init:CrashLoopBackOff', initialized: { status: 'False' } });
	});

	it('with restartPolicy Never a failed init container fails the pod: Init:Error, phase Failed', () => {
		const c = cluster();
		c.api.create(podWithInit('once', [{ name: 'check', image: 'busybox:1.37', command: ['sh', '-c', 'exit 2'] }], { restartPolicy: 'Never' }));
		c.settle();
		c.advance(10_000);
		expect(observe(c, 'once')).toMatchObject({ ready: '0/1', status: 'Init:Error', restarts: '0', phase: 'Failed' });
		expect(c.api.read<Pod>('Pod', 'default', 'once').status.conditions!.find((x) => x.type === 'Ready')).toMatchObject({ status: 'False', reason: 'PodFailed' });
	});

	it('a run-to-completion pod with a sidecar completes: the sidecar is stopped after the app exits', () => {
		const c = cluster();
		const app: Container = { name: 'job', image: 'busybox:1.37', command: ['sh', '-c', 'echo done; sleep 2'] };
		c.api.create({ ...podWithInit('batch', [proxy], { restartPolicy: 'Never', app }), spec: { initContainers: [proxy], containers: [app], restartPolicy: 'Never', terminationGracePeriodSeconds: 3 } } as KubeObject);
		c.settle();
		// proxy runs from 3.5 s, the job 4–6 s; then the sidecar gets SIGTERM, ignores it, and is killed 3 s later.
		c.advance(5_000);
		expect(observe(c, 'batch')).toMatchObject({ ready: '2/2', status: 'Running', phase: 'Running' });
		c.advance(2_000);
		expect(observe(c, 'batch')).toMatchObject({ ready: '0/2', status: 'Completed', phase: 'Running' });
		c.advance(3_000);
		const s = c.api.read<Pod>('Pod', 'default', 'batch').status;
		expect(s.initContainerStatuses![0]!.state.terminated).toMatchObject({ exitCode: 137 });
		expect(s.initContainerStatuses![0]!.restartCount).toBe(0);
		expect(observe(c, 'batch')).toMatchObject({ ready: '0/2', status: 'Completed', phase: 'Succeeded', initialized: { status: 'True', reason: 'PodCompleted' } });
	});
});

describe('a sidecar that exits after the pod started', () => {
	it('is restarted with back-off while the app container keeps running; the pod is not Ready meanwhile', () => {
		const c = cluster();
		const flaky: Container = { name: 'proxy', image: 'busybox:1.37', restartPolicy: 'Always', command: ['sh', '-c', 'sleep 10; exit 1'] };
		c.api.create(podWithInit('web', [flaky]));
		c.settle();
		// proxy runs from 3.5 s; nginx pulls 3 s and runs from 7 s; proxy exits at 13.5 s and restarts at once.
		c.advance(8_000);
		expect(observe(c, 'web')).toMatchObject({ ready: '2/2', status: 'Running' });
		c.advance(5_700);
		const pod = c.api.read<Pod>('Pod', 'default', 'web');
		expect(pod.status.initContainerStatuses![0]!.state.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
		expect(pod.status.containerStatuses![0]!.state.running).toBeDefined();
		// printPod keeps the sidecar's reason: a running, ready app container does not overwrite it.
		expect(observe(c, 'web')).toMatchObject({ ready: '1/2', status: 'Init:Error', phase: 'Running', initialized: { status: 'True' } });
		expect(pod.status.conditions!.find((x) => x.type === 'Ready')).toMatchObject({ status: 'False', message: 'containers with unready status: [proxy]' });
		c.advance(40_000);
		const later = c.api.read<Pod>('Pod', 'default', 'web').status;
		expect(later.initContainerStatuses![0]!.restartCount).toBeGreaterThanOrEqual(2);
		expect(later.containerStatuses![0]!).toMatchObject({ restartCount: 0, state: { running: expect.anything() } });
		expect(observe(c, 'web').restarts).toMatch(/^[2-9] \(\d+s ago\)$/);
	});
});

describe('requests of a pod with init containers', () => {
	it('are the larger of the app containers plus sidecars and each init container beside the sidecars before it (AggregateContainerRequests)', async () => {
		const { requests } = await import('../../../src/lib/cluster/scheduler/scheduler.ts');
		const res = (cpu: string, memory: string) => ({ resources: { requests: { cpu, memory } } });
		const spec = (init: Container[], app: Container[]) => ({ spec: { initContainers: init, containers: app } }) as unknown as Pod;
		const app = { name: 'app', image: 'nginx:1.27', ...res('500m', '256Mi') };
		// A big init container sets the floor: 2 CPUs, though the app needs half a CPU.
		expect(requests(spec([{ name: 'migrate', image: 'busybox:1.37', ...res('2', '64Mi') }], [app]))).toEqual({ cpu: 2000, memory: 256 * 2 ** 20 });
		// A sidecar adds to the app containers, and to every init container after it.
		const sidecar = { name: 'proxy', image: 'busybox:1.37', restartPolicy: 'Always' as const, ...res('100m', '32Mi') };
		expect(requests(spec([sidecar, { name: 'late', image: 'busybox:1.37', ...res('1', '16Mi') }], [app]))).toEqual({ cpu: 1100, memory: 288 * 2 ** 20 });
		// qos.GetPodQOS reads the init containers too: requests there make a pod Burstable.
		const c = cluster();
		c.api.create(podWithInit('burst', [{ name: 'setup', image: 'busybox:1.37', ...res('100m', '16Mi') }]));
		expect(c.api.read<Pod>('Pod', 'default', 'burst').status.qosClass).toBe('Burstable');
	});

	it('decide scheduling: an init container asking more than any node has leaves the pod Pending', () => {
		const c = cluster();
		c.api.create(podWithInit('huge', [{ name: 'setup', image: 'busybox:1.37', resources: { requests: { cpu: '64' } } }]));
		c.settle();
		expect(c.api.read<Pod>('Pod', 'default', 'huge').spec.nodeName).toBeUndefined();
		const event = c.api.list<KubeObject & { reason: string; message: string; involvedObject: { name: string } }>('Event').find((e) => e.involvedObject.name === 'huge');
		expect(event).toMatchObject({ reason: 'FailedScheduling', message: expect.stringMatching(/^0\/3 nodes are available: 3 Insufficient cpu\./) });
	});
});
