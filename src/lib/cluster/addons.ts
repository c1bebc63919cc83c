/**
 * Parts of the control plane that only some clusters need: the Deployment controller, once a
 * Deployment exists, the Job controller, once a Job exists, the CronJob, DaemonSet and StatefulSet
 * controllers, once one of theirs exists, and the kubelet's prober, once a Pod or a Pod template has a probe. In the browser
 * each is a chunk of its own, fetched before the first object that needs it is written
 * (ClusterRuntime.prepare reads each line's manifests for that); `npm run kube`, the build and the
 * tests load them before they run anything.
 *
 * Loading only makes the code available. A cluster starts an add-on when its API server admits the
 * first object that needs it (cluster.ts), at the same point of the run wherever it runs, so a run
 * stays a pure function of the seed and the commands, however early or late the code arrived.
 */
import { OnDemand } from '../shared/on-demand.ts';
import { ApiError } from './apiserver/errors.ts';
import { list, obj } from '../shared/read.ts';
import type { DeploymentController } from './controllers/deployment-controller.ts';
import type { JobController } from './controllers/job-controller.ts';
import type { CronJobController } from './controllers/cronjob-controller.ts';
import type { DaemonSetController } from './controllers/daemonset-controller.ts';
import type { StatefulSetController } from './controllers/statefulset-controller.ts';
import type { startProbeWorkers } from './kubelet/prober.ts';

export interface Addons {
	/** pkg/controller/deployment, started with the cluster's ControllerContext. */
	deployments: typeof DeploymentController;
	/** pkg/kubelet/prober: starts a container's probe workers when the kubelet starts the container. */
	prober: typeof startProbeWorkers;
	/** pkg/controller/job, started with the cluster's ControllerContext and pod index. */
	jobs: typeof JobController;
	/** pkg/controller/cronjob; a CronJob's Jobs need the Job controller too. */
	cronjobs: typeof CronJobController;
	/** pkg/controller/daemon. */
	daemonsets: typeof DaemonSetController;
	/** pkg/controller/statefulset. */
	statefulsets: typeof StatefulSetController;
}

export type AddonName = keyof Addons;

/** A write that needs an add-on that is not loaded is refused (the caller skipped ClusterRuntime.prepare). */
const missing = (what: string) => new ApiError('InternalError', 500, `Internal error occurred: ${what} of the simulated cluster is not loaded`);

const CODE: { [K in AddonName]: OnDemand<Addons[K]> } = {
	deployments: new OnDemand('the Deployment controller', async () => (await import('./controllers/deployment-controller.ts')).DeploymentController, missing),
	prober: new OnDemand("the kubelet's prober", async () => (await import('./kubelet/prober.ts')).startProbeWorkers, missing),
	jobs: new OnDemand('the Job controller', async () => (await import('./controllers/job-controller.ts')).JobController, missing),
	cronjobs: new OnDemand('the CronJob controller', async () => (await import('./controllers/cronjob-controller.ts')).CronJobController, missing),
	daemonsets: new OnDemand('the DaemonSet controller', async () => (await import('./controllers/daemonset-controller.ts')).DaemonSetController, missing),
	statefulsets: new OnDemand('the StatefulSet controller', async () => (await import('./controllers/statefulset-controller.ts')).StatefulSetController, missing),
};

/** The add-on's code, when it has been loaded in this process. */
export function loadedAddon<K extends AddonName>(name: K): Addons[K] | undefined {
	return (CODE[name] as OnDemand<Addons[K]>).value;
}

/** The add-on's code; throws the API server's InternalError when it has not loaded. */
export function addonCode<K extends AddonName>(name: K): Addons[K] {
	return (CODE[name] as OnDemand<Addons[K]>).get();
}

/** Imports the add-ons (again, after a failed download); rejects when a download fails. */
export async function loadAddons(names: readonly AddonName[] = Object.keys(CODE) as AddonName[]): Promise<void> {
	await Promise.all(names.map((name) => CODE[name].load()));
}

/** Loads what these objects (parsed manifests, checked or not) will need once the API server admits them. */
export async function loadAddonsFor(objects: readonly unknown[]): Promise<void> {
	await loadAddons([...new Set(objects.flatMap(addonsNeeded))]);
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];

/** The add-ons an object needs once stored. Reads any value without failing: manifests are read before they are checked. */
export function addonsNeeded(object: unknown): AddonName[] {
	const o = obj(object);
	const spec = obj(o['spec']);
	// A Pod has its own spec; ReplicationControllers, ReplicaSets, Deployments, Jobs, DaemonSets and StatefulSets have a template, a CronJob its Job's.
	const template = o['kind'] === 'CronJob' ? obj(obj(obj(spec['jobTemplate'])['spec'])['template']) : obj(spec['template']);
	const podSpec = o['kind'] === 'Pod' ? spec : obj(template['spec']);
	const containers = [...list(podSpec['containers']), ...list(podSpec['initContainers'])];
	const out: AddonName[] = [];
	if (o['kind'] === 'Deployment') out.push('deployments');
	if (o['kind'] === 'Job') out.push('jobs');
	if (o['kind'] === 'CronJob') out.push('cronjobs', 'jobs');
	if (o['kind'] === 'DaemonSet') out.push('daemonsets');
	if (o['kind'] === 'StatefulSet') out.push('statefulsets');
	if (containers.some((c) => PROBES.some((p) => c[p] !== undefined && c[p] !== null))) out.push('prober');
	return out;
}
