// Container image references as the API server reads them when defaulting imagePullPolicy.
// Mirrors ParseImageName (pkg/util/parsers) over github.com/distribution/reference
// ParseNormalizedNamed (normalize.go, regexp.go, reference.go) and go-digest's Digest.Validate.

// regexp.go, composed the same way.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const tag = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const domainAndPort = `(?:${domainName}|${ipv6address})${optionalPort}`;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

const referenceRegexp = new RegExp(`^(${namePat})(?::(${tag}))?(?:@(${digestPat}))?$`);
const anchoredNameRegexp = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const anchoredIdentifierRegexp = /^[a-f0-9]{64}$/;

/** reference.RepositoryNameTotalLengthMax */
const NAME_TOTAL_LENGTH_MAX = 255;
/** Digest algorithms Kubernetes links in (crypto/sha256, crypto/sha512), with their hex lengths. */
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

export type ImageReference = { repo: string; tag: string; digest: string } | { error: string };

/** normalize.go splitDockerDomain. */
function splitDockerDomain(name: string): [string, string] {
	const slash = name.indexOf('/');
	if (slash === -1) return ['docker.io', `library/${name}`];
	const maybeDomain = name.slice(0, slash);
	const maybeRemote = name.slice(slash + 1);
	let domain: string;
	let remote: string;
	if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, maybeRemote];
	else if (maybeDomain === 'index.docker.io') [domain, remote] = ['docker.io', maybeRemote];
	else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, maybeRemote];
	else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, maybeRemote];
	else [domain, remote] = ['docker.io', name];
	if (domain === 'docker.io' && !remote.includes('/')) remote = `library/${remote}`;
	return [domain, remote];
}

/** go-digest Digest.Validate for the algorithms Kubernetes registers. */
function digestError(digest: string): string | undefined {
	const colon = digest.indexOf(':');
	const hexLength = DIGEST_HEX_LENGTH[digest.slice(0, colon)];
	if (hexLength === undefined) return 'unsupported digest algorithm';
	const encoded = digest.slice(colon + 1);
	return encoded.length === hexLength && /^[a-f0-9]+$/.test(encoded) ? undefined : 'invalid checksum digest length';
}

/** reference.Parse. */
function parse(s: string): ImageReference {
	const m = referenceRegexp.exec(s);
	if (!m) {
		const lower = s.toLowerCase();
		if (lower !== s && referenceRegexp.test(lower)) return { error: 'repository name must be lowercase' };
		return { error: 'invalid reference format' };
	}
	const name = m[1]!;
	const path = anchoredNameRegexp.exec(name)?.[2] ?? name;
	if (path.length > NAME_TOTAL_LENGTH_MAX) return { error: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters` };
	const digest = m[3] ?? '';
	const bad = digest ? digestError(digest) : undefined;
	if (bad) return { error: bad };
	return { repo: name, tag: m[2] ?? '', digest };
}

/** ParseImageName: repo, tag and digest; the tag is "latest" when neither tag nor digest is given. */
export function parseImageName(image: string): ImageReference {
	if (anchoredIdentifierRegexp.test(image)) return { error: `invalid repository name (${image}), cannot specify 64-byte hexadecimal strings` };
	const [domain, remainder] = splitDockerDomain(image);
	const colon = remainder.indexOf(':');
	const remote = colon === -1 ? remainder : remainder.slice(0, colon);
	if (remote.toLowerCase() !== remote) return { error: `invalid reference format: repository name (${remote}) must be lowercase` };
	const ref = parse(`${domain}/${remainder}`);
	if ('error' in ref) return ref;
	return ref.tag || ref.digest ? ref : { ...ref, tag: 'latest' };
}

/** The image's tag is "latest", written or implied (no tag and no digest). False for images that do not parse. */
export function usesLatestTag(image: string): boolean {
	const ref = parseImageName(image);
	return !('error' in ref) && ref.tag === 'latest';
}

/**
 * Mirrors SetDefaults_Container: `Always` for the "latest" tag, otherwise `IfNotPresent`, also for an
 * empty or unparsable image (upstream ignores the parse error; validation reports the image).
 */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
	return usesLatestTag(image) ? 'Always' : 'IfNotPresent';
}
