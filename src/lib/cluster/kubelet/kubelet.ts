/**
 * One kubelet per node: registers the node, renews its lease, and runs the pods bound to it. The
 * container life cycle mirrors pkg/kubelet/kuberuntime (EnsureImageExists events, `startContainer`
 * Created/Started, `doBackOff` with the 10 s → 5 min back-off, liveness kills), and the status it
 * posts mirrors generateAPIPodStatus (see pod-status.ts).
 */
import { Backoff, goDuration } from './backoff.ts';
import { appendLog, containerLogs, exitAfter, fieldPath, freshProbes, initCompleted, isReady, isStarted, newContainerRecord, probeVerdicts, restartPolicyOf, type ContainerRecord, type ProbeType } from './container-record.ts';
import type { ContainerVerdict, KubeletDecision } from '../decisions.ts';
import type { ControllerContext } from '../context.ts';
import { ImageManager } from './image-manager.ts';
import { LEASE_RENEW_INTERVAL_MS, nodeAddress, readyConditions, registerNode, renewLease, type NodeShape } from './node-registration.ts';
import { buildPodStatus, CREATE_CONTAINER_CONFIG_ERROR, terminatedState } from './pod-status.ts';
import { makeEnvironmentVariables } from './env.ts';
import { CREATE_CONTAINER_MS, POD_WORKER_START_MS, SANDBOX_MS, START_CONTAINER_MS } from './timing.ts';
import type { ProbeHost, startProbeWorkers } from './prober.ts';
import { jsonEqual } from '../api/json-equal.ts';
import type { Node, Pod, PodStatus, Service } from '../api/types.ts';
import { objectKey, splitKey, WorkQueue, type Controller } from '../controllers/work-queue.ts';

interface PodRecord {
	uid: string;
	/** When the pod worker starts (timing.ts): no status is written before. */
	workerAt: number;
	/** When RunPodSandbox returns; undefined until the worker asks for it. */
	sandboxAt?: number;
	/** The last status computed, to skip unchanged writes. */
	lastStatus?: PodStatus;
	/** The status object last written; while the stored pod still holds it, it equals lastStatus. */
	written?: PodStatus;
	/** The pod's IP, from the CNI plugin once the sandbox is up; '' before. */
	ip: string;
	startTime: string;
	/** spec.initContainers, in order: regular init containers and sidecars. */
	init: ContainerRecord[];
	/** Every init container has completed (a sidecar: started) once; the app containers run from then on. */
	initialized: boolean;
	containers: ContainerRecord[];
	/** A volume that failed to mount is tried again then, after mountBackoffMs. */
	mountRetryAt?: number;
	mountBackoffMs?: number;
}

// pkg/kubelet/kubelet.go backOffPeriod: a pod whose sync failed is synced again this long after.
const POD_WORKER_BACKOFF_MS = 10_000;
// nestedpendingoperations maxDurationBeforeRetry: 2m2s.
const MOUNT_BACKOFF_MAX_MS = 122_000;

const PROBE_NAMES: Record<ProbeType, string> = { liveness: 'Liveness', readiness: 'Readiness', startup: 'Startup' };

export class Kubelet implements Controller, ProbeHost {
	readonly name: string;
	readonly queue = new WorkQueue();
	readonly nodeName: string;
	readonly probeVersion: string;
	readonly #ctx: ControllerContext;
	readonly #shape: NodeShape;
	#up = true;
	#removed = false;
	#pods = new Map<string, PodRecord>();
	#images: ImageManager;
	#nextIp = 2;
	#backoff = new Backoff();
	#wakes = new Set<string>();
	readonly #prober: () => typeof startProbeWorkers | undefined;

	/**
	 * @param prober the cluster's prober (addons.ts): there from before the first container with a
	 *   probe, since the cluster starts it when the API server admits the first object with one.
	 */
	constructor(ctx: ControllerContext, shape: NodeShape, prober: () => typeof startProbeWorkers | undefined) {
		this.#ctx = ctx;
		this.#shape = shape;
		this.#prober = prober;
		this.nodeName = shape.name;
		this.name = `kubelet/${shape.name}`;
		this.probeVersion = shape.kubeletVersion.replace(/^v/, '').split('.').slice(0, 2).join('.');
		this.#images = new ImageManager((pod, type, reason, message, fieldPath) => this.#event(pod, type, reason, message, fieldPath));
		ctx.api.watchNodePods(this.nodeName, ({ type, object, old }) => {
			const pod = object as Pod;
			const before = old as Pod | undefined;
			// The kubelet's own status writes need no new sync; spec, binding and deletion changes do.
			if (type === 'MODIFIED' && before && before.spec === pod.spec && before.metadata.deletionTimestamp === pod.metadata.deletionTimestamp && before.metadata.uid === pod.metadata.uid) return;
			this.queue.add(objectKey(pod.metadata.namespace, pod.metadata.name));
		});
		this.#register();
	}

	get clock() {
		return this.#ctx.clock;
	}

	isUp(): boolean {
		return this.#up && !this.#removed;
	}

	#register(): void {
		registerNode(this.#ctx, this.#shape);
		this.#scheduleHeartbeat(this.#ctx.clock.now() + LEASE_RENEW_INTERVAL_MS);
	}

	/** pkg/kubelet/nodelease: renew the lease every 10 s while the kubelet can reach the API server. */
	#scheduleHeartbeat(at: number): void {
		this.#ctx.clock.schedule(at, () => {
			if (this.#removed) return;
			if (this.#up) this.#renewLease();
			this.#scheduleHeartbeat(at + LEASE_RENEW_INTERVAL_MS);
		});
	}

	#renewLease(): void {
		renewLease(this.#ctx, this.nodeName);
	}

	/** `sim node fail`: the node stops reporting (power loss or partition); nothing on it progresses. */
	fail(): void {
		this.#up = false;
	}

	/** `sim node recover`: posts Ready status and resyncs every pod it holds. */
	recover(): void {
		if (this.#up) return;
		this.#up = true;
		const { api, clock } = this.#ctx;
		this.#renewLease();
		const node = api.get<Node>('Node', undefined, this.nodeName);
		if (node) api.update({ ...node, status: { ...node.status, conditions: readyConditions(clock.iso()) } }, 'status');
		for (const key of this.#pods.keys()) this.queue.add(key);
		for (const pod of api.list<Pod>('Pod')) if (pod.spec.nodeName === this.nodeName) this.queue.add(objectKey(pod.metadata.namespace, pod.metadata.name));
	}

	/** `sim node remove`: the machine is gone. */
	remove(): void {
		this.#removed = true;
		this.#pods.clear();
	}

	sync(key: string): void {
		if (!this.isUp()) return;
		const { api, clock } = this.#ctx;
		const [namespace, name] = splitKey(key);
		const pod = api.get<Pod>('Pod', namespace, name);
		let record = this.#pods.get(key);
		if (record && (!pod || pod.metadata.uid !== record.uid || pod.spec.nodeName !== this.nodeName)) {
			this.#pods.delete(key);
			this.#backoff.forget(`${record.uid}/`);
			record = undefined;
		}
		if (!pod || pod.spec.nodeName !== this.nodeName) return;
		if (!record) {
			if (pod.metadata.deletionTimestamp) {
				api.delete('Pod', namespace, name, { gracePeriodSeconds: 0 });
				return;
			}
			record = {
				uid: pod.metadata.uid,
				workerAt: clock.now() + POD_WORKER_START_MS,
				ip: '',
				startTime: '',
				init: (pod.spec.initContainers ?? []).map((c) => newContainerRecord(c, c.restartPolicy === 'Always' ? 'sidecar' : 'init')),
				initialized: false,
				containers: pod.spec.containers.map((c) => newContainerRecord(c)),
			};
			this.#pods.set(key, record);
		}
		const now = clock.now();
		if (pod.metadata.deletionTimestamp) {
			if (this.#terminate(key, pod, record, now)) {
				api.delete('Pod', namespace, name, { gracePeriodSeconds: 0 });
				this.#ctx.decide?.({ ...this.#decision(pod, record, now), deleted: true });
				return;
			}
			if (!record.startTime) return;
		} else {
			if (now < record.workerAt) return this.#wake(key, record.workerAt);
			// syncPod: the status manager's first write (Pending, ContainerCreating) comes before the sandbox.
			if (!record.startTime) record.startTime = clock.iso();
			if (record.sandboxAt === undefined && this.#volumesMounted(key, pod, record, now)) record.sandboxAt = now + SANDBOX_MS;
			if (record.sandboxAt === undefined) {
				// WaitForAttachAndMount: no sandbox until every volume is mounted (#volumesMounted retries).
			} else if (now < record.sandboxAt) this.#wake(key, record.sandboxAt);
			else {
				if (!record.ip) record.ip = `10.244.${this.#shape.index}.${this.#allocateIp()}`;
				if (this.#initialize(key, pod, record, now)) {
					for (const rec of record.containers) this.#step(key, pod, rec, now);
					this.#stopSidecars(key, pod, record, now);
				}
			}
		}
		const status = buildPodStatus(pod, { ip: record.ip, hostIP: nodeAddress(this.#shape.index), startTime: record.startTime, init: record.init, containers: record.containers }, clock.iso(), (ms) => clock.iso(ms));
		// The status manager only writes when something changed.
		if (!jsonEqual(status, record.lastStatus)) {
			const stale = pod.status === record.written || !jsonEqual(status, pod.status);
			record.lastStatus = status;
			if (stale) {
				record.written = status;
				api.update({ ...pod, status }, 'status');
				this.#ctx.decide?.(this.#decision(pod, record, now));
			}
		}
	}

	/** What it is doing with each container, for the lab's why panel (decisions.ts). */
	#decision(pod: Pod, record: PodRecord, now: number): KubeletDecision {
		const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
		const seconds = (ms: number): number => Math.max(0, Math.round(ms / 1000));
		return {
			kind: 'kubelet',
			pod: pod.metadata.name,
			node: this.nodeName,
			sandboxReady: record.ip !== '',
			terminating: pod.metadata.deletionTimestamp !== undefined,
			// The init containers first, in order (a regular one or a sidecar), then the app containers.
			containers: [...record.init, ...record.containers].map((rec, i): ContainerVerdict => {
				const role: ContainerVerdict['role'] = rec.kind === 'sidecar' ? 'sidecar' : i < record.init.length ? 'init' : undefined;
				// computeInitContainerActions: one init container at a time, the app containers after all of them.
				const heldByInit = role === undefined ? record.init.length > 0 && !record.initialized : i > 0 && record.ip !== '';
				const base = { name: rec.name, image: rec.spec.image, ...(role ? { role } : {}), restartCount: rec.restartCount, ready: isReady(rec), probes: probeVerdicts(rec) };
				switch (rec.phase) {
					case 'new':
						return { ...base, stage: heldByInit ? 'waitingForInit' : 'waiting' };
					case 'pull':
						return { ...base, stage: 'pulling', pullSeconds: seconds(rec.pullMs ?? 0) };
					case 'creating':
					case 'starting':
						return { ...base, stage: 'creating', cached: rec.imageCached ?? false };
					case 'running':
						return { ...base, stage: 'running' };
					case 'killing':
						return { ...base, stage: 'stopping', graceSeconds: grace };
					case 'exited':
						return { ...base, stage: 'exited', exitCode: rec.exitCode };
					case 'backoff':
						return { ...base, stage: 'backoff', exitCode: rec.exitCode, retrySeconds: seconds(rec.until! - now) };
					case 'pullBackoff':
						return { ...base, stage: 'pullBackoff', ...(Number.isFinite(rec.until) ? { retrySeconds: seconds(rec.until! - now) } : {}) };
					case 'done':
						return { ...base, stage: 'done', exitCode: rec.exitCode };
				}
			}),
		};
	}

	/**
	 * kuberuntime computeInitContainerActions: the init containers run one at a time, in order, a
	 * regular one to completion (restarted on failure unless the pod's policy is Never) and a sidecar
	 * until it has started (its startup probe passed), before the next; true once all have, when the
	 * app containers may start. From then on the sidecars keep running, restarted whenever they exit,
	 * and nothing holds the app containers back again.
	 */
	#initialize(key: string, pod: Pod, record: PodRecord, now: number): boolean {
		for (const rec of record.init) {
			if (record.initialized) {
				if (rec.kind === 'sidecar') this.#step(key, pod, rec, now);
				continue;
			}
			this.#step(key, pod, rec, now);
			if (rec.kind === 'sidecar' ? isStarted(rec) : initCompleted(rec)) continue;
			return false;
		}
		record.initialized = true;
		return true;
	}

	/**
	 * kuberuntime computePodActions: once every app container of a pod that does not restart them has
	 * exited for good, the pod is done and its sidecars are stopped (and not restarted), last first.
	 */
	#stopSidecars(key: string, pod: Pod, record: PodRecord, now: number): void {
		if ((pod.spec.restartPolicy ?? 'Always') === 'Always' || !record.containers.every((rec) => rec.phase === 'done')) return;
		const grace = pod.spec.terminationGracePeriodSeconds ?? 30;
		for (const rec of [...record.init].reverse()) {
			if (rec.kind !== 'sidecar' || rec.stopped) continue;
			rec.stopped = true;
			if (rec.phase === 'running') this.#stop(pod, rec, now, grace);
			else if (rec.phase !== 'killing' && rec.phase !== 'exited') rec.phase = 'done';
			this.#step(key, pod, rec, now);
		}
	}

	#allocateIp(): number {
		const ip = this.#nextIp;
		this.#nextIp = this.#nextIp >= 254 ? 2 : this.#nextIp + 1;
		return ip;
	}

	/** Advances one container as far as the current time allows. */
	#step(key: string, pod: Pod, rec: ContainerRecord, now: number): void {
		for (let guard = 0; guard < 8; guard++) {
			switch (rec.phase) {
				case 'new':
					switch (this.#images.ensureImageExists(pod, rec, now)) {
						case 'pulling':
							return this.#wake(key, rec.until!);
						case 'never':
							return;
					}
					rec.imageCached = true;
					if (!this.#configure(key, pod, rec, now)) return;
					this.#create(rec, now);
					continue;
				case 'pull':
					if (now < rec.until!) return this.#wake(key, rec.until!);
					if (!rec.app) {
						this.#images.pullFailed(pod, rec, now);
						// The next sync shows ImagePullBackOff; the kubelet's PLEG relists about every second.
						this.#wake(key, now + 1000);
						return;
					}
					this.#images.pulled(pod, rec, now);
					rec.imageCached = false;
					if (!this.#configure(key, pod, rec, now)) {
						rec.phase = 'new';
						return;
					}
					this.#create(rec, now);
					continue;
				case 'creating':
					if (now < rec.until!) return this.#wake(key, rec.until!);
					this.#created(pod, rec);
					rec.phase = 'starting';
					rec.until = rec.until! + START_CONTAINER_MS;
					continue;
				case 'starting':
					if (now < rec.until!) return this.#wake(key, rec.until!);
					this.#start(key, pod, rec, rec.until!);
					continue;
				case 'pullBackoff':
					if (now >= rec.until!) {
						rec.phase = 'new';
						continue;
					}
					if (rec.waitingReason === 'ErrImagePull') this.#images.enterBackOff(pod, rec);
					return this.#wake(key, rec.until!);
				case 'running': {
					const exit = exitAfter(rec);
					const exitAt = Math.min(rec.startedAt! + exit.seconds * 1000, rec.crashAt ?? Number.POSITIVE_INFINITY);
					if (now >= exitAt) {
						this.#finish(rec, exitAt, rec.crashAt === exitAt ? 1 : exit.code);
						continue;
					}
					if (Number.isFinite(exitAt)) this.#wake(key, exitAt);
					return;
				}
				case 'killing':
					if (now < rec.until!) return this.#wake(key, rec.until!);
					this.#finish(rec, rec.until!, rec.killExitCode ?? 137);
					continue;
				case 'exited':
					if (!this.#restart(key, pod, rec, now)) return;
					continue;
				case 'backoff':
					if (now < rec.until!) return this.#wake(key, rec.until!);
					rec.phase = 'exited';
					continue;
				case 'done':
					return;
			}
		}
	}

	/**
	 * kuberuntime startContainer → generateContainerConfig → makeEnvironmentVariables (env.ts): the
	 * container's environment, from the Services, ConfigMaps and Secrets there now. When it cannot be
	 * built (a missing ConfigMap, Secret or key that is not optional) the container does not start:
	 * it waits with CreateContainerConfigError and the error as message, the `Failed` event says
	 * `Error: …`, and the pod worker tries again after its back-off period (10 s, pod_workers.go).
	 */
	#configure(key: string, pod: Pod, rec: ContainerRecord, now: number): boolean {
		const result = makeEnvironmentVariables(this.#ctx.api, pod, rec.spec, this.#ctx.api.list<Service>('Service'));
		if ('error' in result) {
			rec.waitingReason = CREATE_CONTAINER_CONFIG_ERROR;
			rec.waitingMessage = result.error;
			this.#event(pod, 'Warning', 'Failed', `Error: ${result.error}`, fieldPath(rec));
			this.#wake(key, now + POD_WORKER_BACKOFF_MS);
			return false;
		}
		if (rec.waitingReason === CREATE_CONTAINER_CONFIG_ERROR) {
			rec.waitingReason = undefined;
			rec.waitingMessage = undefined;
		}
		rec.env = result.env;
		return true;
	}

	/**
	 * The volume manager's MountVolume.SetUp for ConfigMap and Secret volumes (pkg/volume/configmap,
	 * pkg/volume/secret): one that is missing, or lacks a key its `items` name, fails unless optional,
	 * with a FailedMount event, retried with the operation executor's back-off (500 ms doubling to
	 * 2m2s, nestedpendingoperations). The pod waits in ContainerCreating without a sandbox meanwhile.
	 */
	#volumesMounted(key: string, pod: Pod, record: PodRecord, now: number): boolean {
		if (record.mountRetryAt !== undefined && now < record.mountRetryAt) return false;
		for (const volume of pod.spec.volumes ?? []) {
			const source = volume.configMap ?? volume.secret;
			if (!source || source.optional) continue;
			const kind = volume.configMap ? 'configmap' : 'secret';
			const name = volume.configMap?.name ?? volume.secret!.secretName;
			const object = this.#ctx.api.get(volume.configMap ? 'ConfigMap' : 'Secret', pod.metadata.namespace, name);
			const data = object ? { ...(object['data'] as object | undefined), ...(object['binaryData'] as object | undefined) } : {};
			const missingKey = source.items?.find((item) => !(item.key in data))?.key;
			const error = !object ? `${kind} "${name}" not found` : missingKey !== undefined ? `${kind} references non-existent ${volume.configMap ? 'config' : 'secret'} key: ${missingKey}` : undefined;
			if (!error) continue;
			this.#event(pod, 'Warning', 'FailedMount', `MountVolume.SetUp failed for volume "${volume.name}" : ${error}`);
			record.mountBackoffMs = Math.min((record.mountBackoffMs ?? 250) * 2, MOUNT_BACKOFF_MAX_MS);
			record.mountRetryAt = now + record.mountBackoffMs;
			this.#wake(key, record.mountRetryAt);
			return false;
		}
		return true;
	}

	/** kuberuntime startContainer, once the image is there: CreateContainer takes its time. */
	#create(rec: ContainerRecord, now: number): void {
		rec.everPulled = true;
		rec.phase = 'creating';
		rec.until = now + CREATE_CONTAINER_MS;
	}

	/**
	 * CreateContainer returned: the `Created` event. The status shows the new container only after
	 * StartContainer (#start): it is generated at the start of each pod sync, and a sync runs both calls.
	 */
	#created(pod: Pod, rec: ContainerRecord): void {
		this.#event(pod, 'Normal', 'Created', `Created container: ${rec.name}`, fieldPath(rec));
	}

	/**
	 * StartContainer returned: `Started`, then the probe workers. A restart shows only now: status is
	 * generated once per pod sync, before the runtime calls, so until the sync after the new container
	 * runs, the status shows the one that exited (convertToAPIContainerStatuses, with the restart count
	 * the runtime derives from dead containers), and `logs` still reads its output.
	 */
	#start(key: string, pod: Pod, rec: ContainerRecord, now: number): void {
		const field = fieldPath(rec);
		if (rec.restarting) {
			rec.restarting = false;
			rec.lastTerminated = terminatedState(rec, (ms) => this.#ctx.clock.iso(ms));
			rec.restartCount++;
			rec.previousLogs = rec.logs;
			rec.logs = [];
		}
		rec.containerID = `containerd://${this.#ctx.api.random.hex(64)}`;
		rec.generation++;
		rec.startedAt = now;
		rec.finishedAt = undefined;
		rec.exitCode = undefined;
		rec.crashAt = undefined;
		rec.phase = 'running';
		rec.waitingReason = undefined;
		rec.waitingMessage = undefined;
		rec.probes = freshProbes();
		for (const line of rec.app?.startupLogs ?? []) appendLog(rec, line);
		this.#event(pod, 'Normal', 'Started', `Started container ${rec.name}`, field);
		this.#prober()?.(this, key, rec);
	}

	#finish(rec: ContainerRecord, at: number, exitCode: number): void {
		rec.phase = 'exited';
		rec.finishedAt = at;
		rec.exitCode = exitCode;
		rec.terminationReason = exitCode === 0 ? 'Completed' : 'Error';
	}

	/** restartPolicy plus kuberuntime `doBackOff`. Returns true when the container was restarted. */
	#restart(key: string, pod: Pod, rec: ContainerRecord, now: number): boolean {
		const policy = restartPolicyOf(pod.spec.restartPolicy, rec);
		if (policy === 'Never' || (policy === 'OnFailure' && rec.exitCode === 0)) {
			rec.phase = 'done';
			return false;
		}
		const m = pod.metadata;
		const bkey = `${m.uid}/${rec.name}`;
		if (this.#backoff.isInBackOffSince(bkey, rec.finishedAt!, now)) {
			const wait = this.#backoff.get(bkey);
			const podRef = `${m.name}_${m.namespace}(${m.uid})`;
			rec.lastTerminated = terminatedState(rec, (ms) => this.#ctx.clock.iso(ms));
			rec.phase = 'backoff';
			rec.waitingReason = 'CrashLoopBackOff';
			rec.waitingMessage = `back-off ${goDuration(wait)} restarting failed container=${rec.name} pod=${podRef}`;
			rec.until = rec.finishedAt! + wait;
			this.#event(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${rec.name} in pod ${podRef}`, fieldPath(rec));
			this.#wake(key, rec.until);
			return false;
		}
		this.#backoff.next(bkey, rec.finishedAt!, now);
		// Counted when the new container is created (#created).
		rec.restarting = true;
		rec.phase = 'new';
		return true;
	}

	/**
	 * Graceful termination: SIGTERM, then SIGKILL when the grace period ends. True once all stopped.
	 * The sidecars stop after the app containers and regular init containers (kuberuntime
	 * killContainersWithSyncResult: restartable init containers last, in reverse order).
	 */
	#terminate(key: string, pod: Pod, record: PodRecord, now: number): boolean {
		const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
		const sidecars = record.init.filter((rec) => rec.kind === 'sidecar').reverse();
		const others = [...record.containers, ...record.init.filter((rec) => rec.kind === 'init')];
		return this.#stopAll(key, pod, others, now, grace) && this.#stopAll(key, pod, sidecars, now, grace);
	}

	#stopAll(key: string, pod: Pod, recs: ContainerRecord[], now: number, grace: number): boolean {
		let allStopped = true;
		for (const rec of recs) {
			rec.stopped = true;
			if (rec.phase === 'running') this.#stop(pod, rec, now, grace);
			if (rec.phase === 'killing') {
				if (now >= rec.until!) this.#finish(rec, rec.until!, rec.killExitCode ?? 137);
				else {
					this.#wake(key, rec.until!);
					allStopped = false;
				}
			} else if (rec.phase !== 'exited') rec.phase = 'done';
		}
		return allStopped;
	}

	/** kuberuntime killContainer: SIGTERM, and SIGKILL (exit 137) when the process outlives the grace period. */
	#stop(pod: Pod, rec: ContainerRecord, now: number, grace: number): void {
		const shutdown = rec.app?.shutdownSeconds ?? 0;
		rec.phase = 'killing';
		// Stopping takes at least a second (the runtime's StopContainer round trip), unless forced.
		rec.until = now + (grace === 0 ? 0 : Math.max(1, Math.min(shutdown, grace)) * 1000);
		rec.killExitCode = shutdown <= grace ? 0 : 137;
		this.#event(pod, 'Normal', 'Killing', `Stopping container ${rec.name}`, fieldPath(rec));
	}

	#wake(key: string, at: number): void {
		const id = `${key}@${at}`;
		if (this.#wakes.has(id)) return;
		this.#wakes.add(id);
		this.#ctx.clock.schedule(at, () => {
			this.#wakes.delete(id);
			this.queue.add(key);
		});
	}

	#event(pod: Pod, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void {
		this.#ctx.events.record(pod, type, reason, message, { component: 'kubelet', host: this.nodeName }, fieldPath);
	}

	// ProbeHost

	current(podKey: string, container: string, generation: number): { rec: ContainerRecord; podIp: string; gateway: string } | undefined {
		const record = this.#pods.get(podKey);
		const rec = record && [...record.init, ...record.containers].find((c) => c.name === container);
		if (!record || !rec || rec.generation !== generation) return undefined;
		return { rec, podIp: record.ip, gateway: `10.244.${this.#shape.index}.1` };
	}

	unhealthy(podKey: string, rec: ContainerRecord, type: ProbeType, output: string): void {
		const pod = this.#podFor(podKey);
		if (pod) this.#event(pod, 'Warning', 'Unhealthy', `${PROBE_NAMES[type]} probe failed: ${output}`, fieldPath(rec));
	}

	resultChanged(podKey: string, rec: ContainerRecord, type: ProbeType): void {
		const pod = this.#podFor(podKey);
		if (pod && type !== 'readiness' && rec.probes[type].result === 'failure' && rec.phase === 'running') {
			// kuberuntime computePodActions: a failed liveness or startup probe kills the container.
			const grace = pod.spec.terminationGracePeriodSeconds ?? 30;
			rec.phase = 'killing';
			rec.until = this.#ctx.clock.now() + Math.min(rec.app?.shutdownSeconds ?? 0, grace) * 1000;
			rec.killExitCode = 137;
			this.#event(pod, 'Normal', 'Killing', `Container ${rec.name} failed ${type} probe, will be restarted`, fieldPath(rec));
		}
		this.queue.add(podKey);
	}

	#podFor(podKey: string): Pod | undefined {
		const [ns, name] = splitKey(podKey);
		return this.#ctx.api.get<Pod>('Pod', ns, name);
	}

	// Inspection and `sim app …`

	/** The pod's containers, init containers first: they share its network (`localhost`). */
	containers(podKey: string): ContainerRecord[] | undefined {
		const record = this.#pods.get(podKey);
		return record && [...record.init, ...record.containers];
	}

	/** `kubectl logs`: the container's output (an init container's too); `previous` for the last terminated instance. */
	logs(podKey: string, container: string, previous: boolean): string[] | undefined {
		const record = this.#pods.get(podKey);
		const rec = record && [...record.init, ...record.containers].find((c) => c.name === container);
		return rec && containerLogs(rec, this.#ctx.clock.now(), previous);
	}

	setHealth(podKey: string, health: 'healthy' | 'unhealthy' | undefined): boolean {
		const record = this.#pods.get(podKey);
		if (!record) return false;
		for (const rec of record.containers) rec.health = health;
		return true;
	}

	setLatency(podKey: string, seconds: number): boolean {
		const record = this.#pods.get(podKey);
		if (!record) return false;
		for (const rec of record.containers) rec.latencySeconds = seconds;
		return true;
	}

	crash(podKey: string): boolean {
		const record = this.#pods.get(podKey);
		if (!record) return false;
		const now = this.#ctx.clock.now();
		for (const rec of record.containers) if (rec.phase === 'running') rec.crashAt = now;
		this.queue.add(podKey);
		return true;
	}
}
