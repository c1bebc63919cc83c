// The version the simulated cluster reports without loading the schema is the schema's own.
import { expect, it } from 'vitest';
import { KUBERNETES_VERSION } from '../../../src/lib/validate/version.ts';
import { SCHEMA } from '../../../src/lib/validate/compiled-schema.ts';

it('validate/version.ts names the release generated/schema.json was made from', () => {
	expect(KUBERNETES_VERSION).toBe(SCHEMA.kubernetesVersion);
});
