// Finds a Chromium for the browser tests, the PDF export and the audits. Never downloads one: the machines
// this course is built on reach only the npm registry and Debian's packages.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export interface FoundBrowser {
	executablePath: string;
	/** Where it came from, for messages: `CHROME_PATH`, `system` or `@sparticuz/chromium`. */
	source: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
	/** Extra command-line switches this build needs. */
	args: string[];
}

/** System browsers in the order they are tried (Debian's package first). */
export const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
	'/opt/google/chrome/chrome',
];

/**
 * Order: `CHROME_PATH`; a system Chromium or Chrome; the Chromium shipped inside the optional
 * `@sparticuz/chromium` package (a brotli-compressed binary it unpacks into the temp folder).
 * `KC_CHROMIUM=packaged` skips the first two, so CI tests what a fresh machine has (only what `npm install`
 * brings) even where a system Chromium is installed. Throws with a message that says how to get one when
 * there is none.
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
	const packagedOnly = env.KC_CHROMIUM?.trim() === 'packaged';
	const fromEnv = env.CHROME_PATH?.trim();
	if (fromEnv && !packagedOnly) {
		if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
		return { executablePath: fromEnv, source: 'CHROME_PATH', args: [] };
	}
	const system = packagedOnly ? undefined : SYSTEM_BROWSERS.find((path) => existsSync(path));
	if (system) return { executablePath: system, source: 'system', args: [] };
	try {
		const { default: packaged } = await import('@sparticuz/chromium');
		// Its default switches are tuned for AWS Lambda (single process, no zygote); keep only what a
		// normal Linux machine needs, so pages behave as in a desktop browser.
		const wanted = new Set(['--no-sandbox', '--no-zygote', '--disable-dev-shm-usage', '--use-angle']);
		const args = packaged.args.filter((arg) => wanted.has(arg.split('=')[0] ?? arg));
		return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium', args };
	} catch (error) {
		throw new Error(
			'No Chromium found. Set CHROME_PATH, install one (`apt-get install -y chromium`), or run `npm install` ' +
				`so the optional @sparticuz/chromium package is present. (${(error as Error).message})`,
			{ cause: error },
		);
	}
}

/** Switches for a quiet headless run on a machine with no outside network (see DEVELOPERS.md). */
const QUIET_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/** Launches the found browser headless with playwright-core. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
	const found = await findBrowser();
	return chromium.launch({
		headless: true,
		...options,
		executablePath: found.executablePath,
		args: [...new Set([...QUIET_ARGS, ...found.args, ...(options.args ?? [])])],
	});
}
