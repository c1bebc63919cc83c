/**
 * Tab completion for the playground's terminal, in the spirit of kubectl's shell completion
 * (`kubectl completion bash`): commands, then resource types, then the names of objects of that type
 * that exist right now.
 */
import type { ClusterSnapshot } from '../cluster/cluster.ts';
import { resolveResource } from '../cluster/apiserver/kinds.ts';

export interface Completion {
	/** The whole line after completing (unchanged when there is nothing to add). */
	line: string;
	/** The candidates for the word being completed, when more than one remains. */
	options: string[];
}

/** Resource types offered after a verb, as `kubectl api-resources` names them. */
export const RESOURCE_TYPES = ['pods', 'replicationcontrollers', 'rc', 'replicasets', 'rs', 'deployments', 'daemonsets', 'ds', 'statefulsets', 'sts', 'jobs', 'cronjobs', 'cj', 'services', 'svc', 'endpoints', 'nodes', 'events'];
/** Verbs whose first argument is a resource type. */
const TYPED_VERBS = new Set(['get', 'describe', 'delete', 'label', 'annotate', 'scale', 'edit', 'rollout', 'logs', 'expose']);
const SIM = { node: ['fail', 'recover', 'add', 'remove'], app: ['healthy', 'unhealthy', 'crash', 'slow'] } as const;

function namesOf(snapshot: ClusterSnapshot, type: string): string[] {
	const info = resolveResource(type);
	if (!info) return [];
	return (snapshot.objects[info.kind] ?? [])
		.filter((o) => !info.namespaced || (o.metadata.namespace ?? 'default') === 'default')
		.map((o) => o.metadata.name);
}

function commonPrefix(words: string[]): string {
	let prefix = words[0] ?? '';
	for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
	return prefix;
}

function candidates(words: string[], snapshot: ClusterSnapshot, commands: readonly string[]): string[] {
	const [first, second] = words;
	const position = words.length; // index of the word being completed
	if (position === 0) return ['kubectl', 'sleep', 'sim', 'clear'];
	if (first === 'sim') {
		if (position === 1) return Object.keys(SIM);
		if (position === 2) return [...(SIM[second as keyof typeof SIM] ?? [])];
		if (position === 3) return second === 'node' ? namesOf(snapshot, 'nodes') : namesOf(snapshot, 'pods');
		return [];
	}
	if (first !== 'kubectl') return [];
	const args = words.slice(1).filter((w) => !w.startsWith('-'));
	if (args.length === 0) return [...commands];
	const verb = args[0]!;
	if (verb === 'logs') return namesOf(snapshot, 'pods');
	if (verb === 'cordon' || verb === 'uncordon' || verb === 'drain') return namesOf(snapshot, 'nodes');
	if (!TYPED_VERBS.has(verb)) return [];
	if (args.length === 1) return RESOURCE_TYPES;
	if (args.length >= 2 && !args[1]!.includes('/')) return namesOf(snapshot, args[1]!);
	return [];
}

/** Completes the last word of `line` (the cursor is at the end). */
export function complete(line: string, snapshot: ClusterSnapshot, commands: readonly string[]): Completion {
	const endsWithSpace = line === '' || /\s$/.test(line);
	const words = line.trim() === '' ? [] : line.trim().split(/\s+/);
	const current = endsWithSpace ? '' : (words.pop() ?? '');
	if (current.startsWith('-')) return { line, options: [] };
	// `pod/we` completes the name after the slash.
	const slash = current.indexOf('/');
	let pool: string[];
	let typed = current;
	let prefix = '';
	if (slash > 0 && words[0] === 'kubectl') {
		prefix = current.slice(0, slash + 1);
		typed = current.slice(slash + 1);
		pool = namesOf(snapshot, current.slice(0, slash));
	} else pool = candidates(words, snapshot, commands);
	const matches = [...new Set(pool.filter((c) => c.startsWith(typed)))].sort();
	if (matches.length === 0) return { line, options: [] };
	const head = line.slice(0, line.length - current.length);
	if (matches.length === 1) return { line: `${head}${prefix}${matches[0]} `, options: [] };
	return { line: `${head}${prefix}${commonPrefix(matches)}`, options: matches };
}
