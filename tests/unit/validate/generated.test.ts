// The committed schema and docs are exactly what the generator derives from the installed package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, generate, serialize } from '../../../src/cli/generate-k8s-schema.ts';
import { KUBERNETES_VERSION, SCHEMA_SOURCE } from '../../../src/lib/validate/index.ts';
import { explain } from '../../../src/lib/validate/explain.ts';
import { SCHEMA } from '../../../src/lib/validate/schema.ts';
import { formatDefinition, parseDefinition, storeSchema } from '../../../src/lib/validate/schema-format.ts';

describe('generated schema', () => {
	it('is up to date with kubernetes-models (run `npm run generate:k8s-schema` after an upgrade)', async () => {
		const { schema, docs, builtin } = await generate();
		expect(readFileSync(join(OUTPUT_DIR, 'schema.json'), 'utf8')).toBe(serialize(storeSchema(schema)));
		expect(readFileSync(join(OUTPUT_DIR, 'builtin-schema.json'), 'utf8')).toBe(serialize(storeSchema(builtin)));
		// Every GA kind but the course's five, lists left out, none of the course's definitions repeated.
		expect(Object.keys(builtin.kinds)).toEqual(expect.arrayContaining(['v1/ConfigMap', 'v1/Secret', 'v1/Namespace', 'batch/v1/Job', 'networking.k8s.io/v1/Ingress', 'apiextensions.k8s.io/v1/CustomResourceDefinition']));
		expect(Object.keys(builtin.kinds).filter((k) => k.endsWith('List') || /\/v\d+(alpha|beta)\d+\//.test(k) || k in schema.kinds)).toEqual([]);
		expect(Object.keys(builtin.definitions).filter((id) => id in schema.definitions)).toEqual([]);
		// What the validator reads back is what the generator derived.
		expect(SCHEMA).toEqual(schema);
		expect(readFileSync(join(OUTPUT_DIR, 'field-docs.json'), 'utf8')).toBe(serialize(docs));
	}, 30_000);
	it('stores a definition as one line of fields and reads it back', () => {
		const def = {
			required: ['port', 'items'],
			properties: {
				port: { type: 'integer', format: 'int32' },
				protocol: { type: 'string', enum: ['TCP', 'UDP'] },
				since: { type: 'string', format: 'date-time' },
				items: { type: 'array', items: { type: 'object', ref: 'io.k8s.api.core.v1.KeyToPath' } },
				limits: { type: 'map', items: { type: 'quantity' } },
				targetPort: { type: 'int-or-string' },
				count: { type: 'integer' },
			},
		} as const;
		const line = formatDefinition(structuredClone(def) as never);
		expect(line).toBe('port!:int32 protocol:string{TCP|UDP} since:string(date-time) items!:[]io.k8s.api.core.v1.KeyToPath limits:map[string]quantity targetPort:int-or-string count:integer');
		expect(parseDefinition(line)).toEqual(def);
		// Enum values may hold the syntax's characters (CSR usages: "client auth"); names may not.
		const spaced = { required: [], properties: { usages: { type: 'array', items: { type: 'string', enum: ['client auth', '100%'] } } } } as const;
		expect(formatDefinition(structuredClone(spaced) as never)).toBe('usages:[]string{client%20auth|100%25}');
		expect(parseDefinition('usages:[]string{client%20auth|100%25}')).toEqual(spaced);
		expect(() => formatDefinition({ required: [], properties: { 'a b': { type: 'string' } } })).toThrow(/cannot write a b/);
	});
	it('names the Kubernetes version and the package it came from', () => {
		expect(KUBERNETES_VERSION).toMatch(/^1\.\d+$/);
		expect(SCHEMA_SOURCE).toMatch(/^kubernetes-models@\d+\.\d+\.\d+$/);
	});
});

describe('explain', () => {
	it('documents a field like kubectl explain', () => {
		const e = explain('v1', 'Pod', 'spec.containers')!;
		expect(e).toMatchObject({ type: '[]Container', required: true, path: ['spec', 'containers'] });
		expect(e.description).toMatch(/containers/i);
		expect(e.fields.find((f) => f.name === 'name')).toMatchObject({ type: 'string', required: true });
		expect(e.fields.find((f) => f.name === 'imagePullPolicy')?.enum).toEqual(['Always', 'IfNotPresent', 'Never']);
	});
	it('documents a kind and nested objects, ignoring list indices', () => {
		expect(explain('apps/v1', 'Deployment')!.fields.map((f) => f.name)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
		expect(explain('v1', 'ReplicationController', ['spec', 'template', 'spec', 'containers', 0, 'livenessProbe', 'periodSeconds'])).toMatchObject({ type: 'integer' });
		expect(explain('v1', 'Pod', 'metadata.labels')?.type).toBe('map[string]string');
	});
	it('returns undefined for unknown kinds and fields', () => {
		expect(explain('v1', 'Nope')).toBeUndefined();
		expect(explain('v1', 'Pod', 'spec.nope')).toBeUndefined();
	});
});
