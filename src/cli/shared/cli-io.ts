// Where a CLI writes (the process's stdout and stderr, or a test's collectors), and its arguments read.
import { parseArgs } from 'node:util';

export interface CliIo {
	out(text: string): void;
	err(text: string): void;
}

export const processIo: CliIo = {
	out: (text) => void process.stdout.write(text),
	err: (text) => void process.stderr.write(text),
};

/**
 * Node's parseArgs for a command with string options and `-h/--help`: the parsed values, or the exit
 * code when there is nothing more to do (2 after a usage error, 0 after printing the help).
 */
export function parseCommand(
	command: string,
	usage: string,
	argv: string[],
	options: Record<string, { type: 'string'; default?: string }>,
	io: CliIo,
): { values: Record<string, string | undefined>; positionals: string[] } | number {
	let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
	try {
		parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
	} catch (error) {
		io.err(`npm run ${command}: ${(error as Error).message}\n${usage}\n`);
		return 2;
	}
	if (parsed.values.help) {
		io.out(`${usage}\n`);
		return 0;
	}
	const values = Object.fromEntries(Object.entries(parsed.values).filter((e): e is [string, string] => typeof e[1] === 'string'));
	return { values, positionals: parsed.positionals };
}
