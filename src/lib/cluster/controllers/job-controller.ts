/**
 * The Job controller. Mirrors pkg/controller/job/job_controller.go `syncJob` for NonIndexed Jobs:
 * count the Job's Pods (active, ready, succeeded, failed, terminating), fail the Job past its
 * `backoffLimit` (`pastBackoffLimitOnFailure` counts container restarts when the Pods restart
 * OnFailure) or its `activeDeadlineSeconds`, declare success once `completions` Pods succeeded (with
 * no `completions`, once one has and none is left running), and otherwise keep `parallelism` Pods
 * running (`manageJob`), replacing failed ones after the pod failure back-off (10 s doubling, at most
 * 6 min: DefaultJobPodFailureBackOff, MaxJobPodFailureBackOff). A finished Job gets the interim
 * condition first (SuccessCriteriaMet, FailureTarget), then Complete or Failed once its Pods are gone
 * or done, as since Kubernetes 1.31.
 */
import type { ApiError } from '../apiserver/errors.ts';
import type { ControllerContext } from '../context.ts';
import type { JobDecision } from '../decisions.ts';
import { controllerOf, isPodActive, isPodReady } from '../api/pod-util.ts';
import type { Job, JobCondition, Pod } from '../api/types.ts';
import { podFromTemplate, BURST_REPLICAS } from './replication-manager.ts';
import type { PodIndex } from './pod-index.ts';
import { objectKey, splitKey, WorkQueue, type Controller } from './work-queue.ts';
import { jsonEqual } from '../api/json-equal.ts';

export const DEFAULT_JOB_POD_FAILURE_BACKOFF_MS = 10_000;
export const MAX_JOB_POD_FAILURE_BACKOFF_MS = 360_000;

const FINISHED: readonly JobCondition['type'][] = ['Complete', 'Failed'];

/** Whether the Job has finished: a Complete or Failed condition that is True (IsJobFinished). */
export function jobFinished(job: Job): boolean {
	return (job.status?.conditions ?? []).some((c) => FINISHED.includes(c.type) && c.status === 'True');
}

function condition(job: Job, type: JobCondition['type']): JobCondition | undefined {
	return job.status?.conditions?.find((c) => c.type === type && c.status === 'True');
}

/** When the Pod failed: its containers' last finish, else the time of its last status change. */
function failedAt(pod: Pod): number {
	let at = 0;
	for (const c of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
		const finished = c.state.terminated?.finishedAt;
		if (finished) at = Math.max(at, Date.parse(finished));
	}
	return at || Date.parse(pod.metadata.creationTimestamp);
}

function restarts(pod: Pod): number {
	let n = 0;
	for (const c of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) n += c.restartCount;
	return n;
}

export class JobController implements Controller {
	readonly name = 'job-controller';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;
	readonly #pods: PodIndex;
	/** Keys with a wake-up scheduled, and when (back-off ends, deadlines). */
	#wakes = new Map<string, number>();

	constructor(ctx: ControllerContext, pods: PodIndex) {
		this.#ctx = ctx;
		this.#pods = pods;
		ctx.api.watch('Job', ({ object }) => this.queue.add(objectKey(object.metadata.namespace, object.metadata.name)));
		ctx.api.watch('Pod', ({ object }) => {
			const ref = controllerOf(object);
			if (ref?.kind === 'Job') this.queue.add(objectKey(object.metadata.namespace, ref.name));
		});
		for (const job of ctx.api.list<Job>('Job')) this.queue.add(objectKey(job.metadata.namespace, job.metadata.name));
	}

	sync(key: string): void {
		const { api, clock } = this.#ctx;
		const [namespace, name] = splitKey(key);
		const job = api.get<Job>('Job', namespace, name);
		if (!job || job.metadata.deletionTimestamp) return;
		const now = clock.now();
		if (this.#expired(job, key, now)) return;
		const pods = this.#pods.owned(job.metadata.uid);
		const active = pods.filter(isPodActive);
		const terminating = pods.filter((p) => p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
		const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
		const failedPods = pods.filter((p) => p.status?.phase === 'Failed');
		const status = { ...job.status };
		let conditions = [...(status.conditions ?? [])];
		const spec = job.spec;
		const decision: JobDecision = {
			kind: 'job',
			job: name,
			...(spec.completions === undefined ? {} : { completions: spec.completions }),
			parallelism: spec.parallelism ?? 1,
			succeeded,
			failed: failedPods.length,
			active: active.map((p) => p.metadata.name),
			created: [],
			deleted: [],
		};
		const add = (type: JobCondition['type'], reason: string, message: string): void => {
			conditions = [...conditions, { type, status: 'True', lastProbeTime: clock.iso(), lastTransitionTime: clock.iso(), reason, message }];
			decision.finished = { type, reason, message };
		};
		status.startTime ??= clock.iso();
		const completions = spec.completions;
		if (!jobFinished(job)) {
			const failureTarget = condition(job, 'FailureTarget');
			const successMet = condition(job, 'SuccessCriteriaMet');
			if (!failureTarget && !successMet) {
				const restartsOnFailure = spec.template.spec.restartPolicy === 'OnFailure' ? active.reduce((n, p) => n + restarts(p), 0) : 0;
				const limit = spec.backoffLimit ?? 6;
				const deadline = spec.activeDeadlineSeconds === undefined ? undefined : Date.parse(status.startTime) + spec.activeDeadlineSeconds * 1000;
				// pastBackoffLimitOnFailure: the restarts of the running and pending Pods reach the limit.
				const pastOnFailure = limit === 0 ? restartsOnFailure > 0 : restartsOnFailure >= limit;
				if (failedPods.length > limit || pastOnFailure) {
					add('FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit');
				} else if (deadline !== undefined && now >= deadline) {
					add('FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline');
				} else if (completions === undefined ? succeeded > 0 && active.length === 0 : succeeded >= completions) {
					add('SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods');
				} else {
					if (deadline !== undefined) this.#wake(key, deadline);
					this.#manage(job, key, active, succeeded, failedPods, now, decision);
				}
			}
			const target = conditions.find((c) => c.type === 'FailureTarget' || c.type === 'SuccessCriteriaMet');
			if (target) {
				// A finished Job's Pods that still run are deleted; it is Complete or Failed once none is left.
				for (const pod of active) this.#deletePod(job, pod, decision);
				if (active.length === 0 && terminating.length === 0) {
					if (target.type === 'FailureTarget') {
						add('Failed', target.reason!, target.message!);
						this.#ctx.events.warning(job, target.reason!, target.message!, { component: this.name });
					} else {
						add('Complete', target.reason!, target.message!);
						status.completionTime = clock.iso();
						this.#ctx.events.normal(job, 'Completed', 'Job completed', { component: this.name });
					}
				}
			}
		}
		const after = this.#pods.owned(job.metadata.uid);
		const next: NonNullable<Job['status']> = {
			...status,
			conditions: conditions.length > 0 ? conditions : undefined,
			active: after.filter(isPodActive).length,
			ready: after.filter((p) => isPodActive(p) && isPodReady(p)).length,
			succeeded,
			failed: failedPods.length,
			terminating: after.filter((p) => p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed').length,
			uncountedTerminatedPods: {},
		};
		// The API omits zero counts (omitempty) and an empty conditions list.
		for (const field of ['active', 'succeeded', 'failed'] as const) if (next[field] === 0) delete next[field];
		if (!next.conditions) delete next.conditions;
		if (!jsonEqual(next, job.status)) api.update({ ...job, status: next }, 'status');
		this.#ctx.decide?.(decision);
	}

	/**
	 * pkg/controller/ttlafterfinished: a finished Job with ttlSecondsAfterFinished is deleted that long
	 * after its Complete or Failed condition, in the foreground (its Pods go first).
	 */
	#expired(job: Job, key: string, now: number): boolean {
		const ttl = job.spec.ttlSecondsAfterFinished;
		const finished = job.status?.conditions?.find((c) => FINISHED.includes(c.type) && c.status === 'True');
		if (ttl === undefined || !finished?.lastTransitionTime) return false;
		const expireAt = Date.parse(finished.lastTransitionTime) + ttl * 1000;
		if (now < expireAt) {
			this.#wake(key, expireAt);
			return false;
		}
		this.#ctx.api.delete('Job', job.metadata.namespace, job.metadata.name, { propagationPolicy: 'Foreground' });
		return true;
	}

	/** manageJob: keep `parallelism` Pods running, no more than the completions still needed. */
	#manage(job: Job, key: string, active: Pod[], succeeded: number, failed: Pod[], now: number, decision: JobDecision): void {
		const parallelism = job.spec.parallelism ?? 1;
		const completions = job.spec.completions;
		const want = completions === undefined ? (succeeded > 0 ? 0 : parallelism) : Math.min(parallelism, Math.max(0, completions - succeeded));
		if (job.spec.suspend) return;
		if (active.length > want) {
			for (const pod of active.slice(want)) this.#deletePod(job, pod, decision);
			return;
		}
		if (active.length === want) return;
		// The pod failure back-off: a replacement waits 10 s after the last failure, doubling per failure.
		if (failed.length > 0) {
			const backoff = Math.min(DEFAULT_JOB_POD_FAILURE_BACKOFF_MS * 2 ** (failed.length - 1), MAX_JOB_POD_FAILURE_BACKOFF_MS);
			const readyAt = Math.max(...failed.map(failedAt)) + backoff;
			if (now < readyAt) {
				decision.backoffUntil = this.#ctx.clock.iso(readyAt);
				return this.#wake(key, readyAt);
			}
		}
		const { api, events } = this.#ctx;
		for (let i = 0; i < Math.min(want - active.length, BURST_REPLICAS); i++) {
			try {
				const { object } = api.create(podFromTemplate(job));
				events.normal(job, 'SuccessfulCreate', `Created pod: ${object.metadata.name}`, { component: this.name });
				decision.created.push(object.metadata.name);
			} catch (error) {
				events.warning(job, 'FailedCreate', `Error creating: ${(error as ApiError).message}`, { component: this.name });
				return;
			}
		}
	}

	#deletePod(job: Job, pod: Pod, decision: JobDecision): void {
		if (pod.metadata.deletionTimestamp) return;
		decision.deleted.push(pod.metadata.name);
		this.#ctx.api.delete('Pod', pod.metadata.namespace, pod.metadata.name);
		this.#ctx.events.normal(job, 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, { component: this.name });
	}

	#wake(key: string, at: number): void {
		if (this.#wakes.get(key) === at) return;
		this.#wakes.set(key, at);
		this.#ctx.clock.schedule(at, () => {
			if (this.#wakes.get(key) === at) this.#wakes.delete(key);
			this.queue.add(key);
		});
	}
}
