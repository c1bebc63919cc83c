/**
 * How the software inside containers behaves. This is the simulation's own invention, not
 * Kubernetes: a small catalogue of teaching images (a healthy web app, one whose health check starts
 * failing, one that crashes, one that starts slowly) plus a few well-known public images. An image
 * that is not in the catalogue does not exist, so pulling it fails as a typo would on a real cluster.
 */

export interface AppProfile {
	/** Repository without registry or tag, e.g. `nginx`, `kubeclassroom/web`. */
	repository: string;
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
	/** Which shell utilities it ships: busybox applets or Debian's coreutils (their messages differ). */
	userland: 'busybox' | 'debian';
	/** Environment variables the image sets (its Dockerfile's ENV). */
	env?: Record<string, string>;
	/** Where it serves files from: removing `index.html` there makes `/` answer 403. */
	docroot?: string;
}

// The teaching images are small busybox-based images, like most demo apps.
const BUSYBOX_TOOLS = ['sh', 'cat', 'ls', 'env', 'printenv', 'hostname', 'echo', 'wget', 'nslookup', 'rm', 'touch', 'sleep', 'date', 'true', 'false'];
const DEBIAN_TOOLS = ['sh', 'bash', 'cat', 'ls', 'env', 'printenv', 'hostname', 'echo', 'rm', 'touch', 'sleep', 'date', 'true', 'false'];
const TEACHING = { tools: BUSYBOX_TOOLS, userland: 'busybox' as const, env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' } };

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
		userland: 'debian',
		env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', NGINX_VERSION: '1.27.5', NJS_VERSION: '0.8.10', PKG_RELEASE: '1~bookworm' },
		docroot: '/usr/share/nginx/html',
	},
	{
		repository: 'httpd',
		port: 80,
		paths: ['/', '/index.html'],
		pullSeconds: 3,
		sizeBytes: 58_000_000,
		startupSeconds: 0,
		shutdownSeconds: 0,
		startupLogs: ['AH00558: httpd: Could not reliably determine the server\'s fully qualified domain name', 'Apache/2.4 (Unix) configured -- resuming normal operations'],
		tools: DEBIAN_TOOLS,
		userland: 'debian',
		env: { PATH: '/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HTTPD_PREFIX: '/usr/local/apache2', HTTPD_VERSION: '2.4.65' },
		docroot: '/usr/local/apache2/htdocs',
	},
	{
		repository: 'redis',
		port: 6379,
		paths: [],
		pullSeconds: 3,
		sizeBytes: 45_000_000,
		startupSeconds: 0,
		shutdownSeconds: 0,
		startupLogs: ['1:M * Server initialized', '1:M * Ready to accept connections tcp'],
		tools: [...DEBIAN_TOOLS, 'redis-cli', 'redis-server'],
		userland: 'debian',
		env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', REDIS_VERSION: '8.0.3' },
	},
	...['busybox', 'alpine'].map(
		(repository): AppProfile => ({
			repository,
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

export function findApp(image: string): AppProfile | undefined {
	const { repository } = parseImage(image);
	return APP_CATALOGUE.find((a) => a.repository === repository);
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
