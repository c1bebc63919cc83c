// Workloads as learners drive them with kubectl: a rollout to a tag the registry does not have stalls
// (kubectl rollout status waits, then reports the progress deadline) and `rollout undo` brings it back.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/lib/session/index.ts';
import { DEPLOY } from './fixtures.ts';


function setup() {
	const files: Record<string, string> = { 'deploy.yaml': DEPLOY };
	return createRuntime({ seed: 5, readFile: (p) => files[p] ?? (() => { throw new Error('ENOENT'); })() });
}

describe('a rollout to a tag that does not exist', () => {
	it('stalls with ErrImagePull and ImagePullBackOff; rollout status waits; rollout undo fixes it', () => {
		const rt = setup();
		rt.kubectl('kubectl apply -f deploy.yaml');
		expect(rt.kubectl('kubectl rollout status deployment/web').output).toMatch(/deployment "web" successfully rolled out\n$/);
		expect(rt.kubectl('kubectl set image deployment/web web=nginx:does-not-exist').output).toBe('deployment.apps/web image updated\n');
		rt.advance(3_000);
		expect(rt.kubectl('kubectl get pods').output).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5} {3}0\/1 {5}ErrImagePull {3}0 {10}3s$/m);
		rt.advance(1_000);
		const pods = rt.kubectl('kubectl get pods').output;
		expect(pods).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5} {3}0\/1 {5}ImagePullBackOff {3}0 {10}4s$/m);
		expect(pods.match(/1\/1 {5}Running/g)).toHaveLength(2);
		const status = rt.kubectl('kubectl rollout status deployment/web');
		expect(status).toMatchObject({
			output: 'Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...\nerror: deployment "web" exceeded its progress deadline\n',
			exitCode: 1,
		});
		expect(rt.kubectl('kubectl rollout undo deployment/web').output).toBe('deployment.apps/web rolled back\n');
		expect(rt.kubectl('kubectl rollout status deployment/web').output).toBe('deployment "web" successfully rolled out\n');
		expect(rt.kubectl('kubectl get pods').output).not.toMatch(/ImagePull|ErrImage/);
	});
});
