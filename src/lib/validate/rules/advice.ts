// Best-practice advice the lessons teach. The API server accepts all of these; they are `warning`
// (likely to hurt in production) or `info` (worth knowing) and never make a document invalid.
import type { Path } from '../field-path.ts';
import { advice, type Issue } from '../issue.ts';
import { usesLatestTag } from '../image-reference.ts';
import { isObj, list, obj, str } from './util.ts';

/** Where each kind keeps its pod spec. */
export function podSpecPath(kind: string): Path | undefined {
	if (kind === 'Pod') return ['spec'];
	if (kind === 'ReplicationController' || kind === 'ReplicaSet' || kind === 'Deployment') return ['spec', 'template', 'spec'];
	return undefined;
}

function at(root: unknown, path: Path): unknown {
	let cur = root;
	for (const seg of path) cur = obj(cur)[String(seg)];
	return cur;
}

/** Advice for the containers of any kind that carries a pod spec; reads the object as written. */
export function adviseContainers(object: unknown, kind: string, issues: Issue[]): void {
	const specPath = podSpecPath(kind);
	if (!specPath) return;
	list(obj(at(object, specPath)).containers).forEach((c, i) => {
		const p: Path = [...specPath, 'containers', i];
		const name = str(c.name);
		const image = str(c.image);
		if (image && usesLatestTag(image)) {
			issues.push(advice('warning', 'latest-tag', [...p, 'image'], `${image}: the image has no tag or the :latest tag`, { image, container: name }));
		}
		// A limit with no request becomes the request (SetDefaults_Pod), so limits count as asking too.
		const asks = (m: unknown) => isObj(m) && (m.cpu !== undefined || m.memory !== undefined);
		if (!asks(obj(c.resources).requests) && !asks(obj(c.resources).limits)) {
			issues.push(advice('warning', 'no-resource-requests', p, `container ${JSON.stringify(name)} has no resource requests`, { container: name }));
		}
		if (!isObj(c.livenessProbe)) {
			issues.push(advice('info', 'no-liveness-probe', p, `container ${JSON.stringify(name)} has no livenessProbe`, { container: name }));
		}
		if (!isObj(c.readinessProbe) && kind !== 'Pod') {
			issues.push(advice('info', 'no-readiness-probe', p, `container ${JSON.stringify(name)} has no readinessProbe`, { container: name }));
		}
	});
}
