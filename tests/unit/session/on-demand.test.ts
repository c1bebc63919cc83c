// The cluster's add-ons (the Deployment controller, the kubelet's prober) and `sim` load on first use
// (src/lib/cluster/addons.ts, src/lib/session/runtime.ts): `prepare` loads what a session's lines need,
// a cluster starts an add-on when the first object that needs it is admitted, and a run is the same
// whenever the code arrived. A replay of a recorded run needs no code for its read-only lines. The
// setup file loads everything for the other tests, so each case here imports fresh modules.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addonsNeeded } from '../../../src/lib/cluster/addons.ts';
import { readsOnly } from '../../../src/lib/kubectl/index.ts';
import { createRuntime as loadedRuntime } from '../../../src/lib/session/index.ts';

type Session = typeof import('../../../src/lib/session/index.ts');
type Addons = typeof import('../../../src/lib/cluster/addons.ts');
type Kubectl = typeof import('../../../src/lib/kubectl/index.ts');

/** The session, add-on and kubectl modules as a page has them before loading anything on demand. */
async function fresh(): Promise<Session & Pick<Addons, 'loadedAddon'> & Pick<Kubectl, 'loadYaml'>> {
	vi.resetModules();
	const session = await import('../../../src/lib/session/index.ts');
	const { loadedAddon } = await import('../../../src/lib/cluster/addons.ts');
	const { loadYaml } = await import('../../../src/lib/kubectl/index.ts');
	return { ...session, loadedAddon, loadYaml };
}

afterEach(() => {
	vi.doUnmock('../../../src/lib/cluster/controllers/deployment-controller.ts');
});

const apply = (yaml: string): string => `kubectl apply -f - <<EOF\n${yaml}EOF`;

const DEPLOYMENT = apply(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 3
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
      - name: shop
        image: kubeclassroom/web:1.0
        readinessProbe:
          httpGet:
            path: /healthz
            port: 8080
          periodSeconds: 5
`);

// A bare Pod runs for a while before the first Deployment (with a readiness probe) arrives.
const RUN = 'kubectl run web --image=kubeclassroom/web:1.0';
const SCENARIO = `${RUN}
sleep 30
${DEPLOYMENT}
sleep 90
kubectl get deployments
kubectl get pods -l app=shop
sim app unhealthy -l app=shop
sleep 30
kubectl get rs`;

describe('the cluster add-ons on demand', () => {
	it('reads what each object needs, from any value', () => {
		const probe = { httpGet: { path: '/', port: 80 } };
		expect(addonsNeeded({ kind: 'Pod', spec: { containers: [{ name: 'a', livenessProbe: probe }] } })).toEqual(['prober']);
		expect(addonsNeeded({ kind: 'ReplicationController', spec: { template: { spec: { containers: [{ name: 'a', startupProbe: probe }] } } } })).toEqual(['prober']);
		expect(addonsNeeded({ kind: 'Deployment', spec: { template: { spec: { containers: [{ name: 'a', readinessProbe: probe }] } } } })).toEqual(['deployments', 'prober']);
		expect(addonsNeeded({ kind: 'Deployment', spec: 'nonsense' })).toEqual(['deployments']);
		expect(addonsNeeded({ kind: 'Pod', spec: { containers: [{ name: 'a', livenessProbe: null }] } })).toEqual([]);
		for (const value of [null, 'text', 42, [], { kind: 'Pod', spec: { containers: 'x' } }]) expect(addonsNeeded(value)).toEqual([]);
	});

	it('loads only what a scenario needs, and replays it as a fully loaded runtime does', async () => {
		const expected = loadedRuntime().run(SCENARIO);
		expect(expected.find((e) => e.command === 'kubectl get deployments')!.output).toMatch(/^NAME {3}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nshop {3}3\/3 /);

		const { createRuntime, loadedAddon } = await fresh();
		const rt = createRuntime();
		await rt.prepare(`${RUN}\nsleep 30`);
		expect([loadedAddon('deployments'), loadedAddon('prober')]).toEqual([undefined, undefined]);
		await rt.prepare(SCENARIO);
		expect(loadedAddon('deployments')).toBeDefined();
		expect(loadedAddon('prober')).toBeDefined();
		expect(rt.run(SCENARIO)).toEqual(expected);
	});

	it('refuses an object whose add-on is not loaded, and stores nothing', async () => {
		const { createRuntime, loadYaml } = await fresh();
		const rt = createRuntime();
		await loadYaml();
		const refused = rt.kubectl(DEPLOYMENT);
		expect(refused.exitCode).toBe(1);
		expect(refused.output).toMatch(/^Error from server \(InternalError\): error when creating ".*": Internal error occurred: the Deployment controller of the simulated cluster is not loaded\n$/);
		expect(rt.snapshot().objects['Deployment']).toBeUndefined();
	});

	it('loads the Job controller for the first Job, from a manifest or from kubectl create job', async () => {
		expect(addonsNeeded({ kind: 'Job', spec: { template: { spec: { containers: [] } } } })).toEqual(['jobs']);
		const line = 'kubectl create job pi --image=busybox:1.37 -- sh -c "echo 3.14"';
		const expected = loadedRuntime().run(`${line}\nsleep 20\nkubectl get jobs`);
		expect(expected.at(-1)!.output).toMatch(/^NAME {3}STATUS {5}COMPLETIONS {3}DURATION {3}AGE\npi {5}Complete {3}1\/1 /);
		const { createRuntime, loadedAddon } = await fresh();
		const rt = createRuntime();
		await rt.prepare('kubectl create deployment web --image=nginx:1.27');
		expect([loadedAddon('deployments'), loadedAddon('jobs')]).toEqual([expect.anything(), undefined]);
		await rt.prepare(`${line}\nsleep 20\nkubectl get jobs`);
		expect(loadedAddon('jobs')).toBeDefined();
		expect(rt.run(`${line}\nsleep 20\nkubectl get jobs`)).toEqual(expected);
	});

	it('loads every add-on for a manifest read from a file, whose content only shows when it runs', async () => {
		const { createRuntime, loadedAddon } = await fresh();
		await createRuntime({ readFile: () => '' }).prepare('kubectl apply -f web.yaml');
		expect(loadedAddon('deployments')).toBeDefined();
		expect(loadedAddon('prober')).toBeDefined();
	});

	it('rejects prepare when an add-on cannot be downloaded; the write then says it is not loaded', async () => {
		vi.doMock('../../../src/lib/cluster/controllers/deployment-controller.ts', () => {
			throw new TypeError('Failed to fetch dynamically imported module');
		});
		const { createRuntime } = await fresh();
		const rt = createRuntime();
		await expect(rt.prepare(DEPLOYMENT)).rejects.toThrow();
		await rt.prepare('kubectl get pods -o yaml');
		expect(rt.kubectl(DEPLOYMENT).output).toMatch(/Internal error occurred: the Deployment controller of the simulated cluster is not loaded\n$/);
	});
});

describe('sim on demand', () => {
	it('runs after prepare, and says so without it', async () => {
		const { createRuntime } = await fresh();
		const rt = createRuntime();
		expect(rt.sim('sim node fail node-1')).toMatchObject({ output: 'error: the code of "sim" is not loaded; check the connection and run the command again\n', exitCode: 1 });
		await rt.prepare('kubectl get nodes\nsim node fail node-1');
		expect(rt.sim('sim node fail node-1')).toMatchObject({ output: 'node/node-1 stopped reporting\n', exitCode: 0 });
	});
});

describe('replaying a recorded run', () => {
	const TEXT = `${RUN}\nsleep 30\nkubectl get pods\nkubectl label pod web tier=front\nkubectl describe pod web\nkubectl get pods --show-labels`;

	it('takes what the read-only lines printed from the recording, so their code need not load', async () => {
		const expected = loadedRuntime().run(TEXT);
		const recorded = expected.map((entry) => (readsOnly(entry.command) ? entry : null));
		expect(recorded.filter(Boolean).map((e) => e!.command)).toEqual(['kubectl get pods', 'kubectl describe pod web', 'kubectl get pods --show-labels']);

		const { createRuntime } = await fresh();
		const rt = createRuntime();
		await rt.prepare(TEXT, recorded);
		expect(rt.run(TEXT, recorded)).toEqual(expected);
		expect(rt.kubectl('kubectl get pods').output).toMatch(/^error: the code of "kubectl get" is not loaded/);
		// Reset replays the same way.
		rt.reset();
		expect(rt.run(TEXT, recorded)).toEqual(expected);
	});

	it('runs every line that writes, and every line the recording does not match', () => {
		const real = loadedRuntime().run(TEXT);
		const forged = real.map((entry) => ({ ...entry, output: 'forged\n' }));
		forged[2] = { ...forged[2]!, command: 'kubectl get nodes' };
		const replayed = loadedRuntime().run(TEXT, forged);
		expect(replayed.map((e) => e.output === 'forged\n')).toEqual([false, false, false, false, true, true]);
		expect(replayed.slice(0, 4)).toEqual(real.slice(0, 4));
	});
});
