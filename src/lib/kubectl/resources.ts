/**
 * Resource arguments as kubectl reads them: `pods`, `po,svc`, `pod/web-1`, `all`.
 */
import { kindInfo, resolveResource, type KindInfo } from '../cluster/apiserver/kinds.ts';
import { KubectlError } from './result.ts';

// The `all` category (kubectl get all) among the kinds the simulator serves, in discovery order.
export const ALL_CATEGORY = ['Pod', 'ReplicationController', 'Service', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet', 'CronJob', 'Job'];

export interface ResourceRequest {
	info: KindInfo;
	names: string[];
}

export function resolveKind(name: string): KindInfo {
	const info = resolveResource(name);
	if (!info) throw new KubectlError(`error: the server doesn't have a resource type "${name}"`);
	return info;
}

/** Parses `TYPE[,TYPE…] [NAME…]` or `TYPE/NAME …`. */
export function parseResourceArgs(args: string[]): { requests: ResourceRequest[]; multiKind: boolean } {
	if (args.length === 0) return { requests: [], multiKind: false };
	if (args.every((a) => a.includes('/'))) {
		const requests: ResourceRequest[] = [];
		for (const arg of args) {
			const [type, name] = [arg.slice(0, arg.indexOf('/')), arg.slice(arg.indexOf('/') + 1)];
			const info = resolveKind(type);
			const existing = requests.find((r) => r.info.kind === info.kind);
			if (existing) existing.names.push(name);
			else requests.push({ info, names: [name] });
		}
		return { requests, multiKind: true };
	}
	if (args.slice(1).some((a) => a.includes('/'))) {
		throw new KubectlError('error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. \'kubectl get resource/<resource_name>\' instead of \'kubectl get resource resource/<resource_name>\'');
	}
	const types = args[0]!.split(',').filter((t) => t !== '');
	const kinds: KindInfo[] = [];
	for (const t of types) {
		if (t === 'all') kinds.push(...ALL_CATEGORY.map((k) => kindInfo(k)!));
		else kinds.push(resolveKind(t));
	}
	const names = args.slice(1);
	return { requests: kinds.map((info) => ({ info, names })), multiKind: kinds.length > 1 };
}

/** `pod/web`, `deployment.apps/web`: how `-o name` and command results name an object. */
export function typedName(kind: string, name: string): string {
	const info = kindInfo(kind);
	if (!info) return `${kind.toLowerCase()}/${name}`;
	return `${info.singular}${info.group ? `.${info.group}` : ''}/${name}`;
}
