// Serves the two builds the browser tests run against: `dist/` at the root and `dist-subpath/` under
// /kube-classroom/ (both made by `npm run test:e2e` before Vitest starts), with Astro's own static preview
// server. Also fails fast, with the reason, when no Chromium can be found: browser tests never skip.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../../src/cli/shared/chromium.ts';
import { freePort } from '../../src/cli/shared/free-port.ts';
import { SUBPATH_BASE, SUBPATH_OUT_DIR } from './sites.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The root build's address, ending in `/`. */
		siteUrl: string;
		/** The sub-path build's address, ending in `/kube-classroom/`. */
		subpathUrl: string;
	}
}

const root = fileURLToPath(new URL('../../', import.meta.url));

async function serve(outDir: string, base: string) {
	if (!existsSync(new URL(outDir, `file://${root}`))) {
		throw new Error(`${outDir} does not exist: run the browser tests with \`npm run test:e2e\`, which builds it first.`);
	}
	const port = await freePort();
	const server = await preview({ root, outDir, base, logLevel: 'warn', server: { host: '127.0.0.1', port } });
	return { server, url: `http://127.0.0.1:${port}${base}` };
}

export default async function setup(project: TestProject) {
	await findBrowser();
	const site = await serve('./dist/', '/');
	const subpath = await serve(SUBPATH_OUT_DIR, SUBPATH_BASE);
	project.provide('siteUrl', site.url);
	project.provide('subpathUrl', subpath.url);
	return async () => {
		await site.server.stop();
		await subpath.server.stop();
	};
}
