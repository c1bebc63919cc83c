// The part of kubectl that needs the `yaml` library. Nothing imports it statically: yaml-on-demand.ts
// loads it the first time a command needs YAML.
import { readText } from '../validate/syntax.ts';
import type { ManifestText } from './yaml-on-demand.ts';

export { stringify } from 'yaml';

/** Manifest text as kubectl's resource builder reads it: the first syntax problem, else every document's value. */
export function readManifestText(text: string): ManifestText {
	const read = readText(text);
	return read.error !== undefined ? { error: read.error } : { documents: read.documents };
}
