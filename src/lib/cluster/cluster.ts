/**
 * The simulated cluster: one API server, the control-plane controllers and a kubelet per node, all
 * driven by one simulated clock. Every change flows through the API server's watches into the
 * controllers' work queues; `advance` runs timers in time order and drains the queues after each
 * instant, so a run is a pure function of the seed and the commands. Controllers only some clusters
 * need (the Deployment controller, the kubelet's prober) start with the first object that needs them
 * (addons.ts), so the browser fetches their code only for scenarios that use them.
 */
// The version alone, not the schema it comes from (see validate/version.ts).
import { KUBERNETES_VERSION } from '../validate/version.ts';
import { addonCode, addonsNeeded, type Addons } from './addons.ts';
import type { AdmitHook } from './apiserver/admission.ts';
import { ApiServer } from './apiserver/api-server.ts';
import { SimulatedClock } from './clock.ts';
import type { ControllerContext } from './context.ts';
import type { Decision } from './decisions.ts';
import { EndpointsController } from './controllers/endpoints-controller.ts';
import { EventRecorder } from './events.ts';
import { GarbageCollector } from './controllers/garbage-collector.ts';
import { Kubelet } from './kubelet/kubelet.ts';
import { NodeLifecycleController } from './controllers/node-lifecycle-controller.ts';
import { PodGarbageCollector } from './controllers/pod-gc.ts';
import { PodIndex } from './controllers/pod-index.ts';
import { SeededRandom } from './random.ts';
import { ReplicationManager } from './controllers/replication-manager.ts';
import { Scheduler } from './scheduler/scheduler.ts';
import { bootstrapObjects } from './apiserver/bootstrap.ts';
import { TaintEvictionController } from './controllers/taint-eviction.ts';
import type { KubeEvent, KubeObject } from './api/types.ts';
import { validatorAdmission } from './apiserver/validator-admission.ts';
import type { Controller } from './controllers/work-queue.ts';

export interface NodeOptions {
	name: string;
	/** @default '4' */
	cpu?: string;
	/** @default '8148180Ki' (about 8 GiB) */
	memory?: string;
	/** @default '110' */
	pods?: string;
	labels?: Record<string, string>;
}

export interface ClusterOptions {
	/** Seed of the random source (pod names, IPs, tie-breaks). @default 1 */
	seed?: number;
	/** Worker nodes: a count (named node-1…node-N) or explicit shapes. @default 3 */
	nodes?: number | NodeOptions[];
	/** Simulated wall-clock start, in ms since the epoch. @default Date.UTC(2026, 0, 1, 9, 0, 0) */
	startTime?: number;
	/** Admission: defaulting and validation of every write. @default the project's validator */
	admit?: AdmitHook;
	/** Kubernetes version the nodes and `kubectl version` report. @default `v${KUBERNETES_VERSION}.0` */
	version?: string;
}

export interface ClusterSnapshot {
	/** Simulated time, ISO-8601. */
	time: string;
	/** Every stored object by kind, in creation order. */
	objects: Record<string, KubeObject[]>;
	/** Which nodes' kubelets are running (`sim node fail` stops one). */
	kubelets: { node: string; up: boolean }[];
}

export interface SnapshotOptions {
	/** Only these kinds, for a reader that shows a few (`snapshot()` copies every object). @default every kind */
	kinds?: readonly string[];
}

/** One step of step mode: who acted, on what, and why (see Cluster.step). */
export interface ClusterStep {
	/** The controller that acted (`replication-controller`, `default-scheduler`, `kubelet/node-1`…), or `clock` for a timer's own write. */
	actor: string;
	/** The work-queue key it synced (`default/web`). */
	key?: string;
	/** Simulated time of the step, ISO-8601 (second precision, as the API shows it). */
	time: string;
	/** Simulated time of the step, in ms since the epoch. */
	ms: number;
	/** What the actor recorded about its choice (decisions.ts). */
	decisions: Decision[];
	/** The Events written in the step, copied. */
	events: KubeEvent[];
}

/** Writes that are not a step on their own: heartbeats (Leases) and the Events that accompany real actions. */
const QUIET_KINDS = new Set(['Lease', 'Event']);

export const DEFAULT_START_TIME = Date.UTC(2026, 0, 1, 9, 0, 0);

export class Cluster {
	readonly options: Required<Omit<ClusterOptions, 'admit'>> & { admit?: AdmitHook };
	clock!: SimulatedClock;
	api!: ApiServer;
	events!: EventRecorder;
	#controllers: Controller[] = [];
	/** The add-ons this cluster has started (addons.ts), and the controller the Deployment controller runs after. */
	#prober: Addons['prober'] | undefined;
	#deployments = false;
	#jobs = false;
	/** The workload add-ons started (cronjobs, daemonsets, statefulsets). */
	#workloads = new Set<string>();
	#replicaSets!: Controller;
	#pods!: PodIndex;
	/** Sync failures, newest last (for debugging; a real controller would log them). */
	errors: string[] = [];
	#kubelets = new Map<string, Kubelet>();
	#listeners = new Set<() => void>();
	#nodeCount = 0;
	/** The decisions of the step in progress; undefined outside step mode, where nobody reads them. */
	#decisions: Decision[] | undefined;

	constructor(options: ClusterOptions = {}) {
		this.options = {
			seed: options.seed ?? 1,
			nodes: options.nodes ?? 3,
			startTime: options.startTime ?? DEFAULT_START_TIME,
			version: options.version ?? `v${KUBERNETES_VERSION}.0`,
			admit: options.admit ?? validatorAdmission,
		};
		this.reset();
	}

	/** Back to a fresh cluster with the same options. */
	reset(): void {
		this.clock = new SimulatedClock(this.options.startTime);
		const admit = this.options.admit ?? validatorAdmission;
		this.api = new ApiServer(this.clock, new SeededRandom(this.options.seed), (object, operation, old) => {
			const result = admit(object, operation, old);
			if (result.causes.length === 0) this.#startAddons(result.object);
			return result;
		});
		this.events = new EventRecorder(this.api);
		const ctx = this.#context();
		const pods = new PodIndex(this.api);
		this.#pods = pods;
		this.#kubelets = new Map();
		this.#nodeCount = 0;
		this.#prober = undefined;
		this.#deployments = false;
		this.#jobs = false;
		this.#workloads = new Set();
		this.#replicaSets = new ReplicationManager(ctx, pods, 'ReplicaSet');
		this.#controllers = [
			new ReplicationManager(ctx, pods, 'ReplicationController'),
			this.#replicaSets,
			// The Deployment controller runs here once started (#startAddons).
			new Scheduler(ctx),
			new EndpointsController(ctx),
			new NodeLifecycleController(ctx),
			new TaintEvictionController(ctx),
			new GarbageCollector(ctx),
			new PodGarbageCollector(ctx),
		];
		for (const object of bootstrapObjects()) this.api.create(object);
		const nodes = this.options.nodes;
		const shapes = typeof nodes === 'number' ? Array.from({ length: nodes }, (_, i) => ({ name: `node-${i + 1}` })) : nodes;
		for (const shape of shapes) this.addNode(shape);
		this.#scheduleEventExpiry();
		this.drain();
		this.#notify();
	}

	/**
	 * Starts the add-ons an admitted object needs, before the API server stores it, so they see it
	 * arrive as if they had run from the start (nothing they watch existed before).
	 */
	#startAddons(object: KubeObject): void {
		if (this.#deployments && this.#prober && this.#jobs && this.#workloads.size === 3) return;
		const ctx = this.#context();
		for (const name of addonsNeeded(object)) {
			if (name === 'prober') this.#prober ??= addonCode('prober');
			else if (name === 'deployments' && !this.#deployments) {
				const DeploymentController = addonCode('deployments');
				const controller = new DeploymentController({ api: this.api, clock: this.clock, events: this.events });
				this.#controllers.splice(this.#controllers.indexOf(this.#replicaSets) + 1, 0, controller);
				this.#deployments = true;
			} else if (name === 'jobs' && !this.#jobs) {
				// Runs with the other workload controllers, before the scheduler.
				const JobController = addonCode('jobs');
				this.#controllers.splice(this.#controllers.indexOf(this.#replicaSets) + 1, 0, new JobController(ctx, this.#pods));
				this.#jobs = true;
			} else if ((name === 'cronjobs' || name === 'daemonsets' || name === 'statefulsets') && !this.#workloads.has(name)) {
				// With the other workload controllers, before the scheduler.
				const at = this.#controllers.indexOf(this.#replicaSets) + 1;
				if (name === 'cronjobs') this.#controllers.splice(at, 0, new (addonCode('cronjobs'))(ctx));
				else this.#controllers.splice(at, 0, new (addonCode(name))(ctx, this.#pods));
				this.#workloads.add(name);
			}
		}
	}

	#scheduleEventExpiry(): void {
		const clock = this.clock;
		const tick = (at: number): void =>
			clock.schedule(at, () => {
				if (this.clock !== clock) return;
				this.events.expire();
				tick(at + 60_000);
			});
		tick(clock.now() + 60_000);
	}

	now(): number {
		return this.clock.now();
	}

	/** Moves simulated time forward, running every controller that has work due. */
	advance(ms: number): void {
		const target = this.clock.now() + Math.max(0, ms);
		for (;;) {
			const run = this.clock.takeDue(target);
			if (!run) break;
			run();
			// Everything due at the same instant runs before the controllers react.
			for (let same = this.clock.takeDue(this.clock.now()); same; same = this.clock.takeDue(this.clock.now())) same();
			this.drain();
		}
		this.clock.setNow(target);
		this.drain();
		this.#notify();
	}

	/**
	 * Step mode: runs the cluster up to the next thing that happens in it, one controller sync that
	 * changed something (a Pod created, a binding, a kubelet's status write, an Endpoints update),
	 * running the timers due on the way, and says who acted and why. Lease renewals alone are not a
	 * step. Returns undefined, with the clock moved by `limitMs`, when nothing happens that long.
	 */
	step(limitMs = 10 * 60_000): ClusterStep | undefined {
		const deadline = this.clock.now() + Math.max(0, limitMs);
		const watched = (): number => this.api.lastWrite(this.api.kinds().filter((k) => !QUIET_KINDS.has(k)));
		const before = watched();
		const events = this.api.lastWrite(['Event']);
		const decisions: Decision[] = [];
		const done = (actor: string, key?: string): ClusterStep => ({
			actor,
			...(key === undefined ? {} : { key }),
			time: this.clock.iso(),
			ms: this.clock.now(),
			decisions,
			events: structuredClone(this.api.listSince<KubeEvent>('Event', events)),
		});
		this.#decisions = decisions;
		try {
			for (;;) {
				const controller = this.#controllers.find((c) => c.queue.size > 0);
				if (controller) {
					const key = controller.queue.take();
					if (key === undefined) continue;
					this.#sync(controller, key);
					if (watched() !== before) return done(controller.name, key);
					decisions.length = 0;
					continue;
				}
				const run = this.clock.takeDue(deadline);
				if (!run) {
					this.clock.setNow(deadline);
					return undefined;
				}
				run();
				if (watched() !== before) return done('clock');
			}
		} finally {
			this.#decisions = undefined;
			this.#notify();
		}
	}

	/**
	 * What every controller is built with. `decide` is there only while a step is being taken (step mode),
	 * so `ctx.decide?.(…)` builds no decision the rest of the time: its argument is not even evaluated.
	 */
	#context(): ControllerContext {
		const push = (decision: Decision): void => {
			this.#decisions?.push(decision);
		};
		const stepping = (): boolean => this.#decisions !== undefined;
		return {
			api: this.api,
			clock: this.clock,
			events: this.events,
			get decide() {
				return stepping() ? push : undefined;
			},
		};
	}

	/** One controller's sync of one key; a failure is recorded, as upstream controllers log it and retry later. */
	#sync(controller: Controller, key: string): void {
		try {
			controller.sync(key);
		} catch (error) {
			// One bad object must not stop the rest.
			this.errors.push(`${controller.name} ${key}: ${(error as Error).message}`);
		}
	}

	/** Lets every controller process its queue until the cluster is quiet at the current instant. */
	drain(): void {
		for (let round = 0; ; round++) {
			let worked = false;
			for (const controller of this.#controllers) {
				for (let n = controller.queue.size; n > 0; n--) {
					const key = controller.queue.take();
					if (key === undefined) break;
					this.#sync(controller, key);
					worked = true;
				}
			}
			if (!worked) return;
			if (round > 100_000) throw new Error('controllers did not settle');
		}
	}

	/**
	 * While true, a client write leaves the controllers' reactions queued until time moves (`advance`)
	 * or step mode takes them one by one (`step`): the lab's paused clock, where nothing reacts until
	 * the learner presses Next or Play.
	 */
	hold = false;

	/** Called after a client write so watchers react (unless held) and listeners see the change. */
	settle(): void {
		if (!this.hold) this.drain();
		this.#notify();
	}

	addNode(shape: NodeOptions): Kubelet {
		if (this.api.get('Node', undefined, shape.name)) throw new Error(`node "${shape.name}" already exists`);
		const kubelet = new Kubelet(this.#context(), { ...shape, index: ++this.#nodeCount, kubeletVersion: this.options.version }, () => this.#prober);
		this.#kubelets.set(shape.name, kubelet);
		this.#controllers.push(kubelet);
		return kubelet;
	}

	removeNode(name: string): void {
		const kubelet = this.kubelet(name);
		kubelet.remove();
		this.#kubelets.delete(name);
		this.#controllers = this.#controllers.filter((c) => c !== kubelet);
		this.api.delete('Node', undefined, name);
		this.api.delete('Lease', 'kube-node-lease', name);
	}

	kubelet(name: string): Kubelet {
		const kubelet = this.#kubelets.get(name);
		if (!kubelet) throw new Error(`node "${name}" not found`);
		return kubelet;
	}

	kubelets(): Kubelet[] {
		return [...this.#kubelets.values()];
	}

	snapshot(options: SnapshotOptions = {}): ClusterSnapshot {
		const objects: Record<string, KubeObject[]> = {};
		for (const kind of options.kinds ?? this.api.kinds()) {
			const list = this.api.list(kind);
			if (list.length > 0) objects[kind] = structuredClone(list);
		}
		return {
			time: this.clock.iso(),
			objects,
			kubelets: this.kubelets().map((k) => ({ node: k.nodeName, up: k.isUp() })),
		};
	}

	/**
	 * Changes whenever what `snapshot({ kinds })` returns changes, apart from the time: the last write to
	 * those kinds, and which kubelets run. A reader that saw this value can skip reading again.
	 */
	version(kinds?: readonly string[]): string {
		return `${this.api.lastWrite(kinds)}/${this.kubelets().map((k) => (k.isUp() ? 1 : 0)).join('')}`;
	}

	/**
	 * Copies of the objects of `kind` created or changed after resourceVersion `since`, and the
	 * resourceVersion to ask from next time, as a watch resumes from a list's resourceVersion: the
	 * playground reads new Events this way instead of copying all of them on every tick.
	 */
	changedSince(kind: string, since: number): { objects: KubeObject[]; resourceVersion: number } {
		return { objects: structuredClone(this.api.listSince(kind, since)), resourceVersion: this.api.lastWrite() };
	}

	/** Called after every change of simulated state; returns an unsubscribe function. */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#notify(): void {
		for (const listener of this.#listeners) listener();
	}
}

export function createCluster(options?: ClusterOptions): Cluster {
	return new Cluster(options);
}
