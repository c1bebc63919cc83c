/**
 * The Job registry strategy (pkg/registry/batch/job/strategy.go): PrepareForCreate's generated
 * selector and labels, and the part of ValidateJob the project's validator does not cover (the
 * template's restart policy). Kept here, in the API server, so the Job controller add-on loads only
 * with the first Job.
 */
import type { Job } from '../api/types.ts';
import type { StatusCause } from './errors.ts';

/** batch.LegacyJobNameLabel, JobNameLabel, LegacyControllerUidLabel, ControllerUidLabel. */
export const JOB_NAME_LABELS = ['job-name', 'batch.kubernetes.io/job-name'];
export const CONTROLLER_UID_LABELS = ['controller-uid', 'batch.kubernetes.io/controller-uid'];

/**
 * generateSelectorIfNeeded: unless `manualSelector`, the template gets the job-name and controller-uid
 * labels and the selector matches the Job's uid.
 */
export function prepareJobForCreate(job: Job, uid: string): void {
	if (job.spec?.manualSelector === true || !job.spec?.template) return;
	const template = job.spec.template;
	template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels } };
	const labels = template.metadata.labels!;
	for (const label of JOB_NAME_LABELS) labels[label] ??= job.metadata.name;
	for (const label of CONTROLLER_UID_LABELS) labels[label] ??= uid;
	const selector = { ...job.spec.selector };
	selector.matchLabels = { ...selector.matchLabels };
	selector.matchLabels['batch.kubernetes.io/controller-uid'] ??= uid;
	job.spec.selector = selector;
}

/** validateJobTemplate: a Job's Pods run to completion, so they restart OnFailure or Never. */
export function validateJob(job: Job): StatusCause[] {
	const policy = job.spec?.template?.spec?.restartPolicy;
	if (policy === 'OnFailure' || policy === 'Never') return [];
	const field = 'spec.template.spec.restartPolicy';
	return [{ field, message: `${field}: Unsupported value: "${policy ?? ''}": supported values: "OnFailure", "Never"` }];
}
