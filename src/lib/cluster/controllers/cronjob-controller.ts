/**
 * The CronJob controller. Mirrors pkg/controller/cronjob/cronjob_controllerv2.go: `syncCronJob` (the
 * active list from the Jobs it owns, SawCompletedJob, MissingJob, suspend, the next schedule, the
 * starting deadline, Forbid and Replace, the Job named after the scheduled minute), `cleanupFinishedJobs`
 * (the history limits, oldest first by start time) and utils.go `mostRecentScheduleTime` /
 * `nextScheduleTime` (more than 100 missed times is TooManyMissedTimes) and `getJobFromTemplate2`.
 * The schedule is robfig/cron's (validate/rules/cron-schedule.ts). The controller wakes itself for the
 * next scheduled time, 100 ms after it (nextScheduleDelta), as the delaying queue does.
 */
import type { ApiError } from '../apiserver/errors.ts';
import type { ControllerContext } from '../context.ts';
import type { CronJobDecision } from '../decisions.ts';
import { controllerOf } from '../api/pod-util.ts';
import type { CronJob, Job, KubeObject } from '../api/types.ts';
import { newMeta } from '../api/types.ts';
import { jsonEqual } from '../api/json-equal.ts';
import { parseCronSchedule, type CronSchedule } from '../../validate/rules/cron-schedule.ts';
import { jobFinished } from './job-controller.ts';
import { ownerRef } from './replication-manager.ts';
import { objectKey, splitKey, WorkQueue, type Controller } from './work-queue.ts';
import { Wakeups } from './wakeups.ts';

/** nextScheduleDelta: the queue wakes the CronJob this long after its scheduled time. */
const NEXT_SCHEDULE_DELTA_MS = 100;
export const SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

type Status = NonNullable<CronJob['status']>;

/** FinishedCondition: Complete or Failed. */
function finishedType(job: Job): 'Complete' | 'Failed' | undefined {
	return job.status?.conditions?.find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')?.type as 'Complete' | 'Failed' | undefined;
}

/** getTimeHashInMinutes: the Job's name carries its scheduled time in minutes since the epoch. */
export function cronJobName(cronJob: CronJob, scheduledMs: number): string {
	return `${cronJob.metadata.name}-${Math.floor(scheduledMs / 60_000)}`;
}

/** getJobFromTemplate2: the template's labels and annotations, the scheduled time, the CronJob as controller. */
export function jobFromCronJob(cronJob: CronJob, name: string, annotations: Record<string, string>): Job {
	const template = cronJob.spec.jobTemplate;
	return {
		apiVersion: 'batch/v1',
		kind: 'Job',
		metadata: newMeta({
			name,
			namespace: cronJob.metadata.namespace,
			labels: { ...template.metadata?.labels },
			annotations: { ...template.metadata?.annotations, ...annotations },
			ownerReferences: [ownerRef(cronJob)],
		}),
		spec: structuredClone(template.spec),
	};
}

/**
 * mostRecentScheduleTime: the latest scheduled time in (earliest, now], where earliest is the last
 * schedule (or the creation) moved up to now − startingDeadlineSeconds, and how many were missed.
 */
function mostRecentScheduleTime(cronJob: CronJob, now: number, schedule: CronSchedule): { earliest: number; recent?: number; missed: number } {
	let earliest = Date.parse(cronJob.status?.lastScheduleTime ?? cronJob.metadata.creationTimestamp);
	const deadline = cronJob.spec.startingDeadlineSeconds;
	if (deadline !== undefined) earliest = Math.max(earliest, now - deadline * 1000);
	const t1 = schedule.next(earliest);
	if (t1 > now) return { earliest, missed: 0 };
	const t2 = schedule.next(t1);
	if (t2 > now) return { earliest, recent: t1, missed: 1 };
	// A fixed interval (the common case) is counted, not walked; otherwise walk, as upstream, up to "many".
	const interval = t2 - t1;
	const t3 = schedule.next(t2);
	if (t3 - t2 === interval) {
		const missed = Math.floor((now - t1) / interval) + 1;
		return { earliest, recent: t1 + (missed - 1) * interval, missed };
	}
	let recent = t2;
	let missed = 2;
	for (let t = t3; t <= now; t = schedule.next(t)) {
		recent = t;
		if (++missed > 100) {
			// Counting stops here; the most recent time is found from now backwards in steps.
			let probe = recent;
			for (let n = schedule.next(probe); n <= now; n = schedule.next(probe)) probe = n;
			return { earliest, recent: probe, missed };
		}
	}
	return { earliest, recent, missed };
}

export class CronJobController implements Controller {
	readonly name = 'cronjob-controller';
	readonly queue = new WorkQueue();
	readonly #ctx: ControllerContext;
	/** Jobs by the uid of the CronJob that controls them (the jobLister, indexed). */
	#jobs = new Map<string, Set<string>>();
	readonly #wakes: Wakeups;
	#schedules = new Map<string, { spec: string; zone: string; parsed: CronSchedule | string }>();

	constructor(ctx: ControllerContext) {
		this.#ctx = ctx;
		this.#wakes = new Wakeups(ctx.clock, this.queue);
		ctx.api.watch('CronJob', ({ object }) => this.queue.add(objectKey(object.metadata.namespace, object.metadata.name)));
		ctx.api.watch('Job', ({ type, object, old }) => {
			const ref = controllerOf(object);
			const oldRef = old ? controllerOf(old) : undefined;
			const key = objectKey(object.metadata.namespace, object.metadata.name);
			if (oldRef && oldRef.uid !== ref?.uid) this.#jobs.get(oldRef.uid)?.delete(key);
			if (ref?.kind !== 'CronJob') return;
			let set = this.#jobs.get(ref.uid);
			if (!set) this.#jobs.set(ref.uid, (set = new Set()));
			if (type === 'DELETED') set.delete(key);
			else set.add(key);
			// A Job's status changes only matter once it finishes, or when it goes.
			if (type === 'MODIFIED' && old && jobFinished(old as Job) === jobFinished(object as Job)) return;
			this.queue.add(objectKey(object.metadata.namespace, ref.name));
		});
		for (const cj of ctx.api.list<CronJob>('CronJob')) this.queue.add(objectKey(cj.metadata.namespace, cj.metadata.name));
	}

	#ownedJobs(uid: string): Job[] {
		const out: Job[] = [];
		for (const key of this.#jobs.get(uid) ?? []) {
			const [ns, name] = splitKey(key);
			const job = this.#ctx.api.get<Job>('Job', ns, name);
			if (job) out.push(job);
		}
		return out;
	}

	#schedule(cronJob: CronJob): CronSchedule | string {
		const key = cronJob.metadata.uid;
		const zone = cronJob.spec.timeZone ?? '';
		const cached = this.#schedules.get(key);
		if (cached?.spec === cronJob.spec.schedule && cached.zone === zone) return cached.parsed;
		const parsed = parseCronSchedule(cronJob.spec.schedule, zone);
		this.#schedules.set(key, { spec: cronJob.spec.schedule, zone, parsed });
		return parsed;
	}

	sync(key: string): void {
		const { api, clock, events } = this.#ctx;
		const [namespace, name] = splitKey(key);
		const stored = api.get<CronJob>('CronJob', namespace, name);
		if (!stored) return;
		const cronJob: CronJob = { ...stored, status: { ...stored.status, active: [...(stored.status?.active ?? [])] } };
		const status = cronJob.status as Status & { active: NonNullable<Status['active']> };
		const now = clock.now();
		const decision: CronJobDecision = { kind: 'cronjob', cronJob: name, schedule: cronJob.spec.schedule, concurrencyPolicy: cronJob.spec.concurrencyPolicy ?? 'Allow', active: [], deleted: [] };
		const jobs = this.#ownedJobs(stored.metadata.uid);
		const children = new Set(jobs.map((j) => j.metadata.uid));
		const dropActive = (uid: string): void => {
			status.active = status.active.filter((a) => a.uid !== uid);
		};
		for (const job of jobs) {
			const found = status.active.some((a) => a.uid === job.metadata.uid);
			const finished = finishedType(job);
			if (!found && !finished) {
				events.warning(cronJob, 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${job.metadata.name}`, { component: this.name });
			} else if (finished) {
				if (found) {
					dropActive(job.metadata.uid);
					events.normal(cronJob, 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, condition: ${finished}`, { component: this.name });
				}
				const completed = job.status?.completionTime;
				if (finished === 'Complete' && completed && (!status.lastSuccessfulTime || Date.parse(completed) > Date.parse(status.lastSuccessfulTime))) status.lastSuccessfulTime = completed;
			}
		}
		for (const ref of [...status.active]) {
			if (children.has(ref.uid) || api.get('Job', ref.namespace, ref.name)) continue;
			events.normal(cronJob, 'MissingJob', `Active job went missing: ${ref.name}`, { component: this.name });
			dropActive(ref.uid);
		}
		if (!stored.metadata.deletionTimestamp) {
			const requeue = this.#syncSchedule(cronJob, status, now, decision);
			if (requeue !== undefined) {
				decision.next = clock.iso(requeue);
				this.#wakes.addAt(key, requeue + NEXT_SCHEDULE_DELTA_MS);
			}
			this.#cleanupFinishedJobs(cronJob, status, decision);
		}
		decision.active = status.active.map((a) => a.name);
		const next: Status = { ...status };
		if (status.active.length === 0) delete next.active;
		if (!jsonEqual(next, stored.status ?? {})) {
			const fresh = api.get<CronJob>('CronJob', namespace, name);
			if (fresh) api.update({ ...fresh, status: next }, 'status');
		}
		this.#ctx.decide?.(decision);
	}

	/** syncCronJob from the time zone on: returns the next scheduled time to wake for, if any. */
	#syncSchedule(cronJob: CronJob, status: Status & { active: NonNullable<Status['active']> }, now: number, decision: CronJobDecision): number | undefined {
		const { api, clock, events } = this.#ctx;
		const zone = cronJob.spec.timeZone;
		if (zone !== undefined && zone !== '' && zone !== 'UTC') {
			try {
				new Intl.DateTimeFormat('en', { timeZone: zone });
			} catch {
				events.warning(cronJob, 'UnknownTimeZone', `invalid timeZone: ${JSON.stringify(zone)}: unknown time zone ${zone}`, { component: this.name });
				return undefined;
			}
		}
		if (cronJob.spec.suspend) {
			decision.skipped = 'suspended';
			return undefined;
		}
		// formatSchedule: a TZ in the schedule itself is not officially supported.
		if (cronJob.spec.schedule.includes('TZ')) {
			events.warning(cronJob, 'UnsupportedSchedule', `CRON_TZ or TZ used in schedule ${JSON.stringify(cronJob.spec.schedule)} is not officially supported, see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more details`, { component: this.name });
		}
		const schedule = this.#schedule(cronJob);
		if (typeof schedule === 'string') {
			events.warning(cronJob, 'UnparseableSchedule', `unparseable schedule: ${JSON.stringify(cronJob.spec.schedule)} : ${schedule}`, { component: this.name });
			return undefined;
		}
		const { earliest, recent, missed } = mostRecentScheduleTime(cronJob, now, schedule);
		// nextScheduleTimeDuration: from the most recent scheduled time (or the earliest), the next one.
		const next = (): number => schedule.next(recent ?? earliest);
		if (missed > 100) {
			events.warning(cronJob, 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew', { component: this.name });
		}
		if (recent === undefined) return next();
		decision.scheduled = clock.iso(recent);
		const deadline = cronJob.spec.startingDeadlineSeconds;
		if (deadline !== undefined && recent + deadline * 1000 < now) {
			decision.skipped = 'missedDeadline';
			events.warning(cronJob, 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(recent)}`, { component: this.name });
			return next();
		}
		const jobName = cronJobName(cronJob, recent);
		if (status.active.some((a) => a.name === jobName) || (status.lastScheduleTime !== undefined && Date.parse(status.lastScheduleTime) === recent)) return next();
		const policy = cronJob.spec.concurrencyPolicy ?? 'Allow';
		if (policy === 'Forbid' && status.active.length > 0) {
			decision.skipped = 'forbid';
			events.normal(cronJob, 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid', { component: this.name });
			return next();
		}
		if (policy === 'Replace') {
			for (const ref of [...status.active]) {
				const job = api.get<Job>('Job', ref.namespace, ref.name);
				if (job) this.#deleteJob(cronJob, status, job, decision);
			}
		}
		let created: KubeObject;
		let existed = false;
		try {
			created = api.create(jobFromCronJob(cronJob, jobName, { [SCHEDULED_TIMESTAMP_ANNOTATION]: scheduledStamp(recent, cronJob.spec.timeZone) })).object;
		} catch (error) {
			const apiError = error as ApiError;
			if (apiError.reason === 'AlreadyExists') {
				const job = api.get<Job>('Job', cronJob.metadata.namespace, jobName);
				if (!job || controllerOf(job)?.uid !== cronJob.metadata.uid || status.active.some((a) => a.uid === job.metadata.uid)) return undefined;
				created = job;
				existed = true;
			} else {
				events.warning(cronJob, 'FailedCreate', `Error creating job: ${apiError.message}`, { component: this.name });
				return undefined;
			}
		}
		if (!existed) events.normal(cronJob, 'SuccessfulCreate', `Created job ${jobName}`, { component: this.name });
		decision.created = jobName;
		status.active.push({ apiVersion: 'batch/v1', kind: 'Job', name: jobName, namespace: created.metadata.namespace, resourceVersion: created.metadata.resourceVersion, uid: created.metadata.uid });
		status.lastScheduleTime = clock.iso(recent);
		return schedule.next(recent);
	}

	/** cleanupFinishedJobs and removeOldestJobs: past each history limit, the oldest by start time go. */
	#cleanupFinishedJobs(cronJob: CronJob, status: Status & { active: NonNullable<Status['active']> }, decision: CronJobDecision): void {
		const jobs = this.#ownedJobs(cronJob.metadata.uid).filter((j) => !j.metadata.deletionTimestamp);
		const limits = [
			['Complete', cronJob.spec.successfulJobsHistoryLimit],
			['Failed', cronJob.spec.failedJobsHistoryLimit],
		] as const;
		for (const [type, limit] of limits) {
			if (limit === undefined) continue;
			const finished = jobs.filter((j) => finishedType(j) === type);
			if (finished.length <= limit) continue;
			finished.sort(byJobStartTime);
			for (const job of finished.slice(0, finished.length - limit)) this.#deleteJob(cronJob, status, job, decision);
		}
	}

	/** deleteJob: the Job (in the background: its Pods follow), its reference in the active list, and an event. */
	#deleteJob(cronJob: CronJob, status: Status & { active: NonNullable<Status['active']> }, job: Job, decision: CronJobDecision): void {
		try {
			this.#ctx.api.delete('Job', job.metadata.namespace, job.metadata.name, { propagationPolicy: 'Background' });
		} catch (error) {
			this.#ctx.events.warning(cronJob, 'FailedDelete', `Deleted job: ${(error as Error).message}`, { component: this.name });
			return;
		}
		status.active = status.active.filter((a) => a.uid !== job.metadata.uid);
		decision.deleted.push(job.metadata.name);
		this.#ctx.events.normal(cronJob, 'SuccessfulDelete', `Deleted job ${job.metadata.name}`, { component: this.name });
	}

}

/** byJobStartTime: by status.startTime (a Job without one last), then by name. */
function byJobStartTime(a: Job, b: Job): number {
	const sa = a.status?.startTime;
	const sb = b.status?.startTime;
	if (!sa || !sb) return sa ? -1 : sb ? 1 : a.metadata.name.localeCompare(b.metadata.name);
	if (sa === sb) return a.metadata.name < b.metadata.name ? -1 : 1;
	return Date.parse(sa) - Date.parse(sb);
}

/** Go's time.RFC1123Z in UTC: `Mon, 02 Jan 2006 15:04:05 +0000`. */
function rfc1123z(ms: number): string {
	return new Date(ms).toUTCString().replace('GMT', '+0000');
}

/** The scheduled-timestamp annotation: RFC 3339 in the CronJob's zone (UTC without one). */
function scheduledStamp(ms: number, zone: string | undefined): string {
	if (!zone || zone === 'UTC') return new Date(ms).toISOString().replace('.000Z', 'Z');
	const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset' });
	const p: Record<string, string> = {};
	for (const part of format.formatToParts(ms)) p[part.type] = part.value;
	const offset = (p['timeZoneName'] ?? 'GMT').replace('GMT', '') || '+00:00';
	return `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}:${p['second']}${offset === '+00:00' ? 'Z' : offset}`;
}
