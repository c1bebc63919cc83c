/**
 * `kubectl set image (TYPE NAME | TYPE/NAME) CONTAINER=IMAGE …`: changes the pod template (or a
 * pod's own spec), which starts a rollout for a Deployment. Mirrors
 * k8s.io/kubectl/pkg/cmd/set/set_image.go: containers and init containers are matched by name or
 * `*`; an unchanged object prints nothing; errors are reported after every object was tried.
 */
import type { Container, KubeObject, PodSpec } from '../../cluster/api/types.ts';
import type { Command } from '../context.ts';
import { typedName } from '../resources.ts';
import { KubectlError } from '../result.ts';
import { targets } from './label.ts';

/** UpdatePodSpecForObject: where each workload keeps its pod spec. */
function podSpecOf(obj: KubeObject): PodSpec | undefined {
	if (obj.kind === 'Pod') return obj.spec as PodSpec;
	if (['ReplicationController', 'ReplicaSet', 'Deployment', 'DaemonSet', 'StatefulSet'].includes(obj.kind)) return (obj.spec as { template?: { spec?: PodSpec } }).template?.spec;
	return undefined;
}

function setImage(containers: Container[] | undefined, name: string, image: string): boolean {
	let found = false;
	for (const c of containers ?? []) {
		if (c.name === name || name === '*') {
			found = true;
			c.image = image;
		}
	}
	return found;
}

export const setCommand: Command = {
	name: 'set',
	flags: [
		{ name: 'selector', short: 'l', type: 'string' },
		{ name: 'all', type: 'bool' },
	],
	run(ctx) {
		const [sub, ...rest] = ctx.args;
		if (sub !== 'image') {
			throw new KubectlError(sub ? `error: unknown command "${sub}" for "kubectl set"\n\nDid you mean this?\n\timage\n\nRun 'kubectl set --help' for usage.` : "error: Required subcommand not specified\nSee 'kubectl set -h' for help and examples");
		}
		// GetResourcesAndPairs: resource arguments first, then NAME=IMAGE pairs.
		const pairs = rest.filter((a) => a.includes('='));
		const resources = rest.filter((a) => !a.includes('='));
		const errors: string[] = [];
		if (resources.length === 0) errors.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
		if (pairs.length === 0) errors.push('at least one image update is required');
		if (errors.length > 0) throw new KubectlError(errors.length === 1 ? `error: ${errors[0]}` : `[${errors.join(', ')}]`);
		const images = new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
		if (images.size > 1 && images.has('*')) throw new KubectlError('error: all containers are already specified by *, but saw more than one container_name=container_image pairs');
		const failures: string[] = [];
		for (const target of targets(ctx, resources)) {
			const copy = structuredClone(target);
			const spec = podSpecOf(copy);
			if (!spec) {
				failures.push(`error: ${typedName(target.kind, target.metadata.name)} the object is not a pod or does not have a pod template: ${target.kind}`);
				continue;
			}
			for (const [name, image] of images) {
				const inInit = setImage((spec as PodSpec & { initContainers?: Container[] }).initContainers, name, image);
				if (!setImage(spec.containers, name, image) && !inInit) failures.push(`error: unable to find container named "${name}"`);
			}
			if (JSON.stringify(copy.spec) === JSON.stringify(target.spec)) continue;
			try {
				ctx.cluster.api.update({ ...copy, metadata: { ...copy.metadata, resourceVersion: '' } });
				ctx.out.out(`${typedName(target.kind, target.metadata.name)} image updated`);
			} catch (error) {
				// set_image.go wraps the API error with %v, so checkErr prints the Status message
				// (`Pod "web" is invalid: …`), not the `The Pod "web" is invalid` form of a bare Invalid error.
				failures.push(`error: failed to patch image update to pod template: ${error instanceof Error ? error.message : String(error)}`);
			}
			ctx.cluster.settle();
		}
		for (const f of failures) ctx.out.fail(f);
	},
};
