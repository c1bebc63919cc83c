/**
 * What a command run with `kubectl exec` does inside a simulated container. Like the app catalogue
 * (apps.ts), this is the simulation's own model, not Kubernetes: each image lists the programs on
 * its PATH (`tools`), and the few the lessons use behave as busybox or Debian's coreutils do —
 * `cat`, `ls`, `env`, `hostname`, `echo`, `rm`, `touch`, `sh -c` scripts of those; `wget -qO-`,
 * `curl`, `nc -z`, `nslookup` and `getent hosts` over the cluster network (network.ts: cluster DNS
 * and kube-proxy's Service rules). The files the kubelet provides are there: /etc/resolv.conf,
 * /etc/hosts, and the ConfigMap and Secret volumes a container mounts. A program the image lacks
 * fails as containerd reports it (`executable file not found in $PATH`).
 */
import { httpStatus, type ContainerRecord } from '../kubelet/container-record.ts';
import { sourceData } from '../kubelet/env.ts';
import type { Pod } from '../api/types.ts';
import { CLUSTER_DNS_IP, connect, dnsAnswer, resolvConf, resolveHost, searchCandidates, type ClusterNet } from './network.ts';

export interface ExecContext {
	/** The container the command runs in. */
	rec: ContainerRecord;
	/** Its pod: its containers share localhost. */
	pod: Pod;
	net: ClusterNet;
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
			out.stdout += `${ctx.pod.metadata.name}\n`;
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
		case 'nc':
			return netcat(ctx, args, fail);
		case 'nslookup':
			return nslookup(ctx, args, out, fail);
		case 'getent':
			return getent(ctx, args, out);
		case 'date':
			out.stdout += `${new Date(ctx.net.now).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (\S+) GMT$/, '$1 $3 $2 $5 UTC $4')}\n`;
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

/** The container's environment: the image's ENV, HOSTNAME, what the kubelet gave it (kubelet/env.ts), HOME. */
function environment(ctx: ExecContext): Record<string, string> {
	return { ...ctx.rec.app?.env, HOSTNAME: ctx.pod.metadata.name, ...Object.fromEntries(ctx.rec.env ?? []), HOME: '/root' };
}

const NGINX_INDEX = '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\nworking. Further configuration is required.</p>\n</body>\n</html>\n';

function readFile(ctx: ExecContext, path: string): string | undefined {
	const written = ctx.rec.files?.get(path);
	if (written !== undefined) return written ?? undefined;
	const { rec, pod } = ctx;
	if (path === '/etc/hostname') return `${pod.metadata.name}\n`;
	if (path === '/etc/hosts') return etcHosts(pod);
	if (path === '/etc/resolv.conf') return resolvConf(pod);
	// A volume hides what the image has at its mount point.
	const mounted = volumeAt(ctx, path);
	if (mounted) return mounted.file === undefined ? undefined : mounted.files[mounted.file];
	if (rec.app?.docroot && path === `${rec.app.docroot}/index.html`) return rec.app.repository === 'nginx' ? NGINX_INDEX : '<html><body><h1>It works!</h1></body></html>\n';
	const seconds = (ctx.net.now - (rec.startedAt ?? ctx.net.now)) / 1000;
	if (rec.script?.fileExists(path, seconds)) return '';
	return undefined;
}

/** The kubelet's managed /etc/hosts (pkg/kubelet/kubelet_pods.go managedHostsFileContent). */
function etcHosts(pod: Pod): string {
	const ip = pod.status?.podIP ?? '';
	const { hostname, subdomain } = pod.spec;
	const host = hostname ?? pod.metadata.name;
	const names = subdomain ? `${host}.${subdomain}.${pod.metadata.namespace ?? 'default'}.svc.cluster.local\t${host}` : host;
	return `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${ip}\t${names}\n`;
}

/**
 * The ConfigMap or Secret volume mounted at or above `path` (pkg/volume/configmap and secret): each
 * key a file, or only the `items` listed, at their `path`. `file` is the file `path` names below
 * the mount ('' when there is none), undefined for the mount point itself.
 */
function volumeAt(ctx: ExecContext, path: string): { files: Record<string, string>; file?: string } | undefined {
	const clean = path.replace(/\/+$/, '');
	for (const mount of ctx.rec.spec.volumeMounts ?? []) {
		const root = mount.mountPath.replace(/\/+$/, '');
		if (clean !== root && !clean.startsWith(`${root}/`)) continue;
		const volume = ctx.pod.spec.volumes?.find((v) => v.name === mount.name);
		const ref = volume?.configMap ?? (volume?.secret ? { ...volume.secret, name: volume.secret.secretName } : undefined);
		if (!ref) continue;
		const source = ctx.net.api.get(volume?.configMap ? 'ConfigMap' : 'Secret', ctx.pod.metadata.namespace, ref.name);
		const data = source ? sourceData(source) : {};
		const files: Record<string, string> = {};
		if (ref.items) for (const item of ref.items) if (item.key in data) files[item.path] = data[item.key]!;
		if (!ref.items) Object.assign(files, data);
		const rest = clean.slice(root.length + 1);
		if (clean === root) return { files };
		return rest in files ? { files, file: rest } : { files, file: '' };
	}
	return undefined;
}

function listDir(ctx: ExecContext, dir: string): string[] | undefined {
	const path = dir.replace(/\/+$/, '') || '/';
	const written = [...(ctx.rec.files ?? [])].filter(([f, content]) => content !== null && f.slice(0, f.lastIndexOf('/')) === (path === '/' ? '' : path)).map(([f]) => f.slice(f.lastIndexOf('/') + 1));
	let base: string[] | undefined;
	if (path === '/') base = ROOT_DIRS;
	else if (path === '/tmp') base = [];
	else if (path === '/etc') base = ['hostname', 'hosts', 'resolv.conf'];
	else if (volumeAt(ctx, path)) {
		const mounted = volumeAt(ctx, path)!;
		if (mounted.file === undefined) base = Object.keys(mounted.files).map((f) => f.split('/')[0]!);
		else if (mounted.file !== '') return [path];
	} else if (ctx.rec.app?.docroot === path) base = ['50x.html', 'index.html'].filter((f) => ctx.rec.files?.get(`${path}/${f}`) !== null);
	if (base === undefined && written.length === 0) return undefined;
	return [...new Set([...(base ?? []), ...written])].sort();
}

/**
 * `wget -qO- URL` (busybox) / `curl -s URL` over the cluster network: the host resolved as the
 * container's resolver does, the connection through kube-proxy's rules (network.ts), the answer
 * what the app listening there serves. Errors as busybox wget and curl 8 print them.
 */
function fetchUrl(ctx: ExecContext, cmd: string, args: string[], out: { stdout: string; exitCode: number }, fail: (m: string, code?: number) => void): void {
	const wget = cmd === 'wget';
	const target = args.find((a, i) => !a.startsWith('-') && !['-O', '-T', '-o', '-m', '--connect-timeout', '--max-time'].includes(args[i - 1] ?? ''));
	if (!target) return fail(wget ? 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...' : "curl: try 'curl --help' or 'curl --manual' for more information", wget ? 1 : 2);
	const url = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(target);
	const host = url?.[2] ?? '';
	const port = Number(url?.[3] ?? (url?.[1] === 'https' ? 443 : 80));
	const path = url?.[4] ?? '/';
	const resolved = resolveHost(ctx.net, ctx.pod, host);
	if (!resolved) return wget ? fail(`wget: bad address '${host}'`) : fail(`curl: (6) Could not resolve host: ${host}`, 6);
	const connection = connect(ctx.net, ctx.pod, resolved.ip, port);
	if (connection.result === 'refused') return wget ? fail(`wget: can't connect to remote host (${resolved.ip}): Connection refused`) : fail(`curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server`, 7);
	if (connection.result === 'timeout') {
		// Unanswered SYNs: the kernel gives up after its retries (tcp_syn_retries 6, about 130 s) unless a timeout is set first.
		const limit = optionValue(args, wget ? ['-T'] : ['--connect-timeout', '-m', '--max-time']);
		if (wget) return fail(limit === undefined ? `wget: can't connect to remote host (${resolved.ip}): Connection timed out` : 'wget: download timed out');
		const ms = limit === undefined ? 134_000 : Math.round(Number(limit) * 1000);
		return fail(`curl: (28) Failed to connect to ${host} port ${port} after ${ms} ms: ${limit === undefined ? "Couldn't connect to server" : 'Timeout was reached'}`, 28);
	}
	if (connection.result === 'apiserver') return apiServerAnswer(wget, args, out, fail);
	const { server } = connection;
	const status = httpStatus(server, path, (ctx.net.now - server.startedAt!) / 1000);
	if (status >= 400) {
		if (wget) return fail(`wget: server returned error: HTTP/1.1 ${status} ${REASONS[status] ?? ''}`.trimEnd());
		out.stdout += `<html>\n<head><title>${status} ${REASONS[status]}</title></head>\n<body>\n<center><h1>${status} ${REASONS[status]}</h1></center>\n</body>\n</html>\n`;
		return;
	}
	// A web server answers with the file under its docroot (as the serving container sees its files and volumes).
	const docroot = server.app?.docroot;
	const file = docroot ? readFile({ rec: server, pod: connection.pod, net: ctx.net }, `${docroot}${path === '/' ? '/index.html' : path}`) : undefined;
	out.stdout += file ?? `${server.app?.repository ?? 'app'}: ${path} OK (${connection.pod.metadata.name})\n`;
}

/** An anonymous request to kube-apiserver: its serving certificate is the cluster CA's, and RBAC forbids `/`. */
function apiServerAnswer(wget: boolean, args: string[], out: { stdout: string }, fail: (m: string, code?: number) => void): void {
	if (wget) return fail('wget: note: TLS certificate validation not implemented\nwget: server returned error: HTTP/1.1 403 Forbidden');
	if (!args.some((a) => a === '-k' || a === '--insecure' || /^-[a-zA-Z]*k/.test(a))) {
		return fail(
			'curl: (60) SSL certificate problem: unable to get local issuer certificate\nMore details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the webpage mentioned above.',
			60,
		);
	}
	out.stdout += '{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "forbidden: User \\"system:anonymous\\" cannot get path \\"/\\"",\n  "reason": "Forbidden",\n  "details": {},\n  "code": 403\n}';
}

function optionValue(args: string[], names: string[]): string | undefined {
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (names.includes(a)) return args[i + 1];
		const eq = names.find((n) => n.startsWith('--') && a.startsWith(`${n}=`));
		if (eq) return a.slice(eq.length + 1);
	}
	return undefined;
}

/** busybox `nc -z [-v] HOST PORT`: connects and closes; -v reports on stderr (nc_bloaty.c). */
function netcat(ctx: ExecContext, args: string[], fail: (m: string, code?: number) => void): void {
	const words = args.filter((a) => !a.startsWith('-'));
	const verbose = args.some((a) => /^-[a-z]*v/.test(a));
	const [host, portText] = words;
	if (!host || !portText) return fail('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen');
	const resolved = resolveHost(ctx.net, ctx.pod, host);
	if (!resolved) return fail(`nc: bad address '${host}'`);
	const port = Number(portText);
	const connection = connect(ctx.net, ctx.pod, resolved.ip, port);
	const where = `${host} (${resolved.ip}:${port})`;
	if (connection.result === 'open' || connection.result === 'apiserver') {
		if (verbose) fail(`${where} open`, 0);
		return;
	}
	fail(`nc: ${where}: ${connection.result === 'refused' ? 'Connection refused' : 'Connection timed out'}`);
}

/**
 * busybox `nslookup NAME` (networking/nslookup.c): it asks the first nameserver for A and AAAA
 * records; a name without a dot goes through the search list (a dotted one does not, unlike the
 * libc resolver, which is why `nslookup kubernetes.default` fails on busybox 1.29+). Every query
 * that finds nothing prints `** server can't find …: NXDOMAIN`; the simulator prints them in
 * search order, then the answer (a real one prints replies as they arrive).
 */
function nslookup(ctx: ExecContext, args: string[], out: { stdout: string; exitCode: number }, fail: (m: string) => void): void {
	const [name, server] = args.filter((a) => !a.startsWith('-'));
	if (!name) return fail('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]');
	const nameserver = server ?? /^nameserver (\S+)$/m.exec(resolvConf(ctx.pod))?.[1] ?? CLUSTER_DNS_IP;
	out.stdout += `Server:\t\t${nameserver}\nAddress:\t${nameserver}:53\n\n`;
	const candidates = name.includes('.') ? [name] : searchCandidates(ctx.pod, name);
	let found = false;
	for (const candidate of candidates) {
		const ips = dnsAnswer(ctx.net.api, ctx.pod, candidate);
		if (ips === undefined) {
			// A and AAAA: one NXDOMAIN each.
			out.stdout += `** server can't find ${candidate}: NXDOMAIN\n\n`.repeat(2);
			continue;
		}
		found = true;
		for (const ip of ips) out.stdout += `Name:\t${candidate}\nAddress: ${ip}\n`;
		out.stdout += '\n';
		break;
	}
	if (!found) out.exitCode = 1;
}

/** `getent hosts NAME` (glibc): the first address and the name it was found under; exit 2 when none. */
function getent(ctx: ExecContext, args: string[], out: { stdout: string; exitCode: number }): void {
	if (args[0] !== 'hosts' || !args[1]) {
		out.exitCode = 1;
		return;
	}
	const resolved = resolveHost(ctx.net, ctx.pod, args[1]);
	if (!resolved) {
		out.exitCode = 2;
		return;
	}
	out.stdout += `${resolved.ip.padEnd(15)} ${resolved.name}\n`;
}

const REASONS: Record<number, string> = { 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error' };
