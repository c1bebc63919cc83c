// kubectl's rarer commands and the YAML library load on first use (catalog.ts, yaml-on-demand.ts): a
// line runs once `prepare` has loaded what it needs, and a line run without that says so. The setup
// file loads everything for the other tests, so each case here imports fresh modules.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../../src/lib/kubectl/catalog.ts';
import { createRuntime as loadedRuntime, readSessionManifests } from '../../../src/lib/session/index.ts';

type Session = typeof import('../../../src/lib/session/index.ts');
type Kubectl = typeof import('../../../src/lib/kubectl/index.ts');

/** Session and kubectl modules as a page has them before loading anything on demand. */
async function fresh(): Promise<Session & Pick<Kubectl, 'rememberManifests' | 'prepareKubectl'>> {
	vi.resetModules();
	const session = await import('../../../src/lib/session/index.ts');
	const kubectl = await import('../../../src/lib/kubectl/index.ts');
	return { ...session, rememberManifests: kubectl.rememberManifests, prepareKubectl: kubectl.prepareKubectl };
}

afterEach(() => {
	vi.doUnmock('../../../src/lib/kubectl/commands/rollout.ts');
});

/** The session tests' ReplicationController, applied as a here-document. */
const APPLY = `kubectl apply -f - <<EOF\n${readFileSync(new URL('../../fixtures/sessions/rc.yaml', import.meta.url), 'utf8')}EOF`;
const SCENARIO = `${APPLY}
sleep 20
kubectl get pods
kubectl scale rc web --replicas=3
sleep 5
kubectl get rc web`;

describe('kubectl commands on demand', () => {
	it('runs apply at once; another command after prepare, and says so without it', async () => {
		const { createRuntime } = await fresh();
		const rt = createRuntime();
		expect(rt.kubectl('kubectl apply').output).toMatch(/^error: must specify one of -f and -k\n/);
		const before = rt.kubectl('kubectl explain pod.spec.containers');
		expect(before.exitCode).toBe(1);
		expect(before.output).toBe('error: the code of "kubectl explain" is not loaded; check the connection and run the command again\n');

		// Preparing other commands loads nothing else; preparing explain (after global flags too) does.
		await rt.prepare('kubectl get pods');
		expect(rt.kubectl('kubectl get pods').output).toBe('No resources found in default namespace.\n');
		expect(rt.kubectl('kubectl explain pod').exitCode).toBe(1);
		await rt.prepare('kubectl -n default explain pod.spec.containers');
		const entry = rt.kubectl('kubectl explain pod.spec.containers');
		expect(entry.exitCode).toBe(0);
		expect(entry.output).toMatch(/^KIND: {7}Pod\nVERSION: {4}v1\n\nFIELD: containers <\[\]Container> -required-\n\nDESCRIPTION:\n/);
		expect(entry.output).toMatch(/\n {2}image\t<string>\n/);
	});

	it('validation loads with the first line that writes; a replay of the build’s run is only defaulted, as the build validated it', async () => {
		const { createRuntime, parseSession } = await fresh();
		const bad = 'kubectl run Bad_Name --image=nginx:1.27';
		// The page's recording of the build's run (here with no read-only line kept: each runs again).
		const recorded = parseSession(SCENARIO).map(() => null);
		const rt = createRuntime();
		await rt.prepare(SCENARIO, recorded);
		// The replay writes the scenario's objects, defaulted, with no validator loaded.
		const replay = rt.run(SCENARIO, recorded);
		expect(replay.every((e) => e.exitCode === 0)).toBe(true);
		const pod = rt.snapshot({ kinds: ['Pod'] }).objects['Pod']![0]!;
		expect(pod.spec).toMatchObject({ restartPolicy: 'Always', dnsPolicy: 'ClusterFirst' });
		// A line the learner types is prepared on its own: it loads validation, which rejects what it must.
		await rt.prepare(bad);
		expect(rt.kubectl(bad).output).toMatch(/^The Pod "Bad_Name" is invalid: \n\* metadata.name: Invalid value: "Bad_Name"/);
	});

	it('suggests commands without their code once the help is loaded; help loads its summaries', async () => {
		const { createRuntime } = await fresh();
		const rt = createRuntime();
		expect(rt.kubectl('kubectl rollot').output).toBe('error: kubectl\'s help is not loaded; check the connection and run the command again\n');
		expect(rt.kubectl('kubectl --help').output).toBe('error: kubectl\'s help is not loaded; check the connection and run the command again\n');
		await rt.prepare('kubectl rollot');
		expect(rt.kubectl('kubectl rollot').output).toMatch(/Did you mean this\?\n\trollout\n/);
		await rt.prepare('kubectl --help');
		expect(rt.kubectl('kubectl --help').output).toContain('  port-forward    Forward one or more local ports to a pod\n');
		await rt.prepare('kubectl scale --help');
		expect(rt.kubectl('kubectl scale --help').output).toMatch(/^Set a new size for a deployment, replica set, or replication controller\.\n\nUsage:\n {2}kubectl scale \[options\]\n/);
	});

	it('loads the JSONPath printers only for the lines that use them', async () => {
		const { createRuntime } = await fresh();
		const rt = createRuntime();
		const line = 'kubectl get nodes -o jsonpath={.items[*].metadata.name}';
		await rt.prepare('kubectl get nodes');
		expect(rt.kubectl(line).output).toMatch(/^error: the JSONPath support is not loaded/);
		await rt.prepare('kubectl get nodes --sort-by=.metadata.name');
		expect(rt.kubectl(line).output).toBe('node-1 node-2 node-3');
	});

	it('rejects prepare when the code cannot be downloaded; the line then says it is not loaded', async () => {
		vi.doMock('../../../src/lib/kubectl/commands/rollout.ts', () => {
			throw new TypeError('Failed to fetch dynamically imported module');
		});
		const { createRuntime } = await fresh();
		const rt = createRuntime();
		await expect(rt.prepare('kubectl rollout status deployment/web')).rejects.toThrow();
		expect(rt.kubectl('kubectl rollout status deployment/web').output).toMatch(/^error: the code of "kubectl rollout" is not loaded/);
	});

	it('prepares without failing on lines that do not parse; running them reports the problem', async () => {
		const { createRuntime, prepareKubectl } = await fresh();
		await expect(prepareKubectl('kubectl get pods "unterminated')).resolves.toEqual([]);
		await expect(prepareKubectl('kubectl rollout --no-such-flag')).resolves.toEqual([]);
		expect(createRuntime().kubectl('kubectl get pods "unterminated').exitCode).not.toBe(0);
	});

	it('names every command as its code does, and has a summary for each', async () => {
		for (const entry of CATALOG) expect((await entry.code.load()).name).toBe(entry.name);
		const help = loadedRuntime().kubectl('kubectl help').output;
		for (const entry of CATALOG) expect(help).toMatch(new RegExp(`\\n  ${entry.name} +[A-Z]`));
	});
});

describe('the YAML library on demand', () => {
	it('replays manifests read ahead without it, with the same transcript; -o yaml loads it', async () => {
		const readings = await readSessionManifests([SCENARIO]);
		expect(Object.keys(readings)).toHaveLength(1);
		const expected = loadedRuntime().run(SCENARIO);

		const { createRuntime, rememberManifests } = await fresh();
		const rt = createRuntime();
		expect(rt.run(SCENARIO)[0]!.output).toMatch(/^error: the YAML support is not loaded/);
		rt.reset();
		rememberManifests(readings);
		await rt.prepare(SCENARIO);
		expect(rt.run(SCENARIO)).toEqual(expected);

		// Preparing the scenario loaded `get`, not the YAML library.
		expect(rt.kubectl('kubectl get rc web -o yaml').output).toMatch(/^error: the YAML support is not loaded/);
		await rt.prepare('kubectl get rc web -o yaml');
		expect(rt.kubectl('kubectl get rc web -o yaml').output).toMatch(/^apiVersion: v1\nkind: ReplicationController\n/);
	});

	it('loads it to read a manifest nobody read before', async () => {
		const { createRuntime } = await fresh();
		const rt = createRuntime();
		await rt.prepare(APPLY);
		expect(rt.kubectl(APPLY).output).toBe('replicationcontroller/web created\n');
	});

	it('keeps syntax errors among the readings, and leaves out values JSON would change', async () => {
		const broken = 'kubectl apply -f - <<EOF\nkind: [\nEOF';
		const infinite = 'kubectl apply -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  x: .inf\nbig: .inf\nEOF';
		const readings = await readSessionManifests([broken, infinite]);
		expect(Object.values(readings)).toEqual([{ error: expect.stringMatching(/^yaml: /) }]);
		const { createRuntime, rememberManifests } = await fresh();
		rememberManifests(readings);
		const rt = createRuntime();
		expect(rt.kubectl(broken).output).toBe(loadedRuntime().kubectl(broken).output);
		expect(rt.kubectl(infinite).output).toMatch(/^error: the YAML support is not loaded/);
	});
});
