// The grading CLI, run as a teacher would run it (a real child process).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixture } from './helpers.ts';

const CLI = join(import.meta.dirname, '../../../src/cli/validate.ts');

function run(args: string[], input?: string) {
	const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: FIXTURES, env: { ...process.env, NO_COLOR: '1' } });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('validate CLI', () => {
	it('exits 0 for valid files and prints a summary', () => {
		const r = run(['valid/pod.yaml', 'valid/rc.yaml']);
		expect(r.code).toBe(0);
		expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^2 files checked: 0 errors, 0 warnings, \d+ info \(Kubernetes 1\.\d+\)$/);
	});
	it('exits 1 and reports file:line:col, severity, message and code for errors', () => {
		const r = run(['invalid/rc-selector-mismatch.yaml']);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('invalid/rc-selector-mismatch.yaml');
		expect(r.stdout).toMatch(/ {2}10:7 +error +The ReplicationController's selector does not match .* selector-mismatch/);
	});
	it('prints the documented JSON shape', () => {
		const r = run(['--format', 'json', 'invalid/rc-selector-mismatch.yaml']);
		const report = JSON.parse(r.stdout);
		expect(report[0].file).toBe('invalid/rc-selector-mismatch.yaml');
		expect(report[0].documents[0]).toMatchObject({ index: 0, kind: 'ReplicationController', name: 'web', valid: false });
		expect(report[0].documents[0].diagnostics[0]).toMatchObject({
			severity: 'error',
			code: 'selector-mismatch',
			field: 'spec.template.metadata.labels',
			line: 10,
			column: 7,
			endLine: 10,
			endColumn: 13,
		});
		expect(report[0].documents[0].diagnostics[0].message).toContain('selector');
	});
	it('speaks Chinese with --lang zh-CN and drops advice with --errors-only', () => {
		const r = run(['--lang', 'zh-CN', '--errors-only', '--format', 'json', 'invalid/rc-selector-mismatch.yaml']);
		const diags = JSON.parse(r.stdout)[0].documents[0].diagnostics;
		expect(diags.map((d: { severity: string }) => d.severity)).toEqual(['error']);
		expect(diags[0].message).toContain('选择算符');
	});
	it('walks folders recursively for .yaml, .yml and .json and reads stdin', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kc-validate-'));
		writeFileSync(join(dir, 'a.yml'), fixture('valid/pod.yaml'));
		writeFileSync(join(dir, 'notes.txt'), 'not a manifest');
		const r = run(['--format', 'json', dir, '-', FIXTURES + '/valid'], fixture('invalid/duplicate-key.yaml'));
		const report = JSON.parse(r.stdout) as { file: string; documents: { valid: boolean }[] }[];
		expect(report.map((f) => f.file.split('/').at(-1))).toEqual(['a.yml', '<stdin>', 'deployment-and-service.yaml', 'pod.yaml', 'rc.yaml', 'replicaset.json']);
		expect(report[1]!.documents[0]!.valid).toBe(false);
		expect(r.code).toBe(1);
	});
	it('exits 2 for usage errors and unreadable paths', () => {
		expect(run([]).code).toBe(2);
		expect(run(['--format', 'xml', 'valid/pod.yaml']).code).toBe(2);
		expect(run(['--lang', 'fr', 'valid/pod.yaml']).code).toBe(2);
		expect(run(['--bogus', 'valid/pod.yaml']).code).toBe(2);
		const missing = run(['valid/pod.yaml', 'no/such/file.yaml']);
		expect(missing.code).toBe(2);
		expect(missing.stdout).toContain('no/such/file.yaml');
	});
	it('grades a folder of 40 student files into one report', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kc-class-'));
		for (let i = 0; i < 40; i++) {
			const text = i % 4 === 0 ? fixture('invalid/rc-selector-mismatch.yaml') : fixture('valid/rc.yaml');
			writeFileSync(join(dir, `student-${String(i).padStart(2, '0')}.yaml`), text);
		}
		const r = run([dir]);
		expect(r.code).toBe(1);
		expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^40 files checked: 10 errors, 10 warnings, 20 info/);
	});
});
