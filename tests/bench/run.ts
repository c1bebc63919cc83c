/**
 * `npm run bench`: runs every tests/bench/*.bench.ts one after another (each prints its own figures).
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
	process.stdout.write(`\n== ${file}\n`);
	const result = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
	if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
