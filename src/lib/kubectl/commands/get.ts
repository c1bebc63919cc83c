/**
 * `kubectl get`: tables with the server's columns (see printers/columns.ts), `-o wide|yaml|json|name`,
 * `--show-labels`, `-L`, `-l`, `--field-selector`, `-A`, `--sort-by`, `--no-headers`. Lists come back sorted by namespace and name, as
 * the API server's storage returns them.
 */
import type { KubeObject } from '../../cluster/api/types.ts';
import { bool, str, strings, type Command, type CommandContext } from '../context.ts';
import { fetch, fieldSelectorFlag, selectorFlag } from '../fetch.ts';
import { COLUMNS } from '../printers/columns.ts';
import { parseTemplateFormat, TEMPLATES } from '../printers/template-format.ts';
import { toJson, toYaml } from '../printers/serialize.ts';
import { parseResourceArgs, typedName } from '../resources.ts';
import { KubectlError } from '../result.ts';
import { GET_TABLE, tabwrite } from '../tabwriter.ts';


function sortBy(objects: KubeObject[], path: string): KubeObject[] {
	const { select } = TEMPLATES.get();
	const value = (o: KubeObject): unknown => select(o, path)[0];
	return [...objects].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		if (typeof va === 'number' && typeof vb === 'number') return va - vb;
		return String(va ?? '') < String(vb ?? '') ? -1 : String(va ?? '') > String(vb ?? '') ? 1 : 0;
	});
}

export function labelsText(labels: Record<string, string> | undefined): string {
	const entries = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
	return entries.length === 0 ? '<none>' : entries.map(([k, v]) => `${k}=${v}`).join(',');
}

export function renderTable(ctx: CommandContext, kind: string, objects: KubeObject[], options: { withKind: boolean; allNamespaces: boolean; wide: boolean }): string {
	const columns = COLUMNS[kind];
	const now = ctx.cluster.now();
	const labelColumns = strings(ctx, 'label-columns');
	const showLabels = bool(ctx, 'show-labels');
	const header = [
		...(options.allNamespaces ? ['NAMESPACE'] : []),
		...(columns?.headers ?? ['NAME', 'AGE']),
		...(options.wide ? (columns?.wide ?? []) : []),
		...labelColumns.map((l) => l.split('/').pop()!.toUpperCase()),
		...(showLabels ? ['LABELS'] : []),
	];
	const rows = objects.map((o) => {
		const cells = columns ? columns.row(o, now) : [o.metadata.name, ''];
		if (options.withKind && kind !== 'Event') cells[0] = typedName(kind, cells[0]!);
		return [
			...(options.allNamespaces ? [o.metadata.namespace ?? ''] : []),
			...cells,
			...(options.wide && columns ? columns.wideRow(o, now) : []),
			...labelColumns.map((l) => o.metadata.labels?.[l] ?? ''),
			...(showLabels ? [labelsText(o.metadata.labels)] : []),
		];
	});
	// --no-headers: the rows alone, aligned among themselves.
	const lines = bool(ctx, 'no-headers') ? rows : [header, ...rows];
	return tabwrite(lines.map((r) => r.join('\t')).join('\n'), GET_TABLE);
}

export const get: Command = {
	name: 'get',
	flags: [
		{ name: 'output', short: 'o', type: 'string' },
		{ name: 'selector', short: 'l', type: 'string' },
		{ name: 'all-namespaces', short: 'A', type: 'bool' },
		{ name: 'show-labels', type: 'bool' },
		{ name: 'label-columns', short: 'L', type: 'strings' },
		{ name: 'sort-by', type: 'string' },
		{ name: 'field-selector', type: 'string' },
		{ name: 'no-headers', type: 'bool' },
		{ name: 'watch', short: 'w', type: 'bool' },
	],
	async load(flags) {
		let template: unknown;
		try {
			template = parseTemplateFormat(typeof flags['output'] === 'string' ? flags['output'] : '');
		} catch {
			// Running the line reports the problem.
		}
		if (template || typeof flags['sort-by'] === 'string') await TEMPLATES.load();
	},
	run(ctx) {
		const output = str(ctx, 'output') ?? '';
		const template = parseTemplateFormat(output);
		if (!template && !['', 'wide', 'yaml', 'json', 'name'].includes(output)) {
			throw new KubectlError(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`);
		}
		if (ctx.args.length === 0) {
			throw new KubectlError(
				'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples',
			);
		}
		const allNamespaces = bool(ctx, 'all-namespaces');
		const selector = selectorFlag(ctx);
		const { requests, multiKind } = parseResourceArgs(ctx.args);
		const named = requests.some((r) => r.names.length > 0);
		const groups: { kind: string; objects: KubeObject[] }[] = [];
		const errors: string[] = [];
		for (const request of requests) {
			const fields = fieldSelectorFlag(ctx, request.info);
			const found = fetch(ctx, request, allNamespaces, selector);
			if (fields) found.objects = found.objects.filter(fields);
			errors.push(...found.errors);
			const sortPath = str(ctx, 'sort-by');
			groups.push({ kind: request.info.kind, objects: sortPath ? sortBy(found.objects, sortPath) : found.objects });
		}
		const all = groups.flatMap((g) => g.objects);
		const single = named && all.length === 1 && requests.length === 1 && requests[0]!.names.length === 1;
		if (template) {
			if (all.length > 0 || !named) ctx.out.write(TEMPLATES.get().printTemplate(template, single ? all[0]! : all));
		} else if (output === 'yaml' || output === 'json') {
			if (all.length > 0 || !named) {
				const value = single ? all[0]! : all;
				ctx.out.out(output === 'yaml' ? toYaml(value) : toJson(value));
			}
		} else if (output === 'name') {
			for (const g of groups) for (const o of g.objects) ctx.out.out(typedName(g.kind, o.metadata.name));
		} else {
			const tables = groups
				.filter((g) => g.objects.length > 0)
				.map((g) => renderTable(ctx, g.kind, g.objects, { withKind: multiKind, allNamespaces: allNamespaces && groups.some(() => g.objects[0]?.metadata.namespace !== undefined), wide: output === 'wide' }));
			if (tables.length > 0) ctx.out.out(tables.join('\n\n'));
		}
		if (all.length === 0 && errors.length === 0 && output !== 'yaml' && output !== 'json' && template?.kind !== 'jsonpath') {
			const clusterScoped = requests.every((r) => !r.info.namespaced);
			ctx.out.err(allNamespaces || clusterScoped ? 'No resources found' : `No resources found in ${ctx.namespace} namespace.`);
		}
		for (const e of errors) ctx.out.fail(e);
	},
};
