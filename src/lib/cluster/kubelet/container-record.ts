/**
 * What the kubelet's container runtime knows about one container of one pod: where it is in its
 * life (pulling, running, exited, backing off), its restart count and last termination, probe
 * results and logs. The kubelet turns this into the pod's status.
 */
import { findApp, type AppProfile } from '../containers/apps.ts';
import { interpretScript, type ScriptTimeline } from '../containers/shell-script.ts';
import type { Container, ContainerState } from '../api/types.ts';
import type { ContainerVerdict } from '../decisions.ts';

export type ContainerPhase = 'new' | 'pull' | 'pullBackoff' | 'creating' | 'starting' | 'running' | 'killing' | 'exited' | 'backoff' | 'done';

export type ProbeType = 'liveness' | 'readiness' | 'startup';

export interface ProbeState {
	result: 'success' | 'failure' | 'unknown';
	successes: number;
	failures: number;
}

/** An app container, a regular init container, or a sidecar (an init container with restartPolicy Always). */
export type ContainerKind = 'app' | 'init' | 'sidecar';

export interface ContainerRecord {
	name: string;
	kind: ContainerKind;
	spec: Container;
	app: AppProfile | undefined;
	script: ScriptTimeline | undefined;
	phase: ContainerPhase;
	/** When the current phase's timed step is due (pull end, back-off end, kill deadline). */
	until?: number;
	pullStartedAt?: number;
	/** How long this pull itself took, excluding the wait for earlier pulls. */
	pullMs?: number;
	startedAt?: number;
	finishedAt?: number;
	exitCode?: number;
	terminationReason?: string;
	/** Exit code and reason a pending kill will end with. */
	killExitCode?: number;
	waitingReason?: string;
	waitingMessage?: string;
	/** The environment the kubelet gave the current container (env.ts), fixed when it was created. */
	env?: readonly [string, string][];
	containerID?: string;
	everPulled: boolean;
	/** The last start found the image on the node (no pull). */
	imageCached?: boolean;
	restartCount: number;
	/** Exited and about to run again: the restart counts once the new container is created. */
	restarting?: boolean;
	/** Stopped for good because the pod is done (a sidecar after the app containers): not restarted. */
	stopped?: boolean;
	lastTerminated?: NonNullable<ContainerState['terminated']>;
	/** Increments on every start; probe timers of an earlier start are ignored. */
	generation: number;
	probes: Record<ProbeType, ProbeState>;
	logs: string[];
	previousLogs: string[];
	/** Run-time overrides from `sim app …`. */
	health?: 'healthy' | 'unhealthy';
	/** Seconds the app takes to answer a probe. @default 0 */
	latencySeconds?: number;
	crashAt?: number;
	/** Files written (text) or removed (null) by `kubectl exec` in this instance of the container. */
	files?: Map<string, string | null>;
}

/**
 * The process the container runs: `command` replaces the image's ENTRYPOINT and `args` its CMD
 * (kuberuntime makeContainerCommand, the runtime spec's process.args). The Debian-based server images'
 * entrypoints (docker-entrypoint.sh) `exec "$@"` anything that is not their server, and httpd's CMD is
 * replaced outright, so a command or args naming a program the image ships (`sh -c "…"`, `sleep 3600`)
 * runs that program instead of the server: the app becomes a script that serves nothing, as PID 1 it
 * has no SIGTERM handler, and it prints only what the script echoes.
 */
function runningApp(app: AppProfile | undefined, spec: Container): AppProfile | undefined {
	if (!app || app.shell) return app;
	const program = (spec.command ?? spec.args)?.[0]?.split('/').pop();
	if (!program || !app.tools.includes(program) || app.servers?.includes(program)) return app;
	return { ...app, shell: true, port: undefined, startupLogs: [], shutdownSeconds: Number.POSITIVE_INFINITY, exitAfterSeconds: undefined, unhealthyAfterSeconds: undefined };
}

export function newContainerRecord(spec: Container, kind: ContainerKind = 'app'): ContainerRecord {
	const app = runningApp(findApp(spec.image), spec);
	return {
		name: spec.name,
		kind,
		spec,
		app,
		script: app?.shell ? interpretScript(spec.command, spec.args) : undefined,
		phase: 'new',
		everPulled: false,
		restartCount: 0,
		generation: 0,
		probes: freshProbes(),
		logs: [],
		previousLogs: [],
	};
}

/** The container's field path in events: `spec.containers{web}`, `spec.initContainers{setup}`. */
export function fieldPath(rec: ContainerRecord): string {
	return `spec.${rec.kind === 'app' ? 'containers' : 'initContainers'}{${rec.name}}`;
}

/**
 * The restart policy the kubelet applies to a container (kuberuntime computePodActions and
 * computeInitContainerActions): a sidecar always restarts, a regular init container restarts on
 * failure unless the pod's policy is Never, an app container follows the pod's policy.
 */
export function restartPolicyOf(podPolicy: 'Always' | 'OnFailure' | 'Never' | undefined, rec: ContainerRecord): 'Always' | 'OnFailure' | 'Never' {
	if (rec.stopped) return 'Never';
	if (rec.kind === 'sidecar') return 'Always';
	if (rec.kind === 'init') return podPolicy === 'Never' ? 'Never' : 'OnFailure';
	return podPolicy ?? 'Always';
}

/** A regular init container that ran to completion. */
export function initCompleted(rec: ContainerRecord): boolean {
	return rec.phase === 'done' && rec.exitCode === 0;
}

export function freshProbes(): Record<ProbeType, ProbeState> {
	return {
		// Mirrors prober manager initial values: liveness starts Success, readiness Failure, startup Unknown.
		liveness: { result: 'success', successes: 0, failures: 0 },
		readiness: { result: 'failure', successes: 0, failures: 0 },
		startup: { result: 'unknown', successes: 0, failures: 0 },
	};
}

/** Seconds after start at which the process exits on its own, or Infinity. */
export function exitAfter(rec: ContainerRecord): { seconds: number; code: number } {
	if (rec.script) return { seconds: rec.script.exitAfterSeconds, code: rec.script.exitCode };
	if (rec.app?.exitAfterSeconds !== undefined) return { seconds: rec.app.exitAfterSeconds, code: rec.app.exitCode ?? 1 };
	return { seconds: Number.POSITIVE_INFINITY, code: 0 };
}

/** The container's probes as the prober sees them, with their thresholds and period (SetDefaults_Probe's defaults). */
export function probeVerdicts(rec: ContainerRecord): ContainerVerdict['probes'] {
	const out: ContainerVerdict['probes'] = [];
	for (const [type, probe] of [['startup', rec.spec.startupProbe], ['liveness', rec.spec.livenessProbe], ['readiness', rec.spec.readinessProbe]] as const) {
		if (!probe) continue;
		const state = rec.probes[type];
		out.push({ type, result: state.result, successes: state.successes, failures: state.failures, successThreshold: probe.successThreshold ?? 1, failureThreshold: probe.failureThreshold ?? 3, periodSeconds: probe.periodSeconds ?? 10 });
	}
	return out;
}

export function isStarted(rec: ContainerRecord): boolean {
	return (rec.phase === 'running' || rec.phase === 'killing') && (rec.spec.startupProbe === undefined || rec.probes.startup.result === 'success');
}

/**
 * The container's Ready (prober manager UpdatePodStatus): a regular init container is ready once it
 * has completed; others when started, running and, with a readiness probe, passing it.
 */
export function isReady(rec: ContainerRecord): boolean {
	if (rec.kind === 'init') return initCompleted(rec);
	if (!isStarted(rec) || rec.phase === 'killing') return false;
	return rec.spec.readinessProbe === undefined || rec.probes.readiness.result === 'success';
}

/**
 * What the app answers to `GET path` `seconds` after start, when it listens: 500 once its health
 * endpoint fails, 404 for paths it does not serve, and for a static file server whose index.html was
 * removed, nginx's 403 for the directory and 404 for the file.
 */
export function httpStatus(rec: ContainerRecord, path: string, seconds: number): number {
	const app = rec.app;
	const unhealthy = rec.health === 'unhealthy' || (rec.health === undefined && app?.unhealthyAfterSeconds !== undefined && seconds >= app.unhealthyAfterSeconds);
	if (unhealthy) return 500;
	if (app?.docroot && rec.files?.get(`${app.docroot}/index.html`) === null && (path === '/' || path === '/index.html')) return path === '/' ? 403 : 404;
	return app?.paths && !app.paths.includes(path) ? 404 : 200;
}

const MAX_LOG_LINES = 500;

export function appendLog(rec: ContainerRecord, line: string): void {
	rec.logs.push(line);
	if (rec.logs.length > MAX_LOG_LINES) rec.logs.splice(0, rec.logs.length - MAX_LOG_LINES);
}

/** What `kubectl logs` shows: the current instance's output (a script's lines as their time comes), or the last one's. */
export function containerLogs(rec: ContainerRecord, now: number, previous: boolean): string[] | undefined {
	if (previous) return rec.restartCount > 0 ? rec.previousLogs : undefined;
	const lines = [...rec.logs];
	if (rec.script && rec.startedAt !== undefined) {
		const elapsed = (now - rec.startedAt) / 1000;
		for (const l of rec.script.logs) if (l.at <= elapsed) lines.push(l.line);
	}
	return lines;
}
