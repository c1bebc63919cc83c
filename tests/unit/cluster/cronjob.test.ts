// The CronJob controller (pkg/controller/cronjob cronjob_controllerv2.go syncCronJob and
// cleanupFinishedJobs, utils.go mostRecentScheduleTime) and robfig/cron's Next, on the simulated clock.
import { describe, expect, it } from 'vitest';
import type { CronJob, Job, KubeEvent, KubeObject } from '../../../src/lib/cluster/api/types.ts';
import { parseCronSchedule, type CronSchedule } from '../../../src/lib/validate/rules/cron-schedule.ts';
import { cluster } from './fixtures.ts';

function cronJob(name: string, schedule: string, spec: Partial<CronJob['spec']> = {}, script = 'echo hi; sleep 5'): KubeObject {
	return {
		apiVersion: 'batch/v1',
		kind: 'CronJob',
		metadata: { name } as KubeObject['metadata'],
		spec: { schedule, ...spec, jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'work', image: 'busybox:1.37', command: ['sh', '-c', script] }] } } } } },
	};
}

const read = (c: ReturnType<typeof cluster>, name: string) => c.api.read<CronJob>('CronJob', 'default', name);
const jobs = (c: ReturnType<typeof cluster>) => c.api.list<Job>('Job', 'default').filter((j) => !j.metadata.deletionTimestamp);
const events = (c: ReturnType<typeof cluster>) =>
	c.api
		.list<KubeEvent>('Event')
		.filter((e) => e.involvedObject.kind === 'CronJob')
		.map((e) => `${e.reason}: ${e.message}`);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const next = (spec: string, from: string, zone?: string) => iso((parseCronSchedule(spec, zone) as CronSchedule).next(Date.parse(from)));

describe('cron schedules (robfig/cron v3 SpecSchedule.Next)', () => {
	it('finds the next activation', () => {
		expect(next('*/5 * * * *', '2026-01-01T09:00:00Z')).toBe('2026-01-01T09:05:00Z');
		expect(next('*/5 * * * *', '2026-01-01T09:03:10Z')).toBe('2026-01-01T09:05:00Z');
		expect(next('0 0 29 2 *', '2026-01-01T00:00:00Z')).toBe('2028-02-29T00:00:00Z');
		expect(next('@hourly', '2026-01-01T09:00:00Z')).toBe('2026-01-01T10:00:00Z');
		expect(next('@every 90s', '2026-01-01T09:00:00Z')).toBe('2026-01-01T09:01:30Z');
		// Day of month and day of week both restricted: either matches (Thursday 1 Jan 2026, then the 5th, a Monday).
		expect(next('0 12 5 * mon', '2026-01-01T00:00:00Z')).toBe('2026-01-05T12:00:00Z');
		expect(next('0 12 * * mon', '2026-01-01T00:00:00Z')).toBe('2026-01-05T12:00:00Z');
		expect(next('0 12 10 * mon', '2026-01-06T00:00:00Z')).toBe('2026-01-10T12:00:00Z');
		// In a time zone: 09:00 in New York is 14:00 UTC in winter, 13:00 in summer.
		expect(next('0 9 * * *', '2026-01-01T00:00:00Z', 'America/New_York')).toBe('2026-01-01T14:00:00Z');
		expect(next('0 9 * * *', '2026-07-01T00:00:00Z', 'America/New_York')).toBe('2026-07-01T13:00:00Z');
		expect(next('CRON_TZ=Asia/Shanghai 30 8 * * *', '2026-01-01T00:00:00Z')).toBe('2026-01-01T00:30:00Z');
		expect(parseCronSchedule('61 * * * *')).toBe('end of range (61) above maximum (59): 61');
	});
});

describe('CronJob controller', () => {
	it('creates a Job named after the scheduled minute, with SetDefaults_CronJob, and records its history', () => {
		const c = cluster();
		c.api.create(cronJob('hello', '*/1 * * * *'));
		c.settle();
		expect(read(c, 'hello').spec).toMatchObject({ concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
		expect(jobs(c)).toEqual([]);
		// The queue wakes it 100 ms after the scheduled time (nextScheduleDelta).
		c.advance(60_000);
		expect(jobs(c)).toEqual([]);
		c.advance(100);
		const [job] = jobs(c);
		const minute = Date.parse('2026-01-01T09:01:00Z') / 60_000;
		expect(job!.metadata.name).toBe(`hello-${minute}`);
		expect(job!.metadata.annotations).toEqual({ 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2026-01-01T09:01:00Z' });
		expect(job!.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hello', uid: read(c, 'hello').metadata.uid, controller: true, blockOwnerDeletion: true }]);
		expect(read(c, 'hello').status).toMatchObject({ lastScheduleTime: '2026-01-01T09:01:00Z', active: [{ kind: 'Job', name: `hello-${minute}`, namespace: 'default', apiVersion: 'batch/v1' }] });
		c.advance(30_000);
		const status = read(c, 'hello').status!;
		expect(status.active).toBeUndefined();
		expect(status.lastSuccessfulTime).toMatch(/^2026-01-01T09:01:\d\dZ$/);
		expect(events(c)).toEqual([`SuccessfulCreate: Created job hello-${minute}`, `SawCompletedJob: Saw completed job: hello-${minute}, condition: Complete`]);
		// Five more minutes: three successful Jobs are kept, the oldest go first.
		c.advance(5 * 60_000);
		expect(jobs(c).map((j) => j.metadata.name)).toEqual([`hello-${minute + 3}`, `hello-${minute + 4}`, `hello-${minute + 5}`]);
		expect(events(c)).toContain(`SuccessfulDelete: Deleted job hello-${minute}`);
	});

	it('Forbid skips a run while the last one runs; Replace deletes it; Allow runs both', () => {
		const long = 'sleep 100';
		const forbid = cluster();
		forbid.api.create(cronJob('f', '* * * * *', { concurrencyPolicy: 'Forbid' }, long));
		forbid.settle();
		forbid.advance(125_000);
		expect(jobs(forbid)).toHaveLength(1);
		expect(events(forbid)).toContain('JobAlreadyActive: Not starting job because prior execution is running and concurrency policy is Forbid');

		const replace = cluster();
		replace.api.create(cronJob('r', '* * * * *', { concurrencyPolicy: 'Replace' }, long));
		replace.settle();
		replace.advance(125_000);
		expect(jobs(replace).map((j) => j.metadata.name)).toEqual([`r-${Date.parse('2026-01-01T09:02:00Z') / 60_000}`]);
		expect(read(replace, 'r').status?.active).toHaveLength(1);
		expect(events(replace).filter((e) => e.startsWith('SuccessfulDelete'))).toHaveLength(1);

		const allow = cluster();
		allow.api.create(cronJob('a', '* * * * *', {}, long));
		allow.settle();
		allow.advance(125_000);
		expect(jobs(allow)).toHaveLength(2);
		expect(read(allow, 'a').status?.active).toHaveLength(2);
	});

	it('suspend stops new runs; startingDeadlineSeconds skips a time that is too far back', () => {
		const c = cluster();
		c.api.create(cronJob('s', '* * * * *', { suspend: true }));
		c.settle();
		c.advance(5 * 60_000);
		expect(jobs(c)).toEqual([]);
		// Resumed at 09:05:30 with a 10 s deadline: 09:05 is too late; 09:06 runs.
		c.advance(30_000);
		c.api.mutate<CronJob>('CronJob', 'default', 's', (cj) => {
			cj.spec.suspend = false;
			cj.spec.startingDeadlineSeconds = 10;
		});
		c.settle();
		expect(jobs(c)).toEqual([]);
		expect(events(c)).toEqual([]);
		c.advance(31_000);
		expect(jobs(c)).toHaveLength(1);
		// Without a deadline, resuming starts the most recent missed time at once.
		const d = cluster();
		d.api.create(cronJob('s', '* * * * *', { suspend: true }));
		d.settle();
		d.advance(5 * 60_000 + 30_000);
		d.api.mutate<CronJob>('CronJob', 'default', 's', (cj) => {
			cj.spec.suspend = false;
		});
		d.settle();
		expect(jobs(d).map((j) => j.metadata.name)).toEqual([`s-${Date.parse('2026-01-01T09:05:00Z') / 60_000}`]);
	});

	it('a failed Job is kept up to failedJobsHistoryLimit', () => {
		const c = cluster();
		c.api.create(cronJob('fail', '*/10 * * * *', { failedJobsHistoryLimit: 1 }, 'exit 1'));
		c.settle();
		c.api.mutate<CronJob>('CronJob', 'default', 'fail', (cj) => {
			cj.spec.jobTemplate.spec.backoffLimit = 0;
			cj.spec.jobTemplate.spec.template.spec.restartPolicy = 'Never';
		});
		c.advance(25 * 60_000);
		const left = jobs(c);
		expect(left).toHaveLength(1);
		expect(left[0]!.status?.conditions?.some((x) => x.type === 'Failed')).toBe(true);
		expect(events(c).filter((e) => e.startsWith('SawCompletedJob')).at(-1)).toMatch(/condition: Failed$/);
	});

	it('a CronJob every minute keeps a bounded number of objects and timers: 360 runs leave 3 Jobs', () => {
		const c = cluster();
		c.api.create(cronJob('tick', '* * * * *', {}, 'true'));
		c.settle();
		c.advance(6 * 60 * 60_000 + 100);
		expect(jobs(c).length).toBeLessThanOrEqual(4);
		expect(c.api.list('Pod', 'default').length).toBeLessThanOrEqual(4);
		// Events live an hour: about one hour's worth is kept.
		expect(c.api.list('Event').length).toBeLessThan(600);
		expect(c.clock.pendingTimers()).toBeLessThan(20);
		expect(read(c, 'tick').status?.lastScheduleTime).toBe('2026-01-01T15:00:00Z');
		expect(c.errors).toEqual([]);
	});

	it('more than 100 missed times is TooManyMissedTimes, and the most recent one still runs', () => {
		const c = cluster();
		c.api.create(cronJob('late', '* * * * *', { suspend: true }));
		c.settle();
		c.advance(3 * 60 * 60_000 + 30_000);
		c.api.mutate<CronJob>('CronJob', 'default', 'late', (cj) => {
			cj.spec.suspend = false;
		});
		c.settle();
		expect(events(c)).toContain('TooManyMissedTimes: too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
		expect(jobs(c).map((j) => j.metadata.name)).toEqual([`late-${Date.parse('2026-01-01T12:00:00Z') / 60_000}`]);
	});
});
