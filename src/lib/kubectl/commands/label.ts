/**
 * `kubectl label` and `kubectl annotate`: `key=value` to set, `key-` to remove, `--overwrite` to
 * change an existing value; by name, `-l` or `--all`. Mirrors k8s.io/kubectl/pkg/cmd/label
 * (`updateDataChangeMsg`: labeled / unlabeled / not labeled).
 */
import type { KubeObject } from '../../cluster/api/types.ts';
import { formatError } from '../api-errors.ts';
import { bool, type Command, type CommandContext } from '../context.ts';
import { parseResourceArgs, typedName } from '../resources.ts';
import { KubectlError } from '../result.ts';
import { fetch, selectorFlag } from '../fetch.ts';

function metadataCommand(field: 'labels' | 'annotations', verb: string): Command {
	const noun = field === 'labels' ? 'label' : 'annotation';
	return {
		name: field === 'labels' ? 'label' : 'annotate',
		flags: [
			{ name: 'overwrite', type: 'bool' },
			{ name: 'selector', short: 'l', type: 'string' },
			{ name: 'all', type: 'bool' },
			{ name: 'list', type: 'bool' },
		],
		run(ctx) {
			const changes = ctx.args.filter((a) => a.includes('=') || a.endsWith('-'));
			const resourceArgs = ctx.args.filter((a) => !changes.includes(a));
			if (resourceArgs.length === 0) throw new KubectlError(`error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl ${this.name} -h' for help and examples`);
			if (changes.length === 0 && !bool(ctx, 'list')) throw new KubectlError(`error: at least one ${noun} update is required\nSee 'kubectl ${this.name} -h' for help and examples`);
			const set: Record<string, string> = {};
			const remove: string[] = [];
			for (const c of changes) {
				if (c.endsWith('-') && !c.includes('=')) remove.push(c.slice(0, -1));
				else set[c.slice(0, c.indexOf('='))] = c.slice(c.indexOf('=') + 1);
			}
			for (const target of targets(ctx, resourceArgs)) {
				try {
					const current = target.metadata[field] ?? {};
					if (!bool(ctx, 'overwrite')) {
						for (const [k, v] of Object.entries(set)) {
							if (k in current && current[k] !== v) throw new KubectlError(`error: '${k}' already has a value (${current[k]}), and --overwrite is false`);
						}
					}
					const next = { ...current, ...set };
					for (const k of remove) delete next[k];
					const changed = JSON.stringify(next) !== JSON.stringify(current);
					if (changed) {
						ctx.cluster.api.mutate(target.kind, target.metadata.namespace, target.metadata.name, (o) => {
							if (Object.keys(next).length > 0) o.metadata[field] = next;
							else delete o.metadata[field];
						});
					}
					const msg = !changed ? `not ${verb}` : Object.keys(next).length < Object.keys(current).length && !bool(ctx, 'overwrite') ? `un${verb}` : verb;
					ctx.out.out(`${typedName(target.kind, target.metadata.name)} ${msg}`);
				} catch (error) {
					ctx.out.fail(formatError(error));
				}
				ctx.cluster.settle();
			}
		},
	};
}

export function targets(ctx: CommandContext, args: string[]): KubeObject[] {
	const { requests } = parseResourceArgs(args);
	const selector = selectorFlag(ctx);
	const out: KubeObject[] = [];
	for (const request of requests) {
		if (request.names.length === 0 && !selector && !bool(ctx, 'all')) throw new KubectlError('error: resource(s) were provided, but no name was specified');
		const found = fetch(ctx, request, false, selector);
		for (const e of found.errors) ctx.out.fail(e);
		out.push(...found.objects);
	}
	return out;
}

export const label = metadataCommand('labels', 'labeled');
export const annotate = metadataCommand('annotations', 'annotated');
