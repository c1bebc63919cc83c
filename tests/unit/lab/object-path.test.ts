import { describe, expect, it } from 'vitest';
import { readPath } from '../../../src/lib/lab/object-path.ts';

const pod = {
	metadata: { name: 'api', labels: { app: 'api' } },
	spec: {
		containers: [
			{ name: 'api', image: 'nginx:1.27', env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'MODE' } } }, { name: 'X', value: '1' }] },
			{ name: 'side', image: 'busybox:1.36' },
		],
	},
};

describe('readPath', () => {
	it('reads fields, list indices, every element and an element by name', () => {
		expect(readPath(pod, 'metadata.labels.app')).toEqual(['api']);
		expect(readPath(pod, 'spec.containers[1].image')).toEqual(['busybox:1.36']);
		expect(readPath(pod, 'spec.containers[*].image')).toEqual(['nginx:1.27', 'busybox:1.36']);
		expect(readPath(pod, 'spec.containers[name=side].image')).toEqual(['busybox:1.36']);
		expect(readPath(pod, 'spec.containers[*].env[name=MODE].valueFrom.configMapKeyRef.name')).toEqual(['app-config']);
	});

	it('reaches nothing, without throwing, where the path leads nowhere or is malformed', () => {
		expect(readPath(pod, 'spec.containers[5].image')).toEqual([]);
		expect(readPath(pod, 'spec.nope.deeper')).toEqual([]);
		expect(readPath(pod, 'metadata.labels[0]')).toEqual([]);
		expect(readPath(pod, 'spec.containers[0.image')).toEqual([]);
		expect(readPath(null, 'a.b')).toEqual([]);
	});
});
