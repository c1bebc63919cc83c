// kubectl's commands that update an existing Pod print the API server's refusal as kubectl does:
// apply through checkErr's Invalid branch (`The Pod "web" is invalid: …`), set image through the
// error it wraps with %v (`error: failed to patch image update to pod template: Pod "web" is invalid: …`).
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/lib/session/index.ts';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
`;
const WITH_PORT = `${POD}      ports:
        - containerPort: 80
`;

const FORBIDDEN =
	'The Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,' +
	'`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),' +
	'`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n';

function setup() {
	const files: Record<string, string> = { 'pod.yaml': POD, 'pod-port.yaml': WITH_PORT, 'pod-128.yaml': POD.replace('nginx:1.27', 'nginx:1.28') };
	const rt = createRuntime({ seed: 7, readFile: (p) => files[p] ?? (() => { throw new Error('ENOENT'); })() });
	rt.kubectl('kubectl apply -f pod.yaml');
	rt.advance(10_000);
	return rt;
}

describe('kubectl updates of a Pod', () => {
	it('apply with a new port fails with the API server message and leaves the Pod alone', () => {
		const rt = setup();
		expect(rt.kubectl('kubectl apply -f pod-port.yaml')).toMatchObject({
			output: `${FORBIDDEN}- spec.containers[0].ports: null\n+ spec.containers[0].ports: [{"containerPort":80,"protocol":"TCP"}]\n`,
			exitCode: 1,
		});
		expect(rt.kubectl("kubectl get pod web -o jsonpath='{.spec.containers[0].ports}'").output).toBe('');
	});

	it('apply with a new image, label and set image still work', () => {
		const rt = setup();
		expect(rt.kubectl('kubectl apply -f pod-128.yaml').output).toBe('pod/web configured\n');
		expect(rt.kubectl('kubectl label pod web tier=front').output).toBe('pod/web labeled\n');
		expect(rt.kubectl('kubectl set image pod/web web=nginx:1.29').output).toBe('pod/web image updated\n');
		expect(rt.kubectl("kubectl get pod web -o jsonpath='{.spec.containers[0].image} {.metadata.labels.tier}'").output).toBe('nginx:1.29 front');
	});

	it('set image reports a refused update the way set_image.go wraps it', () => {
		const rt = setup();
		expect(rt.kubectl('kubectl set image pod/web web=')).toMatchObject({
			output: 'error: failed to patch image update to pod template: Pod "web" is invalid: spec.containers[0].image: Required value\n',
			exitCode: 1,
		});
	});
});
