/** What a kubectl command runs with. */
import type { Cluster } from '../cluster/cluster.ts';
import type { FlagSpec, FlagValues } from './flags.ts';
import type { Output } from './result.ts';

/** Reads a file named on the command line (`-f rc.yaml`); injected so src/lib stays free of Node APIs. */
export type FileReader = (path: string) => string;

export interface CommandContext {
	cluster: Cluster;
	/** From -n/--namespace. @default 'default' */
	namespace: string;
	flags: FlagValues;
	args: string[];
	/** How many of `args` came before `--`; -1 without `--` (cobra's ArgsLenAtDash). @default -1 */
	argsLenAtDash?: number;
	stdin?: string;
	readFile?: FileReader;
	out: Output;
}

/** A command's code; its one-line summary, and whether it loads on demand, are in catalog.ts. */
export interface Command {
	name: string;
	flags: FlagSpec[];
	/**
	 * Loads what this invocation needs beyond the command's own code (`-o jsonpath`'s evaluator);
	 * `prepareKubectl` awaits it. @default nothing to load
	 */
	load?(flags: FlagValues): Promise<void>;
	/**
	 * What this invocation will send the API server besides `-f` (`create job` a Job), so the caller can
	 * get the cluster ready for it (its add-ons). @default nothing
	 */
	sends?(flags: FlagValues, args: readonly string[]): readonly unknown[];
	run(ctx: CommandContext): void;
}

export function str(ctx: CommandContext, name: string): string | undefined {
	const v = ctx.flags[name];
	return typeof v === 'string' ? v : undefined;
}

export function bool(ctx: CommandContext, name: string): boolean {
	return ctx.flags[name] === true;
}

export function strings(ctx: CommandContext, name: string): string[] {
	const v = ctx.flags[name];
	return Array.isArray(v) ? v : [];
}
