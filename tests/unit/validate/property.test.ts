// Robustness: random and mutated manifests always come back as diagnostics, never as exceptions,
// and within a bound of work (checked by counting, not by timing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateManifest, validateObject } from '../../../src/lib/validate/index.ts';
import { fixture } from './helpers.ts';

/** Kinds beyond the course's five, and a List: decoded from their own schemas and rules. */
const BUILTIN = [
	'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a.conf: x=1\nbinaryData:\n  b: aGk=\n',
	'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: kubernetes.io/tls\ndata:\n  tls.crt: YQ==\nstringData:\n  tls.key: k\n',
	'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  completionMode: Indexed\n  completions: 3\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: a\n        image: busybox:1.36\n',
	'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "*/5 1-3 * jan mon"\n  timeZone: Etc/UTC\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers: [{name: a, image: "busybox:1.36"}]\n',
	'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: n\n  spec:\n    finalizers: [kubernetes]\n',
].join('---\n');
const BASES = [...['valid/pod.yaml', 'valid/rc.yaml', 'valid/deployment-and-service.yaml', 'valid/replicaset.json', 'invalid/pod-many-mistakes.yaml'].map(fixture), BUILTIN];
const NOISE = [':', '-', ' ', '\t', '\n', '"', "'", '[', ']', '{', '}', '&a', '*a', '#', '---\n', '|', '>', '!!', '%', '@', '0', 'yes', 'null', '~'];

/** A mutation: replace a slice of a real manifest with noise. */
const mutated = fc
	.tuple(fc.constantFrom(...BASES), fc.nat(), fc.nat({ max: 12 }), fc.array(fc.constantFrom(...NOISE), { maxLength: 6 }))
	.map(([text, at, len, noise]) => {
		const i = at % (text.length + 1);
		return text.slice(0, i) + noise.join('') + text.slice(i + len);
	});

function checkShape(text: string): void {
	const r = validateManifest(text);
	expect(Array.isArray(r.documents)).toBe(true);
	// Every diagnostic is complete, and ranges stay inside the text.
	for (const d of r.diagnostics) {
		expect(d.message.en.length).toBeGreaterThan(0);
		expect(d.message['zh-CN'].length).toBeGreaterThan(0);
		expect(d.apiMessage.length).toBeGreaterThan(0);
		if (d.offset) {
			expect(d.offset.start).toBeGreaterThanOrEqual(0);
			expect(d.offset.end).toBeLessThanOrEqual(Math.max(text.length, 1));
		}
	}
	// Bounded output: no quadratic blow-up of diagnostics.
	expect(r.diagnostics.length).toBeLessThanOrEqual(text.length + 10);
	for (const doc of r.documents) expect(doc.valid).toBe(!doc.diagnostics.some((d) => d.severity === 'error'));
}

describe('property: the validator never throws', () => {
	it('on mutated manifests', () => {
		fc.assert(fc.property(mutated, (text) => checkShape(text)), { numRuns: 400 });
	});
	it('on arbitrary strings', () => {
		fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => checkShape(text)), { numRuns: 300 });
	});
	it('on arbitrary JSON values given to validateObject', () => {
		const kinds = fc.constantFrom('Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'Service', 'ConfigMap', 'Secret', 'Namespace', 'Job', 'CronJob', 'Ingress', 'Other');
		const versions = fc.constantFrom('v1', 'apps/v1', 'batch/v1', 'networking.k8s.io/v1', 'x/y');
		const obj = fc.record({ apiVersion: versions, kind: kinds, metadata: fc.anything(), spec: fc.anything(), data: fc.anything(), stringData: fc.anything(), type: fc.anything() }, { requiredKeys: ['apiVersion', 'kind'] });
		fc.assert(
			fc.property(fc.oneof(obj, fc.anything()), (value) => {
				const r = validateObject(value);
				expect(Array.isArray(r.diagnostics)).toBe(true);
			}),
			{ numRuns: 400 },
		);
	});
	it('on nested alias structures, which stay within the alias budget', () => {
		const bomb = fc.integer({ min: 2, max: 12 }).map((n) => {
			const lines = ['l0: &l0 ["x","x","x","x"]'];
			for (let i = 1; i < n; i++) lines.push(`l${i}: &l${i} [*l${i - 1},*l${i - 1},*l${i - 1},*l${i - 1}]`);
			return lines.join('\n');
		});
		fc.assert(fc.property(bomb, (text) => checkShape(text)), { numRuns: 30 });
	});
});
