// Builders for the scenario tests: a fresh cluster (real validator admission) and small manifests.
import { createCluster, type ClusterOptions } from '../../../src/lib/cluster/cluster.ts';
import type { Container, KubeObject, Pod } from '../../../src/lib/cluster/api/types.ts';

export function cluster(options: ClusterOptions = {}) {
	return createCluster({ seed: 42, ...options });
}

export function rc(name: string, replicas: number, container: Partial<Container> = {}, labels: Record<string, string> = { app: name }): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'ReplicationController',
		metadata: { name } as KubeObject['metadata'],
		spec: { replicas, selector: labels, template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'kubeclassroom/web:1.0', ...container }] } } },
	};
}

export function pod(name: string, labels: Record<string, string>, container: Partial<Container> = {}): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: { name, labels } as KubeObject['metadata'],
		spec: { containers: [{ name: 'app', image: 'kubeclassroom/web:1.0', ...container }] },
	};
}

export function pods(c: ReturnType<typeof cluster>, namespace = 'default'): Pod[] {
	return c.api.list<Pod>('Pod', namespace);
}

export function running(c: ReturnType<typeof cluster>): Pod[] {
	return pods(c).filter((p) => p.status?.phase === 'Running' && !p.metadata.deletionTimestamp);
}

export function reasons(c: ReturnType<typeof cluster>, name: string): string[] {
	return c.api
		.list<KubeObject & { involvedObject: { name: string }; reason: string }>('Event')
		.filter((e) => e.involvedObject.name === name)
		.map((e) => e.reason);
}
