/**
 * `kubectl create -f` and `kubectl apply -f`. Apply keeps the
 * `kubectl.kubernetes.io/last-applied-configuration` annotation and merges three ways (live,
 * last applied, new): fields removed from the file are removed, fields the server defaulted are
 * kept, list items with a `name` merge by name as strategic merge patch does for containers.
 */
import type { KubeObject } from '../../cluster/types.ts';
import { formatErrors } from '../api-errors.ts';
import { createConfigMap } from './configmap.ts';
import type { Command, CommandContext } from '../context.ts';
import { readManifests } from '../manifests.ts';
import { typedName } from '../resources.ts';
import { KubectlError } from '../result.ts';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

const FILE_FLAGS = [
	{ name: 'filename', short: 'f', type: 'string' as const },
	{ name: 'output', short: 'o', type: 'string' as const },
	{ name: 'validate', type: 'string' as const },
	{ name: 'dry-run', type: 'string' as const },
	{ name: 'save-config', type: 'bool' as const },
	{ name: 'record', type: 'bool' as const },
];

function requireFile(ctx: CommandContext, command: string): void {
	if (ctx.flags['filename'] === undefined) {
		throw new KubectlError(`error: must specify one of -f and -k\n\nSee 'kubectl ${command} -h' for help and examples`);
	}
}

function warn(ctx: CommandContext, warnings: string[]): void {
	for (const w of warnings) ctx.out.err(`Warning: ${w}`);
}

export const create: Command = {
	name: 'create',
	short: 'Create a resource from a file or from stdin',
	flags: [...FILE_FLAGS, { name: 'from-literal', type: 'array' }, { name: 'from-file', type: 'array' }],
	run(ctx) {
		if (ctx.args[0] === 'configmap' || ctx.args[0] === 'cm') return createConfigMap(ctx);
		if (ctx.args.length > 0 && ctx.flags['filename'] === undefined) {
			throw new KubectlError(`error: unknown command "${ctx.args[0]}" for "kubectl create"\n\nRun 'kubectl create --help' for usage.`);
		}
		requireFile(ctx, 'create');
		const failures: { error: unknown; verb: string; file: string }[] = [];
		for (const { object, source } of readManifests(ctx)) {
			try {
				const dryRun = ctx.flags['dry-run'];
				if (dryRun === 'client' || dryRun === 'server') {
					ctx.out.out(`${typedName(object.kind, object.metadata.name)} created (${dryRun} dry run)`);
					continue;
				}
				const { object: created, warnings } = ctx.cluster.api.create(object);
				warn(ctx, warnings);
				ctx.out.out(`${typedName(created.kind, created.metadata.name)} created`);
			} catch (error) {
				failures.push({ error, verb: 'creating', file: source });
			}
			ctx.cluster.settle();
		}
		for (const message of formatErrors(failures)) ctx.out.fail(message);
	},
};

export const apply: Command = {
	name: 'apply',
	short: 'Apply a configuration to a resource by file name or stdin',
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
