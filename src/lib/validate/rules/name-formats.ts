// Format checks from k8s.io/apimachinery/pkg/util/validation and .../api/validate/content.
// Each returns the upstream list of problem strings (empty when valid), exactly worded.

const dns1123LabelFmt = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const dns1123SubdomainFmt = `${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const dns1035LabelFmt = '[a-z]([-a-z0-9]*[a-z0-9])?';
const labelKeyFmt = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const labelValueFmt = `(${labelKeyFmt})?`;

const dns1123Label = new RegExp(`^${dns1123LabelFmt}$`);
const dns1123Subdomain = new RegExp(`^${dns1123SubdomainFmt}$`);
const dns1035Label = new RegExp(`^${dns1035LabelFmt}$`);
const labelKey = new RegExp(`^${labelKeyFmt}$`);
const labelValue = new RegExp(`^${labelValueFmt}$`);

/**
 * Mirrors validation.RegexError: each example is written `'x', ` and the next one is preceded by ` or `,
 * so examples are joined by `',  or '` (two spaces).
 */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
	if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
	return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

/** util/validation.MaxLenError (names); the content package says "bytes" (labels). */
const maxLenChars = (n: number) => `must be no more than ${n} characters`;
const maxLenBytes = (n: number) => `must be no more than ${n} bytes`;
const encoder = new TextEncoder();
// eslint-disable-next-line no-control-regex -- the ASCII range is the point
const byteLength = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length);

export function isDNS1123Label(value: string): string[] {
	const errs: string[] = [];
	if (value.length > 63) errs.push(maxLenChars(63));
	if (!dns1123Label.test(value)) {
		if (dns1123Subdomain.test(value)) errs.push('must not contain dots');
		else
			errs.push(
				regexError(
					"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
					dns1123LabelFmt,
					'my-name',
					'123-abc',
				),
			);
	}
	return errs;
}

export function isDNS1123Subdomain(value: string, maxLen = maxLenChars): string[] {
	const errs: string[] = [];
	if (value.length > 253) errs.push(maxLen(253));
	if (!dns1123Subdomain.test(value)) {
		errs.push(
			regexError(
				"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
				dns1123SubdomainFmt,
				'example.com',
			),
		);
	}
	return errs;
}

export function isDNS1035Label(value: string): string[] {
	const errs: string[] = [];
	if (value.length > 63) errs.push(maxLenChars(63));
	if (!dns1035Label.test(value)) {
		errs.push(
			regexError(
				"a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
				dns1035LabelFmt,
				'my-name',
				'abc-123',
			),
		);
	}
	return errs;
}

const labelKeyErrMsg = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/** Mirrors content.IsLabelKey (a.k.a. IsQualifiedName): an optional DNS subdomain prefix and a name. */
export function isQualifiedName(value: string): string[] {
	const errs: string[] = [];
	const parts = value.split('/');
	let name: string;
	if (parts.length === 1) {
		name = parts[0]!;
	} else if (parts.length === 2) {
		const prefix = parts[0]!;
		name = parts[1]!;
		if (prefix.length === 0) errs.push('prefix part must be non-empty');
		// content.IsLabelKey checks the prefix with content.IsDNS1123Subdomain, whose MaxLenError says "bytes".
		else errs.push(...isDNS1123Subdomain(prefix, maxLenBytes).map((m) => `prefix part ${m}`));
	} else {
		return [
			`a valid label key ${regexError(labelKeyErrMsg, labelKeyFmt, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
		];
	}
	if (name.length === 0) errs.push('name part must be non-empty');
	else if (byteLength(name) > 63) errs.push(`name part ${maxLenBytes(63)}`);
	if (!labelKey.test(name)) errs.push(`name part ${regexError(labelKeyErrMsg, labelKeyFmt, 'MyName', 'my.name', '123-abc')}`);
	return errs;
}

/** Mirrors content.IsLabelValue. */
export function isValidLabelValue(value: string): string[] {
	const errs: string[] = [];
	if (byteLength(value) > 63) errs.push(maxLenBytes(63));
	if (!labelValue.test(value)) {
		errs.push(
			regexError(
				"a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
				labelValueFmt,
				'MyValue',
				'my_value',
				'12345',
			),
		);
	}
	return errs;
}

/** Mirrors IsValidPortNum. */
export function isValidPortNum(port: number): string[] {
	return port >= 1 && port <= 65535 ? [] : ['must be between 1 and 65535, inclusive'];
}

/** Mirrors IsValidPortName (an IANA_SVC_NAME). */
export function isValidPortName(port: string): string[] {
	const errs: string[] = [];
	if (port.length > 15) errs.push(maxLenChars(15));
	if (!/^[-a-z0-9]+$/.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
	if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
	if (port.includes('--')) errs.push('must not contain consecutive hyphens');
	if (port.startsWith('-') || port.endsWith('-')) errs.push('must not begin or end with a hyphen');
	return errs;
}

/**
 * Mirrors IsRelaxedEnvVarName: RelaxedEnvironmentVariableValidation is GA (1.34), so any printable
 * ASCII except '=' is accepted.
 */
export function isRelaxedEnvVarName(value: string): string[] {
	const errs: string[] = [];
	if (value.length === 0) errs.push('environment variable name must be non-empty');
	for (const ch of value) {
		const c = ch.codePointAt(0)!;
		if (c > 0x7e || c < 0x20 || ch === '=') {
			errs.push("a valid environment variable name must consist only of printable ASCII characters other than '='");
			break;
		}
	}
	return errs;
}

/** Mirrors IsValidPercent. */
export function isValidPercent(value: string): string[] {
	return /^[0-9]+%$/.test(value)
		? []
		: [regexError("a valid percent string must be a numeric string followed by an ending '%'", '[0-9]+%', '1%', '93%')];
}

/** Mirrors IsHTTPHeaderName. */
export function isHTTPHeaderName(value: string): string[] {
	return /^[-A-Za-z0-9]+$/.test(value)
		? []
		: [regexError("a valid HTTP header must consist of alphanumeric characters or '-'", '[-A-Za-z0-9]+', 'X-Header-Name')];
}

/** Mirrors hasChDirPrefix (util/validation). */
function hasChDirPrefix(value: string): string[] {
	if (value === '.') return ["must not be '.'"];
	if (value === '..') return ["must not be '..'"];
	return value.startsWith('..') ? ["must not start with '..'"] : [];
}

const CONFIG_KEY_EXAMPLES = ['key.name', 'KEY_NAME', 'key-name'];

/** Mirrors IsConfigMapKey: the key of a ConfigMap's or a Secret's data. */
export function isConfigMapKey(value: string): string[] {
	const errs: string[] = [];
	if (byteLength(value) > 253) errs.push(maxLenChars(253));
	if (!/^[-._a-zA-Z0-9]+$/.test(value)) {
		errs.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", '[-._a-zA-Z0-9]+', ...CONFIG_KEY_EXAMPLES));
	}
	errs.push(...hasChDirPrefix(value));
	return errs;
}
