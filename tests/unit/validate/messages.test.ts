// Every rule speaks both languages and links to a lesson section that exists in the one anchor map.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSON_ANCHORS, lessonLink, validateManifest } from '../../../src/lib/validate/index.ts';
import { CATALOGS } from '../../../src/lib/validate/messages/index.ts';
import { FIXTURES } from './helpers.ts';

const SRC = join(import.meta.dirname, '../../../src/lib/validate');

/** Every code string the rules can emit, read from the sources. */
function emittedCodes(): Set<string> {
	const codes = new Set<string>(['required', 'unsupported-value']);
	const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
	for (const file of files(SRC)) {
		if (file.includes('messages') || file.includes('lesson-links')) continue;
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(/(?:code: |, )'([a-z]+(?:-[a-z]+)+)'(?=[,)])/g)) codes.add(m[1]!);
		for (const m of text.matchAll(/(?:textIssue|mappingIssue)\('([a-z]+(?:-[a-z]+)*)'/g)) codes.add(m[1]!);
		for (const m of text.matchAll(/advice\('(?:warning|info)', '([a-z]+(?:-[a-z]+)*)'/g)) codes.add(m[1]!);
	}
	// Quoted words the scrape also meets that are field values, not rule codes.
	for (const c of ['default-scheduler', 'ephemeral-storage']) codes.delete(c);
	return codes;
}

describe('messages', () => {
	const codes = emittedCodes();
	it('finds the codes (sanity)', () => {
		expect(codes.size).toBeGreaterThan(40);
		expect(codes).toContain('selector-mismatch');
	});
	it.each([...emittedCodes()])('%s has English and Chinese text and a lesson link', (code) => {
		expect(CATALOGS.en[code], `en ${code}`).toBeTypeOf('function');
		expect(CATALOGS['zh-CN'][code], `zh-CN ${code}`).toBeTypeOf('function');
		expect(lessonLink(code), `link ${code}`).toMatch(/^lessons\/[a-z-]+\/#[a-z-]+$/);
	});
	it('both catalogs have the same codes', () => {
		expect(Object.keys(CATALOGS['zh-CN']).sort()).toEqual(Object.keys(CATALOGS.en).sort());
	});
	it('lesson links only use anchors declared in LESSON_ANCHORS', () => {
		const declared = new Set(Object.entries(LESSON_ANCHORS).flatMap(([slug, anchors]) => anchors.map((a) => `lessons/${slug}/#${a}`)));
		for (const code of codes) expect(declared.has(lessonLink(code)!), code).toBe(true);
	});
	it('Chinese messages are Chinese, keep official terms in English, and carry no English sentences', () => {
		const text = readFileSync(join(FIXTURES, 'invalid/pod-many-mistakes.yaml'), 'utf8');
		for (const d of validateManifest(text).diagnostics) {
			expect(d.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
			expect(d.message['zh-CN']).not.toMatch(/\b(the|is|must|and) \b/);
			expect(d.message.en).not.toMatch(/[\u4e00-\u9fff]/);
		}
	});
	it('ReplicaSet and Deployment selector problems link to their own lesson', () => {
		expect(lessonLink('selector-mismatch', 'spec.template.metadata.labels', 'Deployment')).toBe('lessons/replicasets-and-deployments/#deployment');
		expect(lessonLink('selector-mismatch', 'spec.template.metadata.labels', 'ReplicationController')).toBe('lessons/replication-controllers/#selector-check');
	});
	it('resource and configuration problems link to the lessons that explain them', () => {
		expect(lessonLink('requests-exceed-limits', 'spec.containers[0].resources.requests')).toBe('lessons/resources-and-qos/#requests-limits');
		expect(lessonLink('no-resource-requests', 'spec.containers[0]')).toBe('lessons/resources-and-qos/#requests-limits');
		expect(lessonLink('env-value-from', 'spec.containers[0].env[0]')).toBe('lessons/configuration/#env');
	});
	it('init container, Job and CronJob problems link to their own lessons', () => {
		expect(lessonLink('init-container-field', 'spec.initContainers[0].readinessProbe')).toBe('lessons/init-containers-and-sidecars/#init-containers');
		expect(lessonLink('init-restart-policy', 'spec.initContainers[0].restartPolicy')).toBe('lessons/init-containers-and-sidecars/#sidecars');
		expect(lessonLink('job-restart-policy', 'spec.template.spec.restartPolicy', 'Job')).toBe('lessons/jobs-and-cronjobs/#why');
		expect(lessonLink('cronjob-schedule-tz', 'spec.schedule')).toBe('lessons/jobs-and-cronjobs/#cronjob');
	});
	it('Service and volume problems link to the services and storage lessons', () => {
		expect(lessonLink('service-port-name-required', 'spec.ports[1].name')).toBe('lessons/services-and-networking/#ports');
		expect(lessonLink('node-port-cluster-ip', 'spec.ports[0].nodePort')).toBe('lessons/services-and-networking/#types');
		expect(lessonLink('volume-not-found', 'spec.containers[0].volumeMounts[0].name')).toBe('lessons/storage/#volumes');
		expect(lessonLink('duplicate-mount-path', 'spec.containers[0].volumeMounts[1].mountPath')).toBe('lessons/storage/#volumes');
	});
});

describe('lesson anchors', () => {
	const LESSONS = join(import.meta.dirname, '../../../content/docs/lessons');
	const written = Object.entries(LESSON_ANCHORS).filter(([slug]) => {
		try {
			return readdirSync(LESSONS).includes(`${slug}.mdx`);
		} catch {
			return false;
		}
	});
	it.each(written)('lesson %s defines every anchor the validator links to', (slug, anchors) => {
		const text = readFileSync(join(LESSONS, `${slug}.mdx`), 'utf8');
		for (const a of anchors) expect(text, `#${a}`).toMatch(new RegExp(`\\{/\\* #${a} \\*/\\}|\\{#${a}\\}`));
	});
});
