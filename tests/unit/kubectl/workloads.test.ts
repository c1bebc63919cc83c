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
		expect(describe).toMatch(/\nInit Containers:\n {2}setup:\n[^]*\n {2}proxy:\n[^]*\nContainers:\n {2}app:\n/);
		expect(describe).toMatch(/^ {4}State: {10}Terminated\n {6}Reason: {7}Completed\n {6}Exit Code: {4}0$/m);
	});
});

// Recorded from kubectl v1.32.4 (`--dry-run=client -o yaml` needs no server); create_job.go and
// create_deployment.go build the same objects in 1.37.
const JOB_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  creationTimestamp: null
  name: pi
spec:
  template:
    metadata:
      creationTimestamp: null
    spec:
      containers:
      - command:
        - sh
        - -c
        - echo hi
        image: busybox:1.37
        name: pi
        resources: {}
      restartPolicy: Never
status: {}
`;
const DEPLOYMENT_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.27
        name: nginx
        ports:
        - containerPort: 80
        resources: {}
      - image: redis:8.0
        name: redis
        resources: {}
status: {}
`;

describe('kubectl create job and create deployment', () => {
	it('build the objects kubectl builds (client dry run), and their usage errors', () => {
		const rt = setup();
		expect(rt.kubectl("kubectl create job pi --image=busybox:1.37 --dry-run=client -o yaml -- sh -c 'echo hi'").output).toBe(JOB_YAML);
		expect(rt.kubectl('kubectl create deployment web --image=nginx:1.27 --image=redis:8.0 --port=80 --dry-run=client -o yaml').output).toBe(DEPLOYMENT_YAML);
		expect(rt.kubectl('kubectl create job pi --image=busybox:1.37 --dry-run=client').output).toBe('job.batch/pi created (client dry run)\n');
		expect(rt.kubectl('kubectl create job --image=nginx')).toMatchObject({ output: "error: exactly one NAME is required, got 0\nSee 'kubectl create job -h' for help and examples\n", exitCode: 1 });
		expect(rt.kubectl('kubectl create deployment web extra --image=nginx').output).toBe("error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n");
		expect(rt.kubectl('kubectl create job pi').output).toBe('error: either --image or --from must be specified\n');
		expect(rt.kubectl('kubectl get jobs').output).toBe('No resources found in default namespace.\n');
		// Discovery lists batch after autoscaling, in the API server's group priority order.
		expect(rt.kubectl('kubectl api-resources').output).toMatch(/\nhorizontalpodautoscalers +hpa +autoscaling\/v2 +true +HorizontalPodAutoscaler\ncronjobs +cj +batch\/v1 +true +CronJob\njobs +batch\/v1 +true +Job\nleases /);
	});

	it('create deployment --replicas runs the Deployment; create job runs to Complete, its Pod Completed', () => {
		const rt = setup();
		expect(rt.kubectl('kubectl create deployment web --image=nginx:1.27 --replicas=3').output).toBe('deployment.apps/web created\n');
		expect(rt.kubectl('kubectl create job pi --image=busybox:1.37 -- sh -c "echo 3.14; sleep 2"').output).toBe('job.batch/pi created\n');
		expect(rt.kubectl('kubectl get jobs').output).toBe('NAME   STATUS    COMPLETIONS   DURATION   AGE\npi     Running   0/1           0s         0s\n');
		rt.advance(20_000);
		expect(rt.kubectl('kubectl get deployment web').output).toBe('NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    3/3     3            3           20s\n');
		expect(rt.kubectl('kubectl get jobs -o wide').output).toMatch(/^NAME {3}STATUS {5}COMPLETIONS {3}DURATION {3}AGE {3}CONTAINERS {3}IMAGES {9}SELECTOR\npi {5}Complete {3}1\/1 {11}\d+s +20s {3}pi {11}busybox:1\.37 {3}batch\.kubernetes\.io\/controller-uid=[0-9a-f-]{36}\n$/);
		expect(rt.kubectl('kubectl get pods -l job-name=pi').output).toMatch(/^NAME {7}READY {3}STATUS {6}RESTARTS {3}AGE\npi-[a-z0-9]{5} {3}0\/1 {5}Completed {3}0 {10}20s\n$/);
		expect(rt.kubectl('kubectl logs job/pi').output).toBe('3.14\n');
		// Jobs are in the "all" category, listed last.
		expect(rt.kubectl('kubectl get all').output).toMatch(/\n\nNAME {11}STATUS {5}COMPLETIONS {3}DURATION {3}AGE\njob\.batch\/pi {3}Complete {3}1\/1 +\d+s +20s\n$/);
		// describe.go describeJob.
		const describe = rt.kubectl('kubectl describe job pi').output;
		expect(describe).toMatch(/^Name: {13}pi\nNamespace: {8}default\nSelector: {9}batch\.kubernetes\.io\/controller-uid=[0-9a-f-]{36}\nLabels: {11}batch\.kubernetes\.io\/controller-uid=/);
		expect(describe).toContain('\nParallelism:      1\nCompletions:      1\nCompletion Mode:  NonIndexed\nSuspend:          false\nBackoff Limit:    6\nStart Time:       Thu, 01 Jan 2026 09:00:00 +0000\nCompleted At:     ');
		expect(describe).toMatch(/\nDuration: {9}\d+s\nPods Statuses: {4}0 Active \(0 Ready\) \/ 1 Succeeded \/ 0 Failed\nPod Template:\n/);
		expect(describe).toMatch(/\n {2}Normal {2}Completed {9}\d+s {3}job-controller {2}Job completed\n$/);
	});
});

describe('kubectl get --field-selector, --no-headers, --sort-by', () => {
	it('selects by the fields the API server supports and refuses the others as it does', () => {
		const rt = setup();
		rt.kubectl('kubectl create deployment web --image=nginx:1.27 --replicas=3');
		rt.kubectl('kubectl create job pi --image=busybox:1.37 -- sh -c "echo 3.14"');
		rt.advance(20_000);
		const running = rt.kubectl('kubectl get pods --field-selector=status.phase=Running --no-headers').output.trim().split('\n');
		expect(running).toHaveLength(3);
		expect(running.every((l) => /^web-[a-z0-9]+-[a-z0-9]{5} {3}1\/1 {3}Running {3}0 {5}20s$/.test(l))).toBe(true);
		expect(rt.kubectl('kubectl get pods --field-selector status.phase!=Running,metadata.name!=x --no-headers').output).toMatch(/^pi-[a-z0-9]{5} {3}0\/1 {3}Completed {3}0 {5}20s\n$/);
		const node = rt.kubectl("kubectl get pods -l job-name=pi -o jsonpath='{.items[0].spec.nodeName}'").output;
		expect(rt.kubectl(`kubectl get pods --field-selector spec.nodeName=${node},status.phase==Succeeded -o name`).output).toMatch(/^pod\/pi-[a-z0-9]{5}\n$/);
		expect(rt.kubectl('kubectl get jobs --field-selector status.successful=1 -o name').output).toBe('job.batch/pi\n');
		expect(rt.kubectl('kubectl get pods --field-selector status.phase=Failed')).toMatchObject({ output: 'No resources found in default namespace.\n', exitCode: 0 });
		expect(rt.kubectl('kubectl get events --field-selector involvedObject.kind=Job,reason=Completed --no-headers').output).toMatch(/^\d+s {3}Normal {3}Completed {3}job\/pi {3}Job completed\n$/);
		expect(rt.kubectl('kubectl get pods --field-selector foo=bar')).toMatchObject({
			output: 'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo\n',
			exitCode: 1,
		});
		expect(rt.kubectl('kubectl get deployments --field-selector spec.replicas=3').output).toBe(
			'Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label selector "", field selector "spec.replicas=3": "spec.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"\n',
		);
	});

	it('--no-headers aligns the rows among themselves; --sort-by orders them', () => {
		const rt = setup();
		rt.kubectl('kubectl create deployment web --image=nginx:1.27 --replicas=2');
		rt.kubectl('kubectl create job a-job --image=busybox:1.37 -- sh -c "sleep 3"');
		rt.advance(20_000);
		const names = rt.kubectl('kubectl get pods --sort-by=.metadata.name --no-headers').output.trim().split('\n').map((l) => l.split(/ +/)[0]);
		expect(names).toEqual([...names].sort());
		expect(names[0]).toMatch(/^a-job-/);
		expect(rt.kubectl('kubectl get deployments --no-headers').output).toBe('web   2/2   2     2     20s\n');
	});
});
