import { describe, expect, it } from 'vitest';
import { commandFor, parseLabelInput, parseLabelSet } from '../../../src/lib/lab/actions.ts';
import { deriveView } from '../../../src/lib/lab/view-model.ts';
import { clusterAfter, RC_SCENARIO, webPods } from './fixtures.ts';

describe('commandFor', () => {
	it('writes the kubectl or sim command a learner would type', () => {
		expect(commandFor({ type: 'label', pod: 'web-1', key: 'env', value: 'prod' })).toBe('kubectl label pod web-1 env=prod --overwrite');
		expect(commandFor({ type: 'unlabel', pod: 'web-1', key: 'env' })).toBe('kubectl label pod web-1 env-');
		expect(commandFor({ type: 'scale', kind: 'ReplicationController', name: 'web', replicas: 5 })).toBe('kubectl scale rc web --replicas=5');
		expect(commandFor({ type: 'node', node: 'node-2', state: 'fail' })).toBe('sim node fail node-2');
		expect(commandFor({ type: 'app', pod: 'web-1', health: 'unhealthy' })).toBe('sim app unhealthy web-1');
		// A value with a space is quoted so the tokenizer reads one word.
		expect(commandFor({ type: 'label', pod: 'web-1', key: 'note', value: 'a b' })).toBe("kubectl label pod web-1 'note=a b' --overwrite");
	});

	it('changes a selector through kubectl apply, and the API server judges it', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const rc = runtime.snapshot().objects['ReplicationController']![0]!;
		const entries = runtime.run(`${commandFor({ type: 'template', object: rc, selector: { app: 'web', tier: 'front' } })}\nsleep 10`);
		expect(entries[0]!.output).toBe('replicationcontroller/web configured\n');
		const view = deriveView(runtime.snapshot());
		expect(view.controllers[0]).toMatchObject({ selector: 'app=web,tier=front', ready: 3 });
		// The old Pods no longer match: released, and three new ones were made from the new template.
		expect(view.orphans).toHaveLength(3);
	});

	it('parses the label editor’s input', () => {
		expect(parseLabelInput('env=prod')).toEqual({ key: 'env', value: 'prod' });
		expect(parseLabelInput('env')).toBeUndefined();
		expect(parseLabelSet('app=web, tier=front')).toEqual({ app: 'web', tier: 'front' });
		expect(parseLabelSet('app')).toBeUndefined();
	});
});

describe('command substitution', () => {
	it('expands $(kubectl … | head -1) with the first line of the inner command', () => {
		const runtime = clusterAfter(RC_SCENARIO);
		const first = webPods(runtime)[0];
		expect(runtime.kubectl('kubectl get $(kubectl get pods -l app=web -o name | head -1) -o name').output).toBe(`pod/${first}\n`);
		const entries = runtime.run('kubectl scale rc web --replicas=1\nkubectl delete $(kubectl get pods -l app=web -o name | head -n 1)');
		expect(entries.map((e) => e.exitCode)).toEqual([0, 0]);
		expect(entries[1]!.command).toBe('kubectl delete $(kubectl get pods -l app=web -o name | head -n 1)');
		expect(entries[1]!.output).toMatch(/^pod "web-[a-z0-9]{5}" deleted from default namespace\n$/);
	});
});
