/**
 * `kubectl explain`: field documentation from the validator's explain module (the same upstream
 * OpenAPI definitions it validates against), printed with kubectl's plaintext template
 * (k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl).
 *
 * The documentation is ~230 KB of prose (~56 KB compressed), more than the rest of the playground's
 * engine: like the other rarely used commands, this one loads on first use (see catalog.ts).
 */
import { explain as explainField } from '../../validate/explain.ts';
import type { Command } from '../context.ts';
import { resolveKind } from '../resources.ts';
import { KubectlError } from '../result.ts';

/** Word-wraps to `width` columns, then indents every line. */
function wrap(text: string, width: number, indent: string): string {
	const out: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
			if (line !== '' && line.length + 1 + word.length > width) {
				out.push(indent + line);
				line = word;
			} else line = line === '' ? word : `${line} ${word}`;
		}
		out.push(line === '' ? indent.trimEnd() : indent + line);
	}
	return out.join('\n');
}

export const explain: Command = {
	name: 'explain',
	flags: [
		{ name: 'recursive', type: 'bool' },
		{ name: 'api-version', type: 'string' },
	],
	run(ctx) {
		const arg = ctx.args[0];
		if (!arg) throw new KubectlError("You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee 'kubectl explain -h' for help and examples");
		const [resource, ...path] = arg.split('.');
		const info = resolveKind(resource!);
		const result = explainField(info.apiVersion, info.kind, path);
		if (!result) {
			const missing = path.length > 0 ? path[path.length - 1] : undefined;
			throw new KubectlError(missing ? `error: field "${missing}" does not exist` : `error: couldn't find resource for "${info.apiVersion}, Kind=${info.kind}"`);
		}
		const [group, version] = info.apiVersion.includes('/') ? info.apiVersion.split('/') : ['', info.apiVersion];
		const lines = [`${group ? `GROUP:      ${group}\n` : ''}KIND:       ${info.kind}`, `VERSION:    ${version}`, ''];
		if (path.length > 0) lines.push(`FIELD: ${path[path.length - 1]} <${result.type}>${result.required ? ' -required-' : ''}`, '');
		lines.push('DESCRIPTION:', wrap(result.description || '<empty>', 76, '    '));
		if (result.enum?.length) lines.push(wrap(`Possible enum values: ${result.enum.join(', ')}`, 76, '    '));
		lines.push('    ');
		if (result.fields.length > 0) {
			lines.push('FIELDS:');
			for (const f of result.fields) {
				lines.push(`  ${f.name}\t<${f.type}>${f.required ? ' -required-' : ''}`);
				lines.push(wrap(f.description || '<no description>', 72, '    '), '');
			}
		}
		ctx.out.out(lines.join('\n'));
	},
};
