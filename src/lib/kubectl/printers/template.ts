/**
 * `-o jsonpath=TEMPLATE` and `-o custom-columns=HEADER:PATH,…`, as kubectl's JSONPathPrinter
 * (k8s.io/cli-runtime/pkg/printers/jsonpath.go) and CustomColumnsPrinter
 * (k8s.io/kubectl/pkg/cmd/get/customcolumn.go) print them. Both see the object as `-o json` would
 * show it: one object for a single named resource, otherwise a `List` with `items`. Loaded on demand
 * with the JSONPath evaluator (see get.ts).
 */
import type { KubeObject } from '../../cluster/api/types.ts';
import { executeTemplate, formatValue, JsonPathError, select } from '../jsonpath.ts';
import { KubectlError } from '../result.ts';
import { GET_TABLE, tabwrite } from '../tabwriter.ts';
import { goOrder } from './serialize.ts';
import type { TemplateFormat } from './template-format.ts';

// `--sort-by` evaluates JSONPath too.
export { select };

function asJson(value: KubeObject | KubeObject[]): unknown {
	const ordered = Array.isArray(value) ? { apiVersion: 'v1', items: value.map(goOrder), kind: 'List', metadata: { resourceVersion: '' } } : goOrder(value);
	return JSON.parse(JSON.stringify(ordered)) as unknown;
}

export function printTemplate(format: TemplateFormat, value: KubeObject | KubeObject[]): string {
	try {
		if (format.kind === 'jsonpath') return executeTemplate(format.template, asJson(value));
		return customColumns(format.spec, Array.isArray(value) ? value : [value]);
	} catch (error) {
		if (!(error instanceof JsonPathError)) throw error;
		const what = format.kind === 'jsonpath' ? `error parsing jsonpath ${format.template}` : 'error parsing custom-columns';
		throw new KubectlError(`error: ${what}, ${error.message}`);
	}
}

/** NAME:.metadata.name,IMAGE:.spec.containers[0].image — `<none>` where a path finds nothing. */
function customColumns(spec: string, objects: KubeObject[]): string {
	const columns = spec.split(',').map((part) => {
		const colon = part.indexOf(':');
		if (colon < 0) throw new KubectlError(`error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
		return { header: part.slice(0, colon), path: part.slice(colon + 1) };
	});
	const rows = objects.map((o) => {
		const json = asJson(o);
		return columns.map((c) => {
			const values = select(json, c.path).filter((v) => v !== undefined);
			return values.length === 0 ? '<none>' : values.map(formatValue).join(',');
		});
	});
	return `${tabwrite([columns.map((c) => c.header), ...rows].map((r) => r.join('\t')).join('\n'), GET_TABLE)}\n`;
}
