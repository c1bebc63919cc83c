/**
 * What a fresh cluster already holds before anyone applies anything: the four namespaces kubeadm
 * creates and the `kubernetes` Service in `default` (10.96.0.1:443, backed by the API server).
 */
import { type KubeObject, newMeta } from '../api/types.ts';

export function bootstrapObjects(): KubeObject[] {
	const namespaces = ['default', 'kube-node-lease', 'kube-public', 'kube-system'].map(
		(name): KubeObject => ({
			apiVersion: 'v1',
			kind: 'Namespace',
			metadata: newMeta({ name, labels: { 'kubernetes.io/metadata.name': name } }),
			spec: { finalizers: ['kubernetes'] },
			status: { phase: 'Active' },
		}),
	);
	return [
		...namespaces,
		{
			apiVersion: 'v1',
			kind: 'Service',
			metadata: newMeta({ name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } }),
			spec: {
				type: 'ClusterIP',
				clusterIP: '10.96.0.1',
				clusterIPs: ['10.96.0.1'],
				ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
				sessionAffinity: 'None',
			},
		},
		{
			apiVersion: 'v1',
			kind: 'Endpoints',
			metadata: newMeta({ name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } }),
			subsets: [{ addresses: [{ ip: '172.18.0.1' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
		},
	];
}
