// Services and DNS inside the simulated containers (issue 15, part 5): resolv.conf and CoreDNS's
// records, kube-proxy's Service rules, the Service environment variables, and the endpoints
// controllers' faults (named target ports, publishNotReadyAddresses, terminating pods).
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/lib/session/index.ts';
import { allocateServiceAddresses } from '../../../src/lib/cluster/apiserver/admission.ts';
import type { SeededRandom } from '../../../src/lib/cluster/random.ts';
import type { Service } from '../../../src/lib/cluster/api/types.ts';

const SVC = `kubectl apply -f - <<EOF
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
  - name: http
    port: 80
    targetPort: 8080
EOF`;

/** Three kubeclassroom/web replicas behind the Service `api`, and a busybox client created after it. */
function cluster() {
	const rt = createRuntime({ seed: 7 });
	rt.kubectl('kubectl create deployment api --image=kubeclassroom/web:1.0 --replicas=3');
	rt.kubectl(SVC);
	rt.kubectl('kubectl run client --image=busybox:1.37 -- sleep 3600');
	rt.advance(20_000);
	const exec = (command: string) => rt.kubectl(`kubectl exec client -- ${command}`);
	const clusterIp = rt.kubectl('kubectl get svc api -o jsonpath={.spec.clusterIP}').output;
	return { rt, exec, clusterIp };
}

describe('cluster DNS', () => {
	it('writes resolv.conf for dnsPolicy ClusterFirst and answers for the short name, name.ns, name.ns.svc and the FQDN', () => {
		const { exec, clusterIp } = cluster();
		expect(exec('cat /etc/resolv.conf').output).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
		for (const name of ['api', 'api.default', 'api.default.svc', 'api.default.svc.cluster.local']) {
			expect(exec(`wget -qO- http://${name}`)).toMatchObject({ exitCode: 0, output: expect.stringMatching(/^kubeclassroom\/web: \/ OK \(api-/) });
		}
		expect(exec('nslookup api').output).toBe(`Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tapi.default.svc.cluster.local\nAddress: ${clusterIp}\n\n`);
	});

	it("busybox nslookup does not search a dotted name; an unknown name is NXDOMAIN and a bad address for wget", () => {
		const { exec } = cluster();
		expect(exec('nslookup api.default')).toMatchObject({
			exitCode: 1,
			output: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find api.default: NXDOMAIN\n\n** server can't find api.default: NXDOMAIN\n\ncommand terminated with exit code 1\n",
		});
		expect(exec('nslookup api.default.svc.cluster.local').exitCode).toBe(0);
		expect(exec('wget -qO- http://nope')).toMatchObject({ exitCode: 1, output: "wget: bad address 'nope'\ncommand terminated with exit code 1\n" });
	});

	it('dnsPolicy Default uses the node resolver, which knows no cluster names', () => {
		const rt = createRuntime({ seed: 7 });
		rt.kubectl(SVC);
		rt.kubectl(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: host-dns
spec:
  dnsPolicy: Default
  containers:
  - name: c
    image: busybox:1.37
    command: [sleep, "3600"]
EOF`);
		rt.advance(10_000);
		expect(rt.kubectl('kubectl exec host-dns -- cat /etc/resolv.conf').output).toBe('nameserver 172.18.0.1\n');
		expect(rt.kubectl('kubectl exec host-dns -- wget -qO- http://api.default.svc.cluster.local').output).toMatch(/^wget: bad address 'api.default.svc.cluster.local'$/m);
	});

	it('a headless Service answers with its ready pods, and a pod with hostname and subdomain has its own name', () => {
		const rt = createRuntime({ seed: 7 });
		rt.kubectl(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector:
    app: db
  ports:
  - port: 6379
---
apiVersion: v1
kind: Pod
metadata:
  name: db-0
  labels:
    app: db
spec:
  hostname: db-0
  subdomain: db
  containers:
  - name: redis
    image: redis:8.0
---
apiVersion: v1
kind: Pod
metadata:
  name: client
spec:
  containers:
  - name: c
    image: busybox:1.37
    command: [sleep, "3600"]
EOF`);
		rt.advance(15_000);
		const ip = rt.kubectl('kubectl get pod db-0 -o jsonpath={.status.podIP}').output;
		expect(rt.kubectl('kubectl exec client -- nslookup db').output).toContain(`Name:\tdb.default.svc.cluster.local\nAddress: ${ip}\n`);
		expect(rt.kubectl('kubectl exec client -- nslookup db-0.db.default.svc.cluster.local').output).toContain(`Address: ${ip}\n`);
		expect(rt.kubectl('kubectl exec client -- nc -zv db-0.db.default.svc.cluster.local 6379').output).toBe(`db-0.db.default.svc.cluster.local (${ip}:6379) open\n`);
		expect(rt.kubectl('kubectl exec db-0 -- getent hosts db').output).toBe(`${ip.padEnd(15)} db.default.svc.cluster.local\n`);
		expect(rt.kubectl(`kubectl exec client -- nslookup ${ip.replace(/\./g, '-')}.default.pod.cluster.local`).output).toContain(`Address: ${ip}\n`);
	});
});

describe('Service address allocation', () => {
	it('never hands out the cluster DNS address, and takes node ports from 30000-32767', () => {
		// A random source whose first draw is the tenth address of 10.96.0.0/12.
		const draws = [8, 9, 100];
		const random = { intn: () => draws.shift()! } as unknown as SeededRandom;
		const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' }, spec: { type: 'NodePort', ports: [{ port: 80 }] } } as unknown as Service;
		allocateServiceAddresses(svc, random, []);
		expect(svc.spec.clusterIP).toBe('10.96.0.11');
		expect(svc.spec.ports![0]!.nodePort).toBe(30100);
	});
});

describe('kube-proxy', () => {
	it('spreads requests to the ClusterIP across the ready endpoints, at random', () => {
		const { exec, clusterIp } = cluster();
		const served = new Map<string, number>();
		for (let i = 0; i < 60; i++) {
			const pod = /\((api-[^)]+)\)/.exec(exec(`wget -qO- http://${clusterIp}`).output)![1]!;
			served.set(pod, (served.get(pod) ?? 0) + 1);
		}
		expect(served.size).toBe(3);
		for (const count of served.values()) expect(count).toBeGreaterThan(5);
	});

	it('refuses when the Service has no ready endpoint, times out on a port it lacks', () => {
		const { rt, exec, clusterIp } = cluster();
		expect(exec('wget -qO- http://api:81').output).toBe(`wget: can't connect to remote host (${clusterIp}): Connection timed out\ncommand terminated with exit code 1\n`);
		expect(exec('wget -qO- -T 5 http://api:81').output).toMatch(/^wget: download timed out$/m);
		rt.kubectl('kubectl scale deployment api --replicas=0');
		rt.advance(40_000);
		expect(exec('wget -qO- http://api').output).toBe(`wget: can't connect to remote host (${clusterIp}): Connection refused\ncommand terminated with exit code 1\n`);
		expect(exec('nc -zv api 80').output).toBe(`nc: api (${clusterIp}:80): Connection refused\ncommand terminated with exit code 1\n`);
	});

	it('a NodePort answers on every node, curl prints what nginx serves and fails as curl does', () => {
		const rt = createRuntime({ seed: 7 });
		rt.kubectl('kubectl create deployment web --image=nginx:1.27 --replicas=1');
		rt.kubectl('kubectl expose deployment web --type=NodePort --port=80');
		rt.kubectl('kubectl run client --image=nginx:1.27');
		rt.advance(20_000);
		const nodePort = rt.kubectl('kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}').output;
		expect(Number(nodePort)).toBeGreaterThanOrEqual(30000);
		expect(Number(nodePort)).toBeLessThanOrEqual(32767);
		for (const node of ['172.18.0.2', '172.18.0.3', '172.18.0.4']) {
			expect(rt.kubectl(`kubectl exec client -- curl -s http://${node}:${nodePort}`).output).toContain('<title>Welcome to nginx!</title>');
		}
		expect(rt.kubectl('kubectl exec client -- curl -s http://172.18.0.2:30000').output).toMatch(/^curl: \(7\) Failed to connect to 172.18.0.2 port 30000 after 0 ms: Couldn't connect to server$/m);
		expect(rt.kubectl('kubectl exec client -- curl -s http://nope').output).toMatch(/^curl: \(6\) Could not resolve host: nope$/m);
		// The kubernetes Service reaches the API server, which forbids an anonymous request.
		expect(rt.kubectl('kubectl exec client -- curl -sk https://kubernetes.default/').output).toMatch(/"message": "forbidden: User \\"system:anonymous\\" cannot get path \\"\/\\"",\n {2}"reason": "Forbidden",\n {2}"details": \{\},\n {2}"code": 403\n\}$/);
		expect(rt.kubectl('kubectl exec client -- curl -s https://kubernetes.default/').output).toMatch(/^curl: \(60\) SSL certificate problem: unable to get local issuer certificate$/m);
		expect(rt.kubectl('kubectl exec client -- curl -s --connect-timeout 3 http://web:8080').output).toMatch(/^curl: \(28\) Failed to connect to web port 8080 after 3000 ms: Timeout was reached$/m);
	});
});

describe('terminating endpoints', () => {
	it('leave the Endpoints; kube-proxy falls back to one that is still serving while it terminates', () => {
		const rt = createRuntime({ seed: 7 });
		rt.kubectl(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  nodeName: node-1
  containers:
  - name: web
    image: nginx:1.27
---
apiVersion: v1
kind: Pod
metadata:
  name: client
spec:
  nodeName: node-2
  containers:
  - name: c
    image: busybox:1.37
    command: [sleep, "3600"]
EOF`);
		rt.advance(15_000);
		const endpoint = () => (JSON.parse(rt.kubectl('kubectl get endpointslices -o json -l kubernetes.io/service-name=web').output) as { items: { endpoints: { conditions: Record<string, boolean> }[] }[] }).items[0]!.endpoints;
		expect(endpoint()[0]!.conditions).toEqual({ ready: true, serving: true, terminating: false });
		// A pod on a node that stopped reporting keeps its last status, Ready, while it is deleted.
		rt.sim('sim node fail node-1');
		rt.kubectl('kubectl delete pod web --wait=false');
		const described = rt.kubectl('kubectl describe endpoints web').output;
		expect(described).toContain('Subsets:\nEvents:');
		expect(described.match(/Warning: v1 Endpoints is deprecated/g)).toHaveLength(1);
		// kube-proxy still sends to it (the node is unreachable, so the SYN goes unanswered), not REJECT.
		expect(rt.kubectl('kubectl exec client -- wget -qO- http://web').output).toMatch(/^wget: can't connect to remote host \((?:\d+\.){3}\d+\): Connection timed out$/m);
		expect(endpoint()[0]!.conditions).toEqual({ ready: false, serving: true, terminating: true });
	});
});

describe('Service environment variables', () => {
	it('are set in containers started after the Service, as getServiceEnvVarMap names them', () => {
		const rt = createRuntime({ seed: 7 });
		rt.kubectl('kubectl run early --image=busybox:1.37 -- sleep 3600');
		rt.advance(10_000);
		rt.kubectl(SVC);
		rt.kubectl('kubectl run late --image=busybox:1.37 -- sleep 3600');
		rt.advance(10_000);
		const ip = rt.kubectl('kubectl get svc api -o jsonpath={.spec.clusterIP}').output;
		expect(rt.kubectl('kubectl exec early -- env').output).not.toContain('API_');
		const env = rt.kubectl('kubectl exec late -- env').output;
		expect(env).toContain(
			[`API_PORT=tcp://${ip}:80`, `API_PORT_80_TCP=tcp://${ip}:80`, `API_PORT_80_TCP_ADDR=${ip}`, 'API_PORT_80_TCP_PORT=80', 'API_PORT_80_TCP_PROTO=tcp', `API_SERVICE_HOST=${ip}`, 'API_SERVICE_PORT=80', 'API_SERVICE_PORT_HTTP=80'].join('\n'),
		);
		expect(env).toMatch(/^KUBERNETES_SERVICE_HOST=10\.96\.0\.1$/m);
	});
});

describe('endpoints', () => {
	it('leaves out a pod without the named target port, which the EndpointSlice lists in a slice without ports', () => {
		const rt = createRuntime({ seed: 7 });
		rt.kubectl(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: http
---
apiVersion: v1
kind: Pod
metadata:
  name: named
  labels:
    app: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - name: http
      containerPort: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: unnamed
  labels:
    app: web
spec:
  containers:
  - name: web
    image: nginx:1.27
EOF`);
		rt.advance(15_000);
		const ip = (pod: string) => rt.kubectl(`kubectl get pod ${pod} -o jsonpath={.status.podIP}`).output;
		const ep = rt.kubectl('kubectl get endpoints web');
		expect(ep.output).toMatch(new RegExp(`^web +${ip('named')}:80 +\\d+s$`, 'm'));
		expect(ep.output).toContain('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n');
		const slices = JSON.parse(rt.kubectl('kubectl get endpointslices -l kubernetes.io/service-name=web -o json').output) as { items: { ports: { port: number }[]; endpoints: { addresses: string[] }[] }[] };
		expect(slices.items.map((s) => [s.ports.map((p) => p.port), s.endpoints.map((e) => e.addresses[0])])).toEqual([
			[[80], [ip('named')]],
			[[], [ip('unnamed')]],
		]);
	});

	it('publishNotReadyAddresses lists unready pods as ready; a terminating pod is serving and terminating in its slice', () => {
		const rt = createRuntime({ seed: 7 });
		rt.kubectl(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Service
metadata:
  name: slow
spec:
  publishNotReadyAddresses: true
  selector:
    app: slow
  ports:
  - port: 8080
---
apiVersion: v1
kind: Pod
metadata:
  name: slow
  labels:
    app: slow
spec:
  containers:
  - name: app
    image: kubeclassroom/slow:1.0
    readinessProbe:
      tcpSocket:
        port: 8080
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: busy
  labels:
    app: slow
spec:
  terminationGracePeriodSeconds: 60
  containers:
  - name: app
    image: busybox:1.37
    command: [sleep, "3600"]
    ports:
    - containerPort: 8080
EOF`);
		rt.advance(15_000);
		const endpoints = () => JSON.parse(rt.kubectl('kubectl get endpoints slow -o json').output.split('\nWarning')[0]!) as { subsets: { addresses?: unknown[]; notReadyAddresses?: unknown[] }[] };
		expect(endpoints().subsets[0]!.addresses).toHaveLength(2);
		expect(endpoints().subsets[0]!.notReadyAddresses).toBeUndefined();
		rt.kubectl('kubectl delete pod busy --wait=false');
		rt.advance(2_000);
		const slice = () => (JSON.parse(rt.kubectl('kubectl get endpointslices -o json -l kubernetes.io/service-name=slow').output) as { items: { endpoints: { targetRef: { name: string }; conditions: Record<string, boolean> }[] }[] }).items[0]!.endpoints;
		// serving is the pod's readiness as its kubelet reports it while the container shuts down.
		const busyReady = rt.kubectl(`kubectl get pod busy -o jsonpath={.status.conditions[?(@.type=="Ready")].status}`).output === 'True';
		expect(slice().find((e) => e.targetRef.name === 'busy')!.conditions).toEqual({ ready: true, serving: busyReady, terminating: true });
		expect(slice().find((e) => e.targetRef.name === 'slow')!.conditions).toEqual({ ready: true, serving: false, terminating: false });
		// publishNotReadyAddresses keeps the terminating pod in the v1 Endpoints too.
		expect(endpoints().subsets[0]!.addresses).toHaveLength(2);
	});
});
