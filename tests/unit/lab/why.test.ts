// The why panel's composition (src/lib/lab/why.ts) with the words of both languages, from real steps.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/lib/cluster/cluster.ts';
import type { Pod } from '../../../src/lib/cluster/api/types.ts';
import { deriveView } from '../../../src/lib/lab/view-model.ts';
import { explainStep } from '../../../src/lib/lab/why.ts';
import { why as en } from '../../../src/components/cluster-playground/model/why-en.ts';
import { why as zh } from '../../../src/components/cluster-playground/model/why-zh-cn.ts';

function relabelled() {
	const c = createCluster({ seed: 7 });
	c.api.create({ apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'web' }, spec: { replicas: 2, selector: { app: 'web' }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'kubeclassroom/web:1.0' }] } } } } as never);
	c.settle();
	c.advance(30_000);
	const victim = c.api.list<Pod>('Pod')[0]!.metadata.name;
	c.hold = true;
	c.api.mutate<Pod>('Pod', 'default', victim, (p) => {
		p.metadata.labels = { app: 'debug' };
	});
	c.settle();
	return { c, victim };
}

describe('the why panel', () => {
	it('explains the controller’s step from its own decision, in English and Chinese alike', () => {
		const { c, victim } = relabelled();
		// Held: the write waits for the step, as with the lab's clock paused.
		expect(c.api.list<Pod>('Pod')).toHaveLength(2);
		const step = c.step()!;
		const view = deriveView(c.snapshot());
		const english = explainStep(step, en, view);
		const decision = step.decisions[0]!;
		const created = decision.kind === 'replicas' ? decision.created[0]! : '';
		expect(english.title).toBe('The ReplicationController manager (kube-controller-manager)');
		expect(english.lines).toEqual([
			`ReplicationController web wants 2 Pods matching app=web and counts 1 active: ${view.pods.find((p) => p.name !== victim && p.name !== created)!.name}.`,
			`It released ${victim}: its labels no longer match app=web. The Pod keeps running, with no controller.`,
			`1 too few, so it created ${created} from its template.`,
		]);
		expect(english.events).toEqual([`SuccessfulCreate: Created pod: ${created}`]);
		const chinese = explainStep(step, zh, view);
		expect(chinese.lines).toHaveLength(english.lines.length);
		expect(chinese.lines[1]).toBe(`它释放了 ${victim}：其标签不再匹配 app=web。该 Pod 继续运行，但不再有控制器。`);
	});

	it('explains a kubelet step by the STATUS kubectl shows after it', () => {
		const { c } = relabelled();
		let step = c.step();
		while (step && !step.actor.startsWith('kubelet/')) step = c.step();
		const explained = explainStep(step!, en, deriveView(c.snapshot()));
		expect(explained.title).toMatch(/^The kubelet on node-\d$/);
		expect(explained.lines[0]).toMatch(/wrote web-[a-z0-9]{5}’s status; kubectl now shows it as ContainerCreating\.$/);
		expect(explained.lines.slice(1)).toEqual(['Its sandbox (the pause container and the Pod’s network) is being created: no IP yet.', 'Container web: waiting for the sandbox.']);
		// The next kubelet step for that Pod: the sandbox is up, and the node (which ran none of web's Pods) pulls the image.
		const key = step!.key;
		step = c.step();
		while (step && !(step.actor.startsWith('kubelet/') && step.key === key)) step = c.step();
		const next = explainStep(step!, en, deriveView(c.snapshot()));
		expect(next.lines).toContain('Container web: pulling kubeclassroom/web:1.0 (about 2 s; the kubelet pulls one image at a time).');
		expect(next.events).toEqual(['Pulling: Pulling image "kubeclassroom/web:1.0"']);
	});

	it('explains the prober by each probe’s count against its thresholds, in both languages', () => {
		const c = createCluster({ seed: 3, nodes: 1 });
		c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'ready' }, spec: { containers: [{ name: 'web', image: 'kubeclassroom/web:1.0', readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 5, successThreshold: 2 } }] } } as never);
		c.settle();
		let step = c.step();
		const passing = (s: typeof step) => s !== undefined && explainStep(s, en, deriveView(c.snapshot())).lines.some((l) => l.includes('passing'));
		while (step && !passing(step)) step = c.step();
		const view = deriveView(c.snapshot());
		const english = explainStep(step!, en, view).lines;
		expect(english).toContain('Readiness probe of web, every 5 s: passing (2 success(es) of 2 needed, 0 failure(s) of 3 allowed in a row).');
		expect(english).toContain('Container web: running, ready.');
		expect(explainStep(step!, zh, view).lines).toContain('web 的就绪探针，每 5 秒一次：通过（连续成功 2 次，需要 2 次；连续失败 0 次，允许 3 次）。');
	});
});

describe('the why panel for a Job', () => {
	it('explains the Job controller’s steps: creating, backing off after a failure, failing past backoffLimit', () => {
		const c = createCluster({ seed: 7 });
		c.api.create({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'fail' }, spec: { backoffLimit: 1, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.37', command: ['sh', '-c', 'exit 1'] }] } } } } as never);
		const lines: string[][] = [];
		for (let i = 0; i < 200 && lines.length < 4; i++) {
			const step = c.step();
			if (!step) break;
			if (step.actor !== 'job-controller') continue;
			const english = explainStep(step, en, deriveView(c.snapshot()));
			expect(english.title).toBe('The Job controller (kube-controller-manager)');
			const chinese = explainStep(step, zh, deriveView(c.snapshot()));
			expect(chinese.title).toBe('Job 控制器（kube-controller-manager）');
			expect(chinese.lines).toHaveLength(english.lines.length);
			lines.push(english.lines);
		}
		const [created] = lines[0]![1]!.match(/fail-[a-z0-9]{5}/)!;
		expect(lines[0]).toEqual(['Job fail needs one Pod to succeed, 1 at a time; it counts 0 succeeded, 0 failed and 0 running: none.', `It created ${created} to keep the work going.`]);
		const all = lines.flat();
		expect(all).toContain('A Pod failed, so it waits before replacing it: the pod failure back-off (10 s, doubling with each failure) ends at 2026-01-01T09:00:13Z.');
		expect(all.some((l) => /^Job fail needs one Pod to succeed, 1 at a time; it counts 0 succeeded, 2 failed and 0 running: none\.$/.test(l))).toBe(true);
		expect(all).toContain('It set the condition Failed (BackoffLimitExceeded): Job has reached the specified backoff limit.');
	});
});
