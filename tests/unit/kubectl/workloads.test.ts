// Workloads as learners drive them with kubectl: a rollout to a tag the registry does not have stalls
// (kubectl rollout status waits, then reports the progress deadline) and `rollout undo` brings it back.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/lib/session/index.ts';
import { DEPLOY } from './fixtures.ts';


const INIT = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: setup
    image: busybox:1.37
    command: [sh, -c, "echo preparing; sleep 5"]
  - name: proxy
    image: busybox:1.37
    restartPolicy: Always
    command: [sh, -c, "sleep infinity"]
  containers:
  - name: app
    image: nginx:1.27
`;

function setup() {
	const files: Record<string, string> = { 'deploy.yaml': DEPLOY, 'init.yaml': INIT };
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

describe('a Pod with an init container and a sidecar', () => {
	it('kubectl get shows Init:0/2, PodInitializing, then 2/2 Running; logs and describe show the init containers', () => {
		const rt = setup();
		rt.kubectl('kubectl apply -f init.yaml');
		rt.advance(3_000);
		expect(rt.kubectl('kubectl get pod web').output).toBe('NAME   READY   STATUS     RESTARTS   AGE\nweb    0/2     Init:0/2   0          3s\n');
		rt.advance(7_000);
		expect(rt.kubectl('kubectl get pod web').output).toBe('NAME   READY   STATUS            RESTARTS   AGE\nweb    1/2     PodInitializing   0          10s\n');
		rt.advance(3_000);
		expect(rt.kubectl('kubectl get pod web').output).toBe('NAME   READY   STATUS    RESTARTS   AGE\nweb    2/2     Running   0          13s\n');
		expect(rt.kubectl('kubectl logs web -c setup').output).toBe('preparing\n');
		expect(rt.kubectl('kubectl logs web').output).toContain('Defaulted container "app" out of: app, setup (init), proxy (init)\n');
		const describe = rt.kubectl('kubectl describe pod web').output;
		expect(describe).toMatch(/\nInit Containers:\n  setup:\n[^]*\n  proxy:\n[^]*\nContainers:\n  app:\n/);
		expect(describe).toMatch(/^ {4}State: {10}Terminated\n {6}Reason: {7}Completed\n {6}Exit Code: {4}0$/m);
	});
});
