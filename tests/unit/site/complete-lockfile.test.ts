import { describe, expect, test } from 'vitest';
import { completeLockfile, platformOf } from '../../../src/cli/complete-lockfile.ts';

describe('platformOf', () => {
	test.each([
		['@pagefind/darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
		['@pagefind/windows-x64', { os: ['win32'], cpu: ['x64'] }],
		['@astrojs/compiler-binding-win32-arm64-msvc', { os: ['win32'], cpu: ['arm64'] }],
		['@astrojs/compiler-binding-linux-x64-musl', { os: ['linux'], cpu: ['x64'] }],
		['@astrojs/compiler-binding-wasm32-wasi', { cpu: ['wasm32'] }],
		['fsevents', {}],
	])('%s runs on %j', (name, platform) => {
		expect(platformOf(name)).toEqual(platform);
	});
});

describe('completeLockfile', () => {
	test('adds the platform binaries a package names but the lock lacks, and nothing else', () => {
		const lock = {
			packages: {
				'': { optionalDependencies: { fsevents: '2.3.3' } },
				'node_modules/pagefind': {
					version: '1.6.0',
					optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-arm64': '1.6.0' },
				},
				'node_modules/@pagefind/linux-x64': { version: '1.6.0', optional: true, os: ['linux'], cpu: ['x64'] },
			},
		};
		expect(completeLockfile(lock)).toEqual(['@pagefind/darwin-arm64@1.6.0']);
		expect(lock.packages).toHaveProperty(['node_modules/@pagefind/darwin-arm64'], {
			version: '1.6.0',
			optional: true,
			os: ['darwin'],
			cpu: ['arm64'],
		});
		expect(lock.packages).not.toHaveProperty(['node_modules/fsevents']);
		expect(completeLockfile(lock)).toEqual([]);
	});
});
