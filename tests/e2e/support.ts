// Shared set-up for browser tests: one Chromium per test file, pages that record every console error and
// uncaught exception, and the list of pages a build contains.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../../src/cli/shared/chromium.ts';
import { listPages } from '../../src/cli/shared/built-pages.ts';

export interface TrackedPage {
	page: Page;
	/** Console errors and page errors seen so far, as text. */
	errors: string[];
}

/** Starts Chromium before the file's tests and closes it after; returns an accessor. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('useBrowser(): the browser is not started yet');
		return browser;
	};
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TrackedPage> {
	// The service worker fills its caches in the background (every page on the first visit, widgets as they
	// are used); only the offline test wants that, so the others block it unless they ask.
	const context = await browser.newContext({ serviceWorkers: 'block', ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
	});
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	return { page, errors };
}

/** The root build's address with `path` (no leading slash) appended. */
export function siteUrl(path = ''): string {
	return new URL(path, inject('siteUrl')).href;
}

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every page of the root build, as site paths like `zh-cn/lessons/pods/` (the 404 page excluded). */
export function builtPages(dir = distDir): string[] {
	return listPages(dir);
}

/** The `_astro` scripts `page` fetches from now on, by file name, in request order (kept up to date). */
export function fetchedScripts(page: Page): string[] {
	const fetched: string[] = [];
	page.on('request', (request) => {
		const file = /\/_astro\/([^/?]+\.js)/.exec(request.url())?.[1];
		if (file) fetched.push(file);
	});
	return fetched;
}

export function expectNoErrors(tracked: TrackedPage): void {
	expect(tracked.errors, 'console errors or uncaught exceptions').toEqual([]);
}

/**
 * Starts a cluster playground as a reader does: clicks into its command box (scrolling to it loads
 * nothing); resolves when the simulator runs and the terminal (xterm.js, loaded on that first use) is open.
 */
export async function startPlayground(playground: Locator): Promise<void> {
	// The exam page (src/components/exam) shows its cluster once the exam starts.
	const examStart = playground.page().locator('kc-exam[data-state="intro"] [data-start]');
	if ((await examStart.count()) > 0 && !(await playground.isVisible())) await examStart.click();
	await playground.locator('[data-command]').click();
	await playground.and(playground.page().locator('[data-state="live"]')).waitFor({ timeout: 20_000 });
	await playground.locator('.kc-pg-terminal[data-terminal="xterm"]').waitFor({ timeout: 20_000 });
}

/** Runs a command line in a lab's terminal as a reader types it. The terminal (xterm.js) loads when first
 * focused; its input then takes the command box's name. */
export async function runInTerminal(playground: Locator, command: string): Promise<void> {
	const input = playground.getByRole('textbox', { name: /^Command$|^命令$/ });
	await input.focus();
	await playground.locator('.kc-pg-terminal[data-terminal="xterm"]').waitFor({ timeout: 20_000 });
	await input.focus();
	await playground.page().keyboard.type(command);
	await playground.page().keyboard.press('Enter');
}
