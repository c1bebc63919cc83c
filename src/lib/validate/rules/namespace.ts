// Namespace. Mirrors ValidateNamespace and validateFinalizerName in pkg/apis/core/validation/validation.go
// (the name itself, a DNS label, is ValidateObjectMeta's with ValidateNamespaceName).
import { invalid, type Issue } from '../issue.ts';
import { isQualifiedName } from './name-formats.ts';
import { obj } from './util.ts';

// helper.IsStandardFinalizerName: core's "kubernetes" and metav1's orphan and foregroundDeletion.
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** Mirrors ValidateNamespace's finalizer loop: upstream reports each at `spec.finalizers`, without an index. */
export function validateNamespace(ns: Record<string, unknown>, issues: Issue[]): void {
	const finalizers = obj(ns.spec).finalizers;
	if (!Array.isArray(finalizers)) return;
	finalizers.forEach((f, i) => {
		const name = String(f);
		const opts = { field: 'spec.finalizers', target: 'value' as const };
		// apimachineryvalidation.ValidateFinalizerName, then validateKubeFinalizerName.
		for (const msg of isQualifiedName(name)) issues.push(invalid(['spec', 'finalizers', i], name, msg, 'invalid-finalizer', opts));
		if (!name.includes('/') && !STANDARD_FINALIZERS.has(name)) {
			issues.push(invalid(['spec', 'finalizers', i], name, 'name is neither a standard finalizer name nor is it fully qualified', 'invalid-finalizer', opts));
		}
	});
}
