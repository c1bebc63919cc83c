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

describe('the why panel for init containers, sidecars and the workload controllers', () => {
	const allLines = (c: ReturnType<typeof createCluster>, text: typeof en, until: number) => {
		const lines: string[] = [];
		for (let step = c.step(); step && step.ms <= until; step = c.step()) lines.push(...explainStep(step, text, deriveView(c.snapshot())).lines);
		return lines;
	};

	it('says which init container runs, which waits, and that the app waits for them', () => {
		const c = createCluster({ seed: 3, nodes: 1 });
		c.api.create({
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: { name: 'app' },
			spec: {
				initContainers: [
					{ name: 'migrate', image: 'busybox:1.37', command: ['sh', '-c', 'sleep 3'] },
					{ name: 'proxy', image: 'busybox:1.37', restartPolicy: 'Always', command: ['sh', '-c', 'sleep infinity'] },
				],
				containers: [{ name: 'web', image: 'kubeclassroom/web:1.0' }],
			},
		} as never);
		c.settle();
		const english = allLines(c, en, Date.UTC(2026, 0, 1, 9, 0, 30));
		expect(english).toContain('Init container migrate: running, not ready.');
		expect(english).toContain('Sidecar container proxy: waits for the init containers before it (they run one at a time, in order; a sidecar only has to start).');
		expect(english).toContain('Container web: waits until every init container has completed and every sidecar has started.');
		expect(english).toContain('Init container migrate: completed (exit code 0), so the next container in line may start.');
		expect(english).toContain('Sidecar container proxy: running, ready; it keeps running beside the app containers and counts for the Pod’s readiness.');
		const d = createCluster({ seed: 3, nodes: 1 });
		d.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'app' }, spec: { initContainers: [{ name: 'migrate', image: 'busybox:1.37', command: ['sh', '-c', 'sleep 3'] }], containers: [{ name: 'web', image: 'kubeclassroom/web:1.0' }] } } as never);
		d.settle();
		expect(allLines(d, zh, Date.UTC(2026, 0, 1, 9, 0, 30))).toContain('容器 web：等待所有 Init 容器完成、所有边车容器启动。');
	});

	it('explains the CronJob, DaemonSet and StatefulSet controllers in both languages', () => {
		const c = createCluster({ seed: 3 });
		c.api.create({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web' }, spec: { replicas: 2, serviceName: 'web', selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'kubeclassroom/web:1.0' }] } } } } as never);
		c.api.create({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { nodeSelector: { disk: 'ssd' }, containers: [{ name: 'agent', image: 'kubeclassroom/web:1.0' }] } } } } as never);
		c.api.create({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'tick' }, spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'w', image: 'busybox:1.37', command: ['true'] }] } } } } } } as never);
		c.hold = true;
		c.settle();
		const english = allLines(c, en, Date.UTC(2026, 0, 1, 9, 5, 1));
		expect(english).toContain('StatefulSet web wants 2 replicas with stable names web-0…web-1 (OrderedReady: one at a time, in order).');
		expect(english).toContain('It created web-0.');
		expect(english).toContain('It waits for web-0 to be Running and Ready before it goes on.');
		expect(english).toContain('DaemonSet agent wants one Pod on each eligible node: 0 of 3 nodes.');
		expect(english).toContain('node-1: not eligible, its labels do not match the nodeSelector or node affinity.');
		expect(english).toContain('CronJob tick runs on the schedule “*/5 * * * *” (concurrency policy Allow); its active Jobs: tick-29454305.');
		expect(english.some((l) => /^It created Job tick-29454305 for the time scheduled at 2026-01-01T09:05:00Z/.test(l))).toBe(true);
		const c2 = createCluster({ seed: 3 });
		c2.api.create({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web' }, spec: { replicas: 1, serviceName: 'web', selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'kubeclassroom/web:1.0' }] } } } } as never);
		c2.hold = true;
		c2.settle();
		const chinese = allLines(c2, zh, Date.UTC(2026, 0, 1, 9, 0, 5));
		expect(chinese).toContain('StatefulSet web 需要 1 个副本，名字固定为 web-0…web-0（OrderedReady：按顺序逐个创建）。');
		expect(chinese).toContain('它创建了 web-0。');
	});
});
