/**
 * The `yaml` library, loaded the first time kubectl needs it. It is the largest single part of the
 * interpreter (~30 KB of the playground's code, compressed), and a playground rarely needs it: the
 * manifests in its scenario and steps were read when the site was built (`rememberManifests`). So the
 * browser fetches it when the learner asks for YAML: `-o yaml`, `apply -f` of a manifest the build did
 * not see (the inspector's template edits, an editor's "Apply to the cluster").
 *
 * `prepareKubectl` loads it for the lines that need it; a line run without it fails and says so
 * (on-demand.ts).
 */
import { memoLast } from '../shared/memo.ts';
import { onDemand } from './on-demand.ts';

/** Manifest text as kubectl's resource builder reads it: the first syntax problem, else every document's value. */
export type ManifestText = { error: string } | { documents: unknown[] };

const codec = onDemand('the YAML support', () => import('./yaml-codec.ts'));
/** Texts already read, with what reading them gave: the build's readings, shipped with the page. */
const remembered = new Map<string, ManifestText>();

export async function loadYaml(): Promise<void> {
	await codec.load();
}

/** The loaded codec; throws kubectl's own kind of error when `loadYaml` has not finished. */
export function yamlCodec(): typeof import('./yaml-codec.ts') {
	return codec.get();
}

/**
 * Readings of manifest texts made elsewhere with the same code (`readManifestText` at build time), so
 * that reading those texts needs no YAML library. Reading is a pure function of the text.
 */
export function rememberManifests(readings: Readonly<Record<string, ManifestText>>): void {
	for (const [text, reading] of Object.entries(readings)) remembered.set(text, reading);
}

/** Whether reading `text` needs the YAML library (it was not read before). */
export function needsYaml(text: string): boolean {
	return !remembered.has(text);
}

/** Reads manifest text; the result is the caller's to change. A line's here-document is read once, though prepared and then run. */
export function readManifestText(text: string): ManifestText {
	const known = remembered.get(text);
	return known ? structuredClone(known) : readRecent(text);
}

const readRecent = memoLast<ManifestText>(8, (text) => yamlCodec().readManifestText(text), (value) => structuredClone(value));
