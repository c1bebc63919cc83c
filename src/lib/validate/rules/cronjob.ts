// CronJob. Mirrors ValidateCronJobCreate, validateCronJobSpec, validateScheduleFormat, validateTimeZone
// and ValidateJobTemplateSpec in pkg/apis/batch/validation/validation.go.
import type { Path } from '../field-path.ts';
import { goLabelSelector } from './controllers.ts';
import { invalid, notSupported, required, type Issue } from '../issue.ts';
import { cronScheduleError, knownTimeZone } from './cron-schedule.ts';
import { validateJobSpec } from './job.ts';
import { isObj, num, obj, str } from './util.ts';

const nonNegative = (value: unknown, at: Path, issues: Issue[]) => {
	const v = num(value);
	if (v !== undefined && v < 0) issues.push(invalid(at, v, 'must be greater than or equal to 0', 'negative-value'));
};

/** validateTimeZone: IANA names only (the file-name rules of tz's theory.html), never Local. */
function validateTimeZone(zone: unknown, at: Path, issues: Issue[]): void {
	if (typeof zone !== 'string') return;
	if (zone === '') {
		issues.push(invalid(at, zone, 'timeZone must be nil or non-empty string', 'cronjob-time-zone'));
		return;
	}
	const badPart = zone.split('/').some((part) => part === '.' || part === '..' || part.startsWith('-') || !/^[A-Za-z.\-_0-9+]{1,14}$/.test(part));
	if (badPart) {
		issues.push(invalid(at, zone, `unknown time zone ${zone}`, 'cronjob-time-zone'));
		return;
	}
	if (zone.toLowerCase() === 'local') issues.push(invalid(at, zone, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones', 'cronjob-time-zone'));
	// time.LoadLocation's error; the runtime's zone data stands in for Go's.
	else if (!knownTimeZone(zone)) issues.push(invalid(at, zone, `unknown time zone ${zone}`, 'cronjob-time-zone'));
}

/** Mirrors ValidateCronJobCreate (after SetDefaults_CronJob: concurrencyPolicy Allow, history limits 3 and 1). */
export function validateCronJob(cronJob: Record<string, unknown>, issues: Issue[]): void {
	const spec = obj(cronJob.spec);
	const at: Path = ['spec'];
	const schedule = str(spec.schedule);
	if (!schedule) issues.push(required([...at, 'schedule']));
	else {
		const error = cronScheduleError(schedule);
		if (error) issues.push(invalid([...at, 'schedule'], schedule, error, 'cronjob-schedule'));
		if (schedule.includes('TZ')) issues.push(invalid([...at, 'schedule'], schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead', 'cronjob-schedule-tz'));
	}
	nonNegative(spec.startingDeadlineSeconds, [...at, 'startingDeadlineSeconds'], issues);
	validateTimeZone(spec.timeZone, [...at, 'timeZone'], issues);
	const policy = str(spec.concurrencyPolicy);
	if (!policy) issues.push(required([...at, 'concurrencyPolicy']));
	else if (!['Allow', 'Forbid', 'Replace'].includes(policy)) issues.push(notSupported([...at, 'concurrencyPolicy'], policy, ['Allow', 'Forbid', 'Replace']));
	// ValidateJobTemplateSpec: the Job spec, whose selector the CronJob's Jobs generate.
	const jobSpec = obj(obj(spec.jobTemplate).spec);
	const jobAt: Path = [...at, 'jobTemplate', 'spec'];
	validateJobSpec(jobSpec, jobAt, issues);
	if (isObj(jobSpec.selector)) {
		issues.push(invalid([...jobAt, 'selector'], jobSpec.selector, '`selector` will be auto-generated', 'cronjob-selector', { shown: goLabelSelector(jobSpec.selector), target: 'key' }));
	}
	if (jobSpec.manualSelector === true) issues.push(notSupported([...jobAt, 'manualSelector'], true, ['nil', 'false'], 'cronjob-selector'));
	nonNegative(spec.successfulJobsHistoryLimit, [...at, 'successfulJobsHistoryLimit'], issues);
	nonNegative(spec.failedJobsHistoryLimit, [...at, 'failedJobsHistoryLimit'], issues);
	// The controller names each Job `<cronjob>-<11-digit time>`, and a Job name is at most 63 characters.
	const name = str(obj(cronJob.metadata).name);
	if (name.length > 52) issues.push(invalid(['metadata', 'name'], name, 'must be no more than 52 characters', 'cronjob-name-length'));
}
