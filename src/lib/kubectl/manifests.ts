/**
 * Reads `-f` manifests the way kubectl's resource builder does: YAML or JSON, several documents per
 * file, empty documents skipped, each document mapped to a kind the server knows. Parse and mapping
 * messages come from the validator, which words them as kubectl does.
 */
import { kindInfo } from '../cluster/apiserver/kinds.ts';
import type { KubeObject } from '../cluster/api/types.ts';
import { str, type CommandContext } from './context.ts';
import { KubectlError } from './result.ts';
import { readManifestText } from './yaml-on-demand.ts';

export interface ManifestObject {
	object: KubeObject;
	/** The file it came from, as typed (`-` for standard input). */
	source: string;
}

/** The name kubectl's resource builder gives `-f -` in its messages (`constSTDINstr` in k8s.io/cli-runtime resource/builder.go). */
const STDIN = 'STDIN';

export function readManifests(ctx: CommandContext): ManifestObject[] {
	const file = str(ctx, 'filename');
	if (file === undefined) return [];
	let text: string;
	if (file === '-') {
		text = ctx.stdin ?? '';
	} else {
		if (!ctx.readFile) throw new KubectlError(`error: the path "${file}" does not exist`);
		try {
			text = ctx.readFile(file);
		} catch {
			throw new KubectlError(`error: the path "${file}" does not exist`);
		}
	}
	const read = readManifestText(text);
	if ('error' in read) throw new KubectlError(`error: error parsing ${file === '-' ? STDIN : file}: error converting YAML to JSON: ${read.error}`);
	const out: ManifestObject[] = [];
	for (const value of read.documents) {
		if (value === null || value === undefined) continue;
		if (typeof value !== 'object' || Array.isArray(value)) throw new KubectlError(`error: error validating "${file}": error validating data: invalid object to validate`);
		const obj = value as KubeObject;
		const compact = JSON.stringify(obj);
		if (!obj.kind) throw new KubectlError(`error: unable to decode "${file}": Object 'Kind' is missing in '${compact}'`);
		if (!obj.apiVersion) throw new KubectlError(`error: unable to decode "${file}": Object 'apiVersion' is missing in '${compact}'`);
		const info = kindInfo(obj.kind);
		if (!info || info.apiVersion !== obj.apiVersion) {
			const name = (obj.metadata as { name?: string } | undefined)?.name ?? '';
			throw new KubectlError(`error: resource mapping not found for name: "${name}" namespace: "" from "${file}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
		}
		obj.metadata ??= {} as KubeObject['metadata'];
		if (info.namespaced) {
			const explicit = str(ctx, 'namespace');
			if (explicit && obj.metadata.namespace && obj.metadata.namespace !== explicit) {
				throw new KubectlError(`error: the namespace from the provided object "${obj.metadata.namespace}" does not match the namespace "${explicit}". You must pass '--namespace=${obj.metadata.namespace}' to perform this operation.`);
			}
			obj.metadata.namespace ??= ctx.namespace;
		}
		out.push({ object: obj, source: file === '-' ? STDIN : file });
	}
	if (out.length === 0) throw new KubectlError('error: no objects passed to create');
	return out;
}
