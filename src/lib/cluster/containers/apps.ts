/**
 * How the software inside containers behaves. This is the simulation's own invention, not
 * Kubernetes: a small catalogue of teaching images (a healthy web app, one whose health check starts
 * failing, one that crashes, one that starts slowly) plus a few well-known public images, each with
 * the tags its registry holds (`tags`). An image that is not in the catalogue, or a tag its repository
 * does not have, does not exist, so pulling it fails as a typo would on a real cluster.
 */

/**
 * The tags a repository holds, as official images name them: `versions` maps each `major.minor` line
 * to its last patch release (`'1.27': 5` is 1.27, 1.27.0 … 1.27.5, and 1 for the major); `aliases`
 * are the moving tags (`latest`, `stable`); a variant (`alpine`) is a tag too, and any of them may end
 * in `-<variant>` (`1.27.5-alpine`, `stable-perl`).
 */
export interface TagSet {
	versions?: Record<string, number>;
	aliases: readonly string[];
	variants?: readonly string[];
}

export interface AppProfile {
	/** Repository without registry or tag, e.g. `nginx`, `kubeclassroom/web`. */
	repository: string;
	tags: TagSet;
	/** The port it listens on; undefined when it serves nothing. */
	port?: number;
	/** HTTP paths that answer 200; undefined means every path. Other paths answer 404. */
	paths?: string[];
	pullSeconds: number;
	sizeBytes: number;
	/** Seconds from start until it accepts connections. */
	startupSeconds: number;
	/** Its health endpoint starts answering 500 this long after start. */
	unhealthyAfterSeconds?: number;
	/** The process exits this long after start (with `exitCode`). */
	exitAfterSeconds?: number;
	/** @default 1 */
	exitCode?: number;
	/** Seconds it takes to exit after SIGTERM; Infinity when it ignores SIGTERM (killed at the grace period). */
	shutdownSeconds: number;
	/** Runs its command or args as a shell script (busybox, alpine) instead of a server. */
	shell?: boolean;
	/** What it prints on start. */
	startupLogs: string[];
	/** The programs on its PATH that `kubectl exec` can run (see container-exec.ts). */
	tools: readonly string[];
	/** The programs in `tools` that start its server (a command naming another one runs instead of it). */
	servers?: readonly string[];
	/** Which shell utilities it ships: busybox applets or Debian's coreutils (their messages differ). */
	userland: 'busybox' | 'debian';
	/** Environment variables the image sets (its Dockerfile's ENV). */
	env?: Record<string, string>;
	/** Where it serves files from: removing `index.html` there makes `/` answer 403. */
	docroot?: string;
}

// The teaching images are small busybox-based images, like most demo apps.
const BUSYBOX_TOOLS = ['sh', 'cat', 'ls', 'env', 'printenv', 'hostname', 'echo', 'wget', 'nslookup', 'nc', 'rm', 'touch', 'sleep', 'date', 'true', 'false'];
const DEBIAN_TOOLS = ['sh', 'bash', 'cat', 'ls', 'env', 'printenv', 'hostname', 'echo', 'getent', 'rm', 'touch', 'sleep', 'date', 'true', 'false'];
// The course's own demo apps: 1.0, a 1.1 and a 2.0 to roll out to, and latest.
const TEACHING = { tags: { aliases: ['1.0', '1.1', '2.0', 'latest'] }, tools: BUSYBOX_TOOLS, userland: 'busybox' as const, env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' } };

const WEB_LOGS = ['Kube Classroom web 1.0 listening on :8080'];

export const APP_CATALOGUE: readonly AppProfile[] = [
	{
		repository: 'kubeclassroom/web',
		port: 8080,
		pullSeconds: 2,
		sizeBytes: 24_117_248,
		startupSeconds: 1,
		shutdownSeconds: 0,
		startupLogs: WEB_LOGS,
		...TEACHING,
	},
	{
		repository: 'kubeclassroom/flaky',
		port: 8080,
		pullSeconds: 2,
		sizeBytes: 24_117_248,
		startupSeconds: 1,
		unhealthyAfterSeconds: 60,
		shutdownSeconds: 0,
		startupLogs: ['Kube Classroom flaky 1.0 listening on :8080'],
		...TEACHING,
	},
	{
		repository: 'kubeclassroom/crash',
		port: 8080,
		pullSeconds: 2,
		sizeBytes: 24_117_248,
		startupSeconds: 1,
		exitAfterSeconds: 5,
		exitCode: 1,
		shutdownSeconds: 0,
		startupLogs: ['Kube Classroom crash 1.0 starting', 'panic: cannot connect to database at db:5432'],
		...TEACHING,
	},
	{
		repository: 'kubeclassroom/slow',
		port: 8080,
		pullSeconds: 2,
		sizeBytes: 24_117_248,
		startupSeconds: 45,
		shutdownSeconds: 0,
		startupLogs: ['Kube Classroom slow 1.0 warming caches...', 'listening on :8080'],
		...TEACHING,
	},
	{
		repository: 'nginx',
		// Docker Hub's library/nginx: the 1.2x lines with their patch releases, stable and mainline.
		tags: {
			versions: { '1.20': 2, '1.21': 6, '1.22': 1, '1.23': 4, '1.24': 0, '1.25': 5, '1.26': 3, '1.27': 5, '1.28': 0, '1.29': 3 },
			aliases: ['latest', 'stable', 'mainline', '1'],
			variants: ['alpine', 'alpine-slim', 'alpine-perl', 'alpine-otel', 'perl', 'otel', 'bookworm', 'bookworm-perl', 'bookworm-otel'],
		},
		port: 80,
		paths: ['/', '/index.html'],
		pullSeconds: 3,
		sizeBytes: 72_099_410,
		startupSeconds: 0,
		shutdownSeconds: 0,
		startupLogs: [
			'/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
			'/docker-entrypoint.sh: Configuration complete; ready for start up',
		],
		// The official image (Debian) ships curl but not wget or ps.
		tools: [...DEBIAN_TOOLS, 'curl', 'nginx'],
		servers: ['nginx', 'nginx-debug'],
		userland: 'debian',
		env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', NGINX_VERSION: '1.27.5', NJS_VERSION: '0.8.10', PKG_RELEASE: '1~bookworm' },
		docroot: '/usr/share/nginx/html',
	},
	{
		repository: 'httpd',
		tags: { versions: { '2.4': 65 }, aliases: ['latest', '2'], variants: ['alpine', 'bookworm'] },
		port: 80,
		paths: ['/', '/index.html'],
		pullSeconds: 3,
		sizeBytes: 58_000_000,
		startupSeconds: 0,
		shutdownSeconds: 0,
		startupLogs: ['AH00558: httpd: Could not reliably determine the server\'s fully qualified domain name', 'Apache/2.4 (Unix) configured -- resuming normal operations'],
		tools: [...DEBIAN_TOOLS, 'httpd', 'httpd-foreground'],
		servers: ['httpd', 'httpd-foreground'],
		userland: 'debian',
		env: { PATH: '/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HTTPD_PREFIX: '/usr/local/apache2', HTTPD_VERSION: '2.4.65' },
		docroot: '/usr/local/apache2/htdocs',
	},
	{
		repository: 'redis',
		tags: {
			versions: { '6.0': 20, '6.2': 19, '7.0': 15, '7.2': 10, '7.4': 5, '8.0': 3, '8.2': 1 },
			aliases: ['latest', '6', '7', '8'],
			variants: ['alpine', 'bookworm'],
		},
		port: 6379,
		paths: [],
		pullSeconds: 3,
		sizeBytes: 45_000_000,
		startupSeconds: 0,
		shutdownSeconds: 0,
		startupLogs: ['1:M * Server initialized', '1:M * Ready to accept connections tcp'],
		tools: [...DEBIAN_TOOLS, 'redis-cli', 'redis-server'],
		servers: ['redis-server'],
		userland: 'debian',
		env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', REDIS_VERSION: '8.0.3' },
	},
	...(
		[
			['busybox', { versions: { '1.31': 1, '1.32': 1, '1.33': 1, '1.34': 1, '1.35': 0, '1.36': 1, '1.37': 0 }, aliases: ['latest', 'stable', '1'], variants: ['glibc', 'musl', 'uclibc'] }],
			['alpine', { versions: { '3.16': 9, '3.17': 10, '3.18': 12, '3.19': 8, '3.20': 7, '3.21': 4, '3.22': 1 }, aliases: ['latest', 'edge', '3'] }],
		] as const
	).map(
		([repository, tags]): AppProfile => ({
			repository,
			tags,
			pullSeconds: 1,
			sizeBytes: 2_200_000,
			startupSeconds: 0,
			// A shell as PID 1 ignores SIGTERM: it is killed when the grace period ends.
			shutdownSeconds: Number.POSITIVE_INFINITY,
			shell: true,
			startupLogs: [],
			tools: BUSYBOX_TOOLS,
			userland: 'busybox',
			env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
		}),
	),
];

export interface ImageRef {
	/** As written by the user. */
	image: string;
	repository: string;
	tag: string;
	/** docker.io/library/nginx:latest */
	fullName: string;
}

/** Splits an image reference the way containerd normalizes it (docker.io, library/, :latest). */
export function parseImage(image: string): ImageRef {
	let rest = image.split('@')[0] ?? image;
	let tag = 'latest';
	const colon = rest.lastIndexOf(':');
	if (colon > rest.lastIndexOf('/')) {
		tag = rest.slice(colon + 1);
		rest = rest.slice(0, colon);
	}
	const parts = rest.split('/');
	const hasRegistry = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!);
	const registry = hasRegistry ? parts.shift()! : 'docker.io';
	if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
	const path = parts.join('/');
	const repository = path.startsWith('library/') ? path.slice('library/'.length) : path;
	return { image, repository, tag, fullName: `${registry}/${path}:${tag}` };
}

/** Whether the repository holds `tag` (see TagSet). */
export function hasTag(tags: TagSet, tag: string): boolean {
	if (tags.variants?.includes(tag)) return true;
	const dash = tag.indexOf('-');
	const base = dash < 0 ? tag : tag.slice(0, dash);
	if (dash >= 0 && !tags.variants?.includes(tag.slice(dash + 1))) return false;
	if (tags.aliases.includes(base)) return true;
	const match = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(base);
	if (!match) return false;
	const last = tags.versions?.[`${match[1]}.${match[2]}`];
	return last !== undefined && (match[3] === undefined || Number(match[3]) <= last);
}

/**
 * The image's app, when the registry has it: a known repository, and a tag it holds (any digest
 * is taken as one of its images).
 */
export function findApp(image: string): AppProfile | undefined {
	const { repository, tag } = parseImage(image);
	const app = APP_CATALOGUE.find((a) => a.repository === repository);
	return app && (image.includes('@') || hasTag(app.tags, tag)) ? app : undefined;
}

/** A stable fake digest, so imageID looks like `docker.io/library/nginx@sha256:…`. */
export function imageId(image: string): string {
	const ref = parseImage(image);
	let h = 0x811c9dc5;
	for (let i = 0; i < ref.fullName.length; i++) h = Math.imul(h ^ ref.fullName.charCodeAt(i), 0x01000193) >>> 0;
	let hex = '';
	for (let i = 0; i < 8; i++) {
		h = Math.imul(h ^ i, 0x01000193) >>> 0;
		hex += h.toString(16).padStart(8, '0');
	}
	return `${ref.fullName.slice(0, ref.fullName.lastIndexOf(':'))}@sha256:${hex}`;
}
