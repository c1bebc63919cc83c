// The sentences of the plain-language event stream, one function per controller decision (the words
// of each language are in texts-en.ts and texts-zh-cn.ts).

export type ProbeKind = 'liveness' | 'readiness' | 'startup';

export interface NarrationText {
	create: (kind: string, name: string, seen: number, desired: number, selector: string, pod: string) => string;
	delete: (kind: string, name: string, seen: number, desired: number, selector: string, pod: string) => string;
	failedCreate: (kind: string, name: string, reason: string) => string;
	scheduled: (pod: string, node: string) => string;
	failedScheduling: (pod: string, reason: string) => string;
	pulling: (host: string, image: string, pod: string) => string;
	started: (host: string, container: string, pod: string) => string;
	pullFailed: (host: string, pod: string) => string;
	unhealthy: (probe: ProbeKind, pod: string, detail: string) => string;
	killingForProbe: (probe: ProbeKind, container: string, pod: string) => string;
	stopping: (container: string, pod: string) => string;
	backOff: (container: string, pod: string) => string;
	nodeNotReady: (node: string) => string;
	nodeReady: (node: string) => string;
	podNodeNotReady: (pod: string) => string;
	evicted: (pod: string) => string;
	scaledReplicaSet: (deployment: string, rs: string, from: string, to: string) => string;
	released: (kind: string, name: string, pod: string, selector: string) => string;
	ownerGone: (kind: string, name: string, pod: string) => string;
	adopted: (kind: string, name: string, pod: string, selector: string) => string;
	endpointAdded: (service: string, pod: string, ip: string, selector: string) => string;
	endpointRemoved: (service: string, pod: string) => string;
	endpointNotReady: (service: string, pod: string) => string;
	endpointReady: (service: string, pod: string) => string;
}
