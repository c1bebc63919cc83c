import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { validateManifest, validateObject, type Diagnostic } from '../../../src/lib/validate/index.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/manifests');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** A minimal valid Pod; `patch` edits a copy. */
export function pod(patch: (p: Loose) => void = () => {}): Loose {
	const p = {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: { name: 'web', labels: { app: 'web' } },
		spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
	};
	patch(p);
	return p;
}

/** A minimal valid ReplicationController; `patch` edits a copy. */
export function rc(patch: (r: Loose) => void = () => {}): Loose {
	const r = {
		apiVersion: 'v1',
		kind: 'ReplicationController',
		metadata: { name: 'web' },
		spec: {
			replicas: 2,
			selector: { app: 'web' },
			template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
		},
	};
	patch(r);
	return r;
}

export function deployment(patch: (d: Loose) => void = () => {}): Loose {
	const d = {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: { name: 'web' },
		spec: {
			selector: { matchLabels: { app: 'web' } },
			template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
		},
	};
	patch(d);
	return d;
}

export function service(patch: (s: Loose) => void = () => {}): Loose {
	const s = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } };
	patch(s);
	return s;
}

/** The API server's error lines for an object (errors only, in the API server's order). */
export function apiErrors(obj: unknown): string[] {
	return validateObject(obj).diagnostics.filter((d) => d.severity === 'error').map((d) => d.apiMessage);
}

export function errors(text: string): Diagnostic[] {
	return validateManifest(text).diagnostics.filter((d) => d.severity === 'error');
}

export const yaml = (obj: unknown) => stringify(obj);

/** Test manifests are edited freely at any depth, so they are loosely typed on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Loose = any;
