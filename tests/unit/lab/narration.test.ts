import { describe, expect, it } from 'vitest';
import { narrate, type Moment } from '../../../src/lib/lab/narration.ts';
import { TEXTS } from '../../../src/components/cluster-playground/model/texts.ts';
import { deriveView } from '../../../src/lib/lab/view-model.ts';
import type { KubeEvent } from '../../../src/lib/cluster/api/types.ts';
import type { ClusterRuntime } from '../../../src/lib/session/index.ts';
import { clusterAfter, RC_SCENARIO, SERVICE_SCENARIO, webPods } from './fixtures.ts';

const moment = (runtime: ClusterRuntime): Moment => {
	const snapshot = runtime.snapshot();
	return { snapshot, view: deriveView(snapshot) };
};

/** Runs `text` and returns what narrate says about it, in `lang`. */
function narrated(runtime: ClusterRuntime, text: string, lang: 'en' | 'zh-CN' = 'en') {
	const before = moment(runtime);
	runtime.run(text);
	return narrate(before, moment(runtime), TEXTS[lang].narration);
}

describe('narrate', () => {
	it('says the same from the Events read since a resourceVersion as from comparing whole snapshots', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const before = moment(runtime);
		const since = runtime.changedSince('Event', 0).resourceVersion;
		runtime.run(`kubectl scale rc web --replicas=5\nsleep 5\nkubectl delete pod ${webPods(runtime)[0]}\nsleep 5`);
		const after = moment(runtime);
		const fresh = runtime.changedSince('Event', since).objects as KubeEvent[];
		const lines = narrate(before, after, TEXTS.en.narration, fresh);
		expect(lines.filter((l) => l.event?.reason === 'SuccessfulCreate')).toHaveLength(3);
		expect(lines).toEqual(narrate(before, after, TEXTS.en.narration));
	});

	it('says what the RC saw when it replaces a deleted Pod, with the Event behind the line', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const [victim] = webPods(runtime);
		const lines = narrated(runtime, `kubectl delete pod ${victim}\nsleep 5`);
		const created = webPods(runtime).find((p) => !lines.some((l) => l.text.includes(`deletes ${p}`)) && lines.some((l) => l.text.endsWith(`creates ${p}.`)));
		expect(created).toBeDefined();
		const line = lines.find((l) => l.event?.reason === 'SuccessfulCreate')!;
		expect(line.text).toBe(`The ReplicationController web sees 2 of 3 Pods matching app=web and creates ${created}.`);
		expect(line.event).toMatchObject({ type: 'Normal', object: 'replicationcontroller/web', message: `Created pod: ${created}` });
		expect(lines.some((l) => l.text === `The scheduler assigns ${created} to ${/node-\d/.exec(l.text)?.[0]}.`)).toBe(true);
	});

	it('reports one burst with the count the sync saw, in natural Chinese', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const lines = narrated(runtime, 'kubectl scale rc web --replicas=5', 'zh-CN').filter((l) => l.event?.reason === 'SuccessfulCreate');
		expect(lines).toHaveLength(2);
		for (const l of lines) expect(l.text).toMatch(/^ReplicationController web 发现匹配 app=web 的 Pod 只有 3 个（期望 5 个），于是创建了 web-[a-z0-9]{5}。$/);
	});

	it('explains scaling down as deletions of surplus Pods', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const lines = narrated(runtime, 'kubectl scale rc web --replicas=1').filter((l) => l.event?.reason === 'SuccessfulDelete');
		expect(lines).toHaveLength(2);
		expect(lines[0]!.text).toMatch(/^The ReplicationController web sees 3 Pods matching app=web but wants 1, so it deletes web-[a-z0-9]{5}\.$/);
	});

	it('derives the release of a relabelled Pod (no Event exists for it upstream)', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const [pod] = webPods(runtime);
		const lines = narrated(runtime, `kubectl label pod ${pod} app=debug --overwrite`);
		const release = lines.filter((l) => l.derived);
		expect(release.map((l) => l.text)).toContain(
			`The ReplicationController web releases ${pod}: its labels no longer match app=web. ${pod} keeps running as an orphan.`,
		);
		expect(release.every((l) => l.event === undefined)).toBe(true);
	});

	it('derives endpoint changes when labels move a Pod into or out of a Service', () => {
		const runtime = clusterAfter(SERVICE_SCENARIO);
		const added = narrated(runtime, 'kubectl label pod web-2 env=prod --overwrite\nsleep 1');
		expect(added.map((l) => l.text)).toContainEqual(expect.stringMatching(/^The endpoints controller adds web-2 \(10\.244\.\d+\.\d+\) to Service web-prod: it matches app=web,env=prod and is Ready\.$/));
		const removed = narrated(runtime, 'kubectl label pod web-1 env-\nsleep 1', 'zh-CN');
		expect(removed.map((l) => l.text)).toContain('端点控制器把 web-1 从 Service web-prod 中移除。');
	});

	it('narrates a liveness failure, the kill and the back-off from the kubelet’s Events', () => {
		const runtime = clusterAfter(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: flaky
spec:
  containers:
    - name: app
      image: kubeclassroom/flaky:1.0
      livenessProbe:
        httpGet:
          path: /healthz
          port: 8080
        periodSeconds: 3
EOF
sleep 5`);
		const lines = narrated(runtime, 'sleep 300');
		const texts = lines.map((l) => l.text);
		expect(texts).toContain("The kubelet's liveness probe of flaky fails (HTTP probe failed with statuscode: 500).");
		expect(texts).toContain('The liveness probe failed too many times in a row: the kubelet kills container app of flaky and will start a new one in the same Pod.');
		expect(lines.find((l) => l.event?.reason === 'Unhealthy')?.tone).toBe('warning');
	});

	it('says nothing when nothing happened', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const now = moment(runtime);
		expect(narrate(now, now, TEXTS.en.narration)).toEqual([]);
	});
});
