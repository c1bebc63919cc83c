/**
 * Admission: defaulting and validation of every write (validation.ts, the project's validator, as
 * kube-apiserver's registry strategies do: PrepareForCreate's defaults, then Validate).
 *
 * Validation is a chunk of its own in the browser (the validator's rules and the API schema, most of
 * the playground's weight), loaded with the first command that writes (ClusterRuntime.prepare). Until
 * then, every write replays what the page's build already ran and validated, the lesson's scenario and
 * the controllers acting on it, so those writes are only defaulted: validation would find nothing, and
 * it never changes an object. Node (the CLI, the build, the tests) loads it before anything runs.
 */
import { OnDemand } from '../../shared/on-demand.ts';
import { applyDefaults } from '../../validate/defaults.ts';
import type { AdmitHook } from './admission.ts';
import type { KubeObject } from '../api/types.ts';

const VALIDATION = new OnDemand("the API server's validation", async () => (await import('./validation.ts')).validate);

/** Imports validation (again, after a failed download); rejects when the download fails. */
export async function loadValidation(): Promise<void> {
	await VALIDATION.load();
}

export const validatorAdmission: AdmitHook = (object, operation, old) => {
	const validate = VALIDATION.value;
	if (validate) return validate(object, operation, old);
	return { object: applyDefaults(object) as KubeObject, causes: [], warnings: [] };
};
