/**
 * What a command run with `kubectl exec` does inside a simulated container. Like the app catalogue
 * (apps.ts), this is the simulation's own model, not Kubernetes: each image lists the programs on
 * its PATH (`tools`), and the few the lessons use behave as busybox or Debian's coreutils do —
 * `cat`, `ls`, `env`, `hostname`, `echo`, `rm`, `touch`, `wget -qO-` / `curl` against a port in
 * the pod's shared network namespace, `sh -c` scripts of those. A program the image lacks fails
 * as containerd reports it (`executable file not found in $PATH`).
 */
import { httpStatus, isStarted, type ContainerRecord } from '../kubelet/container-record.ts';

export interface ExecContext {
	/** The container the command runs in. */
	rec: ContainerRecord;
	/** Every container of the pod: they share localhost. */
	pod: { name: string; ip: string; containers: ContainerRecord[]; env: Record<string, string> };
	now: number;
}

export type ExecResult = { stdout: string; stderr: string; exitCode: number } | { notFound: string };

const ROOT_DIRS = ['bin', 'dev', 'etc', 'home', 'lib', 'proc', 'root', 'run', 'sbin', 'sys', 'tmp', 'usr', 'var'];

export function execInContainer(ctx: ExecContext, argv: string[]): ExecResult {
	const program = argv[0] ?? '';
	const name = program.split('/').pop()!;
	if (!(ctx.rec.app?.tools ?? []).includes(name)) return { notFound: program };
	const out = { stdout: '', stderr: '', exitCode: 0 };
	run(ctx, [name, ...argv.slice(1)], out);
	return out;
}

function run(ctx: ExecContext, argv: string[], out: { stdout: string; stderr: string; exitCode: number }): void {
	const [cmd, ...args] = argv as [string, ...string[]];
	const busybox = ctx.rec.app?.userland === 'busybox';
	const fail = (message: string, code = 1): void => {
		out.stderr += `${message}\n`;
		out.exitCode = code;
	};
	out.exitCode = 0;
	switch (cmd) {
		case 'sh':
		case 'bash': {
			const script = args[0] === '-c' ? (args[1] ?? '') : '';
			for (const statement of script.split(/;|&&|\n/)) {
				const words = statement.trim().split(/\s+/).filter((w) => w !== '').map((w) => w.replace(/^(['"])(.*)\1$/, '$2'));
				if (words.length === 0) continue;
				if (!(ctx.rec.app?.tools ?? []).includes(words[0]!.split('/').pop()!)) {
					fail(busybox ? `sh: ${words[0]}: not found` : `${cmd}: line 1: ${words[0]}: command not found`, 127);
					continue;
				}
				run(ctx, [words[0]!.split('/').pop()!, ...words.slice(1)], out);
			}
			return;
		}
		case 'echo':
			out.stdout += `${args.join(' ')}\n`;
			return;
		case 'hostname':
			out.stdout += `${ctx.pod.name}\n`;
			return;
		case 'env':
		case 'printenv': {
			const env = environment(ctx);
			if (cmd === 'printenv' && args.length > 0) {
				for (const key of args) if (key in env) out.stdout += `${env[key]}\n`;
				if (!args.every((k) => k in env)) out.exitCode = 1;
				return;
			}
			for (const [k, v] of Object.entries(env)) out.stdout += `${k}=${v}\n`;
			return;
		}
		case 'cat':
			for (const path of args) {
				const content = readFile(ctx, path);
				if (content === undefined) fail(busybox ? `cat: can't open '${path}': No such file or directory` : `cat: ${path}: No such file or directory`);
				else out.stdout += content;
			}
			return;
		case 'ls': {
			const dir = args.find((a) => !a.startsWith('-')) ?? '/';
			const entries = listDir(ctx, dir);
			if (entries === undefined) fail(busybox ? `ls: ${dir}: No such file or directory` : `ls: cannot access '${dir}': No such file or directory`, busybox ? 1 : 2);
			else if (entries.length > 0) out.stdout += `${entries.join('\n')}\n`;
			return;
		}
		case 'rm':
			for (const path of args.filter((a) => !a.startsWith('-'))) {
				if (readFile(ctx, path) === undefined) {
					if (!args.includes('-f')) fail(busybox ? `rm: can't remove '${path}': No such file or directory` : `rm: cannot remove '${path}': No such file or directory`);
				} else (ctx.rec.files ??= new Map()).set(path, null);
			}
			return;
		case 'touch':
			for (const path of args) if (readFile(ctx, path) === undefined) (ctx.rec.files ??= new Map()).set(path, '');
			return;
		case 'wget':
		case 'curl':
			return fetchUrl(ctx, cmd, args, out, fail);
		case 'date':
			out.stdout += `${new Date(ctx.now).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (\S+) GMT$/, '$1 $3 $2 $5 UTC $4')}\n`;
			return;
		case 'redis-cli':
			out.stdout += args.length === 0 || args[0]?.toLowerCase() === 'ping' ? 'PONG\n' : '(error) ERR the simulator only answers PING\n';
			return;
		case 'false':
			out.exitCode = 1;
			return;
		default:
			// sleep, true and the image's own server binaries: nothing to print.
			return;
	}
}

/** The container's environment: the image's ENV, the pod's env, and the `kubernetes` Service variables. */
function environment(ctx: ExecContext): Record<string, string> {
	return {
		...ctx.rec.app?.env,
		HOSTNAME: ctx.pod.name,
		...ctx.pod.env,
		KUBERNETES_PORT: 'tcp://10.96.0.1:443',
		KUBERNETES_PORT_443_TCP: 'tcp://10.96.0.1:443',
		KUBERNETES_PORT_443_TCP_ADDR: '10.96.0.1',
		KUBERNETES_PORT_443_TCP_PORT: '443',
		KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
		KUBERNETES_SERVICE_HOST: '10.96.0.1',
		KUBERNETES_SERVICE_PORT: '443',
		KUBERNETES_SERVICE_PORT_HTTPS: '443',
		HOME: '/root',
	};
}

const NGINX_INDEX = '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\nworking. Further configuration is required.</p>\n</body>\n</html>\n';

function readFile(ctx: ExecContext, path: string): string | undefined {
	const written = ctx.rec.files?.get(path);
	if (written !== undefined) return written ?? undefined;
	const { rec } = ctx;
	if (path === '/etc/hostname') return `${ctx.pod.name}\n`;
	if (path === '/etc/hosts') return `127.0.0.1\tlocalhost\n${ctx.pod.ip}\t${ctx.pod.name}\n`;
	if (rec.app?.docroot && path === `${rec.app.docroot}/index.html`) return rec.app.repository === 'nginx' ? NGINX_INDEX : '<html><body><h1>It works!</h1></body></html>\n';
	const seconds = (ctx.now - (rec.startedAt ?? ctx.now)) / 1000;
	if (rec.script?.fileExists(path, seconds)) return '';
	return undefined;
}

function listDir(ctx: ExecContext, dir: string): string[] | undefined {
	const path = dir.replace(/\/+$/, '') || '/';
	const written = [...(ctx.rec.files ?? [])].filter(([f, content]) => content !== null && f.slice(0, f.lastIndexOf('/')) === (path === '/' ? '' : path)).map(([f]) => f.slice(f.lastIndexOf('/') + 1));
	let base: string[] | undefined;
	if (path === '/') base = ROOT_DIRS;
	else if (path === '/tmp' || path === '/etc') base = [];
	else if (ctx.rec.app?.docroot === path) base = ['50x.html', 'index.html'].filter((f) => ctx.rec.files?.get(`${path}/${f}`) !== null);
	if (base === undefined && written.length === 0) return undefined;
	return [...new Set([...(base ?? []), ...written])].sort();
}

/** `wget -qO- URL` / `curl -s URL` to localhost or the pod's own IP: whichever container listens there. */
function fetchUrl(ctx: ExecContext, cmd: string, args: string[], out: { stdout: string; exitCode: number }, fail: (m: string, code?: number) => void): void {
	const target = args.find((a) => !a.startsWith('-'));
	if (!target) return fail(cmd === 'wget' ? 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...' : "curl: try 'curl --help' or 'curl --manual' for more information", cmd === 'wget' ? 1 : 2);
	const url = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(target);
	const host = url?.[2] ?? '';
	const port = Number(url?.[3] ?? (url?.[1] === 'https' ? 443 : 80));
	const path = url?.[4] ?? '/';
	if (!['localhost', '127.0.0.1', ctx.pod.ip, ctx.pod.name].includes(host)) {
		return cmd === 'wget' ? fail(`wget: bad address '${host}'`) : fail(`curl: (6) Could not resolve host: ${host}`, 6);
	}
	const server = ctx.pod.containers.find((c) => c.app?.port === port && isStarted(c) && (ctx.now - c.startedAt!) / 1000 >= (c.app?.startupSeconds ?? 0));
	if (!server) return cmd === 'wget' ? fail(`wget: can't connect to remote host (${host === 'localhost' ? '127.0.0.1' : host}): Connection refused`) : fail(`curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server`, 7);
	const status = httpStatus(server, path, (ctx.now - server.startedAt!) / 1000);
	if (status >= 400) {
		if (cmd === 'wget') return fail(`wget: server returned error: HTTP/1.1 ${status} ${REASONS[status] ?? ''}`.trimEnd());
		out.stdout += `<html>\n<head><title>${status} ${REASONS[status]}</title></head>\n<body>\n<center><h1>${status} ${REASONS[status]}</h1></center>\n</body>\n</html>\n`;
		return;
	}
	out.stdout += server.app?.repository === 'nginx' ? NGINX_INDEX : `${server.app?.repository ?? 'app'}: ${path} OK\n`;
}

const REASONS: Record<number, string> = { 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error' };
