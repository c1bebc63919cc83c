/**
 * The in-memory API server: the one place state lives. Controllers read from it and react to its
 * watch events; they never change each other's state directly. Mirrors the generic registry
 * (k8s.io/apiserver/pkg/registry/generic/registry/store.go): uid, resourceVersion, generation,
 * creationTimestamp, graceful deletion, finalizers.
 */
import { addDefaultTolerations, admitAll, allocateServiceAddresses, mergeStringData, type AdmitHook } from './admission.ts';
import type { SimulatedClock } from '../clock.ts';
import { alreadyExists, ApiError, conflict, invalid, notFound } from './errors.ts';
import { prepareJobForCreate, validateJob } from './job-strategy.ts';
import { prepareDaemonSet } from './daemonset-strategy.ts';
import { kindInfo, qualifiedResource } from './kinds.ts';
import { qosClass } from '../kubelet/pod-status.ts';
import type { SeededRandom } from '../random.ts';
import type { Job, KubeObject, Pod, Service } from '../api/types.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export interface WatchEvent {
	type: WatchEventType;
	object: KubeObject;
	old?: KubeObject;
}
export type WatchHandler = (event: WatchEvent) => void;

export interface DeleteOptions {
	/** @default the object's own grace period (pods: spec.terminationGracePeriodSeconds, 30) */
	gracePeriodSeconds?: number;
	/** @default 'Background' */
	propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
}

export interface WriteResult<T extends KubeObject = KubeObject> {
	object: T;
	warnings: string[];
}

// Generation counts spec changes for the kinds whose controllers report observedGeneration.
const GENERATION_KINDS = new Set(['Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'Job', 'CronJob', 'DaemonSet', 'StatefulSet']);
// Kinds the control plane writes itself (and Node/Namespace, whose few user edits are cordon and
// labels): the simulator does not validate them.
const SYSTEM_KINDS = new Set(['Event', 'Lease', 'Endpoints', 'Node', 'Namespace']);

export class ApiServer {
	readonly clock: SimulatedClock;
	readonly random: SeededRandom;
	admit: AdmitHook;
	#store = new Map<string, Map<string, KubeObject>>();
	#watchers = new Map<string, WatchHandler[]>();
	#nodeWatchers = new Map<string, WatchHandler[]>();
	#resourceVersion = 1000;
	/** Per kind, the resourceVersion of its last write (or deletion). */
	#lastWrite = new Map<string, number>();

	constructor(clock: SimulatedClock, random: SeededRandom, admit: AdmitHook = admitAll) {
		this.clock = clock;
		this.random = random;
		this.admit = admit;
	}

	watch(kind: string, handler: WatchHandler): void {
		const list = this.#watchers.get(kind) ?? [];
		list.push(handler);
		this.#watchers.set(kind, list);
	}

	/**
	 * Pods bound to one node, as the kubelet watches them with the field selector
	 * `spec.nodeName=<node>` (pkg/kubelet/config/apiserver.go): a pod moving off the node is seen too.
	 */
	watchNodePods(nodeName: string, handler: WatchHandler): void {
		const list = this.#nodeWatchers.get(nodeName) ?? [];
		list.push(handler);
		this.#nodeWatchers.set(nodeName, list);
	}

	get<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): T | undefined {
		return this.#bucket(kind).get(key(kind, namespace, name)) as T | undefined;
	}

	/** Like get, but throws the NotFound error kubectl prints. */
	read<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): T {
		const found = this.get<T>(kind, namespace, name);
		if (!found) throw notFound(qualifiedResource(kind), name);
		return found;
	}

	/** Objects of a kind, in creation order. `namespace` undefined means all namespaces. */
	list<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[] {
		const out: T[] = [];
		for (const obj of this.#bucket(kind).values()) {
			if (namespace === undefined || obj.metadata.namespace === namespace) out.push(obj as T);
		}
		return out;
	}

	/**
	 * The resourceVersion of the last write to any of `kinds` (to anything, without `kinds`); 0 if none.
	 * A reader that saw this value need not read those kinds again until it changes.
	 */
	lastWrite(kinds?: readonly string[]): number {
		if (!kinds) return this.#resourceVersion;
		return Math.max(0, ...kinds.map((k) => this.#lastWrite.get(k) ?? 0));
	}

	/** Objects of a kind created or changed after resourceVersion `since`, as a watch resumed from it sees them (deletions aside). */
	listSince<T extends KubeObject = KubeObject>(kind: string, since: number): T[] {
		return this.list<T>(kind).filter((o) => Number(o.metadata.resourceVersion) > since);
	}

	count(kind: string): number {
		return this.#bucket(kind).size;
	}

	kinds(): string[] {
		return [...this.#store.keys()];
	}

	/** The API server takes ownership of `input`: callers pass a fresh object and do not reuse it. */
	create<T extends KubeObject>(input: T): WriteResult<T> {
		const info = kindInfo(input.kind);
		if (!info) throw new ApiError('BadRequest', 400, `no matches for kind "${input.kind}" in version "${input.apiVersion}"`);
		const meta = input.metadata ?? ({} as KubeObject['metadata']);
		input.metadata = meta;
		if (info.namespaced) meta.namespace ??= 'default';
		else delete meta.namespace;
		// NamespaceLifecycle admission (plugin/pkg/admission/namespace/lifecycle): no object in a namespace that does not exist.
		if (info.namespaced && !this.get('Namespace', undefined, meta.namespace!)) throw notFound('namespaces', meta.namespace!);
		if (!meta.name && meta.generateName) meta.name = this.#generateName(input.kind, meta.namespace, meta.generateName);
		let object: KubeObject = input;
		let warnings: string[] = [];
		if (input.kind === 'Pod') addDefaultTolerations(input as unknown as Pod);
		if (input.kind === 'Service') allocateServiceAddresses(input as unknown as Service, this.random, this.list<Service>('Service'));
		// The Job strategy's selector names the Job's uid, which the registry has set by then.
		// rest.BeforeCreate gives the uid before the strategy validates, so validateGeneratedSelector sees it.
		const uid = input.kind === 'Job' ? this.random.uid() : undefined;
		if (uid) {
			meta.uid = uid;
			prepareJobForCreate(input as unknown as Job, uid);
		}
		if (!SYSTEM_KINDS.has(input.kind)) {
			const result = this.admit(input, 'create');
			if (input.kind === 'Job' && result.causes.length === 0) result.causes.push(...validateJob(result.object as Job));
			if (result.causes.length > 0) throw invalid(input.kind, meta.name ?? '', result.causes, info.group);
			object = result.object;
			warnings = result.warnings ?? [];
		}
		if (object.kind === 'Secret') mergeStringData(object);
		const m = object.metadata;
		const k = key(object.kind, m.namespace, m.name);
		if (this.#bucket(object.kind).has(k)) throw alreadyExists(qualifiedResource(object.kind), m.name);
		// Pod strategy PrepareForCreate: a new pod starts Pending, whatever status the client sent.
		if (object.kind === 'Pod') object.status = { phase: 'Pending', qosClass: qosClass(object as Pod) };
		m.uid = uid ?? this.random.uid();
		m.creationTimestamp = this.clock.iso();
		m.resourceVersion = this.#nextVersion();
		if (GENERATION_KINDS.has(object.kind)) m.generation = 1;
		if (object.kind === 'DaemonSet') prepareDaemonSet(object);
		delete m.deletionTimestamp;
		this.#bucket(object.kind).set(k, object);
		this.#emit({ type: 'ADDED', object });
		return { object: object as T, warnings };
	}

	/**
	 * Replaces an object. A stale resourceVersion is a Conflict, as with optimistic concurrency upstream.
	 * Status is kept from the stored object unless `subresource` is 'status' (then only status changes).
	 */
	update<T extends KubeObject>(input: T, subresource?: 'status'): WriteResult<T> {
		const m = input.metadata;
		const old = this.get(input.kind, m.namespace, m.name);
		if (!old) throw notFound(qualifiedResource(input.kind), m.name);
		if (m.resourceVersion && m.resourceVersion !== old.metadata.resourceVersion) {
			throw conflict(qualifiedResource(input.kind), m.name, 'the object has been modified; please apply your changes to the latest version and try again');
		}
		let object: KubeObject;
		let warnings: string[] = [];
		if (subresource === 'status') {
			object = { ...old, metadata: { ...old.metadata }, status: input.status };
		} else {
			object = { ...input, metadata: { ...input.metadata } };
			delete object.status;
			// DefaultTolerationSeconds admits updates too: a Pod sent without the tolerations it was given
			// on create gets them back, so they do not count as removed.
			if (object.kind === 'Pod') addDefaultTolerations(object as Pod);
			if (!SYSTEM_KINDS.has(input.kind)) {
				// The main resource ignores status (the status subresource owns it), so validation sees none.
				const { status: _oldStatus, ...oldSpec } = old;
				const result = this.admit(object, 'update', oldSpec as KubeObject);
				if (result.causes.length > 0) throw invalid(input.kind, m.name, result.causes, kindInfo(input.kind)?.group);
				object = result.object;
				warnings = result.warnings ?? [];
			}
			if (object.kind === 'Secret') mergeStringData(object);
			if ('status' in old) object.status = old.status;
			// metadata the server owns cannot be changed by a client.
			object.metadata.uid = old.metadata.uid;
			object.metadata.creationTimestamp = old.metadata.creationTimestamp;
			object.metadata.namespace = old.metadata.namespace;
			if (old.metadata.deletionTimestamp) object.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
			if (old.metadata.generation !== undefined) {
				const changed = JSON.stringify(object.spec) !== JSON.stringify(old.spec);
				object.metadata.generation = old.metadata.generation + (changed ? 1 : 0);
			}
			if (object.kind === 'DaemonSet') prepareDaemonSet(object, old);
		}
		object.metadata.resourceVersion = this.#nextVersion();
		const m2 = object.metadata;
		// An object marked for deletion goes once its finalizers are gone (a pod: once the kubelet also
		// confirmed termination, leaving deletionGracePeriodSeconds at 0).
		if (m2.deletionTimestamp && (m2.finalizers ?? []).length === 0 && !(object.kind === 'Pod' && (m2.deletionGracePeriodSeconds ?? 0) > 0)) {
			this.#remove(object);
			return { object: object as T, warnings };
		}
		this.#bucket(object.kind).set(key(object.kind, m2.namespace, m2.name), object);
		this.#emit({ type: 'MODIFIED', object, old });
		return { object: object as T, warnings };
	}

	/** Read-modify-write with a structured clone, for controllers and kubectl patch-like commands. */
	mutate<T extends KubeObject>(kind: string, namespace: string | undefined, name: string, change: (obj: T) => void, subresource?: 'status'): WriteResult<T> {
		const current = this.read<T>(kind, namespace, name);
		const copy = structuredClone(current);
		change(copy);
		return this.update(copy, subresource);
	}

	/**
	 * Deletes per the registry's BeforeDelete rules: a pod bound to a node is deleted gracefully (the
	 * kubelet confirms with a second delete at grace 0); finalizers and foreground/orphan propagation
	 * keep the object, marked with deletionTimestamp, until the garbage collector is done.
	 */
	delete(kind: string, namespace: string | undefined, name: string, options: DeleteOptions = {}): KubeObject {
		const current = this.read(kind, namespace, name);
		const m = current.metadata;
		// The registry's DefaultGarbageCollectionPolicy: batch/v1 Jobs orphan their Pods unless told
		// (pkg/registry/batch/job/strategy.go, kept for compatibility); kubectl always sends a policy.
		const policy = options.propagationPolicy ?? (kind === 'Job' ? 'Orphan' : 'Background');
		const finalizers = [...(m.finalizers ?? [])];
		if (policy === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
		if (policy === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
		let grace = 0;
		if (kind === 'Pod') {
			const pod = current as Pod;
			const terminal = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
			grace = options.gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
			// Mirrors pod strategy CheckGracefulDelete: unscheduled or finished pods go at once.
			if (!pod.spec.nodeName || terminal) grace = 0;
			if (m.deletionTimestamp && m.deletionGracePeriodSeconds !== undefined && grace >= m.deletionGracePeriodSeconds) {
				return current; // already terminating with a shorter or equal grace period
			}
		}
		if (grace === 0 && finalizers.length === 0) {
			this.#remove(current);
			return current;
		}
		const now = this.clock.now();
		const next: KubeObject = {
			...current,
			metadata: {
				...m,
				finalizers: finalizers.length > 0 ? finalizers : m.finalizers,
				deletionTimestamp: m.deletionTimestamp ?? this.clock.iso(now + grace * 1000),
				...(kind === 'Pod' ? { deletionGracePeriodSeconds: grace } : {}),
				resourceVersion: this.#nextVersion(),
			},
		};
		if (next.metadata.finalizers?.length === 0) delete next.metadata.finalizers;
		this.#bucket(kind).set(key(kind, m.namespace, m.name), next);
		this.#emit({ type: 'MODIFIED', object: next, old: current });
		return next;
	}

	/**
	 * The pods/binding subresource (pkg/registry/core/pod/storage `assignPod`): sets spec.nodeName and
	 * the PodScheduled condition, without the spec-immutability rules of an ordinary update.
	 */
	bind(pod: Pod, nodeName: string): void {
		const now = this.clock.iso();
		const conditions = (pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
		conditions.push({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now });
		const next: Pod = {
			...pod,
			metadata: { ...pod.metadata, resourceVersion: this.#nextVersion() },
			spec: { ...pod.spec, nodeName },
			status: { ...pod.status, conditions },
		};
		const m = pod.metadata;
		this.#bucket('Pod').set(key('Pod', m.namespace, m.name), next);
		this.#emit({ type: 'MODIFIED', object: next, old: pod });
	}

	#remove(object: KubeObject): void {
		const m = object.metadata;
		this.#bucket(object.kind).delete(key(object.kind, m.namespace, m.name));
		this.#nextVersion();
		this.#emit({ type: 'DELETED', object });
	}

	#generateName(kind: string, namespace: string | undefined, base: string): string {
		// Mirrors names.SimpleNameGenerator: base (cut to 58 chars) + utilrand.String(5).
		const prefix = base.length > 58 ? base.slice(0, 58) : base;
		for (;;) {
			const name = prefix + this.random.string(5);
			if (!this.#bucket(kind).has(key(kind, namespace, name))) return name;
		}
	}

	#nextVersion(): string {
		return String(++this.#resourceVersion);
	}

	#bucket(kind: string): Map<string, KubeObject> {
		let bucket = this.#store.get(kind);
		if (!bucket) {
			bucket = new Map();
			this.#store.set(kind, bucket);
		}
		return bucket;
	}

	#emit(event: WatchEvent): void {
		this.#lastWrite.set(event.object.kind, this.#resourceVersion);
		for (const handler of this.#watchers.get(event.object.kind) ?? []) handler(event);
		if (event.object.kind !== 'Pod' || this.#nodeWatchers.size === 0) return;
		const node = (event.object as Pod).spec.nodeName;
		const before = (event.old as Pod | undefined)?.spec.nodeName;
		if (node) for (const handler of this.#nodeWatchers.get(node) ?? []) handler(event);
		if (before && before !== node) for (const handler of this.#nodeWatchers.get(before) ?? []) handler(event);
	}
}

function key(_kind: string, namespace: string | undefined, name: string): string {
	return namespace ? `${namespace}/${name}` : name;
}
