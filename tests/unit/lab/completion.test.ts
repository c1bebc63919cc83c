import { describe, expect, it } from 'vitest';
import { complete } from '../../../src/lib/lab/completion.ts';
import { CATALOG } from '../../../src/lib/kubectl/index.ts';
import { clusterAfter, RC_SCENARIO, webPods } from './fixtures.ts';

const commands = CATALOG.map((c) => c.name);

describe('complete', () => {
	const runtime = clusterAfter(RC_SCENARIO);
	const snapshot = runtime.snapshot();

	it('completes commands, then verbs, then resource types', () => {
		expect(complete('kub', snapshot, commands)).toEqual({ line: 'kubectl ', options: [] });
		expect(complete('kubectl sc', snapshot, commands)).toEqual({ line: 'kubectl scale ', options: [] });
		expect(complete('kubectl get repl', snapshot, commands)).toEqual({ line: 'kubectl get replica', options: ['replicasets', 'replicationcontrollers'] });
	});

	it('completes the names of objects that exist now', () => {
		expect(complete('kubectl scale rc w', snapshot, commands)).toEqual({ line: 'kubectl scale rc web ', options: [] });
		const pods = webPods(runtime).sort();
		const result = complete('kubectl delete pod web-', snapshot, commands);
		expect(result.options).toEqual(pods);
		const only = pods[0]!;
		expect(complete(`kubectl label pod ${only.slice(0, -1)}`, snapshot, commands).line).toBe(`kubectl label pod ${only} `);
		expect(complete('kubectl describe node/node-', snapshot, commands).options).toEqual(['node-1', 'node-2', 'node-3']);
	});

	it('completes sim commands and leaves flags and unknown words alone', () => {
		expect(complete('sim node fail node-3', snapshot, commands).line).toBe('sim node fail node-3 ');
		expect(complete('sim app un', snapshot, commands).line).toBe('sim app unhealthy ');
		expect(complete('kubectl get pods --show', snapshot, commands)).toEqual({ line: 'kubectl get pods --show', options: [] });
		expect(complete('ls /', snapshot, commands)).toEqual({ line: 'ls /', options: [] });
	});
});
