// Image tags: a repository the catalogue knows holds only its real tags (containers/apps.ts); any other
// tag fails to pull as containerd's resolver fails it (remotes/docker/resolver.go: "<ref>: not found"),
// which the kubelet reports through image_manager.go EnsureImageExists: ErrImagePull, then ImagePullBackOff.
import { describe, expect, it } from 'vitest';
import { APP_CATALOGUE, findApp, hasTag } from '../../../src/lib/cluster/containers/apps.ts';
import type { KubeEvent, Pod } from '../../../src/lib/cluster/api/types.ts';
import { cluster, pod } from './fixtures.ts';

const tags = (repository: string) => APP_CATALOGUE.find((a) => a.repository === repository)!.tags;

describe('image tags', () => {
	it('nginx holds its 1.2x lines, their patch releases, variants and moving tags, and nothing else', () => {
		for (const tag of ['1.27', '1.27.0', '1.27.5', '1.28', '1.29.3', '1.20.2', 'latest', 'stable', 'mainline', 'alpine', '1.27-alpine', '1.27.5-alpine-slim', 'stable-perl', '1']) {
			expect(hasTag(tags('nginx'), tag), tag).toBe(true);
		}
		for (const tag of ['does-not-exist', '1.72', '1.288', '1.27.6', '1.19', '2', '1.27-ubuntu', 'Latest', '', '1.27.']) {
			expect(hasTag(tags('nginx'), tag), tag).toBe(false);
		}
	});

	it('every catalogue image has latest, and the tags the lessons use exist', () => {
		for (const app of APP_CATALOGUE) expect(hasTag(app.tags, 'latest'), app.repository).toBe(true);
		for (const image of ['nginx:1.27', 'nginx:1.28', 'busybox:1.36', 'busybox:1.37', 'redis:7.4', 'redis:8.0', 'kubeclassroom/web:1.0', 'kubeclassroom/web:2.0', 'httpd:2.4', 'alpine:3.20', 'docker.io/library/nginx:1.27']) {
			expect(findApp(image)?.repository, image).toBeDefined();
		}
		expect(findApp('nginx:does-not-exist')).toBeUndefined();
		expect(findApp('ngnix:1.27')).toBeUndefined();
		// A digest names an image the repository holds.
		expect(findApp(`nginx@sha256:${'a'.repeat(64)}`)?.repository).toBe('nginx');
	});

	it('an unknown tag of a known repository fails like a registry: ErrImagePull with containerd\'s message, then ImagePullBackOff', () => {
		const c = cluster();
		c.api.create(pod('web', {}, { image: 'nginx:does-not-exist' }));
		c.settle();
		// Worker 0.5 s, sandbox 1.5 s, the failed resolution 1 s.
		c.advance(3_000);
		const ref = 'docker.io/library/nginx:does-not-exist';
		const reason = `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`;
		const status = () => c.api.read<Pod>('Pod', 'default', 'web').status.containerStatuses![0]!;
		expect(status().state.waiting).toEqual({ reason: 'ErrImagePull', message: reason });
		c.advance(1_000);
		expect(status().state.waiting).toEqual({ reason: 'ImagePullBackOff', message: `Back-off pulling image "nginx:does-not-exist": ErrImagePull: ${reason}` });
		const messages = c.api.list<KubeEvent>('Event').filter((e) => e.involvedObject.name === 'web').map((e) => e.message);
		expect(messages).toContain(`Failed to pull image "nginx:does-not-exist": ${reason}`);
		expect(messages).toContain('Back-off pulling image "nginx:does-not-exist"');
		expect(messages.some((m) => m?.startsWith('Successfully pulled'))).toBe(false);
		// The image back-off doubles: the second attempt comes 10 s after the first failure.
		c.advance(60_000);
		expect(c.api.list<KubeEvent>('Event').find((e) => e.involvedObject.name === 'web' && e.reason === 'Pulling')?.count).toBeGreaterThanOrEqual(3);
		expect(status().ready).toBe(false);
	});
});
