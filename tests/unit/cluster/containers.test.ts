// A container's command and args replace the image's entrypoint and command (kuberuntime
// makeContainerCommand): on the Debian-based server images a shell or another program they ship runs
// instead of the server, as busybox scripts do.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../src/lib/cluster/api/types.ts';
import { cluster, pod } from './fixtures.ts';

const read = (c: ReturnType<typeof cluster>, name: string) => c.api.read<Pod>('Pod', 'default', name);

describe('command and args on images with a shell', () => {
	it('sh -c on nginx runs the script: its output is the log, its exit code the container\'s', () => {
		const c = cluster();
		const seven = pod('seven', {}, { image: 'nginx:1.27', command: ['sh', '-c', 'echo hello from nginx; sleep 2; exit 7'] }) as Pod;
		c.api.create({ ...seven, spec: { ...seven.spec, restartPolicy: 'Never' } });
		c.settle();
		// Worker 0.5 s, sandbox 1.5 s, pull 3 s, create and start 0.5 s: running at 5.5 s, exits 2 s later.
		c.advance(7_000);
		expect(read(c, 'seven').status.containerStatuses![0]!.state.running).toBeDefined();
		c.advance(1_000);
		const s = read(c, 'seven').status;
		expect(s.phase).toBe('Failed');
		expect(s.containerStatuses![0]!.state.terminated).toMatchObject({ exitCode: 7, reason: 'Error' });
		const node = c.kubelet(read(c, 'seven').spec.nodeName!);
		// The server's startup lines are not there: the script replaced it.
		expect(node.logs('default/seven', 'app', false)).toEqual(['hello from nginx']);
	});

	it('args naming a program on redis and httpd run it instead of the server; the server still runs without them', () => {
		const c = cluster();
		c.api.create(pod('sleeper', {}, { image: 'redis:8.0', args: ['sleep', '5'] }));
		c.api.create(pod('httpd', {}, { image: 'httpd:2.4', command: ['/bin/bash', '-c', 'exit 0'] }));
		c.api.create(pod('server', {}, { image: 'redis:8.0', args: ['redis-server', '--appendonly', 'yes'] }));
		c.settle();
		c.advance(9_000);
		expect(read(c, 'sleeper').status.containerStatuses![0]!.state.running).toBeDefined();
		c.advance(5_000);
		expect(read(c, 'sleeper').status.containerStatuses![0]!.lastState.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
		expect(read(c, 'httpd').status.containerStatuses![0]!.restartCount).toBeGreaterThan(0);
		const server = read(c, 'server').status.containerStatuses![0]!;
		expect(server.state.running).toBeDefined();
		expect(c.kubelet(read(c, 'server').spec.nodeName!).logs('default/server', 'app', false)).toContain('1:M * Ready to accept connections tcp');
	});

	it('a script as PID 1 ignores SIGTERM: deleting the Pod waits for the grace period, then exit 137', () => {
		const c = cluster();
		const sleepy = pod('sleepy', {}, { image: 'nginx:1.27', command: ['sleep', '3600'] }) as Pod;
		c.api.create({ ...sleepy, spec: { ...sleepy.spec, terminationGracePeriodSeconds: 5 } });
		c.settle();
		c.advance(10_000);
		c.api.delete('Pod', 'default', 'sleepy');
		c.settle();
		c.advance(4_000);
		expect(c.api.get<Pod>('Pod', 'default', 'sleepy')).toBeDefined();
		c.advance(1_500);
		expect(c.api.get<Pod>('Pod', 'default', 'sleepy')).toBeUndefined();
	});
});
