// ConfigMaps and Secrets inside containers, and namespaces with the kubeconfig's context (issue 15,
// part 6): env valueFrom and envFrom (makeEnvironmentVariables), configMap and secret volumes,
// CreateContainerConfigError, `-n`, `-A`, `config set-context --current --namespace`.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/lib/session/index.ts';

const APP = `kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: busybox:1.37
    command: [sleep, "3600"]
    env:
    - name: MODE
      valueFrom:
        configMapKeyRef:
          name: settings
          key: mode
    - name: PASSWORD
      valueFrom:
        secretKeyRef:
          name: creds
          key: password
    - name: GREETING
      value: "mode is $(MODE)"
    - name: POD_NAME
      valueFrom:
        fieldRef:
          fieldPath: metadata.name
    envFrom:
    - prefix: CFG_
      configMapRef:
        name: settings
    volumeMounts:
    - name: config
      mountPath: /etc/config
    - name: secret
      mountPath: /etc/secret
  volumes:
  - name: config
    configMap:
      name: settings
      optional: true
      items:
      - key: mode
        path: app-mode
  - name: secret
    secret:
      secretName: creds
      optional: true
EOF`;

const SECRET = `kubectl apply -f - <<EOF
apiVersion: v1
kind: Secret
metadata:
  name: creds
stringData:
  password: s3cret
EOF`;

describe('ConfigMaps and Secrets in containers', () => {
	it('a missing ConfigMap is CreateContainerConfigError with the kubelet message, until it exists', () => {
		const rt = createRuntime({ seed: 3 });
		rt.kubectl(APP);
		rt.advance(10_000);
		expect(rt.kubectl('kubectl get pod app').output).toMatch(/^app +0\/1 +CreateContainerConfigError +0 +10s$/m);
		expect(rt.kubectl('kubectl get pod app -o jsonpath={.status.containerStatuses[0].state.waiting.message}').output).toBe('configmap "settings" not found');
		expect(rt.kubectl('kubectl describe pod app').output).toMatch(/Warning +Failed +\S+ +kubelet +Error: configmap "settings" not found/);
		rt.kubectl('kubectl create configmap settings --from-literal=mode=fast --from-literal=level=3');
		rt.advance(12_000);
		expect(rt.kubectl('kubectl get pod app -o jsonpath={.status.containerStatuses[0].state.waiting.message}').output).toBe('secret "creds" not found');
		rt.kubectl(SECRET);
		rt.advance(12_000);
		expect(rt.kubectl('kubectl get pod app').output).toMatch(/^app +1\/1 +Running +0 /m);
		const env = rt.kubectl('kubectl exec app -- env').output;
		expect(env).toContain('CFG_level=3\nCFG_mode=fast\nMODE=fast\nPASSWORD=s3cret\nGREETING=mode is fast\nPOD_NAME=app\n');
		expect(rt.kubectl('kubectl exec app -- ls /etc/config').output).toBe('app-mode\n');
		expect(rt.kubectl('kubectl exec app -- cat /etc/config/app-mode').output).toBe('fast');
		expect(rt.kubectl('kubectl exec app -- cat /etc/secret/password').output).toBe('s3cret');
		expect(rt.kubectl('kubectl get secret creds -o jsonpath={.data.password}').output).toBe('czNjcmV0');
		// describeContainerEnvFrom, describeContainerEnvVars, describeContainerVolumes and describeVolumes.
		const described = rt.kubectl('kubectl describe pod app').output;
		expect(described).toContain("    Environment Variables from:\n      settings  ConfigMap with prefix 'CFG_'  Optional: false\n    Environment:\n");
		expect(described).toMatch(/^ {6}MODE: +<set to the key 'mode' of config map 'settings'> +Optional: false\n {6}PASSWORD: +<set to the key 'password' in secret 'creds'> +Optional: false\n {6}GREETING: +mode is \$\(MODE\)\n {6}POD_NAME: +app \(v1:metadata.name\)\n {4}Mounts:\n {6}\/etc\/config from config \(rw\)\n {6}\/etc\/secret from secret \(rw\)\n/m);
		expect(described).toMatch(/^Volumes:\n {2}config:\n {4}Type: +ConfigMap \(a volume populated by a ConfigMap\)\n {4}Name: +settings\n {4}Optional: +true\n {2}secret:\n {4}Type: +Secret \(a volume populated by a Secret\)\n {4}SecretName: +creds\n/m);
		expect(rt.kubectl('kubectl get secrets').output).toMatch(/^NAME +TYPE +DATA +AGE\ncreds +Opaque +1 +\d+s\n$/);
	});

	it('a missing key names the ConfigMap; optional references are skipped', () => {
		const rt = createRuntime({ seed: 3 });
		rt.kubectl('kubectl create configmap settings --from-literal=other=1');
		rt.kubectl(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: strict
spec:
  containers:
  - name: c
    image: busybox:1.37
    command: [sleep, "3600"]
    env:
    - name: MODE
      valueFrom:
        configMapKeyRef: {name: settings, key: mode}
---
apiVersion: v1
kind: Pod
metadata:
  name: lenient
spec:
  containers:
  - name: c
    image: busybox:1.37
    command: [sleep, "3600"]
    env:
    - name: MODE
      valueFrom:
        configMapKeyRef: {name: settings, key: mode, optional: true}
    envFrom:
    - secretRef: {name: nothing, optional: true}
EOF`);
		rt.advance(10_000);
		expect(rt.kubectl('kubectl get pod strict -o jsonpath={.status.containerStatuses[0].state.waiting}').output).toBe('{"reason":"CreateContainerConfigError","message":"couldn\'t find key mode in ConfigMap default/settings"}');
		expect(rt.kubectl('kubectl exec lenient -- printenv MODE').exitCode).toBe(1);
	});
});

describe('ConfigMap and Secret volumes', () => {
	it('a missing ConfigMap keeps the pod ContainerCreating with FailedMount until it exists; a missing item key names it', () => {
		const rt = createRuntime({ seed: 3 });
		rt.kubectl(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
  volumes:
  - name: html
    configMap:
      name: site
      items:
      - key: index.html
        path: index.html
EOF`);
		rt.advance(10_000);
		expect(rt.kubectl('kubectl get pod web').output).toMatch(/^web +0\/1 +ContainerCreating +0 +10s$/m);
		expect(rt.kubectl('kubectl describe pod web').output).toMatch(/Warning +FailedMount +\S+ \(x\d+ over \d+s\) +kubelet +MountVolume.SetUp failed for volume "html" : configmap "site" not found/);
		rt.kubectl('kubectl create configmap site --from-literal=other=1');
		rt.advance(30_000);
		expect(rt.kubectl('kubectl describe pod web').output).toContain('MountVolume.SetUp failed for volume "html" : configmap references non-existent config key: index.html');
		rt.kubectl('kubectl delete configmap site');
		rt.kubectl('kubectl create configmap site --from-literal=index.html=hello');
		rt.advance(130_000);
		expect(rt.kubectl('kubectl get pod web').output).toMatch(/^web +1\/1 +Running /m);
		expect(rt.kubectl('kubectl exec web -- curl -s localhost').output).toBe('hello');
		expect(rt.kubectl('kubectl exec web -- cat /usr/share/nginx/html/index.html').output).toBe('hello');
	});
});

describe('namespaces and the kubeconfig context', () => {
	it('-n, -A with its NAMESPACE column, create namespace, and set-context --current --namespace', () => {
		const rt = createRuntime({ seed: 3 });
		expect(rt.kubectl('kubectl run web --image=nginx:1.27 -n dev')).toMatchObject({ exitCode: 1, output: 'Error from server (NotFound): namespaces "dev" not found\n' });
		expect(rt.kubectl('kubectl create namespace dev').output).toBe('namespace/dev created\n');
		expect(rt.kubectl('kubectl get ns dev --show-labels').output).toMatch(/^dev +Active +0s +kubernetes.io\/metadata.name=dev$/m);
		rt.kubectl('kubectl run web --image=nginx:1.27 -n dev');
		rt.kubectl('kubectl run web --image=nginx:1.27');
		expect(rt.kubectl('kubectl get pods -A').output).toMatch(/^NAMESPACE +NAME +READY +STATUS +RESTARTS +AGE\ndefault +web +.*\ndev +web +/);
		expect(rt.kubectl('kubectl config set-context --current --namespace=dev').output).toBe('Context "kubernetes-admin@kubernetes" modified.\n');
		rt.kubectl('kubectl delete pod web --wait=false');
		expect(rt.kubectl('kubectl get pods -n default').output).toMatch(/^web /m);
		expect(rt.kubectl('kubectl config view --minify -o jsonpath={..namespace}').output).toBe('dev');
		expect(rt.kubectl('kubectl config view --minify').output).toBe(
			'apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: DATA+OMITTED\n    server: https://172.18.0.1:6443\n  name: kubernetes\ncontexts:\n- context:\n    cluster: kubernetes\n    namespace: dev\n    user: kubernetes-admin\n  name: kubernetes-admin@kubernetes\ncurrent-context: kubernetes-admin@kubernetes\nkind: Config\npreferences: {}\nusers:\n- name: kubernetes-admin\n  user:\n    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n',
		);
		expect(rt.kubectl('kubectl config get-contexts').output).toBe('CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   dev\n');
	});
});
