/**
 * Commands that read the API server's discovery and the kubeconfig: `api-resources`
 * (k8s.io/kubectl/pkg/cmd/apiresources), `api-versions` and `cluster-info`
 * (k8s.io/kubectl/pkg/cmd/clusterinfo). They list what the simulated API server serves, which is
 * a subset of a real cluster's resources.
 */
import { allKinds, type KindInfo } from '../../cluster/apiserver/kinds.ts';
import type { Service } from '../../cluster/api/types.ts';
import { bool, str, type Command } from '../context.ts';
import { KubectlError } from '../result.ts';
import { GET_TABLE, tabwrite } from '../tabwriter.ts';

/** The address the simulated kubeconfig points at (the `kubernetes` Endpoints' API server). */
export const API_SERVER_URL = 'https://172.18.0.1:6443';

// Discovery lists the core group first, then the other groups in the server's priority order.
const GROUP_ORDER = ['', 'apps', 'autoscaling', 'batch', 'coordination.k8s.io', 'discovery.k8s.io'];

function byGroupAndName(a: KindInfo, b: KindInfo): number {
	const ga = GROUP_ORDER.indexOf(a.group);
	const gb = GROUP_ORDER.indexOf(b.group);
	return ga !== gb ? ga - gb : a.plural < b.plural ? -1 : 1;
}

export const apiResources: Command = {
	name: 'api-resources',
	flags: [
		{ name: 'namespaced', type: 'bool' },
		{ name: 'api-group', type: 'string' },
		{ name: 'output', short: 'o', type: 'string' },
		{ name: 'no-headers', type: 'bool' },
	],
	run(ctx) {
		const output = str(ctx, 'output');
		if (output !== undefined && output !== 'name' && output !== 'wide') throw new KubectlError(`error: --output ${output} is not available`);
		const group = str(ctx, 'api-group');
		const kinds = allKinds()
			.filter((k) => ctx.flags['namespaced'] === undefined || k.namespaced === ctx.flags['namespaced'])
			.filter((k) => group === undefined || k.group === group)
			.sort(byGroupAndName);
		if (output === 'name') {
			for (const k of kinds) ctx.out.out(k.group ? `${k.plural}.${k.group}` : k.plural);
			return;
		}
		const rows = kinds.map((k) => [k.plural, k.shortNames.join(','), k.apiVersion, String(k.namespaced), k.kind].join('\t'));
		const header = bool(ctx, 'no-headers') ? [] : ['NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND'];
		ctx.out.out(tabwrite([...header, ...rows].join('\n'), GET_TABLE));
	},
};

export const apiVersions: Command = {
	name: 'api-versions',
	flags: [],
	run(ctx) {
		const versions = new Set(allKinds().map((k) => k.apiVersion));
		// The server serves autoscaling/v1 beside v2 for the same HorizontalPodAutoscalers.
		if (versions.has('autoscaling/v2')) versions.add('autoscaling/v1');
		ctx.out.out([...versions].sort().join('\n'));
	},
};

export const clusterInfo: Command = {
	name: 'cluster-info',
	flags: [],
	run(ctx) {
		if (ctx.args[0] === 'dump') throw new KubectlError('error: the simulator cannot write a cluster-info dump; use kubectl get and describe');
		const lines = [`Kubernetes control plane is running at ${API_SERVER_URL}`];
		// Services labelled kubernetes.io/cluster-service=true in kube-system (CoreDNS on kubeadm clusters).
		for (const svc of ctx.cluster.api.list<Service>('Service', 'kube-system')) {
			if (svc.metadata.labels?.['kubernetes.io/cluster-service'] !== 'true') continue;
			const name = svc.metadata.labels['kubernetes.io/name'] ?? svc.metadata.name;
			const port = svc.spec.ports?.[0]?.name ? `:${svc.spec.ports[0].name}` : '';
			lines.push(`${name} is running at ${API_SERVER_URL}/api/v1/namespaces/kube-system/services/${svc.metadata.name}${port}/proxy`);
		}
		ctx.out.out(`${lines.join('\n')}\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.`);
	},
};
