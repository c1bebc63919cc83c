/**
 * `kubectl describe pod`. Mirrors k8s.io/kubectl/pkg/describe/describe.go `describePod`,
 * `describeContainers`, `describeContainerState`, `describeProbe`.
 */
import type { Container, ContainerState, ContainerStatus, Node, Pod, PodTemplateSpec, Probe, Volume } from '../../cluster/api/types.ts';
import { fieldValue } from '../../cluster/kubelet/env.ts';
import { controllerOf } from '../../cluster/api/pod-util.ts';
import type { Cluster } from '../../cluster/cluster.ts';
import { rfc1123z } from '../duration.ts';
import { annotationsFor, DescribeWriter } from './writer.ts';

export function describeProbe(p: Probe): string {
	const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
	if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
	if (p.httpGet) return `http-get ${(p.httpGet.scheme ?? 'HTTP').toLowerCase()}://:${p.httpGet.port}${p.httpGet.path ?? '/'} ${attrs}`;
	if (p.tcpSocket) return `tcp-socket :${p.tcpSocket.port} ${attrs}`;
	if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
	return `unknown ${attrs}`;
}

function describeState(w: DescribeWriter, title: string, state: ContainerState): void {
	if (state.running) {
		w.write(2, `${title}:\tRunning`);
		w.write(3, `Started:\t${rfc1123z(state.running.startedAt)}`);
	} else if (state.waiting) {
		w.write(2, `${title}:\tWaiting`);
		if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}`);
	} else if (state.terminated) {
		const t = state.terminated;
		w.write(2, `${title}:\tTerminated`);
		if (t.reason) w.write(3, `Reason:\t${t.reason}`);
		if (t.message) w.write(3, `Message:\t${t.message}`);
		w.write(3, `Exit Code:\t${t.exitCode}`);
		w.write(3, `Started:\t${rfc1123z(t.startedAt)}`);
		w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}`);
	} else {
		w.write(2, `${title}:\tWaiting`);
	}
}

function describeContainerBasics(w: DescribeWriter, c: Container, level: number): void {
	const ports = c.ports ?? [];
	if (ports.length === 0) {
		w.write(level, 'Port:\t<none>');
		w.write(level, 'Host Port:\t<none>');
	} else {
		w.write(level, `Port${ports.length > 1 ? 's' : ''}:\t${ports.map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ')}`);
		w.write(level, `Host Port${ports.length > 1 ? 's' : ''}:\t${ports.map((p) => `0/${p.protocol ?? 'TCP'}`).join(', ')}`);
	}
	if (c.command) w.write(level, `Command:\n${c.command.map((a) => `${'  '.repeat(level + 1)}${a}`).join('\n')}`);
	if (c.args) w.write(level, `Args:\n${c.args.map((a) => `${'  '.repeat(level + 1)}${a}`).join('\n')}`);
}

function describeResourcesAndProbes(w: DescribeWriter, c: Container, level: number, pod?: Pod): void {
	for (const [title, list] of [['Limits', c.resources?.limits], ['Requests', c.resources?.requests]] as const) {
		if (!list || Object.keys(list).length === 0) continue;
		w.write(level, `${title}:`);
		for (const [k, v] of Object.entries(list).sort()) w.write(level + 1, `${k}:\t${v}`);
	}
	if (c.livenessProbe) w.write(level, `Liveness:\t${describeProbe(c.livenessProbe)}`);
	if (c.readinessProbe) w.write(level, `Readiness:\t${describeProbe(c.readinessProbe)}`);
	if (c.startupProbe) w.write(level, `Startup:\t${describeProbe(c.startupProbe)}`);
	describeEnvironment(w, c, level, pod);
}

/** describeContainerEnvFrom, describeContainerEnvVars (fieldRef values resolved for a pod, not a template) and describeContainerVolumes. */
function describeEnvironment(w: DescribeWriter, c: Container, level: number, pod: Pod | undefined): void {
	if (c.envFrom?.length) {
		w.write(level, 'Environment Variables from:');
		for (const e of c.envFrom) {
			const ref = e.configMapRef ?? e.secretRef;
			const from = e.configMapRef ? 'ConfigMap' : 'Secret';
			w.write(level + 1, `${ref?.name ?? ''}\t${e.prefix ? `${from} with prefix '${e.prefix}'` : from}\tOptional: ${ref?.optional === true}`);
		}
	}
	w.write(level, `Environment:${c.env?.length ? '' : '\t<none>'}`);
	for (const e of c.env ?? []) {
		const from = e.valueFrom;
		if (!from) {
			(e.value ?? '').split('\n').forEach((line, i) => w.write(level + 1, i === 0 ? `${e.name}:\t${line}` : `\t${line}`));
		} else if (from.fieldRef) {
			const value = pod ? fieldValue(pod, from.fieldRef.fieldPath) : '';
			w.write(level + 1, `${e.name}:\t${value} (${from.fieldRef.apiVersion ?? 'v1'}:${from.fieldRef.fieldPath})`);
		} else if (from.secretKeyRef) {
			w.write(level + 1, `${e.name}:\t<set to the key '${from.secretKeyRef.key}' in secret '${from.secretKeyRef.name}'>\tOptional: ${from.secretKeyRef.optional === true}`);
		} else if (from.configMapKeyRef) {
			w.write(level + 1, `${e.name}:\t<set to the key '${from.configMapKeyRef.key}' of config map '${from.configMapKeyRef.name}'>\tOptional: ${from.configMapKeyRef.optional === true}`);
		}
	}
	const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : 1));
	w.write(level, `Mounts:${mounts.length ? '' : '\t<none>'}`);
	for (const m of mounts) w.write(level + 1, `${m.mountPath} from ${m.name} (${[m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path="${m.subPath}"`] : [])].join(',')})`);
}

/** describeVolumes: the sources the simulator knows (configMap, secret, emptyDir). */
function describeVolumes(w: DescribeWriter, volumes: Volume[] | undefined, level: number): void {
	if (!volumes?.length) return w.write(level, 'Volumes:\t<none>');
	w.write(level, 'Volumes:');
	for (const v of volumes) {
		w.write(level + 1, `${level > 0 ? ' ' : ''}${v.name}:`);
		if (v.configMap) {
			w.write(level + 2, 'Type:\tConfigMap (a volume populated by a ConfigMap)');
			w.write(level + 2, `Name:\t${v.configMap.name}`);
			w.write(level + 2, `Optional:\t${v.configMap.optional === true}`);
		} else if (v.secret) {
			w.write(level + 2, 'Type:\tSecret (a volume populated by a Secret)');
			w.write(level + 2, `SecretName:\t${v.secret.secretName}`);
			w.write(level + 2, `Optional:\t${v.secret.optional === true}`);
		} else if (v.emptyDir) {
			w.write(level + 2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)");
			w.write(level + 2, `Medium:\t${String(v.emptyDir['medium'] ?? '')}`);
			w.write(level + 2, `SizeLimit:\t${String(v.emptyDir['sizeLimit'] ?? '<unset>')}`);
		}
	}
}

export function describeTolerations(w: DescribeWriter, level: number, pod: { tolerations?: Pod['spec']['tolerations'] }): void {
	const items = (pod.tolerations ?? []).map((t) => {
		let s = t.key ?? '';
		if (t.value) s += `=${t.value}`;
		if (t.effect) s += `:${t.effect}`;
		if (t.operator === 'Exists' && !t.value) s += ' op=Exists';
		if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
		return s;
	});
	w.list(level, 'Tolerations', items);
}

/** DescribePodTemplate, as RC, RS and Deployment descriptions include it. */
export function describeTemplate(w: DescribeWriter, template: PodTemplateSpec | undefined): void {
	w.write(0, 'Pod Template:');
	w.map(1, 'Labels', template?.metadata?.labels);
	w.write(1, 'Containers:');
	for (const c of template?.spec.containers ?? []) {
		w.write(1, ` ${c.name}:`);
		w.write(2, `Image:\t${c.image}`);
		describeContainerBasics(w, c, 2);
		describeResourcesAndProbes(w, c, 2);
	}
	describeVolumes(w, template?.spec.volumes, 1);
	w.map(1, 'Node-Selectors', template?.spec.nodeSelector, ':');
	describeTolerations(w, 1, template?.spec ?? {});
}

/** describeContainers: each container's image, state, last state, readiness and restarts. */
function describeContainers(w: DescribeWriter, title: string, containers: Container[], statuses: ContainerStatus[] | undefined, pod: Pod): void {
	w.write(0, `${title}:`);
	for (const c of containers) {
		const s = statuses?.find((x) => x.name === c.name);
		w.write(1, `${c.name}:`);
		if (s?.containerID) w.write(2, `Container ID:\t${s.containerID}`);
		w.write(2, `Image:\t${c.image}`);
		w.write(2, `Image ID:\t${s?.imageID ?? ''}`);
		describeContainerBasics(w, c, 2);
		if (s) {
			describeState(w, 'State', s.state);
			if (s.lastState.terminated) describeState(w, 'Last State', s.lastState);
			w.write(2, `Ready:\t${s.ready ? 'True' : 'False'}`);
			w.write(2, `Restart Count:\t${s.restartCount}`);
		} else {
			w.write(2, 'State:\tWaiting');
			w.write(2, 'Ready:\tFalse');
			w.write(2, 'Restart Count:\t0');
		}
		describeResourcesAndProbes(w, c, 2, pod);
	}
}

export function describePod(cluster: Cluster, pod: Pod): string {
	const w = new DescribeWriter();
	const m = pod.metadata;
	const st = pod.status ?? {};
	w.write(0, `Name:\t${m.name}`);
	w.write(0, `Namespace:\t${m.namespace}`);
	w.write(0, 'Priority:\t0');
	w.write(0, 'Service Account:\tdefault');
	const hostIp = st.hostIP ?? cluster.api.get<Node>('Node', undefined, pod.spec.nodeName ?? '')?.status.addresses?.[0]?.address;
	w.write(0, `Node:\t${pod.spec.nodeName ? `${pod.spec.nodeName}/${hostIp ?? ''}` : '<none>'}`);
	if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}`);
	w.map(0, 'Labels', m.labels);
	w.map(0, 'Annotations', annotationsFor(pod), ': ');
	if (m.deletionTimestamp) {
		w.write(0, `Status:\tTerminating (lasts ${Math.max(0, Math.round((Date.parse(m.deletionTimestamp) - cluster.now()) / 1000))}s)`);
		w.write(0, `Termination Grace Period:\t${m.deletionGracePeriodSeconds ?? 30}s`);
	} else w.write(0, `Status:\t${st.phase ?? 'Pending'}`);
	if (st.reason) w.write(0, `Reason:\t${st.reason}`);
	w.write(0, `IP:\t${st.podIP ?? ''}`);
	if (st.podIPs?.length) {
		w.write(0, 'IPs:');
		for (const ip of st.podIPs) w.write(1, `IP:\t${ip.ip}`);
	} else w.write(0, 'IPs:\t<none>');
	const owner = controllerOf(pod);
	if (owner) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}`);
	// describePod: init containers (sidecars among them) before the app containers.
	if (pod.spec.initContainers?.length) describeContainers(w, 'Init Containers', pod.spec.initContainers, st.initContainerStatuses, pod);
	describeContainers(w, 'Containers', pod.spec.containers, st.containerStatuses, pod);
	if (st.conditions?.length) {
		w.write(0, 'Conditions:');
		w.write(1, 'Type\tStatus');
		for (const c of st.conditions) w.write(1, `${c.type} \t${c.status} `);
	}
	describeVolumes(w, pod.spec.volumes, 0);
	w.write(0, `QoS Class:\t${st.qosClass ?? 'BestEffort'}`);
	w.map(0, 'Node-Selectors', pod.spec.nodeSelector, ':');
	describeTolerations(w, 0, pod.spec);
	w.events(cluster.events.eventsFor(pod), cluster.now());
	return w.toString();
}
