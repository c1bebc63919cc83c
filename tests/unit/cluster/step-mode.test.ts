// Step mode (Cluster.step): the cluster runs to its next change, one controller sync at a time, and
// says who acted and why from the controllers' own data (decisions.ts).
import { describe, expect, it } from 'vitest';
import type { ClusterStep } from '../../../src/lib/cluster/cluster.ts';
import type { ReplicasDecision, ScheduleDecision } from '../../../src/lib/cluster/decisions.ts';
import type { Node, Pod, ReplicaController } from '../../../src/lib/cluster/api/types.ts';
import { cluster, pods, rc } from './fixtures.ts';

function settled(c: ReturnType<typeof cluster>): void {
	c.api.create(rc('web', 3));
	c.settle();
	c.advance(30_000);
}

describe('step mode', () => {
	it('a relabel goes step by step: the RC releases and creates, the scheduler binds, the kubelet reports, each with its reasons', () => {
		const c = cluster();
		settled(c);
		const victim = pods(c)[0]!.metadata.name;
		c.api.mutate<Pod>('Pod', 'default', victim, (p) => {
			p.metadata.labels = { app: 'debug' };
		});
		const steps: ClusterStep[] = [c.step()!];
		const first = steps[0]!;
		const replacement = (first.decisions[0] as ReplicasDecision | undefined)?.created[0];
		while (steps.length < 50 && c.api.get<Pod>('Pod', 'default', replacement ?? '')?.status?.phase !== 'Running') steps.push(c.step()!);
		expect(first.actor).toBe('replication-controller');
		const replicas = first.decisions[0] as ReplicasDecision;
		expect(replicas).toMatchObject({ kind: 'replicas', controller: { kind: 'ReplicationController', name: 'web' }, selector: 'app=web', desired: 3, released: [victim] });
		expect(replicas.active).toHaveLength(2);
		expect(replicas.created).toHaveLength(1);
		const created = replicas.created[0]!;
		expect(first.events.map((e) => e.reason)).toEqual(['SuccessfulCreate']);
		const bind = steps.find((s) => s.actor === 'default-scheduler')!;
		const schedule = bind.decisions[0] as ScheduleDecision;
		expect(schedule).toMatchObject({ kind: 'schedule', pod: created });
		expect(schedule.nodes.map((n) => n.node)).toEqual(['node-1', 'node-2', 'node-3']);
		for (const n of schedule.nodes) {
			expect(n.rejected).toEqual([]);
			expect(n.scores!.map((x) => x.plugin)).toEqual(['NodeResourcesFit', 'PodTopologySpread']);
			expect(n.total).toBe(n.scores!.reduce((sum, x) => sum + x.score * x.weight, 0));
		}
		// The node it chose had the best total: the one the released Pod's replacement spreads to.
		const best = Math.max(...schedule.nodes.map((n) => n.total!));
		expect(schedule.nodes.find((n) => n.node === schedule.chosen)!.total).toBe(best);
		// Then the kubelet's status writes, in time order, each a step of its own.
		const kubelet = steps.filter((s) => s.actor === `kubelet/${schedule.chosen}` && s.key === `default/${created}`);
		expect(kubelet.length).toBeGreaterThanOrEqual(2);
		const times = steps.map((s) => Date.parse(s.time));
		expect(times).toEqual([...times].sort((a, b) => a - b));
		expect(Date.parse(kubelet.at(-1)!.time) - Date.parse(first.time)).toBeGreaterThanOrEqual(2_000);
	});

	it('a scale-down says which ActivePods rule chose each Pod', () => {
		const c = cluster();
		settled(c);
		c.api.mutate<ReplicaController>('ReplicationController', 'default', 'web', (o) => {
			(o.spec as { replicas: number }).replicas = 4;
		});
		c.settle();
		// The fourth Pod is still Pending when the controller is told to go back to 3.
		c.api.mutate<ReplicaController>('ReplicationController', 'default', 'web', (o) => {
			(o.spec as { replicas: number }).replicas = 3;
		});
		const step = c.step()!;
		const decision = step.decisions[0] as ReplicasDecision;
		expect(decision.deleted).toHaveLength(1);
		expect(decision.deleted[0]).toMatchObject({ rule: 'phase' });
		expect(c.api.get<Pod>('Pod', 'default', decision.deleted[0]!.pod)?.metadata.deletionTimestamp).toBeDefined();
	});

	it('the scheduler names the plugin that rejected each node', () => {
		const c = cluster();
		c.api.mutate<Node>('Node', undefined, 'node-1', (n) => {
			n.spec.unschedulable = true;
		});
		c.api.mutate<Node>('Node', undefined, 'node-2', (n) => {
			n.spec.taints = [{ key: 'gpu', value: 'yes', effect: 'NoSchedule' }];
		});
		c.settle();
		c.api.create(rc('web', 1));
		let step = c.step();
		while (step && step.actor !== 'default-scheduler') step = c.step();
		const decision = step!.decisions[0] as ScheduleDecision;
		expect(decision.chosen).toBe('node-3');
		expect(decision.nodes.map((n) => n.rejected.map((r) => r.plugin))).toEqual([['NodeUnschedulable'], ['TaintToleration'], []]);
		expect(decision.nodes[1]!.rejected[0]!.reason).toBe('node(s) had untolerated taint {gpu: yes}');
	});

	it('returns nothing when the cluster is quiet, and heartbeats alone are not a step', () => {
		const c = cluster();
		settled(c);
		const before = c.now();
		expect(c.step(60_000)).toBeUndefined();
		expect(c.now() - before).toBe(60_000);
	});
});
