/**
 * Command-line flags parsed as spf13/pflag does for kubectl: `--name=value`, `--name value`,
 * `-n value`, `-nvalue`, boolean flags, `--` ending flags; unknown flags fail with pflag's wording.
 */
import { KubectlError } from './result.ts';

export interface FlagSpec {
	name: string;
	short?: string;
	/** `strings` splits on commas (pflag StringSlice); `array` keeps each value whole (StringArray). */
	type: 'bool' | 'string' | 'strings' | 'array' | 'int';
}

export type FlagValues = Record<string, string | boolean | string[] | number | undefined>;

export interface Parsed {
	flags: FlagValues;
	args: string[];
	/** How many args came before `--` (cobra's ArgsLenAtDash); -1 without `--`. */
	argsLenAtDash: number;
}

/** Flags every command accepts (kubectl's persistent flags that matter here). */
export const GLOBAL_FLAGS: FlagSpec[] = [
	{ name: 'namespace', short: 'n', type: 'string' },
	{ name: 'help', short: 'h', type: 'bool' },
];

export function usageHint(command: string): string {
	return `See 'kubectl ${command} --help' for usage.`;
}

export function parseFlags(argv: string[], specs: FlagSpec[], command: string): Parsed {
	const all = [...GLOBAL_FLAGS, ...specs];
	const flags: FlagValues = {};
	const args: string[] = [];
	let argsLenAtDash = -1;
	const set = (spec: FlagSpec, value: string | undefined, display: string): void => {
		if (spec.type === 'bool') {
			if (value === undefined || value === 'true') flags[spec.name] = true;
			else if (value === 'false') flags[spec.name] = false;
			else throw new KubectlError(`error: invalid argument "${value}" for "${display}" flag: strconv.ParseBool: parsing "${value}": invalid syntax\n${usageHint(command)}`);
		} else if (value === undefined) {
			throw new KubectlError(`error: flag needs an argument: ${display}\n${usageHint(command)}`);
		} else if (spec.type === 'int') {
			if (!/^-?\d+$/.test(value)) throw new KubectlError(`error: invalid argument "${value}" for "${display}" flag: strconv.ParseInt: parsing "${value}": invalid syntax\n${usageHint(command)}`);
			flags[spec.name] = Number(value);
		} else if (spec.type === 'strings' || spec.type === 'array') {
			flags[spec.name] = [...((flags[spec.name] as string[] | undefined) ?? []), ...(spec.type === 'array' ? [value] : value.split(','))];
		} else flags[spec.name] = value;
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--') {
			argsLenAtDash = args.length;
			args.push(...argv.slice(i + 1));
			break;
		}
		if (arg.startsWith('--')) {
			const eq = arg.indexOf('=');
			const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
			const spec = all.find((s) => s.name === name);
			if (!spec) throw new KubectlError(`error: unknown flag: --${name}\n${usageHint(command)}`);
			let value = eq < 0 ? undefined : arg.slice(eq + 1);
			if (value === undefined && spec.type !== 'bool') value = argv[++i];
			set(spec, value, `--${name}`);
		} else if (arg.startsWith('-') && arg.length > 1) {
			const short = arg[1]!;
			const spec = all.find((s) => s.short === short);
			if (!spec) throw new KubectlError(`error: unknown shorthand flag: '${short}' in ${arg}\n${usageHint(command)}`);
			const display = `-${short}, --${spec.name}`;
			if (spec.type === 'bool' && arg.length > 2 && arg[2] !== '=') {
				// pflag reads `-it` as `-i -t`: grouped shorthand flags, the last of which may take a value.
				set(spec, undefined, display);
				argv.splice(i + 1, 0, `-${arg.slice(2)}`);
			} else if (spec.type === 'bool') {
				set(spec, arg.length > 2 ? arg.slice(3) : undefined, display);
			} else {
				const inline = arg.length > 2 ? arg.slice(2).replace(/^=/, '') : undefined;
				set(spec, inline ?? argv[++i], display);
			}
		} else args.push(arg);
	}
	return { flags, args, argsLenAtDash };
}
