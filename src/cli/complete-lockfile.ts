// `npm run lockfile:complete` — run after adding or updating a dependency.
//
// The npm registry these machines reach lacks some packages' binaries for other platforms (for example
// @pagefind/darwin-arm64@1.6.0). `npm install` then writes a package-lock.json without entries for those
// optional dependencies, and `npm ci` refuses it ("Missing: …@ from lock file"), even though they would
// never be installed on Linux. This adds the missing entries with their version and their `os`/`cpu`, so
// `npm ci` skips them as it skips any other platform's binary; on a full registry they are ordinary.
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
	version?: string;
	optional?: boolean;
	os?: string[];
	cpu?: string[];
	optionalDependencies?: Record<string, string>;
}

const OS = ['darwin', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'linux'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 's390x', 'ppc64', 'loong64'];

/** The platform a binary package is for, read from its name (`@scope/pkg-win32-x64-msvc`, `…-windows-arm64`). */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu'> {
	const parts = name.replace(/^@[^/]+\//, '').split('-');
	const os = parts.includes('windows') ? 'win32' : OS.find((o) => parts.includes(o));
	const cpu = CPU.find((c) => parts.includes(c));
	return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

/** Adds an entry for every optional dependency the lock names but does not hold. Returns what it added. */
export function completeLockfile(lock: { packages: Record<string, LockEntry> }): string[] {
	const added: string[] = [];
	for (const [path, entry] of Object.entries(lock.packages)) {
		for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
			const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
			const hoisted = `node_modules/${name}`;
			if (lock.packages[nested] || lock.packages[hoisted]) continue;
			const platform = platformOf(name);
			if (!platform.os && !platform.cpu) continue; // not a platform binary: leave it to npm
			lock.packages[hoisted] = { version, optional: true, ...platform };
			added.push(`${name}@${version}`);
		}
	}
	return added;
}

if (import.meta.main) {
	const file = process.argv[2] ?? 'package-lock.json';
	const lock = JSON.parse(readFileSync(file, 'utf8'));
	const added = completeLockfile(lock);
	if (added.length) writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
	console.log(added.length ? `Added ${added.length} entries:\n  ${added.join('\n  ')}` : 'The lock file is complete.');
}
