/**
 * Liveness, readiness and startup probes. Mirrors pkg/kubelet/prober/worker.go `doProbe`: a worker
 * ticks every periodSeconds from the container's start; ticks before initialDelaySeconds are skipped;
 * liveness and readiness wait for the startup probe; a result only flips after successThreshold /
 * failureThreshold consecutive outcomes. Every failed attempt records an `Unhealthy` event
 * (pkg/kubelet/prober/prober.go `recordContainerEvent`).
 */
import type { SimulatedClock } from '../clock.ts';
import { appendLog, httpStatus, type ContainerRecord, type ProbeType } from './container-record.ts';
import type { Probe } from '../api/types.ts';

export interface ProbeHost {
	readonly clock: SimulatedClock;
	/** The kube-probe user agent's version, e.g. `1.34`. */
	readonly probeVersion: string;
	isUp(): boolean;
	/** The container record if `generation` is still its current start. */
	current(podKey: string, container: string, generation: number): { rec: ContainerRecord; podIp: string; gateway: string } | undefined;
	unhealthy(podKey: string, rec: ContainerRecord, type: ProbeType, output: string): void;
	resultChanged(podKey: string, rec: ContainerRecord, type: ProbeType): void;
}

const PROBE_TYPES: ProbeType[] = ['startup', 'liveness', 'readiness'];

/** Starts the workers for a container that has just started. */
export function startProbeWorkers(host: ProbeHost, podKey: string, rec: ContainerRecord): void {
	for (const type of PROBE_TYPES) {
		const probe = probeOf(rec, type);
		if (!probe || rec.startedAt === undefined) continue;
		const generation = rec.generation;
		const period = (probe.periodSeconds ?? 10) * 1000;
		const tick = (at: number): void => {
			host.clock.schedule(at, () => {
				const found = host.current(podKey, rec.name, generation);
				if (!found || (found.rec.phase !== 'running' && found.rec.phase !== 'killing')) return;
				if (host.isUp()) doProbe(host, podKey, found.rec, type, probe, found.podIp, found.gateway);
				if (!(type === 'startup' && found.rec.probes.startup.result === 'success')) tick(at + period);
			});
		};
		tick(rec.startedAt);
	}
}

function probeOf(rec: ContainerRecord, type: ProbeType): Probe | undefined {
	return type === 'liveness' ? rec.spec.livenessProbe : type === 'readiness' ? rec.spec.readinessProbe : rec.spec.startupProbe;
}

function doProbe(host: ProbeHost, podKey: string, rec: ContainerRecord, type: ProbeType, probe: Probe, podIp: string, gateway: string): void {
	if (rec.phase === 'killing') return;
	const now = host.clock.now();
	const elapsed = Math.floor((now - (rec.startedAt ?? now)) / 1000);
	if (elapsed < (probe.initialDelaySeconds ?? 0)) return;
	const started = rec.spec.startupProbe === undefined || rec.probes.startup.result === 'success';
	if (type === 'startup' ? started : !started) return;
	const outcome = evaluateProbe(probe, rec, podIp, now, host.probeVersion);
	if (outcome.accessLog && rec.app?.repository === 'nginx') appendLog(rec, `${gateway} - - [${nginxTime(now)}] ${outcome.accessLog}`);
	const state = rec.probes[type];
	if (outcome.ok) {
		state.successes++;
		state.failures = 0;
	} else {
		state.failures++;
		state.successes = 0;
		host.unhealthy(podKey, rec, type, outcome.output);
	}
	const successThreshold = probe.successThreshold ?? 1;
	const failureThreshold = probe.failureThreshold ?? 3;
	let next = state.result;
	if (outcome.ok && state.successes >= successThreshold) next = 'success';
	if (!outcome.ok && state.failures >= failureThreshold) next = 'failure';
	if (next !== state.result) {
		state.result = next;
		host.resultChanged(podKey, rec, type);
	} else if (next === 'failure' && type !== 'readiness' && !outcome.ok) {
		// A liveness or startup failure that persists keeps asking for the container to be killed.
		host.resultChanged(podKey, rec, type);
	}
}

export interface ProbeOutcome {
	ok: boolean;
	/** The prober's output: the text after `Liveness probe failed: `. */
	output: string;
	/** The request line an HTTP server would log. */
	accessLog?: string;
}

/** What the app answers to one probe at time `now` (pkg/probe/http, tcp, exec, grpc messages). */
export function evaluateProbe(probe: Probe, rec: ContainerRecord, podIp: string, now: number, probeVersion: string): ProbeOutcome {
	const app = rec.app;
	const seconds = (now - (rec.startedAt ?? now)) / 1000;
	const timeout = probe.timeoutSeconds ?? 1;
	const latency = rec.latencySeconds ?? 0;
	const unhealthy = rec.health === 'unhealthy' || (rec.health === undefined && app?.unhealthyAfterSeconds !== undefined && seconds >= app.unhealthyAfterSeconds);
	const port = resolvePort(rec, probe.httpGet?.port ?? probe.tcpSocket?.port ?? probe.grpc?.port);
	const listening = app?.port !== undefined && port === app.port && seconds >= app.startupSeconds;
	if (probe.httpGet) {
		const path = probe.httpGet.path ?? '/';
		const url = `${(probe.httpGet.scheme ?? 'HTTP').toLowerCase()}://${podIp}:${port ?? probe.httpGet.port}${path}`;
		if (!listening) return { ok: false, output: `Get "${url}": dial tcp ${podIp}:${port ?? probe.httpGet.port}: connect: connection refused` };
		if (latency >= timeout) return { ok: false, output: `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` };
		const status = httpStatus(rec, path, seconds);
		const accessLog = `"GET ${path} HTTP/1.1" ${status} ${status === 200 ? 615 : 153} "-" "kube-probe/${probeVersion}" "-"`;
		if (status >= 400) return { ok: false, output: `HTTP probe failed with statuscode: ${status}`, accessLog };
		return { ok: true, output: '', accessLog };
	}
	if (probe.tcpSocket) {
		const target = `${podIp}:${port ?? probe.tcpSocket.port}`;
		if (!listening) return { ok: false, output: `dial tcp ${target}: connect: connection refused` };
		if (latency >= timeout) return { ok: false, output: `dial tcp ${target}: i/o timeout` };
		return { ok: true, output: '' };
	}
	if (probe.grpc) {
		const target = `${podIp}:${probe.grpc.port}`;
		if (!listening || latency >= timeout) return { ok: false, output: `timeout: failed to connect service "${target}" within ${timeout}s` };
		if (unhealthy) return { ok: false, output: 'service unhealthy (responded with "NOT_SERVING")' };
		return { ok: true, output: '' };
	}
	const command = probe.exec?.command ?? [];
	if (latency >= timeout) return { ok: false, output: `command "${command.join(' ')}" timed out` };
	// `cat <file>` against a busybox script's files, as in the classic liveness tutorial.
	if (command[0] === 'cat' && command[1] && rec.script) {
		if (rec.health !== 'healthy' && (rec.health === 'unhealthy' || !rec.script.fileExists(command[1], seconds))) {
			return { ok: false, output: `cat: can't open '${command[1]}': No such file or directory` };
		}
		return { ok: true, output: '' };
	}
	return unhealthy ? { ok: false, output: '' } : { ok: true, output: '' };
}

function resolvePort(rec: ContainerRecord, port: number | string | undefined): number | undefined {
	if (typeof port === 'number') return port;
	if (port === undefined) return undefined;
	if (/^\d+$/.test(port)) return Number(port);
	return rec.spec.ports?.find((p) => p.name === port)?.containerPort;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function nginxTime(ms: number): string {
	const d = new Date(ms);
	const p = (n: number): string => String(n).padStart(2, '0');
	return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
