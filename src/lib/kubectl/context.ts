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
	stdin?: string;
	readFile?: FileReader;
	out: Output;
}

export interface Command {
	name: string;
	/** One-line summary, as `kubectl --help` lists it. */
	short: string;
	flags: FlagSpec[];
	/**
	 * Loads data `run` needs that is too big to ship with the interpreter (explain's field
	 * documentation): the browser fetches it the first time the command is used. Callers await
	 * `prepareKubectl(line)` before `runKubectl(line)`. @default nothing to load
	 */
	load?(): Promise<void>;
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
