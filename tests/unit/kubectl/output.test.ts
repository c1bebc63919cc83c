// kubectl output shapes: column layouts (pkg/printers/internalversion/printers.go through Go's
// tabwriter), AGE (duration.HumanDuration), error wording (kubectl cmdutil.checkErr), -o yaml.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/lib/cluster/cluster.ts';
import { humanDuration } from '../../../src/lib/kubectl/duration.ts';
import { createKubectl } from '../../../src/lib/kubectl/index.ts';
import { tabwrite, GET_TABLE } from '../../../src/lib/kubectl/tabwriter.ts';
import { tokenize } from '../../../src/lib/kubectl/tokenize.ts';

const RC = `apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
  replicas: 2
  selector:
    app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: kubeclassroom/web:1.0
`;

function setup() {
	const cluster = createCluster({ seed: 3 });
	const kubectl = createKubectl(cluster, { readFile: (path) => (path === 'rc.yaml' ? RC : (() => { throw new Error('ENOENT'); })()) });
	return { cluster, kubectl };
}

describe('kubectl output', () => {
	it('HumanDuration matches upstream boundaries', () => {
		const s = 1000;
		expect([59 * s, 119 * s, 120 * s, 150 * s, 600 * s, 3 * 3600 * s + 5 * 60 * s, 8 * 3600 * s, 49 * 3600 * s, 9 * 86400 * s].map(humanDuration)).toEqual([
			'59s',
			'119s',
			'2m',
			'2m30s',
			'10m',
			'3h5m',
			'8h',
			'2d1h',
			'9d',
		]);
	});

	it('pads columns like Go tabwriter (minwidth 6, padding 3) and leaves the last column unpadded', () => {
		expect(tabwrite('NAME\tAGE\nweb-abcde\t5s', GET_TABLE)).toBe('NAME        AGE\nweb-abcde   5s');
	});

	it('tokenizes quotes and here-documents', () => {
		expect(tokenize(`kubectl label pod web "team=a b" 'x=$y'`).words).toEqual(['kubectl', 'label', 'pod', 'web', 'team=a b', 'x=$y']);
		expect(tokenize('kubectl apply -f - <<EOF\nkind: Pod\nEOF').stdin).toBe('kind: Pod\n');
	});

	it('create, then get with the upstream columns and AGE', () => {
		const { cluster, kubectl } = setup();
		expect(kubectl.run('kubectl create -f rc.yaml')).toEqual({ stdout: 'replicationcontroller/web created\n', stderr: '', exitCode: 0 });
		cluster.advance(130_000);
		expect(kubectl.run('kubectl get rc').stdout).toBe('NAME   DESIRED   CURRENT   READY   AGE\nweb    2         2         2       2m10s\n');
		const pods = kubectl.run('kubectl get pods').stdout.split('\n');
		expect(pods[0]).toBe('NAME        READY   STATUS    RESTARTS   AGE');
		expect(pods[1]).toMatch(/^web-[a-z0-9]{5} {3}1\/1 {5}Running {3}0 {10}2m10s$/);
	});

	it('prints API errors as kubectl does', () => {
		const { kubectl } = setup();
		kubectl.run('kubectl create -f rc.yaml');
		expect(kubectl.run('kubectl get pods nope')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
		expect(kubectl.run('kubectl create -f rc.yaml').stderr).toBe('Error from server (AlreadyExists): error when creating "rc.yaml": replicationcontrollers "web" already exists\n');
		const bad = kubectl.run(`kubectl apply -f - <<EOF\n${RC.replace('    app: web\n  template', '    app: api\n  template').replace('name: web\nspec', 'name: api\nspec')}EOF`);
		expect(bad.stderr).toBe('The ReplicationController "api" is invalid: spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`\n');
		expect(bad.exitCode).toBe(1);
	});

	it('unknown commands and flags get cobra/pflag errors with a hint', () => {
		const { kubectl } = setup();
		expect(kubectl.run('kubectl gett pods').stderr).toBe('error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tget\n\tset\n\nRun \'kubectl --help\' for usage.\n');
		expect(kubectl.run('kubectl get pods --bogus').stderr).toBe("error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n");
		expect(kubectl.run('kubectl get widgets').stderr).toBe('error: the server doesn\'t have a resource type "widgets"\n');
	});

	it('-o yaml sorts keys and quotes strings YAML 1.1 would misread', () => {
		const { kubectl } = setup();
		kubectl.run('kubectl create -f rc.yaml');
		const yaml = kubectl.run('kubectl get rc web -o yaml').stdout;
		expect(yaml.startsWith('apiVersion: v1\nkind: ReplicationController\nmetadata:\n  creationTimestamp: "2026-01-01T09:00:00Z"\n')).toBe(true);
		expect(yaml).toMatch(/\n {2}resourceVersion: "\d+"\n/);
	});

	it('label, scale, describe Events, -l selectors and deletion messages', () => {
		const { cluster, kubectl } = setup();
		kubectl.run('kubectl create -f rc.yaml');
		cluster.advance(10_000);
		const pod = kubectl.run('kubectl get pods -o name').stdout.split('\n')[0]!;
		expect(kubectl.run(`kubectl label ${pod} tier=front`).stdout).toBe(`${pod} labeled\n`);
		expect(kubectl.run(`kubectl label ${pod} tier=back`).stderr).toBe("error: 'tier' already has a value (front), and --overwrite is false\n");
		expect(kubectl.run("kubectl get pods -l 'tier=front,app in (web)' -o name").stdout).toBe(`${pod}\n`);
		expect(kubectl.run('kubectl scale rc web --replicas=3').stdout).toBe('replicationcontroller/web scaled\n');
		const describe = kubectl.run('kubectl describe rc web').stdout;
		expect(describe).toContain('Replicas:     3 current / 3 desired\n');
		expect(describe).toMatch(/\n {2}Normal {2}SuccessfulCreate {2}\d+s +replication-controller {2}Created pod: web-/);
		expect(kubectl.run('kubectl delete rc web').stdout).toBe('replicationcontroller "web" deleted from default namespace\n');
	});

	it('describe node shows requests and limits with their share of allocatable, as Quantity prints them', () => {
		const cluster = createCluster({ seed: 3 });
		const pod = (name: string, resources: string) =>
			`apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  nodeName: node-1\n  containers:\n    - name: app\n      image: kubeclassroom/web:1.0\n      resources:\n${resources}`;
		const files: Record<string, string> = {
			'a.yaml': pod('a', '        requests:\n          cpu: 1500m\n          memory: 512Mi\n        limits:\n          memory: 512Mi\n'),
			'b.yaml': pod('b', '        limits:\n          cpu: 500m\n          memory: 512Mi\n'),
		};
		const kubectl = createKubectl(cluster, { readFile: (path) => files[path] ?? (() => { throw new Error('ENOENT'); })() });
		kubectl.run('kubectl apply -f a.yaml');
		kubectl.run('kubectl apply -f b.yaml');
		cluster.advance(5_000);
		const out = kubectl.run('kubectl describe node node-1').stdout;
		// Allocatable: 4 CPU and 8148180Ki; b's limits are also its requests.
		expect(out).toMatch(/\n {2}default +a +1500m \(37%\) +0 \(0%\) +512Mi \(6%\) +512Mi \(6%\) +\d+s\n/);
		expect(out).toMatch(/\n {2}default +b +500m \(12%\) +500m \(12%\) +512Mi \(6%\) +512Mi \(6%\) +\d+s\n/);
		expect(out).toMatch(/\n {2}cpu +2 \(50%\) +500m \(12%\)\n {2}memory +1Gi \(12%\) +1Gi \(12%\)\n/);
	});
});
