// `kubectl explain` loads its field documentation on first use (a separate chunk in the browser):
// callers prepare the line first; a line that was not prepared says so instead of printing nothing.
// One file of its own, so the "not loaded yet" case runs before anything in this worker loads it.
import { describe, expect, it } from 'vitest';
import { prepareKubectl } from '../../../src/lib/kubectl/index.ts';
import { createRuntime } from '../../../src/lib/session/index.ts';

describe('kubectl explain', () => {
	it('needs its documentation loaded, then prints it as kubectl does', async () => {
		const rt = createRuntime();
		const before = rt.kubectl('kubectl explain pod.spec.containers');
		expect(before.exitCode).toBe(1);
		expect(before.output).toMatch(/^error: the field documentation is not loaded/);

		// Preparing other commands loads nothing; preparing explain (after global flags too) does.
		await rt.prepare('kubectl get pods');
		expect(rt.kubectl('kubectl explain pod').output).toMatch(/^error: the field documentation is not loaded/);
		await rt.prepare('kubectl -n default explain pod.spec.containers');
		const entry = rt.kubectl('kubectl explain pod.spec.containers');
		expect(entry.exitCode).toBe(0);
		expect(entry.output).toMatch(/^KIND: {7}Pod\nVERSION: {4}v1\n\nFIELD: containers <\[\]Container> -required-\n\nDESCRIPTION:\n/);
		expect(entry.output).toMatch(/\n {2}image\t<string>\n/);
	});

	it('prepares without failing on lines that do not parse; running them reports the problem', async () => {
		await expect(prepareKubectl('kubectl get pods "unterminated')).resolves.toBeUndefined();
		expect(createRuntime().kubectl('kubectl get pods "unterminated').exitCode).not.toBe(0);
	});
});
