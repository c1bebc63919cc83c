/**
 * The manifests in a session's here-documents, read ahead of time (when the site is built) with the
 * same code kubectl reads them with, so that a page can replay the session without downloading the
 * YAML library: the page hands these readings to kubectl's `rememberManifests`.
 */
import { loadYaml, readManifestText, type ManifestText } from '../kubectl/yaml-on-demand.ts';
import { tokenize } from '../kubectl/tokenize.ts';
import { parseSession } from './parse.ts';

/** Whether `value` survives JSON unchanged (the readings travel as JSON): no `.inf`, dates, binary… */
function isPlainJson(value: unknown): boolean {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
	if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
	if (Array.isArray(value)) return value.every(isPlainJson);
	if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
	return Object.values(value).every(isPlainJson);
}

/** Every here-document in `sessionTexts`, with what reading it as manifests gives (when that is plain JSON). */
export async function readSessionManifests(sessionTexts: readonly string[]): Promise<Record<string, ManifestText>> {
	await loadYaml();
	const out: Record<string, ManifestText> = {};
	const shell = await import('./shell/index.ts');
	for (const step of sessionTexts.flatMap(parseSession)) {
		let stdins: (string | undefined)[] = [];
		try {
			if (step.kind === 'kubectl') stdins = [tokenize(step.command.trim()).stdin];
			if (step.kind === 'shell') stdins = shell.commandsOf(shell.parseScript(step.command)).map((c) => c.heredoc?.body);
		} catch {
			continue;
		}
		for (const stdin of stdins) {
			if (stdin === undefined) continue;
			const reading = readManifestText(stdin);
			if ('error' in reading || isPlainJson(reading.documents)) out[stdin] = reading;
		}
	}
	return out;
}
