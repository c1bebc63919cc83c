// kubectl for CronJobs, DaemonSets and StatefulSets: create cronjob (its client dry run recorded from
// kubectl 1.32), create job --from, get (printCronJob, printDaemonSet, printStatefulSet), describe,
// rollout status (DaemonSetStatusViewer, StatefulSetStatusViewer), get all, api-resources.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/lib/session/index.ts';

const DS = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      nodeSelector: {kubernetes.io/os: linux}
      containers:
      - name: agent
        image: busybox:1.37
        command: [sh, -c, "sleep infinity"]
`;
const STS = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
`;

// Recorded from kubectl v1.32.4: kubectl create cronjob hello --image=busybox:1.37 --schedule="0 * * * *"
// --dry-run=client -o yaml -- date (create_cronjob.go builds the same object in 1.37). A schedule that
// starts with `*` is single-quoted by go-yaml ('*/1 * * * *'); the simulator's serializer double-quotes it.
const CRONJOB_YAML = `apiVersion: batch/v1
kind: CronJob
metadata:
  creationTimestamp: null
  name: hello
spec:
  jobTemplate:
    metadata:
      creationTimestamp: null
      name: hello
    spec:
      template:
        metadata:
          creationTimestamp: null
        spec:
          containers:
          - command:
            - date
            image: busybox:1.37
            name: hello
            resources: {}
          restartPolicy: OnFailure
  schedule: 0 * * * *
status: {}
`;

function setup() {
	const files: Record<string, string> = { 'ds.yaml': DS, 'sts.yaml': STS, 'sts-ondelete.yaml': STS.replace('  serviceName: web\n', '  serviceName: web\n  updateStrategy:\n    type: OnDelete\n') };
	return createRuntime({ seed: 5, readFile: (p) => files[p] ?? (() => { throw new Error('ENOENT'); })() });
}

describe('kubectl create cronjob and create job --from', () => {
	it('build what kubectl builds, with its usage errors', () => {
		const rt = setup();
		expect(rt.kubectl('kubectl create cronjob hello --image=busybox:1.37 --schedule="0 * * * *" --dry-run=client -o yaml -- date').output).toBe(CRONJOB_YAML);
		expect(rt.kubectl('kubectl create cronjob hello --image=busybox --schedule="* * * * *" --dry-run=client').output).toBe('cronjob.batch/hello created (client dry run)\n');
		expect(rt.kubectl('kubectl create cronjob hello --image=busybox --schedule="* * * * *" --restart=Never --dry-run=client -o yaml -n prod').output).toMatch(/\n {2}name: hello\n {2}namespace: prod\n[^]*\n {10}restartPolicy: Never\n/);
		expect(rt.kubectl('kubectl create cronjob hello --image=busybox')).toMatchObject({ output: 'error: required flag(s) "schedule" not set\n', exitCode: 1 });
		expect(rt.kubectl('kubectl create cronjob hello --schedule="* * * * *"').output).toBe('error: required flag(s) "image" not set\n');
		expect(rt.kubectl('kubectl create cronjob --image=busybox --schedule="* * * * *"').output).toBe("error: exactly one NAME is required, got 0\nSee 'kubectl create cronjob -h' for help and examples\n");
		expect(rt.kubectl('kubectl create job x --from=cronjob/a --image=b').output).toBe('error: either --image or --from must be specified\n');
		expect(rt.kubectl('kubectl create job x --from=cronjob/a -- date').output).toBe('error: cannot specify --from and command\n');
		expect(rt.kubectl('kubectl create job x --from=cronjob/a')).toMatchObject({ output: 'Error from server (NotFound): cronjobs.batch "a" not found\n', exitCode: 1 });
	});

	it('runs the CronJob on its schedule; get cronjobs prints printCronJob columns; a Job from it is marked manual', () => {
		const rt = setup();
		expect(rt.kubectl('kubectl create cronjob hello --image=busybox:1.37 --schedule="*/1 * * * *" -- date').output).toBe('cronjob.batch/hello created\n');
		expect(rt.kubectl('kubectl get cronjobs').output).toBe('NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\nhello   */1 * * * *   <none>     False     0        <none>          0s\n');
		rt.advance(65_000);
		expect(rt.kubectl('kubectl get cj -o wide').output).toBe(
			'NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE   CONTAINERS   IMAGES         SELECTOR\nhello   */1 * * * *   <none>     False     0        5s              65s   hello        busybox:1.37   <none>\n',
		);
		expect(rt.kubectl('kubectl get jobs -o name').output).toBe('job.batch/hello-29454301\n');
		expect(rt.kubectl('kubectl create job manual --from=cronjob/hello').output).toBe('job.batch/manual created\n');
		const manual = JSON.parse(rt.kubectl('kubectl get job manual -o json').output);
		expect(manual.metadata.annotations).toEqual({ 'cronjob.kubernetes.io/instantiate': 'manual' });
		expect(manual.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hello', uid: expect.any(String), controller: true }]);
		const text = rt.kubectl('kubectl describe cronjob hello').output;
		expect(text).toMatch(/^Name: {26}hello\nNamespace: {21}default\nLabels: {24}<none>\nAnnotations: {19}<none>\nSchedule: {22}\*\/1 \* \* \* \*\nConcurrency Policy: {12}Allow\nSuspend: {23}False\nSuccessful Job History Limit: {2}3\nFailed Job History Limit: {6}1\nStarting Deadline Seconds: {5}<unset>\nSelector: {22}<unset>\nParallelism: {19}<unset>\nCompletions: {19}<unset>\nPod Template:\n/);
		expect(text).toContain('\nLast Schedule Time:  Thu, 01 Jan 2026 09:01:00 +0000\nActive Jobs:         <none>\nEvents:\n');
		expect(text).toMatch(/\n {2}Normal +SuccessfulCreate +\d+s +cronjob-controller {2}Created job hello-29454301\n/);
		// The Job made by hand is not in the active list: syncCronJob reports it.
		expect(text).toMatch(/\n {2}Warning {2}UnexpectedJob {5}0s {4}cronjob-controller {2}Saw a job that the controller did not create or forgot: manual\n$/);
	});
});

describe('kubectl with DaemonSets and StatefulSets', () => {
	it('get, describe and rollout status print what kubectl prints', () => {
		const rt = setup();
		expect(rt.kubectl('kubectl apply -f ds.yaml').output).toBe('daemonset.apps/agent created\n');
		expect(rt.kubectl('kubectl apply -f sts.yaml').output).toBe('statefulset.apps/web created\n');
		expect(rt.kubectl('kubectl get ds').output).toBe('NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE\nagent   3         3         0       3            0           kubernetes.io/os=linux   0s\n');
		expect(rt.kubectl('kubectl get sts').output).toBe('NAME   READY   AGE\nweb    0/2     0s\n');
		// rollout status waits on the simulated clock: web-1 is created once web-0 is Running and Ready.
		expect(rt.kubectl('kubectl rollout status sts/web').output).toBe('Waiting for 2 pods to be ready...\nWaiting for 1 pods to be ready...\npartitioned roll out complete: 2 new pods have been updated...\n');
		expect(rt.kubectl('kubectl rollout status ds/agent').output).toBe('daemon set "agent" successfully rolled out\n');
		expect(rt.kubectl('kubectl get sts -o wide').output).toMatch(/^NAME {3}READY {3}AGE {3}CONTAINERS {3}IMAGES\nweb {4}2\/2 {5}\d+s {3}nginx {8}nginx:1\.27\n$/);
		const ds = rt.kubectl('kubectl describe ds agent').output;
		expect(ds).toMatch(/^Name: {11}agent\nNamespace: {6}default\nSelector: {7}app=agent\nNode-Selector: {2}kubernetes\.io\/os=linux\nLabels: {9}<none>\nAnnotations: {4}deprecated\.daemonset\.template\.generation: 1\nDesired Number of Nodes Scheduled: 3\nCurrent Number of Nodes Scheduled: 3\nNumber of Nodes Scheduled with Up-to-date Pods: 3\nNumber of Nodes Scheduled with Available Pods: 3\nNumber of Nodes Misscheduled: 0\nPods Status: {2}3 Running \/ 0 Waiting \/ 0 Succeeded \/ 0 Failed\nPod Template:\n/);
		expect(ds.match(/daemonset-controller {2}Created pod: agent-[a-z0-9]{5}\n/g)).toHaveLength(3);
		const sts = rt.kubectl('kubectl describe sts web').output;
		expect(sts).toMatch(/^Name: {15}web\nNamespace: {10}default\nCreationTimestamp: {2}Thu, 01 Jan 2026 09:00:00 \+0000\nSelector: {11}app=web\nLabels: {13}<none>\nAnnotations: {8}<none>\nReplicas: {11}2 desired \| 2 total\nUpdate Strategy: {4}RollingUpdate\n {2}Partition: {8}0\nPods Status: {8}2 Running \/ 0 Waiting \/ 0 Succeeded \/ 0 Failed\nPod Template:\n/);
		expect(sts).toMatch(/\nVolume Claims: {5}<none>\nEvents:\n[^]*statefulset-controller {2}create Pod web-0 in StatefulSet web successful\n[^]*create Pod web-1 in StatefulSet web successful\n$/);
		// get all: DaemonSets and StatefulSets around Deployments and ReplicaSets, CronJobs before Jobs.
		expect(rt.kubectl('kubectl get all -o name').output).toMatch(/\nservice\/kubernetes\ndaemonset\.apps\/agent\nstatefulset\.apps\/web\n$/);
		expect(rt.kubectl('kubectl api-resources --api-group=apps').output).toBe(
			'NAME           SHORTNAMES   APIVERSION   NAMESPACED   KIND\ndaemonsets     ds           apps/v1      true         DaemonSet\ndeployments    deploy       apps/v1      true         Deployment\nreplicasets    rs           apps/v1      true         ReplicaSet\nstatefulsets   sts          apps/v1      true         StatefulSet\n',
		);
		// A new template rolls out node by node; OnDelete has no status viewer.
		rt.kubectl('kubectl set image ds/agent agent=busybox:1.36');
		const status = rt.kubectl('kubectl rollout status ds/agent').output;
		expect(status).toMatch(/^Waiting for daemon set "agent" rollout to finish: 0 out of 3 new pods have been updated\.\.\.\n/);
		expect(status).toMatch(/\ndaemon set "agent" successfully rolled out\n$/);
		expect(rt.kubectl('kubectl apply -f sts-ondelete.yaml').output).toBe('statefulset.apps/web configured\n');
		expect(rt.kubectl('kubectl rollout status sts/web')).toMatchObject({ output: 'error: rollout status is only available for RollingUpdate strategy type\n', exitCode: 1 });
		expect(rt.kubectl('kubectl delete sts web').output).toBe('statefulset.apps "web" deleted from default namespace\n');
		rt.advance(60_000);
		expect(rt.kubectl('kubectl get pods -l app=web').output).toBe('No resources found in default namespace.\n');
	});
});
