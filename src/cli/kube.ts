/**
 * `npm run kube -- [--format json] <session-file>`: replays a session against a fresh simulated
 * cluster (three worker nodes) and prints the transcript. A kubectl command that fails is part of the
 * transcript; only a missing file or bad usage makes this exit non-zero.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRuntime, formatTranscript } from '../lib/session/index.ts';

const USAGE = 'usage: npm run kube -- [--format text|json] <session-file>';

async function main(argv: string[]): Promise<number> {
	let format = 'text';
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--format') format = argv[++i] ?? '';
		else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
		else if (arg === '--help' || arg === '-h') {
			process.stdout.write(`${USAGE}\n`);
			return 0;
		} else if (arg.startsWith('-')) {
			process.stderr.write(`kube: unknown option ${arg}\n${USAGE}\n`);
			return 2;
		} else files.push(arg);
	}
	if (files.length !== 1 || (format !== 'text' && format !== 'json')) {
		process.stderr.write(`${USAGE}\n`);
		return 2;
	}
	const path = resolve(files[0]!);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		process.stderr.write(`kube: cannot read session file ${files[0]}\n`);
		return 1;
	}
	const base = dirname(path);
	const runtime = createRuntime({ readFile: (p) => readFileSync(resolve(base, p), 'utf8') });
	await runtime.prepare(text);
	const transcript = runtime.run(text);
	if (format === 'json') process.stdout.write(`${JSON.stringify(transcript.map(({ command, output, exitCode }) => ({ command, output, exitCode })), null, 2)}\n`);
	else process.stdout.write(formatTranscript(transcript));
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
