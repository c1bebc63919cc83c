import { describe, expect, test } from 'vitest';
import { validateManifest } from '../../../src/lib/validate/index.ts';
import { evaluateExercise, parseCheckPath, type Exercise } from '../../../src/components/manifest-editor/exercise.ts';

const probed = (delay: number, port: number | string = 8080) => `apiVersion: v1
kind: Pod
metadata:
  name: probe-me
spec:
  containers:
    - name: sidecar
      image: busybox:1.36
      command: ["sleep", "3600"]
    - name: web
      image: nginx:1.27
      livenessProbe:
        httpGet:
          path: /health
          port: ${port}
        initialDelaySeconds: ${delay}
`;

const LIVENESS: Exercise = {
	task: 'Add a liveness probe on /health, port 8080, that waits 15 s',
	checks: [
		{ label: 'path', path: 'spec.containers[*].livenessProbe.httpGet.path', equals: '/health' },
		{ label: 'port', path: 'spec.containers[*].livenessProbe.httpGet.port', equals: 8080 },
		{ label: 'delay', path: 'spec.containers[*].livenessProbe.initialDelaySeconds', atLeast: 15, atMost: 15 },
		{ label: 'accepted', accepted: true },
	],
};

describe('parseCheckPath', () => {
	test.each([
		['spec.containers[0].image', ['spec', 'containers', 0, 'image']],
		['spec.containers[*].ports[*].containerPort', ['spec', 'containers', '*', 'ports', '*', 'containerPort']],
		['metadata.labels["app.kubernetes.io/name"]', ['metadata', 'labels', 'app.kubernetes.io/name']],
	])('%s', (path, segments) => {
		expect(parseCheckPath(path)).toEqual(segments);
	});

	test.each(['', 'spec..x', 'spec.containers[', 'spec[x]'])('rejects %j', (path) => {
		expect(() => parseCheckPath(path)).toThrow(/Malformed/);
	});
});

describe('evaluateExercise', () => {
	test('every check passes when the second container carries the probe ([*] finds it)', () => {
		const outcome = evaluateExercise(LIVENESS, validateManifest(probed(15)), 'Pod');
		expect(outcome).toEqual({ passed: true, checks: LIVENESS.checks.map((c) => ({ label: c.label, passed: true })) });
	});

	test('a wrong delay fails only that check', () => {
		const outcome = evaluateExercise(LIVENESS, validateManifest(probed(5)), 'Pod');
		expect(outcome.checks.map((c) => c.passed)).toEqual([true, true, false, true]);
		expect(outcome.passed).toBe(false);
	});

	test('the port as a string is not the number the task asks for', () => {
		expect(evaluateExercise(LIVENESS, validateManifest(probed(15, '"8080"')), 'Pod').checks[1]).toEqual({ label: 'port', passed: false });
	});

	test('checks read the object with the API server’s defaults applied', () => {
		const exercise: Exercise = { task: 't', checks: [{ label: 'policy', path: 'spec.restartPolicy', equals: 'Always' }] };
		expect(evaluateExercise(exercise, validateManifest(probed(15)), 'Pod').passed).toBe(true);
	});

	test('exists: false passes only when the field is absent; a manifest that does not parse passes nothing', () => {
		const exercise: Exercise = { task: 't', checks: [{ label: 'no readiness', path: 'spec.containers[*].readinessProbe', exists: false }] };
		expect(evaluateExercise(exercise, validateManifest(probed(15)), 'Pod').passed).toBe(true);
		expect(evaluateExercise(LIVENESS, validateManifest('kind: [unclosed'), 'Pod').checks.every((c) => !c.passed)).toBe(true);
	});

	test('the document of the expected kind is the one checked in a multi-document file', () => {
		const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n---\n${probed(15)}`;
		expect(evaluateExercise(LIVENESS, validateManifest(text), 'Pod').passed).toBe(true);
		expect(evaluateExercise(LIVENESS, validateManifest(text)).passed).toBe(false);
	});

	test('an exercise with no checks is never passed', () => {
		expect(evaluateExercise({ task: 't', checks: [] }, validateManifest(probed(15))).passed).toBe(false);
	});
});
