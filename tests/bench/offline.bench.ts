// What a phone downloads for offline use, printed as figures (not a timed test): the service worker's
// precache on the first visit (raw and gzip, the wire size of a compressing host), against the 3.0 MB
// the issue measured when the worker precached the whole build, and against that same whole-build policy
// applied to this build. Then the whole-course download the start page offers. Run: npm run bench
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSite, siteIsStale } from '../../src/cli/pdf/site-build.ts';
import { OFFLINE_MANIFEST, planBuild } from '../../src/integrations/service-worker.mjs';
import { basePath, outDir as siteOutDir } from '../../src/site-env.mjs';

/** The first visit's precache on the wire before this change (issue #13: 167 files, 10.8 MB raw). */
const ANCHOR_WIRE_BYTES = 3.0 * 1048576;

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = join(root, siteOutDir());
if (siteIsStale(root, outDir, ['index.html', 'sw.js', OFFLINE_MANIFEST])) await buildSite(root);

const plan = planBuild(outDir, basePath());
const measure = (paths: readonly string[]) => {
	let raw = 0;
	let gzip = 0;
	for (const path of paths) {
		const body = readFileSync(join(outDir, path));
		raw += body.length;
		gzip += gzipSync(body).length;
	}
	return { files: paths.length, raw, gzip };
};
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;
const line = (label: string, m: ReturnType<typeof measure>) =>
	`${label.padEnd(26)} ${String(m.files).padStart(4)} files  ${mb(m.raw).padStart(9)} raw  ${mb(m.gzip).padStart(9)} gzip`;

const precache = measure([...plan.precache, OFFLINE_MANIFEST]);
const later = Object.values(plan.manifest.caches).flat().map(([url]) => (url.endsWith('/') ? `${url}index.html` : url));
const wholeCourse = measure(later);
// The policy before: every built file but source maps, the worker and the print fonts; and not the PDFs,
// which the build copied in after writing the worker.
const everything = measure([...plan.precache, ...later, ...plan.onUseOnly].filter((path) => !/noto-sans-sc-|\.pdf$/.test(path)));

console.log(line('first visit (precache)', precache));
console.log(line('whole course (on choice)', wholeCourse));
console.log(line('whole build (old policy)', everything));
console.log(
	`first visit on the wire: ${(precache.gzip / ANCHOR_WIRE_BYTES).toFixed(2)}× the issue's 3.0 MB, ` +
		`${(precache.gzip / everything.gzip).toFixed(2)}× the old policy on this build`,
);
