// @ts-check
// Build settings the cluster playground needs, kept next to its code: one chunk for what the island
// loads when the reader reaches a playground.
//
// The island (island/playground.ts) is itself loaded on demand, and it loads rarer code on demand in
// turn (kubectl's commands, the cluster's add-ons, the inspector…). Those chunks share small modules
// with the island (kubectl's errors, label selectors, the work queue…). Rolldown gives each such
// module a chunk of its own, although the island always runs first and already has it: a dozen small
// chunks that compress ~2.5 KB worse (gzip) than one and cost a request each. Rollup keeps them in the
// importer's chunk ("already loaded" modules); Rolldown does not here.
//
// So the client build puts a module into the island's chunk when the island loads it with it and
// nothing else can: every chunk root (an entry or a dynamic import) that statically reaches the module
// is the island, or is imported (statically or dynamically) only from code that runs after the island.
// A module that another widget's script or a page also reaches keeps its own chunk, and a module only
// the on-demand code reaches still loads on demand.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ISLAND = fileURLToPath(new URL('./island/playground.ts', import.meta.url));
const SRC = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @typedef {{ isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] }} Info
 * @typedef {{ getModuleInfo(id: string): Info | null }} Context
 */

/** The chunk roots (entries and dynamic-import targets) whose static imports reach `id`, `id` included. */
function rootsOf(/** @type {string} */ id, /** @type {Context} */ ctx, /** @type {Map<string, Set<string>>} */ memo) {
	const known = memo.get(id);
	if (known) return known;
	// Walks up the static importers; each module's answer is its own full walk, so import cycles need no care.
	const roots = new Set();
	const seen = new Set([id]);
	for (const queue = [id]; queue.length > 0; ) {
		const module = /** @type {string} */ (queue.pop());
		const info = ctx.getModuleInfo(module);
		if (!info) continue;
		if (info.isEntry || info.dynamicImporters.length > 0) roots.add(module);
		for (const importer of info.importers) {
			if (seen.has(importer)) continue;
			seen.add(importer);
			queue.push(importer);
		}
	}
	memo.set(id, roots);
	return roots;
}

/** @returns {import('vite').Plugin} */
export function playgroundVitePlugin() {
	/** @type {Map<string, Set<string>>} */
	const roots = new Map();
	/** @type {Map<string, boolean>} */
	const after = new Map();
	/** Whether the chunk root `root` only ever loads once the island runs. @type {(root: string, ctx: Context) => boolean} */
	const runsAfterIsland = (root, ctx) => {
		if (root === ISLAND) return true;
		const known = after.get(root);
		if (known !== undefined) return known;
		// Assumed not while deciding, so a cycle of roots answers "no": fewer modules move, none wrongly.
		after.set(root, false);
		const info = ctx.getModuleInfo(root);
		const loaders = info && !info.isEntry ? [...info.importers, ...info.dynamicImporters] : undefined;
		const yes = loaders !== undefined && loaders.length > 0 && loaders.every((m) => [...rootsOf(m, ctx, roots)].every((r) => runsAfterIsland(r, ctx)));
		after.set(root, yes);
		return yes;
	};
	return {
		name: 'kube-classroom:playground-chunk',
		apply: 'build',
		configEnvironment(name) {
			if (name !== 'client') return;
			return {
				build: {
					rolldownOptions: {
						// The group takes only the modules named below, not their other dependencies (which may be
						// another widget's too); entry chunks may then gain exports, which no page script reads.
						preserveEntrySignatures: 'allow-extension',
						output: {
							codeSplitting: {
								includeDependenciesRecursively: false,
								groups: [
									{
										name: (id, ctx) => {
											if (!id.startsWith(SRC) || id.includes(`${sep}node_modules${sep}`)) return null;
											const from = rootsOf(id, ctx, roots);
											return from.has(ISLAND) && [...from].every((r) => runsAfterIsland(r, ctx)) ? 'playground' : null;
										},
									},
								],
							},
						},
					},
				},
			};
		},
	};
}
