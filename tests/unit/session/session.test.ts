// The session format and runner, and the `npm run kube` CLI on the example sessions.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuntime, formatTranscript, parseSession } from '../../../src/lib/session/index.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/sessions');
const read = (p: string) => readFileSync(join(fixtures, p), 'utf8');

describe('session format', () => {
	it('parses comments, kubectl with here-documents, sleep and sim', () => {
		const steps = parseSession('# hi\nkubectl apply -f - <<EOF\nkind: Pod\nEOF\nsleep 2m\nsim node fail node-1\nfrobnicate\n');
		expect(steps.map((s) => s.kind)).toEqual(['comment', 'kubectl', 'sleep', 'sim', 'error']);
		expect(steps[1]).toMatchObject({ command: 'kubectl apply -f - <<EOF\nkind: Pod\nEOF', line: 2 });
		expect(steps[2]).toMatchObject({ ms: 120_000 });
	});

	it('replays a session deterministically; a failing kubectl command is part of the transcript', () => {
		const run = () => createRuntime({ readFile: read }).run(read('replication.session'));
		const first = run();
		expect(formatTranscript(first)).toBe(formatTranscript(run()));
		const last = first.at(-1)!;
		expect(last).toMatchObject({ command: 'kubectl get pod does-not-exist', exitCode: 1, output: 'Error from server (NotFound): pods "does-not-exist" not found\n' });
	});

	it('sim node fail leads to NotReady and replacement pods on other nodes', () => {
		const transcript = createRuntime({ readFile: read }).run(read('node-failure.session'));
		const nodes = transcript.find((e) => e.command === 'kubectl get nodes')!.output;
		expect(nodes).toMatch(/node-1 {3}NotReady/);
		const pods = transcript.at(-1)!.output;
		expect(pods).toMatch(/Terminating .* node-1 /);
		expect(pods.split('\n').filter((l) => / Running .* node-[23] /.test(l))).toHaveLength(3);
	});
});

describe('the workloads session (issue 15)', () => {
	it('breaks a rollout with a missing tag, runs init containers, a sidecar and a Job', () => {
		const transcript = createRuntime({ readFile: read }).run(read('workloads.session'));
		const outputs = (command: string) => transcript.filter((e) => e.command === command).map((e) => e.output);
		expect(outputs('kubectl get pods')[0]).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5} {3}0\/1 {5}ImagePullBackOff {3}0 {10}5s$/m);
		expect(outputs('kubectl rollout status deployment/web')).toEqual(['deployment "web" successfully rolled out\n']);
		expect(outputs('kubectl get pod app').map((o) => o.split('\n')[1]!.split(/ +/).slice(1, 3).join(' '))).toEqual(['0/2 Init:0/2', '0/2 Init:1/2', '2/2 Running']);
		expect(outputs('kubectl logs app -c migrate')).toEqual(['migrating\n']);
		expect(outputs('kubectl get jobs')[0]).toMatch(/^NAME {3}STATUS {5}COMPLETIONS {3}DURATION {3}AGE\npi {5}Complete {3}1\/1 /);
		expect(transcript.every((e) => e.exitCode === 0)).toBe(true);
	});
});

describe('the controllers session (issue 15, part 4)', () => {
	it('runs a CronJob on its schedule, a DaemonSet on every node through a rollout, a StatefulSet in order and back', () => {
		const transcript = createRuntime({ readFile: read }).run(read('controllers.session'));
		const outputs = (command: string) => transcript.filter((e) => e.command === command).map((e) => e.output);
		expect(outputs('kubectl get cronjobs')).toEqual(['NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\nhello   */1 * * * *   <none>     False     0        5s              65s\n']);
		expect(outputs('kubectl get jobs')[0]).toMatch(/^NAME {13}STATUS {5}COMPLETIONS {3}DURATION {3}AGE\nhello-29454301 {3}Complete {3}1\/1 /);
		expect(outputs('kubectl get ds agent')).toEqual(['NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE\nagent   4         4         4       4            4           <none>          24s\n']);
		const rollout = outputs('kubectl rollout status ds/agent')[1]!;
		expect(rollout).toMatch(/^Waiting for daemon set "agent" rollout to finish: 0 out of 4 new pods have been updated\.\.\.\n/);
		expect(rollout).toMatch(/\ndaemon set "agent" successfully rolled out\n$/);
		const web = outputs('kubectl get pods -l app=web').map((o) => o.trim().split('\n').slice(1).map((l) => l.split(/ +/).slice(0, 3).join(' ')));
		expect(web).toEqual([['web-0 0/1 Pending'], ['web-0 1/1 Running', 'web-1 1/1 Running', 'web-2 1/1 Running'], ['web-0 1/1 Running']]);
		expect(outputs('kubectl rollout status sts/web')).toEqual(['Waiting for 3 pods to be ready...\nWaiting for 2 pods to be ready...\nWaiting for 1 pods to be ready...\npartitioned roll out complete: 3 new pods have been updated...\n']);
		expect(outputs('kubectl get sts web')[0]).toMatch(/^NAME {3}READY {3}AGE\nweb {4}1\/1 {5}77s\n$/);
		expect(transcript.every((e) => e.exitCode === 0)).toBe(true);
	});
});

describe('the network session (issue 15)', () => {
	it('resolves and reaches a Service, refuses with no endpoints, and configures a pod in the context namespace', () => {
		const transcript = createRuntime({ readFile: read }).run(read('network.session'));
		const output = (command: string) => transcript.find((e) => e.command === command)!;
		expect(formatTranscript(transcript)).toBe(formatTranscript(createRuntime({ readFile: read }).run(read('network.session'))));
		const ip = /^Address: (10\.\d+\.\d+\.\d+)$/m.exec(output('kubectl exec client -- nslookup api').output)![1];
		expect(output('kubectl exec client -- wget -qO- http://api').output).toMatch(/^kubeclassroom\/web: \/ OK \(api-[a-z0-9]+-[a-z0-9]{5}\)\n$/);
		expect(output('kubectl exec client -- printenv API_SERVICE_HOST API_PORT_80_TCP').output).toBe(`${ip}\ntcp://${ip}:80\n`);
		expect(transcript.filter((e) => e.command === 'kubectl exec client -- wget -qO- http://api').at(-1)!.output).toBe(`wget: can't connect to remote host (${ip}): Connection refused\ncommand terminated with exit code 1\n`);
		expect(output('kubectl get pods').output).toMatch(/^app +0\/1 +CreateContainerConfigError /m);
		expect(output('kubectl get pods -A').output).toMatch(/^dev +app +1\/1 +Running /m);
		expect(output('kubectl exec app -- printenv MODE DB_user').output).toBe('fast\nadmin\n');
		expect(output('kubectl config view --minify -o jsonpath={..namespace}').output).toBe('dev');
	});
});

describe('npm run kube', () => {
	const cli = join(import.meta.dirname, '../../../src/cli/kube.ts');
	const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

	it('prints the transcript, or JSON with command, output and exit code', () => {
		const text = run(join(fixtures, 'liveness.session'));
		expect(text.status).toBe(0);
		expect(text.stdout).toMatch(/^# An app whose health check starts failing/);
		expect(text.stdout).toContain('$ kubectl get pod flaky\nNAME    READY   STATUS    RESTARTS');
		const json = JSON.parse(run('--format', 'json', join(fixtures, 'replication.session')).stdout) as { command: string; exitCode: number }[];
		expect(json.find((e) => e.command === 'kubectl get pod does-not-exist')?.exitCode).toBe(1);
	});

	it('exits non-zero for a missing file or bad usage', () => {
		expect(run(join(fixtures, 'missing.session')).status).toBe(1);
		expect(run().status).toBe(2);
		expect(run('--format', 'xml', join(fixtures, 'liveness.session')).status).toBe(2);
	});
});
