// Which template printer `-o` names, read without the printers: those, with the JSONPath evaluator,
// load the first time a line uses `-o jsonpath`, `-o custom-columns` or `--sort-by` (see get.ts).
import { onDemand } from '../on-demand.ts';
import { KubectlError } from '../result.ts';

export const TEMPLATES = onDemand('the JSONPath support', () => import('./template.ts'));

export type TemplateFormat = { kind: 'jsonpath'; template: string } | { kind: 'custom-columns'; spec: string };

/** `jsonpath=…`, `jsonpath='…'`, `custom-columns=…`; undefined for other formats. */
export function parseTemplateFormat(output: string): TemplateFormat | undefined {
	const eq = output.indexOf('=');
	const name = eq < 0 ? output : output.slice(0, eq);
	const value = eq < 0 ? '' : output.slice(eq + 1);
	if (name === 'jsonpath' || name === 'custom-columns') {
		if (value === '') throw new KubectlError(name === 'jsonpath' ? 'error: template format specified but no template given' : 'error: custom-columns format specified but no custom columns given');
		return name === 'jsonpath' ? { kind: 'jsonpath', template: value } : { kind: 'custom-columns', spec: value };
	}
	return undefined;
}
