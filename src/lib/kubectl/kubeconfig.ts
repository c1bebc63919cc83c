/**
 * The kubeconfig the simulated kubectl reads: kubeadm's admin.conf (cluster `kubernetes`, user
 * `kubernetes-admin`, context `kubernetes-admin@kubernetes`), whose context's namespace is what
 * commands use without `-n` (clientcmd's DirectClientConfig.Namespace: the context's namespace,
 * else `default`). One per cluster, reset with it.
 */
import type { Cluster } from '../cluster/cluster.ts';
import type { ApiServer } from '../cluster/apiserver/api-server.ts';

export interface KubeConfig {
	/** The current context's namespace; undefined when it names none. */
	namespace?: string;
}

export const CLUSTER_NAME = 'kubernetes';
export const USER_NAME = 'kubernetes-admin';
export const CONTEXT_NAME = `${USER_NAME}@${CLUSTER_NAME}`;

// Keyed by the API server, which a cluster's reset replaces: a fresh cluster has a fresh kubeconfig.
const configs = new WeakMap<ApiServer, KubeConfig>();

export function kubeconfigOf(cluster: Cluster): KubeConfig {
	return configs.get(cluster.api) ?? configs.set(cluster.api, {}).get(cluster.api)!;
}

/** The namespace a command without `-n` works in. */
export function defaultNamespace(cluster: Cluster): string {
	return kubeconfigOf(cluster).namespace || 'default';
}
