/** `kubectl version`: client and server at the version the validator's schema describes. */
import type { Command } from '../context.ts';

export const version: Command = {
	name: 'version',
	flags: [
		{ name: 'client', type: 'bool' },
		{ name: 'output', short: 'o', type: 'string' },
	],
	run(ctx) {
		const v = ctx.cluster.options.version;
		// kubectl 1.36 vendors kustomize v5.7.1.
		const lines = [`Client Version: ${v}`, 'Kustomize Version: v5.7.1'];
		if (ctx.flags['client'] !== true) lines.push(`Server Version: ${v}`);
		ctx.out.out(lines.join('\n'));
	},
};
