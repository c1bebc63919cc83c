// The commands the lessons use beyond get/describe/apply: set image, exec, port-forward,
// jsonpath and custom-columns, api-resources, cluster-info, run -it, autoscale, configmaps,
// endpointslices, and apply's error wording. Shapes follow k8s.io/kubectl/pkg/cmd/...
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/lib/session/index.ts';
import { executeTemplate, select } from '../../../src/lib/kubectl/jsonpath.ts';
import { DEPLOY } from './fixtures.ts';

const BROKEN = `apiVersion: v1
kind: Pod
metadata:
  name: broken
spec:
  contaners: []
`;
const INVALID_RC = `apiVersion: v1
kind: ReplicationController
metadata:
  name: bad
spec:
  selector:
    app: a
  template:
    metadata:
      labels:
        app: b
    spec:
      containers:
      - name: c
        image: nginx:1.27
`;

function setup() {
	const files: Record<string, string> = { 'deploy.yaml': DEPLOY, 'broken.yaml': BROKEN, 'bad.yaml': INVALID_RC, 'two.yaml': `${INVALID_RC}---\n${INVALID_RC.replace('name: bad', 'name: bad2')}` };
	const rt = createRuntime({ seed: 5, readFile: (p) => files[p] ?? (() => { throw new Error('ENOENT'); })() });
	return rt;
}

describe('kubectl set image', () => {
	it('updates the template, starts a rollout and prints nothing when unchanged', () => {
		const rt = setup();
		rt.kubectl('kubectl apply -f deploy.yaml');
		rt.advance(30_000);
		expect(rt.kubectl('kubectl set image deployment/web web=nginx:1.28').output).toBe('deployment.apps/web image updated\n');
		expect(rt.kubectl('kubectl set image deployment/web web=nginx:1.28').output).toBe('');
		expect(rt.kubectl('kubectl set image deployment/web nope=nginx:1.28')).toMatchObject({ output: 'error: unable to find container named "nope"\n', exitCode: 1 });
		rt.advance(60_000);
		expect(rt.kubectl('kubectl rollout history deployment/web').output).toMatch(/^1 +<none>\n2 +<none>$/m);
		expect(rt.kubectl('kubectl get pods -o custom-columns=IMAGE:.spec.containers[0].image').output).toBe('IMAGE\nnginx:1.28\nnginx:1.28\n');
	});
});

describe('kubectl exec and port-forward', () => {
	it('runs what the image has, and fails as containerd does for what it lacks', () => {
		const rt = setup();
		rt.kubectl('kubectl run web --image=nginx:1.27 --port=80');
		expect(rt.kubectl('kubectl exec web -- ls /')).toMatchObject({ output: 'error: unable to upgrade connection: container not found ("web")\n', exitCode: 1 });
		rt.advance(10_000);
		expect(rt.kubectl('kubectl exec web -- hostname').output).toBe('web\n');
		expect(rt.kubectl('kubectl exec web -- env').output).toMatch(/^HOSTNAME=web$/m);
		expect(rt.kubectl('kubectl exec web -- curl -s localhost').output).toContain('Welcome to nginx!');
		expect(rt.kubectl('kubectl exec web -- cat /nope')).toMatchObject({ output: 'cat: /nope: No such file or directory\ncommand terminated with exit code 1\n', exitCode: 1 });
		expect(rt.kubectl('kubectl exec web -- ps aux').output).toMatch(/^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "ps": executable file not found in \$PATH: unknown\n$/);
		expect(rt.kubectl('kubectl port-forward pod/web 8080:80').output).toBe('Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n');
	});

	it('removing nginx index.html makes / answer 403', () => {
		const rt = setup();
		rt.kubectl('kubectl run web --image=nginx:1.27');
		rt.advance(10_000);
		expect(rt.kubectl('kubectl exec web -- rm /usr/share/nginx/html/index.html').exitCode).toBe(0);
		expect(rt.kubectl('kubectl exec web -- ls /usr/share/nginx/html').output).toBe('50x.html\n');
		expect(rt.kubectl('kubectl exec web -- curl -s localhost').output).toContain('403 Forbidden');
	});
});

describe('output templates', () => {
	it('jsonpath prints exactly the template; custom-columns fills <none>', () => {
		const rt = setup();
		rt.kubectl('kubectl run web --image=nginx:1.27');
		rt.advance(10_000);
		expect(rt.kubectl("kubectl get pod web -o jsonpath='{.status.phase}'").output).toBe('Running');
		expect(rt.kubectl(`kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\n"}{end}'`).output).toBe('web\n');
		expect(rt.kubectl('kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,X:.spec.nope').output).toMatch(/^NAME +NODE +X\nweb +node-\d +<none>\n$/);
	});

	it('evaluates the JSONPath dialect: filters, slices, recursion, union errors', () => {
		const doc = { items: [{ n: 'a', c: [{ type: 'Ready', status: 'True' }] }, { n: 'b', c: [{ type: 'Ready', status: 'False' }] }] };
		expect(executeTemplate('{.items[*].n}', doc)).toBe('a b');
		expect(executeTemplate('{.items[-1].n}', doc)).toBe('b');
		expect(executeTemplate('{.items[0:1].n}', doc)).toBe('a');
		expect(executeTemplate('{..status}', doc)).toBe('True False');
		expect(executeTemplate('{.items[0].c[?(@.type=="Ready")].status}', doc)).toBe('True');
		expect(executeTemplate('{.items[0].c[0]}', doc)).toBe('{"type":"Ready","status":"True"}');
		expect(select({ a: { 'b.c': 1 } }, ".a['b.c']")).toEqual([1]);
		expect(() => executeTemplate('{.items[0,1]}', doc)).toThrow(/not supported/);
	});
});

describe('discovery and other commands', () => {
	it('api-resources lists what the server serves; cluster-info names the control plane', () => {
		const rt = setup();
		const resources = rt.kubectl('kubectl api-resources').output.split('\n');
		expect(resources[0]).toMatch(/^NAME +SHORTNAMES +APIVERSION +NAMESPACED +KIND$/);
		expect(resources).toContainEqual(expect.stringMatching(/^pods +po +v1 +true +Pod$/));
		expect(rt.kubectl('kubectl cluster-info').output).toBe("Kubernetes control plane is running at https://172.18.0.1:6443\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
		expect(rt.kubectl('kubectl api-versions').output).toMatch(/^apps\/v1\n(.+\n)*v1\n$/);
	});

	it('run -it explains that the simulator cannot attach; --rm alone is kubectl\'s error', () => {
		const rt = setup();
		expect(rt.kubectl('kubectl run t --image=busybox:1.36 --rm -it -- sh').output).toMatch(/^error: the simulator cannot attach a terminal/);
		expect(rt.kubectl('kubectl run t --image=busybox:1.36 --rm -- sh').output).toBe('error: --rm should only be used for attached containers\n');
	});

	it('autoscale stores an HPA that nothing acts on', () => {
		const rt = setup();
		rt.kubectl('kubectl apply -f deploy.yaml');
		expect(rt.kubectl('kubectl autoscale deployment web --min=2 --max=10 --cpu=70%').output).toBe('horizontalpodautoscaler.autoscaling/web autoscaled\n');
		expect(rt.kubectl('kubectl get hpa').output).toMatch(/^NAME +REFERENCE +TARGETS +MINPODS +MAXPODS +REPLICAS +AGE\nweb +Deployment\/web +cpu: <unknown>\/70% +2 +10 +0 +0s\n$/);
	});

	it('configmaps: create from literals, get, describe, delete', () => {
		const rt = setup();
		expect(rt.kubectl('kubectl create configmap app --from-literal=mode=fast --from-literal=list=a,b').output).toBe('configmap/app created\n');
		expect(rt.kubectl('kubectl get cm').output).toMatch(/^NAME +DATA +AGE\napp +2 +0s\n$/);
		expect(rt.kubectl('kubectl describe configmap app').output).toContain('Data\n====\nlist:\n----\na,b\n\nmode:\n----\nfast\n');
		expect(rt.kubectl('kubectl delete configmap app').exitCode).toBe(0);
	});

	it('endpointslices are derived from Endpoints and selectable by service name', () => {
		const rt = setup();
		rt.kubectl('kubectl run web --image=nginx:1.27 --labels=app=web');
		rt.kubectl('kubectl expose pod web --port=80');
		rt.advance(10_000);
		expect(rt.kubectl('kubectl get endpointslices -l kubernetes.io/service-name=web').output).toMatch(/^NAME +ADDRESSTYPE +PORTS +ENDPOINTS +AGE\nweb-[a-z0-9]{5} +IPv4 +80 +10\.244\.\d+\.\d+ +10s\n$/);
	});

	it('apply of a new object the server rejects says "creating"; several failures are an aggregate', () => {
		const rt = setup();
		expect(rt.kubectl('kubectl apply -f broken.yaml').output).toMatch(/^Error from server \(BadRequest\): error when creating "broken.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.contaners"/);
		expect(rt.kubectl('kubectl apply -f bad.yaml').output).toMatch(/^The ReplicationController "bad" is invalid: spec.template.metadata.labels/);
		const two = rt.kubectl('kubectl apply -f two.yaml').output.trim().split('\n');
		expect(two).toHaveLength(2);
		for (const line of two) expect(line).toMatch(/^Error from server \(Invalid\): error when creating "two.yaml": ReplicationController "bad2?" is invalid: /);
	});

	it('names standard input STDIN in its messages, as kubectl does', () => {
		const rt = setup();
		rt.kubectl('kubectl run web --image=nginx:1.27');
		const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n';
		expect(rt.kubectl(`kubectl create -f - <<EOF\n${pod}EOF`).output).toBe('Error from server (AlreadyExists): error when creating "STDIN": pods "web" already exists\n');
	});
});
