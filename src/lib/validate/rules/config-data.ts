// ConfigMap and Secret data. Mirrors ValidateConfigMap and ValidateSecret in
// pkg/apis/core/validation/validation.go (after the conversion that merges a Secret's stringData into
// its data, and SetDefaults_Secret's `type: Opaque`).
import type { Path } from '../field-path.ts';
import { decodeBase64Length } from '../base64.ts';
import { invalid, required, tooLong, type Issue } from '../issue.ts';
import { isConfigMapKey } from './name-formats.ts';
import { isObj, obj, str } from './util.ts';

/** core.MaxSecretSize: a ConfigMap's or a Secret's data, all values together. */
const MAX_SIZE = 1024 * 1024;
const encoder = new TextEncoder();
// eslint-disable-next-line no-control-regex -- ASCII text needs no encoding to be measured
const utf8Length = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length);
/** A `[]byte` value's length once decoded (the decode stage has rejected corrupt base64). */
const bytesOf = (v: unknown) => {
	const d = decodeBase64Length(str(v));
	return 'length' in d ? d.length : 0;
};

/** Mirrors ValidateConfigMap: keys, no key in both data and binaryData, 1 MiB in all. */
export function validateConfigMap(cm: Record<string, unknown>, issues: Issue[]): void {
	const data = obj(cm.data);
	const binary = obj(cm.binaryData);
	let size = 0;
	for (const [key, value] of Object.entries(data)) {
		for (const msg of isConfigMapKey(key)) issues.push(invalid(['data', { key }], key, msg, 'invalid-config-key', { target: 'key' }));
		if (key in binary) issues.push(invalid(['data', { key }], key, 'duplicate of key present in binaryData', 'config-key-in-both', { target: 'key' }));
		size += utf8Length(str(value));
	}
	for (const key of Object.keys(binary)) {
		for (const msg of isConfigMapKey(key)) issues.push(invalid(['binaryData', { key }], key, msg, 'invalid-config-key', { target: 'key' }));
	}
	for (const value of Object.values(binary)) size += bytesOf(value);
	// Upstream passes field.NewPath(""): the error is about the whole object.
	if (size > MAX_SIZE) issues.push(tooLong([], MAX_SIZE, 'config-too-large', { params: { size } }));
}

/** The data keys each type requires (ValidateSecret's switch on secret.Type). */
function validateSecretType(secret: Record<string, unknown>, data: ReadonlyMap<string, SecretValue>, issues: Issue[]): void {
	const type = str(secret.type);
	const need = (key: string) => issues.push(required(['data', { key }], '', 'secret-type-key', { params: { type, key } }));
	const dockerConfig = (key: string) => {
		const v = data.get(key);
		if (v) validateDockerConfig(v.text(), [v.from, { key }], key, issues);
		else need(key);
	};
	switch (type) {
		case 'kubernetes.io/service-account-token': {
			const key = 'kubernetes.io/service-account.name';
			if (!str(obj(obj(secret.metadata).annotations)[key])) issues.push(required(['metadata', 'annotations', { key }], '', 'secret-type-key', { params: { type, key } }));
			return;
		}
		case 'kubernetes.io/dockercfg':
			return dockerConfig('.dockercfg');
		case 'kubernetes.io/dockerconfigjson':
			return dockerConfig('.dockerconfigjson');
		case 'kubernetes.io/basic-auth':
			// Either may be empty, but one of them must be there.
			if (!data.has('username') && !data.has('password')) {
				need('username');
				need('password');
			}
			return;
		case 'kubernetes.io/ssh-auth':
			if (!data.get('ssh-privatekey')?.bytes) need('ssh-privatekey');
			return;
		case 'kubernetes.io/tls':
			if (!data.has('tls.crt')) need('tls.crt');
			if (!data.has('tls.key')) need('tls.key');
	}
}

/**
 * The docker config must be JSON of an object (json.Unmarshal into a map). Go's wording is kept for
 * the cases a learner meets (empty, not JSON at all, JSON but not an object); other syntax errors
 * keep the parser's own.
 */
function validateDockerConfig(text: string, at: Path, key: string, issues: Issue[]): void {
	let detail = '';
	try {
		const parsed: unknown = JSON.parse(text);
		// json.Unmarshal of `null` into a map leaves it nil, without an error.
		if (parsed !== null && !isObj(parsed)) {
			const kind = Array.isArray(parsed) ? 'array' : typeof parsed === 'boolean' ? 'bool' : typeof parsed;
			detail = `json: cannot unmarshal ${kind} into Go value of type map[string]interface {}`;
		}
	} catch (err) {
		const first = text.trimStart().charAt(0);
		if (!text.trim()) detail = 'unexpected end of JSON input';
		else if (!/[[{"\-0-9tfn]/.test(first)) detail = `invalid character '${first}' looking for beginning of value`;
		else detail = err instanceof Error ? err.message : String(err);
	}
	if (detail) issues.push(invalid(at, '<secret contents redacted>', detail, 'secret-docker-config', { target: 'value', field: `data[${key}]` }));
}

/** The text of a `[]byte` value: base64 in `data`, as written in `stringData`. */
function textOf(value: unknown, base64: boolean): string {
	if (!base64) return str(value);
	const binary = atob(str(value).replace(/[\r\n]/g, ''));
	return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

interface SecretValue {
	/** Where the key is written: stringData wins over data, as the conversion merges it last. */
	from: 'data' | 'stringData';
	bytes: number;
	text: () => string;
}

/**
 * Mirrors ValidateSecret. `stringData` has been merged into `data` by then, so its keys are reported
 * under `data` (the editor marks them where they are written), and values are bytes: base64 in
 * `data`, text in `stringData`.
 */
export function validateSecret(secret: Record<string, unknown>, issues: Issue[]): void {
	const values = new Map<string, SecretValue>();
	for (const [key, value] of Object.entries(obj(secret.data))) values.set(key, { from: 'data', bytes: bytesOf(value), text: () => textOf(value, true) });
	for (const [key, value] of Object.entries(obj(secret.stringData))) values.set(key, { from: 'stringData', bytes: utf8Length(str(value)), text: () => textOf(value, false) });
	let size = 0;
	for (const [key, v] of values) {
		for (const msg of isConfigMapKey(key)) issues.push(invalid([v.from, { key }], key, msg, 'invalid-config-key', { target: 'key', field: `data[${key}]` }));
		size += v.bytes;
	}
	if (size > MAX_SIZE) issues.push(tooLong(['data'], MAX_SIZE, 'config-too-large', { params: { size } }));
	validateSecretType(secret, values, issues);
}
