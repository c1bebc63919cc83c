import { describe, expect, test } from 'vitest';
import {
	downloadCourse,
	formatSize,
	missingFiles,
	parseManifest,
	removeCourse,
	type CourseFile,
	type DownloadDeps,
} from '../../../src/lib/offline/course-download.ts';

const SITE = 'https://example.org/course/';

test('the manifest is read relative to its own address, and anything else is refused', () => {
	const json = { bytes: 30, caches: { assets: [['_astro/a.js', 10]], pdf: [['pdf/b.pdf', 20]] } };
	expect(parseManifest(json, `${SITE}offline-course.json`)).toEqual({
		bytes: 30,
		files: [
			{ url: `${SITE}_astro/a.js`, bytes: 10, cache: 'assets' },
			{ url: `${SITE}pdf/b.pdf`, bytes: 20, cache: 'pdf' },
		],
	});
	for (const bad of [null, 'x', {}, { bytes: 1, caches: [] }, { bytes: 1, caches: { a: [['x', '1']] } }, { bytes: 99, caches: json.caches }]) {
		expect(parseManifest(bad, SITE)).toBeUndefined();
	}
});

test('sizes read in megabytes with one decimal, small ones in kilobytes', () => {
	expect(formatSize(8_137_000)).toBe('7.8 MB');
	expect(formatSize(1048576)).toBe('1.0 MB');
	expect(formatSize(655_360)).toBe('640 KB');
	expect(formatSize(12)).toBe('1 KB');
});

/** Cache Storage in memory; `full` makes every put fail as a full disk does. */
function fakeCaches(options: { full?: boolean } = {}) {
	const stores = new Map<string, Map<string, Response>>();
	const open = async (name: string) => {
		const store = stores.get(name) ?? new Map<string, Response>();
		stores.set(name, store);
		return {
			match: async (url: string) => store.get(url),
			put: async (url: string, response: Response) => {
				if (options.full) throw new DOMException('full', 'QuotaExceededError');
				store.set(url, response);
			},
			keys: async () => [...store.keys()].map((url) => new Request(url)),
			delete: async (request: Request) => store.delete(request.url),
		} as unknown as Cache;
	};
	return { stores, caches: { open, delete: async (name: string) => stores.delete(name) } };
}

const files: CourseFile[] = [
	{ url: `${SITE}_astro/monaco.js`, bytes: 300, cache: 'assets' },
	{ url: `${SITE}_astro/worker.js`, bytes: 100, cache: 'assets' },
	{ url: `${SITE}pdf/en.pdf`, bytes: 600, cache: 'pdf' },
];

describe('downloading the whole course', () => {
	test('every missing file goes into its cache, files of an earlier deploy go, progress ends at the total', async () => {
		const { stores, caches } = fakeCaches();
		await (await caches.open('assets')).put(`${SITE}_astro/worker.js`, new Response('cached'));
		await (await caches.open('assets')).put(`${SITE}_astro/monaco.OLD.js`, new Response('old'));
		const fetched: string[] = [];
		const progress: number[] = [];
		const deps: DownloadDeps = { fetch: async (url) => (fetched.push(url), new Response(url)), caches };
		expect(await downloadCourse(files, deps, (stored, total) => progress.push(stored / total))).toEqual({ ok: true });
		expect(fetched.sort()).toEqual([`${SITE}_astro/monaco.js`, `${SITE}pdf/en.pdf`]);
		expect([...stores.get('assets')!.keys()].sort()).toEqual([`${SITE}_astro/monaco.js`, `${SITE}_astro/worker.js`]);
		expect(await missingFiles(files, caches)).toEqual([]);
		expect(progress[0]).toBe(0.1);
		expect(progress.at(-1)).toBe(1);
	});

	test('offline, an error page or a full disk stop it with the reason; what was stored stays', async () => {
		const offline = fakeCaches();
		const noNetwork: DownloadDeps = { fetch: async () => Promise.reject(new TypeError('Failed to fetch')), caches: offline.caches };
		expect(await downloadCourse(files, noNetwork, () => {})).toMatchObject({ ok: false, reason: 'offline' });

		const changed = fakeCaches();
		const notFound: DownloadDeps = {
			fetch: async (url) => new Response('', { status: url.endsWith('.pdf') ? 404 : 200 }),
			caches: changed.caches,
		};
		expect(await downloadCourse(files, notFound, () => {})).toEqual({ ok: false, reason: 'server', url: `${SITE}pdf/en.pdf` });
		expect(await missingFiles(files, changed.caches)).toEqual([files[2]]);

		const full = fakeCaches({ full: true });
		expect(await downloadCourse(files, { fetch: async () => new Response('x'), caches: full.caches }, () => {})).toMatchObject({
			ok: false,
			reason: 'quota',
		});
	});

	test('too little room left is said before anything is downloaded', async () => {
		const { caches } = fakeCaches();
		let fetches = 0;
		const deps: DownloadDeps = {
			fetch: async () => (fetches++, new Response('x')),
			caches,
			estimate: async () => ({ quota: 2000, usage: 1500 }),
		};
		expect(await downloadCourse(files, deps, () => {})).toEqual({ ok: false, reason: 'quota' });
		expect(fetches).toBe(0);
	});

	test('removing deletes the course\'s caches', async () => {
		const { stores, caches } = fakeCaches();
		await downloadCourse(files, { fetch: async () => new Response('x'), caches }, () => {});
		await removeCourse(files, caches);
		expect([...stores.keys()]).toEqual([]);
		expect(await missingFiles(files, caches)).toEqual(files);
	});
});
