// Grading CLI: validates manifest files, folders and stdin the way kube-apiserver would.
//   npm run validate -- [--format stylish|json] [--lang en|zh-CN] [--errors-only] <file|dir|->...
// Exit code: 0 no errors, 1 at least one error, 2 usage error or unreadable path.
// Plain JavaScript syntax only (Node strips the types), so `node src/cli/validate.ts` runs as is.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { useFastEnv } from './shared/fast-env.ts';
import { KUBERNETES_VERSION, validateManifest, type Diagnostic, type Lang, type ValidationResult } from '../lib/validate/index.ts';

const USAGE = `Usage: npm run validate -- [--format stylish|json] [--lang en|zh-CN] [--errors-only] <file|dir|->...

Checks Kubernetes manifests as kube-apiserver ${KUBERNETES_VERSION} would.
  --format stylish|json  report format (default: stylish)
  --lang en|zh-CN        language of the explanations (default: en)
  --errors-only          leave out warnings and advice
  -                      read a manifest from standard input
Folders are searched recursively for *.yaml, *.yml and *.json files.
Exit code: 0 when no errors, 1 when any error, 2 for usage errors or unreadable paths.`;

const EXTENSIONS = /\.(ya?ml|json)$/i;

interface FileReport {
	file: string;
	result?: ValidationResult;
	readError?: string;
}

/** Every manifest file under a folder, sorted so reports are stable. */
function manifestsIn(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...manifestsIn(path));
		else if (entry.isFile() && EXTENSIONS.test(entry.name)) out.push(path);
	}
	return out;
}

function readTargets(targets: string[], readStdin: () => string): FileReport[] {
	const reports: FileReport[] = [];
	for (const target of targets) {
		if (target === '-') {
			reports.push({ file: '<stdin>', result: validateManifest(readStdin()) });
			continue;
		}
		try {
			const files = statSync(target).isDirectory() ? manifestsIn(target) : [target];
			for (const file of files) reports.push({ file: relative(process.cwd(), file) || file, result: validateManifest(readFileSync(file, 'utf8')) });
		} catch (err) {
			reports.push({ file: target, readError: (err as NodeJS.ErrnoException).code ?? String(err) });
		}
	}
	return reports;
}

function keep(d: Diagnostic, errorsOnly: boolean): boolean {
	return !errorsOnly || d.severity === 'error';
}

function toJson(reports: FileReport[], lang: Lang, errorsOnly: boolean): unknown {
	return reports.map((r) => ({
		file: r.file,
		...(r.readError ? { error: r.readError } : {}),
		documents: (r.result?.documents ?? []).map((doc) => ({
			index: doc.index,
			...(doc.item !== undefined ? { item: doc.item } : {}),
			apiVersion: doc.apiVersion,
			kind: doc.kind,
			name: doc.name,
			valid: doc.valid,
			diagnostics: doc.diagnostics.filter((d) => keep(d, errorsOnly)).map((d) => ({
				severity: d.severity,
				code: d.code,
				field: d.field,
				message: d.message[lang],
				apiMessage: d.apiMessage,
				docs: d.docs,
				line: d.range?.line,
				column: d.range?.column,
				endLine: d.range?.endLine,
				endColumn: d.range?.endColumn,
			})),
		})),
		// Problems outside any document (size, nesting) are listed with the file.
		diagnostics: (r.result?.diagnostics ?? []).filter((d) => keep(d, errorsOnly) && !r.result?.documents.some((doc) => doc.diagnostics.includes(d))).map((d) => ({
			severity: d.severity,
			code: d.code,
			message: d.message[lang],
			apiMessage: d.apiMessage,
			line: d.range?.line,
			column: d.range?.column,
		})),
	}));
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', underline: '\x1b[4m', reset: '\x1b[0m' };

/** ESLint's "stylish": a heading per file, `line:col  severity  message  code` per problem, a summary. */
function toStylish(reports: FileReport[], lang: Lang, errorsOnly: boolean, color: boolean): string {
	const c = (k: keyof typeof COLORS, s: string) => (color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
	const words = lang === 'zh-CN' ? { error: '错误', warning: '警告', info: '提示' } : { error: 'error', warning: 'warning', info: 'info' };
	const lines: string[] = [];
	const counts = { error: 0, warning: 0, info: 0 };
	let unreadable = 0;
	for (const r of reports) {
		if (r.readError) {
			unreadable++;
			lines.push(c('underline', r.file), `  ${c('error', words.error)}  ${lang === 'zh-CN' ? '无法读取' : 'cannot read'}: ${r.readError}`, '');
			continue;
		}
		const diags = (r.result?.diagnostics ?? []).filter((d) => keep(d, errorsOnly));
		if (diags.length === 0) continue;
		lines.push(c('underline', r.file));
		for (const d of diags) {
			counts[d.severity]++;
			const where = `${d.range?.line ?? 0}:${d.range?.column ?? 0}`.padEnd(7);
			const sev = c(d.severity, words[d.severity].padEnd(7));
			lines.push(`  ${where} ${sev} ${d.message[lang]}  ${c('dim', d.code)}`);
			lines.push(`  ${' '.repeat(7)} ${' '.repeat(7)} ${c('dim', d.apiMessage.split('\n').join(' '))}`);
		}
		lines.push('');
	}
	const files = reports.length;
	const summary =
		lang === 'zh-CN'
			? `检查了 ${files} 个文件：${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 条提示${unreadable ? `，${unreadable} 个路径无法读取` : ''}（Kubernetes ${KUBERNETES_VERSION}）`
			: `${files} file${files === 1 ? '' : 's'} checked: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info${unreadable ? `, ${unreadable} unreadable` : ''} (Kubernetes ${KUBERNETES_VERSION})`;
	lines.push(c(counts.error || unreadable ? 'error' : 'dim', summary));
	return lines.join('\n');
}

export function main(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; readStdin: () => string; color: boolean }): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				format: { type: 'string', default: 'stylish' },
				lang: { type: 'string', default: 'en' },
				'errors-only': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (err) {
		io.stderr(`${(err as Error).message}\n\n${USAGE}\n`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.stdout(`${USAGE}\n`);
		return 0;
	}
	const format = values.format;
	const lang = values.lang;
	if ((format !== 'stylish' && format !== 'json') || (lang !== 'en' && lang !== 'zh-CN') || positionals.length === 0) {
		const problem = positionals.length === 0 ? 'No files given.' : `Unknown ${format !== 'stylish' && format !== 'json' ? `format "${format}"` : `language "${lang}"`}.`;
		io.stderr(`${problem}\n\n${USAGE}\n`);
		return 2;
	}
	const reports = readTargets(positionals, io.readStdin);
	const errorsOnly = values['errors-only'];
	if (format === 'json') io.stdout(`${JSON.stringify(toJson(reports, lang, errorsOnly), null, 2)}\n`);
	else io.stdout(`${toStylish(reports, lang, errorsOnly, io.color)}\n`);
	if (reports.some((r) => r.readError)) return 2;
	return reports.some((r) => r.result?.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
	useFastEnv();
	process.exitCode = main(process.argv.slice(2), {
		stdout: (s) => process.stdout.write(s),
		stderr: (s) => process.stderr.write(s),
		readStdin: () => readFileSync(0, 'utf8'),
		color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
	});
}
