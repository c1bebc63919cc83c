/**
 * `kubectl config`: `set-context [NAME | --current] --namespace=NS`, `view [--minify] [-o …]`,
 * `current-context`, `get-contexts`. Mirrors k8s.io/kubectl/pkg/cmd/config (create_context.go's
 * "Context … modified.", view.go's redacted certificate data, get_contexts.go's table) over the one
 * context of the simulated kubeconfig (kubeconfig.ts).
 */
import { API_SERVER_URL } from './discovery.ts';
import { bool, str, type Command } from '../context.ts';
import { CLUSTER_NAME, CONTEXT_NAME, kubeconfigOf, USER_NAME } from '../kubeconfig.ts';
import type { KubeObject } from '../../cluster/api/types.ts';
import { parseTemplateFormat, TEMPLATES } from '../printers/template-format.ts';
import { KubectlError } from '../result.ts';
import { GET_TABLE, tabwrite } from '../tabwriter.ts';
import { loadYaml, yamlCodec } from '../yaml-on-demand.ts';

function view(namespace: string | undefined): Record<string, unknown> {
	return {
		apiVersion: 'v1',
		clusters: [{ cluster: { 'certificate-authority-data': 'DATA+OMITTED', server: API_SERVER_URL }, name: CLUSTER_NAME }],
		contexts: [{ context: { cluster: CLUSTER_NAME, ...(namespace ? { namespace } : {}), user: USER_NAME }, name: CONTEXT_NAME }],
		'current-context': CONTEXT_NAME,
		kind: 'Config',
		preferences: {},
		users: [{ name: USER_NAME, user: { 'client-certificate-data': 'DATA+OMITTED', 'client-key-data': 'DATA+OMITTED' } }],
	};
}

export const config: Command = {
	name: 'config',
	flags: [
		{ name: 'current', type: 'bool' },
		{ name: 'minify', type: 'bool' },
		{ name: 'output', short: 'o', type: 'string' },
	],
	async load(flags) {
		const output = typeof flags['output'] === 'string' ? flags['output'] : '';
		await (parseTemplateFormat(output) ? TEMPLATES.load() : output === 'json' ? undefined : loadYaml());
	},
	run(ctx) {
		const [sub, ...rest] = ctx.args;
		const kubeconfig = kubeconfigOf(ctx.cluster);
		switch (sub) {
			case 'set-context': {
				const name = bool(ctx, 'current') ? CONTEXT_NAME : rest[0];
				if (!name) throw new KubectlError("error: you must specify a non-empty context name or --current\nSee 'kubectl config set-context -h' for help and examples");
				if (name !== CONTEXT_NAME) throw new KubectlError(`error: the simulator's kubeconfig has one context, "${CONTEXT_NAME}"`);
				const namespace = str(ctx, 'namespace');
				if (namespace !== undefined) kubeconfig.namespace = namespace;
				return ctx.out.out(`Context "${name}" modified.`);
			}
			case 'current-context':
				return ctx.out.out(CONTEXT_NAME);
			case 'get-contexts': {
				const rows = ['CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE', `*\t${CONTEXT_NAME}\t${CLUSTER_NAME}\t${USER_NAME}\t${kubeconfig.namespace ?? ''}`];
				return ctx.out.write(`${tabwrite(rows.join('\n'), GET_TABLE)}\n`);
			}
			case 'view': {
				const data = view(kubeconfig.namespace);
				const output = str(ctx, 'output') ?? 'yaml';
				const template = parseTemplateFormat(output);
				if (template) return ctx.out.write(TEMPLATES.get().printTemplate(template, data as unknown as KubeObject));
				if (output === 'json') return ctx.out.out(JSON.stringify(data, null, 4));
				if (output !== 'yaml') throw new KubectlError(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,jsonpath,jsonpath-as-json,jsonpath-file,yaml`);
				return ctx.out.write(yamlCodec().stringify(data, { version: '1.1', sortMapEntries: true, indentSeq: false, lineWidth: 0 }));
			}
			default:
				throw new KubectlError(sub ? `error: unknown command "${sub}" for "kubectl config"` : "error: the simulator knows kubectl config set-context, view, current-context and get-contexts");
		}
	},
};
