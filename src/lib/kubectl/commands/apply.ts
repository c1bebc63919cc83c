/**
 * `kubectl apply -f`. Keeps the `kubectl.kubernetes.io/last-applied-configuration` annotation and
 * merges three ways (live, last applied, new): fields removed from the file are removed, fields the
 * server defaulted are kept, list items with a `name` merge by name as strategic merge patch does for
 * containers.
 */
import type { KubeObject } from '../../cluster/api/types.ts';
import { formatErrors } from '../api-errors.ts';
import type { Command, CommandContext } from '../context.ts';
import { readManifests } from '../manifests.ts';
import { typedName } from '../resources.ts';
import { KubectlError } from '../result.ts';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The flags create and apply share. */
export const FILE_FLAGS = [
	{ name: 'filename', short: 'f', type: 'string' as const },
	{ name: 'output', short: 'o', type: 'string' as const },
	{ name: 'validate', type: 'string' as const },
	{ name: 'dry-run', type: 'string' as const },
	{ name: 'save-config', type: 'bool' as const },
	{ name: 'record', type: 'bool' as const },
];

export function requireFile(ctx: CommandContext, command: string): void {
	if (ctx.flags['filename'] === undefined) {
		throw new KubectlError(`error: must specify one of -f and -k\n\nSee 'kubectl ${command} -h' for help and examples`);
	}
}

/** The API server's warnings, as kubectl prints them. */
export function warn(ctx: CommandContext, warnings: string[]): void {
	for (const w of warnings) ctx.out.err(`Warning: ${w}`);
}

export const apply: Command = {
	name: 'apply',
	flags: FILE_FLAGS,
	run(ctx) {
		requireFile(ctx, 'apply');
		const { api } = ctx.cluster;
		const failures: { error: unknown; verb: string; file: string }[] = [];
		for (const { object, source } of readManifests(ctx)) {
			const applied = stripLastApplied(object);
			const annotation = `${JSON.stringify(applied)}\n`;
			const name = typedName(object.kind, object.metadata.name);
			const live = api.get(object.kind, object.metadata.namespace, object.metadata.name);
			try {
				if (!live) {
					const fresh = structuredClone(applied);
					fresh.metadata.annotations = { ...fresh.metadata.annotations, [LAST_APPLIED]: annotation };
					warn(ctx, api.create(fresh).warnings);
					ctx.out.out(`${name} created`);
				} else {
					const lastText = live.metadata.annotations?.[LAST_APPLIED];
					const last = lastText ? (JSON.parse(lastText) as KubeObject) : undefined;
					const merged = threeWayMerge(live, last, applied) as KubeObject;
					merged.metadata = { ...merged.metadata, annotations: { ...merged.metadata.annotations, [LAST_APPLIED]: annotation } };
					if (same(merged, live)) {
						ctx.out.out(`${name} unchanged`);
					} else {
						const { resourceVersion: _ignored, ...meta } = merged.metadata;
						warn(ctx, api.update({ ...merged, metadata: { ...meta, resourceVersion: '' } }).warnings);
						ctx.out.out(`${name} configured`);
					}
				}
			} catch (error) {
				// applyOneObject: a new object is created (AddSourceToErr "creating"), a live one patched.
				failures.push({ error, verb: live ? 'applying patch' : 'creating', file: source });
			}
			ctx.cluster.settle();
		}
		for (const message of formatErrors(failures)) ctx.out.fail(message);
	},
};

function stripLastApplied(object: KubeObject): KubeObject {
	const copy = structuredClone(object);
	if (copy.metadata.annotations) {
		delete copy.metadata.annotations[LAST_APPLIED];
		if (Object.keys(copy.metadata.annotations).length === 0) delete copy.metadata.annotations;
	}
	return copy;
}

function same(a: KubeObject, b: KubeObject): boolean {
	const strip = (o: KubeObject): string => JSON.stringify({ ...o, status: undefined, metadata: { ...o.metadata, resourceVersion: undefined } });
	return strip(a) === strip(b);
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function threeWayMerge(live: Json, last: Json, applied: Json): Json {
	if (isObject(applied) && isObject(live)) {
		const out: Record<string, Json> = { ...live };
		if (isObject(last)) for (const k of Object.keys(last)) if (!(k in applied)) delete out[k];
		for (const [k, v] of Object.entries(applied)) out[k] = threeWayMerge(live[k], isObject(last) ? last[k] : undefined, v);
		return out;
	}
	if (Array.isArray(applied) && Array.isArray(live) && applied.every((i) => isObject(i) && typeof i['name'] === 'string')) {
		const lastList = Array.isArray(last) ? last : [];
		return applied.map((item) => {
			const name = (item as Record<string, Json>)['name'];
			const liveItem = live.find((l) => isObject(l) && l['name'] === name);
			const lastItem = lastList.find((l) => isObject(l) && l['name'] === name);
			return liveItem === undefined ? item : threeWayMerge(liveItem, lastItem, item);
		});
	}
	return applied;
}
