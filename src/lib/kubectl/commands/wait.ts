/**
 * Commands that wait (delete, drain, rollout status) let simulated time pass, as the real command's
 * wall-clock wait would, one second at a time.
 */
import type { Cluster } from '../../cluster/cluster.ts';

/** Advances until `done()` or `limitMs` of simulated time; returns whether it finished. */
export function waitFor(cluster: Cluster, done: () => boolean, limitMs = 10 * 60_000): boolean {
	for (let waited = 0; !done(); waited += 1000) {
		if (waited >= limitMs) return false;
		cluster.advance(1000);
	}
	return true;
}
