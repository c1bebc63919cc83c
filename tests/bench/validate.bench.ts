// Validator speed, printed as figures (not a timed test). Targets from the issue: at least 5,000
// typical manifests per second on one core, and under 5 ms to re-validate a 300-line manifest after
// a keystroke. Run: npm run bench
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';
import { validateManifest } from '../../src/lib/validate/index.ts';
import { YAML_OPTIONS } from '../../src/lib/validate/parse.ts';
import { useFastEnv } from '../../src/cli/shared/fast-env.ts';

// As the grading CLI does (src/cli/validate.ts): see useFastEnv for why.
useFastEnv();

const fixtures = join(import.meta.dirname, '../fixtures/manifests');
const typical = ['valid/pod.yaml', 'valid/rc.yaml', 'valid/replicaset.json', 'invalid/rc-selector-mismatch.yaml', 'invalid/pod-many-mistakes.yaml'].map((f) =>
	readFileSync(join(fixtures, f), 'utf8'),
);

/**
 * Manifests per second, by wall clock and by the CPU time this process used. On a shared machine
 * other work steals the core, so the CPU-time figure is the one that says what one core can do.
 */
function manifestsPerSecond(seconds: number, set: readonly string[] = typical): { wall: number; cpu: number; count: number } {
	for (let i = 0; i < 500; i++) validateManifest(set[i % set.length]!); // warm up the JIT
	let count = 0;
	const start = performance.now();
	const cpu0 = process.cpuUsage();
	const end = start + seconds * 1000;
	while (performance.now() < end) {
		for (let i = 0; i < 50; i++) validateManifest(set[(count + i) % set.length]!);
		count += 50;
	}
	const cpu = process.cpuUsage(cpu0);
	return { wall: count / ((performance.now() - start) / 1000), cpu: count / ((cpu.user + cpu.system) / 1e6), count };
}

/** A realistic 300-line Deployment: several containers with env, ports, probes and resources. */
function largeManifest(): string {
	const lines = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: shop', '  labels:', '    app: shop', 'spec:', '  replicas: 3', '  selector:', '    matchLabels:', '      app: shop', '  template:', '    metadata:', '      labels:', '      app: shop'.replace('      app', '        app'), '    spec:', '      containers:'];
	let c = 0;
	while (lines.length < 275) {
		lines.push(`        - name: part-${c}`, `          image: registry.example.com/shop/part-${c}:1.${c}.0`, '          ports:', `            - containerPort: ${8000 + c}`, `              name: http-${c}`, '          env:');
		for (let e = 0; e < 6; e++) lines.push(`            - name: SETTING_${e}`, `              value: "value-${e}"`);
		lines.push('          resources:', '            requests: { cpu: 100m, memory: 64Mi }', '            limits: { cpu: 500m, memory: 256Mi }', '          livenessProbe:', '            httpGet: { path: /healthz, port: ' + (8000 + c) + ' }', '          readinessProbe:', '            tcpSocket: { port: ' + (8000 + c) + ' }');
		c++;
	}
	// Pad with comments to exactly 300 lines, as a commented manifest would be.
	while (lines.length < 300) lines.push(`# note ${lines.length}`);
	return `${lines.join('\n')}\n`;
}

function keystrokes(text: string, runs: number): { median: number; p95: number; max: number; lines: number } {
	const at = text.indexOf('value-3');
	const times: number[] = [];
	for (let i = 0; i < runs + 50; i++) {
		// Type one character into a value, as an editor would send after a keystroke.
		const edited = `${text.slice(0, at)}${String.fromCharCode(97 + (i % 26))}${text.slice(at)}`;
		const t0 = performance.now();
		validateManifest(edited);
		if (i >= 50) times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, max: times.at(-1)!, lines: text.split('\n').length - 1 };
}

/**
 * The typical 40-line Pod with advice on, against the `yaml` library's own parse of the same text
 * (parseAllDocuments and toJS, with the options parse.ts reads YAML with): the floor the validator
 * had while it read YAML through the Document API. Both run in alternating slices, so a neighbour's
 * load falls on both sides of the ratio alike.
 */
function podAgainstParseFloor(seconds: number): { validate: number; floor: number } {
	const pod = readFileSync(join(fixtures, 'bench/pod-40-lines.yaml'), 'utf8');
	const sides = [() => validateManifest(pod, { advice: true }), () => parseAllDocuments(pod, YAML_OPTIONS).map((d) => d.toJS())];
	const runs = [0, 0];
	const cpu = [0, 0];
	for (const side of sides) for (let i = 0; i < 500; i++) side();
	const end = performance.now() + seconds * 1000;
	while (performance.now() < end) {
		sides.forEach((side, s) => {
			const c0 = process.cpuUsage();
			for (let i = 0; i < 100; i++) side();
			const c = process.cpuUsage(c0);
			cpu[s]! += (c.user + c.system) / 1e6;
			runs[s]! += 100;
		});
	}
	return { validate: runs[0]! / cpu[0]!, floor: runs[1]! / cpu[1]! };
}

const typicalPod = podAgainstParseFloor(4);
const throughput = manifestsPerSecond(3);
// JSON text is read by JSON.parse, far faster than YAML: the YAML-only figure shows the slower half.
const yamlOnly = manifestsPerSecond(2, typical.filter((t) => !t.trimStart().startsWith('{')));
const big = largeManifest();
const edit = keystrokes(big, 300);
const bigErrors = validateManifest(big).diagnostics.filter((d) => d.severity === 'error');
console.log(`validateManifest, Node ${process.version}, one core`);
const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(`  typical manifests: ${fmt(throughput.cpu)} manifests per CPU-second, ${fmt(throughput.wall)} per wall-clock second (${fmt(throughput.count)} validated; target ≥ 5,000)`);
console.log(`  YAML manifests only: ${fmt(yamlOnly.cpu)} per CPU-second`);
console.log(
	`  typical 40-line Pod, advice on: ${fmt(typicalPod.validate)} validations per CPU-second (target ≥ 5,000); the yaml library's own parse of it: ${fmt(typicalPod.floor)} per CPU-second; ratio to that floor ${(typicalPod.floor / typicalPod.validate).toFixed(2)}× (target ≤ 1.15×)`,
);
console.log(`  ${edit.lines}-line manifest re-validate after a keystroke: median ${edit.median.toFixed(2)} ms, p95 ${edit.p95.toFixed(2)} ms, max ${edit.max.toFixed(2)} ms (target < 5 ms)`);
if (bigErrors.length > 0) console.log(`  note: the 300-line manifest has ${bigErrors.length} errors: ${bigErrors[0]!.apiMessage}`);
