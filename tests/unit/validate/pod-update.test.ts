// What an update may change in an existing Pod, in kube-apiserver's words (ValidatePodUpdate), and the
// metadata rules every update follows (ValidateObjectMetaAccessorUpdate).
import { describe, expect, it } from 'vitest';
import { applyDefaults, validateObject } from '../../../src/lib/validate/index.ts';
import { pod, type Loose } from './helpers.ts';

const UPDATABLE =
	'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,' +
	'`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

const TOLERATION = { key: 'dedicated', operator: 'Equal', value: 'course', effect: 'NoSchedule' };

/** The errors of updating `manifest`, stored as the API server stores it, to a copy changed by `change`. */
function update(manifest: Loose, change: (p: Loose) => void) {
	const old = applyDefaults(manifest);
	const next = structuredClone(old);
	change(next);
	return validateObject(next, { operation: 'update', old, advice: false }).diagnostics.filter((d) => d.severity === 'error');
}

const apiMessages = (old: Loose, change: (p: Loose) => void) => update(old, change).map((d) => d.apiMessage);

describe('Pod updates that kube-apiserver allows', () => {
	it.each<[string, Loose, (p: Loose) => void]>([
		['a new image', pod(), (p) => (p.spec.containers[0].image = 'nginx:1.28')],
		['an init container image', pod((p) => (p.spec.initContainers = [{ name: 'init', image: 'busybox:1.36' }])), (p) => (p.spec.initContainers[0].image = 'busybox:1.37')],
		['labels and annotations', pod(), (p) => (p.metadata = { ...p.metadata, labels: { app: 'web', tier: 'front' }, annotations: { note: 'x' } })],
		['ownerReferences and finalizers', pod(), (p) => (p.metadata = { ...p.metadata, ownerReferences: [{ apiVersion: 'v1', kind: 'ReplicationController', name: 'web', uid: 'u-1', controller: true }], finalizers: ['example.com/keep'] })],
		['a first activeDeadlineSeconds', pod(), (p) => (p.spec.activeDeadlineSeconds = 60)],
		['a lower activeDeadlineSeconds', pod((p) => (p.spec.activeDeadlineSeconds = 60)), (p) => (p.spec.activeDeadlineSeconds = 30)],
		['an added toleration', pod((p) => (p.spec.tolerations = [TOLERATION])), (p) => p.spec.tolerations.push({ key: 'gpu', operator: 'Exists' })],
		['a toleration with a new tolerationSeconds', pod((p) => (p.spec.tolerations = [{ key: 'k', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }])), (p) => (p.spec.tolerations[0].tolerationSeconds = 60)],
		['a removed scheduling gate', pod((p) => (p.spec.schedulingGates = [{ name: 'example.com/a' }, { name: 'example.com/b' }])), (p) => p.spec.schedulingGates.shift()],
		['a negative grace period set to 1', pod((p) => (p.spec.terminationGracePeriodSeconds = -1)), (p) => (p.spec.terminationGracePeriodSeconds = 1)],
		['a nodeSelector entry added to a gated Pod', pod((p) => Object.assign(p.spec, { schedulingGates: [{ name: 'example.com/a' }], nodeSelector: { disk: 'ssd' } })), (p) => (p.spec.nodeSelector.zone = 'a')],
		['the same quantity written differently', pod((p) => (p.spec.containers[0].resources = { requests: { cpu: '500m', memory: '128Mi' } })), (p) => (p.spec.containers[0].resources.requests = { cpu: 0.5, memory: '134217728' })],
		['an empty list for an absent one', pod(), (p) => (p.spec.containers[0].env = [])],
		['its own uid', pod((p) => (p.metadata.uid = 'u-1')), () => {}],
	])('%s', (_name, old, change) => {
		expect(update(old, change)).toEqual([]);
	});
});

describe('Pod updates that kube-apiserver forbids', () => {
	it('a new port: the spec is Forbidden, with the changed fields', () => {
		const [error, ...rest] = update(pod(), (p) => (p.spec.containers[0].ports = [{ containerPort: 80 }]));
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ code: 'pod-update-forbidden', field: 'spec', docs: 'lessons/pod-manifests/#kubectl' });
		expect(error!.apiMessage).toBe(`spec: Forbidden: ${UPDATABLE}\n- spec.containers[0].ports: null\n+ spec.containers[0].ports: [{"containerPort":80,"protocol":"TCP"}]`);
		expect(error!.message.en).toContain('This update also changes spec.containers[0].ports.');
		expect(error!.message['zh-CN']).toContain('此次更新还修改了 spec.containers[0].ports。');
	});

	it('an env variable, a changed command and a node name: every change is listed, the image change is not', () => {
		const old = pod((p) => (p.spec.nodeName = 'node-1'));
		const [error] = update(old, (p) => {
			p.spec.containers[0].image = 'nginx:1.28';
			p.spec.containers[0].env = [{ name: 'MODE', value: 'debug' }];
			p.spec.containers[0].command = ['nginx'];
			delete p.spec.nodeName;
		});
		expect(error!.apiMessage).toBe(
			`spec: Forbidden: ${UPDATABLE}\n` +
				'- spec.containers[0].env: null\n+ spec.containers[0].env: [{"name":"MODE","value":"debug"}]\n' +
				'- spec.containers[0].command: null\n+ spec.containers[0].command: ["nginx"]\n' +
				'- spec.nodeName: "node-1"\n+ spec.nodeName: null',
		);
		expect(error!.message.en).toContain('changes spec.containers[0].env, spec.containers[0].command, spec.nodeName.');
	});

	it.each<[string, Loose, (p: Loose) => void, string[]]>([
		['an added container', pod(), (p) => p.spec.containers.push({ name: 'sidecar', image: 'busybox:1.36' }), ['spec.containers: Forbidden: pod updates may not add or remove containers']],
		['a removed init container', pod((p) => (p.spec.initContainers = [{ name: 'init', image: 'busybox:1.36' }])), (p) => delete p.spec.initContainers, ['spec.initContainers: Forbidden: pod updates may not add or remove containers']],
		['a higher activeDeadlineSeconds', pod((p) => (p.spec.activeDeadlineSeconds = 60)), (p) => (p.spec.activeDeadlineSeconds = 120), ['spec.activeDeadlineSeconds: Invalid value: 120: must be less than or equal to previous value']],
		['a removed activeDeadlineSeconds', pod((p) => (p.spec.activeDeadlineSeconds = 60)), (p) => delete p.spec.activeDeadlineSeconds, ['spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value']],
		['a removed toleration', pod((p) => (p.spec.tolerations = [TOLERATION, { key: 'gpu', operator: 'Exists' }])), (p) => p.spec.tolerations.pop(), ['spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds']],
		['a changed toleration', pod((p) => (p.spec.tolerations = [TOLERATION])), (p) => (p.spec.tolerations[0].value = 'other'), ['spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds']],
		['an added scheduling gate', pod((p) => (p.spec.schedulingGates = [{ name: 'example.com/a' }])), (p) => p.spec.schedulingGates.push({ name: 'example.com/b' }), ["spec.schedulingGates[1].name: Forbidden: only deletion is allowed, but found new scheduling gate 'example.com/b'"]],
		[
			'a changed nodeSelector entry of a gated Pod',
			pod((p) => Object.assign(p.spec, { schedulingGates: [{ name: 'example.com/a' }], nodeSelector: { disk: 'ssd' } })),
			(p) => (p.spec.nodeSelector = { disk: 'hdd', zone: 'a' }),
			['spec.nodeSelector: Invalid value: {"disk":"hdd","zone":"a"}: only additions to spec.nodeSelector are allowed (no mutations or deletions)'],
		],
		['another uid', pod((p) => (p.metadata.uid = 'u-1')), (p) => (p.metadata.uid = 'u-2'), ['metadata.uid: Invalid value: "u-2": field is immutable']],
		[
			'a finalizer added while the Pod is being deleted',
			pod((p) => Object.assign(p.metadata, { deletionTimestamp: '2026-11-22T10:00:00Z', finalizers: ['example.com/a'] })),
			(p) => p.metadata.finalizers.push('example.com/c', 'example.com/b'),
			['metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"example.com/b", "example.com/c"}'],
		],
	])('%s', (_name, old, change, expected) => {
		expect(apiMessages(old, change)).toEqual(expected);
	});

	it('a grace period changed from 30 to 1 is a spec change (only a negative one may become 1)', () => {
		const [error] = update(pod((p) => (p.spec.terminationGracePeriodSeconds = 30)), (p) => (p.spec.terminationGracePeriodSeconds = 1));
		expect(error!.apiMessage).toBe(`spec: Forbidden: ${UPDATABLE}\n- spec.terminationGracePeriodSeconds: 30\n+ spec.terminationGracePeriodSeconds: 1`);
	});

	it('stops at a changed container count, as upstream returns early', () => {
		const errors = apiMessages(pod((p) => (p.spec.activeDeadlineSeconds = 60)), (p) => {
			p.spec.containers.push({ name: 'sidecar', image: 'busybox:1.36' });
			p.spec.activeDeadlineSeconds = 120;
		});
		expect(errors).toEqual(['spec.containers: Forbidden: pod updates may not add or remove containers']);
	});

	it('defaults the new Pod before comparing: a field left out takes its default, not a change', () => {
		expect(update(pod(), (p) => delete p.spec.containers[0].imagePullPolicy)).toEqual([]);
		expect(apiMessages(pod(), (p) => (p.spec.containers[0].imagePullPolicy = 'Always'))).toEqual([
			`spec: Forbidden: ${UPDATABLE}\n- spec.containers[0].imagePullPolicy: "IfNotPresent"\n+ spec.containers[0].imagePullPolicy: "Always"`,
		]);
	});

	it('says what to do in both languages for every refusal', () => {
		const cases: [Loose, (p: Loose) => void][] = [
			[pod(), (p) => p.spec.containers.push({ name: 'b', image: 'busybox:1.36' })],
			[pod((p) => (p.spec.activeDeadlineSeconds = 60)), (p) => (p.spec.activeDeadlineSeconds = 90)],
			[pod((p) => (p.spec.activeDeadlineSeconds = 60)), (p) => delete p.spec.activeDeadlineSeconds],
			[pod((p) => (p.spec.tolerations = [TOLERATION])), (p) => (p.spec.tolerations = [])],
		];
		for (const [old, change] of cases) {
			const [error] = update(old, change);
			expect(error!.message.en).not.toBe(error!.apiMessage);
			expect(error!.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
		}
		const [deadline] = update(cases[1]![0], cases[1]![1]);
		expect(deadline!.message.en).toBe('The activeDeadlineSeconds of an existing Pod can only be lowered: it is 60, and 90 is more. Keep it at 60 or less.');
		expect(deadline!.message['zh-CN']).toBe('已有 Pod 的 activeDeadlineSeconds 只能调低：当前为 60，而 90 比它大。请保持在 60 或以下。');
	});

	it('a create is not compared with anything', () => {
		const next = pod((p) => (p.spec.containers[0].ports = [{ containerPort: 80 }]));
		expect(validateObject(next, { old: pod(), advice: false }).diagnostics).toEqual([]);
	});
});
