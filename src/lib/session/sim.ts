/**
 * `sim …` session commands: what happens to machines and software, which kubectl cannot cause.
 *
 *     sim node fail NODE        the node stops reporting (its kubelet freezes)
 *     sim node recover NODE     it reports again
 *     sim node add [NODE]       a new worker joins (default name node-<n>)
 *     sim node remove NODE      the machine is gone for good
 *     sim app unhealthy POD     its health endpoint starts failing (`-l selector` for several pods)
 *     sim app healthy POD       back to health
 *     sim app crash POD         the process exits with code 1
 *     sim app slow POD SECONDS  it takes that long to answer probes
 */
import type { Cluster } from '../cluster/cluster.ts';
import { matches, parseSelector } from '../cluster/api/labels.ts';
import type { Pod } from '../cluster/api/types.ts';

export interface SimResult {
	output: string;
	exitCode: number;
}

const USAGE = 'usage: sim node (fail|recover|add|remove) [NODE] | sim app (healthy|unhealthy|crash|slow SECONDS) (POD | -l SELECTOR)';

export function runSim(cluster: Cluster, args: string[]): SimResult {
	try {
		const [target, action, ...rest] = args;
		if (target === 'node') return node(cluster, action, rest[0]);
		if (target === 'app') return app(cluster, action, rest);
		return { output: USAGE, exitCode: 2 };
	} catch (error) {
		return { output: `sim: ${(error as Error).message}`, exitCode: 1 };
	} finally {
		cluster.settle();
	}
}

function node(cluster: Cluster, action: string | undefined, name: string | undefined): SimResult {
	if (action === 'add') {
		const taken = new Set(cluster.kubelets().map((k) => k.nodeName));
		let n = taken.size + 1;
		while (!name && taken.has(`node-${n}`)) n++;
		const added = cluster.addNode({ name: name ?? `node-${n}` });
		return { output: `node/${added.nodeName} added`, exitCode: 0 };
	}
	if (!name) return { output: USAGE, exitCode: 2 };
	if (action === 'fail') {
		cluster.kubelet(name).fail();
		return { output: `node/${name} stopped reporting`, exitCode: 0 };
	}
	if (action === 'recover') {
		cluster.kubelet(name).recover();
		return { output: `node/${name} reporting again`, exitCode: 0 };
	}
	if (action === 'remove') {
		cluster.removeNode(name);
		return { output: `node/${name} removed`, exitCode: 0 };
	}
	return { output: USAGE, exitCode: 2 };
}

function app(cluster: Cluster, action: string | undefined, rest: string[]): SimResult {
	let seconds = 0;
	if (action === 'slow') {
		seconds = Number(rest.shift());
		if (!Number.isFinite(seconds) || seconds < 0) return { output: USAGE, exitCode: 2 };
	}
	if (!action || !['healthy', 'unhealthy', 'crash', 'slow'].includes(action) || rest.length === 0) return { output: USAGE, exitCode: 2 };
	const namespace = 'default';
	const pods =
		rest[0] === '-l'
			? cluster.api.list<Pod>('Pod', namespace).filter((p) => matches(parseSelector(rest[1] ?? ''), p.metadata.labels))
			: rest.map((name) => cluster.api.read<Pod>('Pod', namespace, name));
	const lines: string[] = [];
	for (const pod of pods) {
		const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
		const kubelet = cluster.kubelets().find((k) => k.nodeName === pod.spec.nodeName);
		const done =
			kubelet !== undefined &&
			(action === 'crash' ? kubelet.crash(key) : action === 'slow' ? kubelet.setLatency(key, seconds) : kubelet.setHealth(key, action as 'healthy' | 'unhealthy'));
		lines.push(done ? `pod/${pod.metadata.name} ${action === 'slow' ? `answers in ${seconds}s` : action === 'crash' ? 'crashed' : `is ${action}`}` : `pod/${pod.metadata.name} has no running containers`);
	}
	if (lines.length === 0) return { output: 'sim: no pods matched', exitCode: 1 };
	return { output: lines.join('\n'), exitCode: 0 };
}
