/**
 * `kubectl delete`: by name, `-l`, `--all` or `-f`; `--cascade=background|foreground|orphan`,
 * `--grace-period`, `--now`, `--force`; and `--wait` (default true), which lets simulated time pass
 * until the objects are gone (k8s.io/kubectl/pkg/cmd/delete).
 */
import { ApiError } from '../../cluster/apiserver/errors.ts';
import { kindInfo } from '../../cluster/apiserver/kinds.ts';
import type { KubeObject } from '../../cluster/api/types.ts';
import { formatError } from '../api-errors.ts';
import { bool, str, type Command, type CommandContext } from '../context.ts';
import { readManifests } from '../manifests.ts';
import { parseResourceArgs } from '../resources.ts';
import { KubectlError } from '../result.ts';
import { byNamespaceAndName, fetch, selectorFlag } from '../fetch.ts';
import { waitFor } from './wait.ts';

const CASCADE: Record<string, 'Background' | 'Foreground' | 'Orphan'> = {
	background: 'Background',
	true: 'Background',
	foreground: 'Foreground',
	orphan: 'Orphan',
	false: 'Orphan',
};

/** `pod "web" deleted from default namespace` / `node "node-1" deleted`. */
export function deletedMessage(obj: KubeObject, verb = 'deleted'): string {
	const info = kindInfo(obj.kind);
	const resource = info ? `${info.singular}${info.group ? `.${info.group}` : ''}` : obj.kind.toLowerCase();
	const where = obj.metadata.namespace ? ` from ${obj.metadata.namespace} namespace` : '';
	return `${resource} "${obj.metadata.name}" ${verb}${where}`;
}

export const del: Command = {
	name: 'delete',
	flags: [
		{ name: 'filename', short: 'f', type: 'string' },
		{ name: 'selector', short: 'l', type: 'string' },
		{ name: 'all', type: 'bool' },
		{ name: 'all-namespaces', short: 'A', type: 'bool' },
		{ name: 'cascade', type: 'string' },
		{ name: 'grace-period', type: 'int' },
		{ name: 'now', type: 'bool' },
		{ name: 'force', type: 'bool' },
		{ name: 'wait', type: 'bool' },
		{ name: 'ignore-not-found', type: 'bool' },
	],
	run(ctx) {
		const cascadeText = str(ctx, 'cascade') ?? 'background';
		const propagationPolicy = CASCADE[cascadeText];
		if (!propagationPolicy) throw new KubectlError(`error: invalid cascade value (${cascadeText}). Must be "background", "foreground", or "orphan".`);
		let grace = typeof ctx.flags['grace-period'] === 'number' ? (ctx.flags['grace-period'] as number) : -1;
		if (bool(ctx, 'now')) grace = 1;
		const force = bool(ctx, 'force');
		if (force && grace < 0) grace = 0;
		if (force && grace === 0) ctx.out.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.');
		const targets = collectTargets(ctx);
		const { api } = ctx.cluster;
		const deleted: KubeObject[] = [];
		for (const target of targets) {
			try {
				api.delete(target.kind, target.metadata.namespace, target.metadata.name, {
					propagationPolicy,
					...(grace >= 0 ? { gracePeriodSeconds: grace } : {}),
				});
				ctx.out.out(deletedMessage(target, force && grace === 0 ? 'force deleted' : 'deleted'));
				deleted.push(target);
			} catch (error) {
				if (!(error instanceof ApiError && error.reason === 'NotFound' && bool(ctx, 'ignore-not-found'))) ctx.out.fail(formatError(error));
			}
		}
		ctx.cluster.settle();
		if (ctx.flags['wait'] === false || deleted.length === 0) return;
		const gone = (): boolean => deleted.every((o) => api.get(o.kind, o.metadata.namespace, o.metadata.name)?.metadata.uid !== o.metadata.uid);
		if (!waitFor(ctx.cluster, gone)) {
			for (const o of deleted) {
				if (api.get(o.kind, o.metadata.namespace, o.metadata.name)) ctx.out.fail(`error: timed out waiting for the condition on ${kindInfo(o.kind)?.plural ?? o.kind}/${o.metadata.name}`);
			}
		}
	},
};

function collectTargets(ctx: CommandContext): KubeObject[] {
	if (ctx.flags['filename'] !== undefined) {
		return readManifests(ctx).flatMap(({ object, source }) => {
			const live = ctx.cluster.api.get(object.kind, object.metadata.namespace, object.metadata.name);
			if (!live && !bool(ctx, 'ignore-not-found')) {
				ctx.out.fail(formatError(new ApiError('NotFound', 404, `${kindInfo(object.kind)?.plural ?? object.kind} "${object.metadata.name}" not found`), { verb: 'deleting', file: source }));
			}
			return live ? [live] : [];
		});
	}
	if (ctx.args.length === 0) {
		throw new KubectlError('error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'');
	}
	const { requests } = parseResourceArgs(ctx.args);
	const selector = selectorFlag(ctx);
	const hasNames = requests.some((r) => r.names.length > 0);
	if (!hasNames && !selector && !bool(ctx, 'all')) {
		throw new KubectlError('error: resource(s) were provided, but no name was specified');
	}
	const out: KubeObject[] = [];
	for (const request of requests) {
		const found = fetch(ctx, request, bool(ctx, 'all-namespaces'), selector);
		for (const e of found.errors) if (!bool(ctx, 'ignore-not-found')) ctx.out.fail(e);
		out.push(...(hasNames ? found.objects : [...found.objects].sort(byNamespaceAndName)));
	}
	if (out.length === 0 && !hasNames) ctx.out.err(`No resources found`);
	return out;
}
