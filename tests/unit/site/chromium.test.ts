import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findBrowser } from '../../../src/cli/shared/chromium.ts';

describe('findBrowser', () => {
	test('CHROME_PATH wins when it names a file', async () => {
		const fake = join(mkdtempSync(join(tmpdir(), 'kc-')), 'chrome');
		writeFileSync(fake, '');
		expect(await findBrowser({ CHROME_PATH: fake })).toEqual({ executablePath: fake, source: 'CHROME_PATH', args: [] });
	});

	test('a CHROME_PATH that names nothing is an error, not a silent fallback', async () => {
		await expect(findBrowser({ CHROME_PATH: '/nonexistent/chrome' })).rejects.toThrow(/no file there/);
	});

	test('without CHROME_PATH it finds a real executable', async () => {
		const found = await findBrowser({});
		expect(['system', '@sparticuz/chromium']).toContain(found.source);
		expect(found.executablePath).toMatch(/chrom/i);
	});

	test('KC_CHROMIUM=packaged takes the Chromium npm install brought, over CHROME_PATH and the system', async () => {
		const fake = join(mkdtempSync(join(tmpdir(), 'kc-')), 'chrome');
		writeFileSync(fake, '');
		const found = await findBrowser({ CHROME_PATH: fake, KC_CHROMIUM: 'packaged' });
		expect(found.source).toBe('@sparticuz/chromium');
		expect(found.executablePath).not.toBe(fake);
		expect(found.args).toContain('--no-sandbox');
	});
});
