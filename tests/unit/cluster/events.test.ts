// Event correlation (client-go tools/record/events_cache.go): identical events count up
// (eventObserve); the 10th distinct message with the same source, object and reason within ten
// minutes becomes one "(combined from similar events)" event (EventAggregate).
import { describe, expect, it } from 'vitest';
import type { KubeEvent } from '../../../src/lib/cluster/api/types.ts';
import { cluster, rc } from './fixtures.ts';

describe('events', () => {
	it('an RC creating 12 pods records 9 events, then one combined event counting the rest', () => {
		const c = cluster();
		c.api.create(rc('web', 12));
		c.settle();
		const creates = c.api.list<KubeEvent>('Event').filter((e) => e.reason === 'SuccessfulCreate');
		expect(creates).toHaveLength(10);
		const combined = creates.filter((e) => e.message.startsWith('(combined from similar events): Created pod: web-'));
		expect(combined).toHaveLength(1);
		expect(combined[0]!.count).toBe(3);
	});

	it('similar events more than ten minutes apart start over', () => {
		const c = cluster();
		c.api.create(rc('web', 9));
		c.settle();
		c.advance(11 * 60_000);
		c.api.mutate('ReplicationController', 'default', 'web', (o) => {
			(o.spec as { replicas: number }).replicas = 12;
		});
		c.settle();
		const creates = c.api.list<KubeEvent>('Event').filter((e) => e.reason === 'SuccessfulCreate');
		expect(creates.filter((e) => e.message.startsWith('(combined'))).toHaveLength(0);
		expect(creates).toHaveLength(12);
	});
});
