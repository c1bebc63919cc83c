// @ts-check
// One chunk for the few small modules that the widgets' scripts share as a lesson opens: the learner's
// progress (its store and keys), page storage and the channel between editors and playgrounds. Rolldown
// would give each its own chunk (four requests of 0.1–0.7 KB gzip on every lesson, each paying its
// headers); together they cost one request. Only these modules join the group, not their dependencies.
import { fileURLToPath } from 'node:url';

const SHARED = new Set(
	['../progress/progress-store.ts', './page-storage.ts', './apply-channel.ts', '../../lib/course/progress-keys.ts'].map((path) =>
		fileURLToPath(new URL(path, import.meta.url)),
	),
);

/** @returns {import('vite').Plugin} */
export function widgetsSharedChunk() {
	return {
		name: 'kube-classroom:widgets-shared-chunk',
		apply: 'build',
		configEnvironment(name) {
			if (name !== 'client') return;
			return {
				build: {
					rolldownOptions: {
						output: {
							codeSplitting: {
								groups: [{ name: (id) => (SHARED.has(id) ? 'widgets-shared' : null) }],
							},
						},
					},
				},
			};
		},
	};
}
