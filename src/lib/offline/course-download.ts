// The "make the whole course available offline" download, against the browser's Cache Storage and fetch
// passed in (so tests give it fakes). It puts each file of the whole-course manifest
// (src/lib/offline/offline-plan.ts) into the cache the service worker's route for that file reads.
import type { OfflineManifest } from './offline-plan.ts';

export interface CourseFile {
	/** Absolute URL. */
	url: string;
	bytes: number;
	cache: string;
}

export type DownloadFailure =
	/** The site could not be reached (offline, flaky network). */
	| 'offline'
	/** The browser would not store the files (quota, storage off). */
	| 'quota'
	/** The site answered with an error: it changed since the manifest was read. */
	| 'server';

export type DownloadResult = { ok: true } | { ok: false; reason: DownloadFailure; url?: string };

export interface DownloadDeps {
	fetch: (url: string) => Promise<Response>;
	caches: Pick<CacheStorage, 'open' | 'delete'>;
	/** navigator.storage.estimate, where the browser has it. */
	estimate?: () => Promise<{ quota?: number; usage?: number }>;
}

/** Files fetched at the same time. @default 4 */
const PARALLEL = 4;

/** The manifest as the page fetched it, checked; undefined if it is not one (the choice is then not offered). */
export function parseManifest(json: unknown, manifestUrl: string): { bytes: number; files: CourseFile[] } | undefined {
	if (typeof json !== 'object' || json === null) return undefined;
	const { bytes, caches } = json as Partial<OfflineManifest>;
	if (typeof bytes !== 'number' || typeof caches !== 'object' || caches === null) return undefined;
	const files: CourseFile[] = [];
	for (const [cache, list] of Object.entries(caches)) {
		if (!Array.isArray(list)) return undefined;
		for (const entry of list as unknown[]) {
			if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number') return undefined;
			files.push({ url: new URL(entry[0], manifestUrl).href, bytes: entry[1], cache });
		}
	}
	return files.reduce((sum, f) => sum + f.bytes, 0) === bytes ? { bytes, files } : undefined;
}

/** "7.8 MB", "640 KB": the sizes the page states (1 MB = 1,048,576 bytes, as the PDF links count). */
export function formatSize(bytes: number): string {
	if (bytes >= 1048576 * 0.95) return `${(bytes / 1048576).toFixed(1)} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The files not in their cache yet. */
export async function missingFiles(files: readonly CourseFile[], caches: DownloadDeps['caches']): Promise<CourseFile[]> {
	const missing: CourseFile[] = [];
	for (const file of files) {
		const cache = await caches.open(file.cache);
		// As the worker's routes do (src/integrations/service-worker.mjs): a copy stored by the browser's own
		// request carries its headers (Origin), which a server's Vary would otherwise compare.
		if (!(await cache.match(file.url, { ignoreVary: true }))) missing.push(file);
	}
	return missing;
}

/**
 * Downloads the missing files, then drops files of an earlier deploy from those caches.
 * @param progress called after each file with the bytes in the cache so far
 */
export async function downloadCourse(
	files: readonly CourseFile[],
	deps: DownloadDeps,
	progress: (stored: number, total: number) => void,
): Promise<DownloadResult> {
	const total = files.reduce((sum, f) => sum + f.bytes, 0);
	const missing = await missingFiles(files, deps.caches);
	let stored = total - missing.reduce((sum, f) => sum + f.bytes, 0);
	progress(stored, total);
	const { quota, usage = 0 } = (await deps.estimate?.().catch(() => undefined)) ?? {};
	if (quota !== undefined && quota - usage < total - stored) return { ok: false, reason: 'quota' };

	let failure: DownloadResult | undefined;
	const queue = [...missing];
	const worker = async () => {
		for (let file = queue.shift(); file && !failure; file = queue.shift()) {
			const result = await store(file, deps);
			if (!result.ok) failure ??= result;
			else progress((stored += file.bytes), total);
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, worker));
	if (failure) return failure;
	await prune(files, deps.caches);
	return { ok: true };
}

/** Deletes the caches the manifest's files go into (what the reader used on demand goes with them). */
export async function removeCourse(files: readonly CourseFile[], caches: DownloadDeps['caches']): Promise<void> {
	for (const name of new Set(files.map((f) => f.cache))) await caches.delete(name);
}

async function store(file: CourseFile, deps: DownloadDeps): Promise<DownloadResult> {
	let response: Response;
	try {
		response = await deps.fetch(file.url);
	} catch {
		return { ok: false, reason: 'offline', url: file.url };
	}
	if (!response.ok) return { ok: false, reason: 'server', url: file.url };
	try {
		await (await deps.caches.open(file.cache)).put(file.url, response);
	} catch (error) {
		// Reading the body can fail too when the connection drops half-way.
		return { ok: false, reason: error instanceof TypeError ? 'offline' : 'quota', url: file.url };
	}
	return { ok: true };
}

/** Files of an earlier deploy (old hashed names) in the course's caches go. */
async function prune(files: readonly CourseFile[], caches: DownloadDeps['caches']): Promise<void> {
	const wanted = new Set(files.map((f) => f.url));
	for (const name of new Set(files.map((f) => f.cache))) {
		const cache = await caches.open(name);
		for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
	}
}
