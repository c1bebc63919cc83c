// The playground's UI strings: what each says (the words of each language are in texts-en.ts and
// texts-zh-cn.ts).

export type Lang = 'en' | 'zh-CN';

export function langOf(tag: string | undefined): Lang {
	return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export interface PlaygroundStrings {
	region: (title: string) => string;
	scenario: string;
	loading: string;
	loadFailed: string;
	staticNote: string;
	nodes: string;
	node: string;
	unscheduled: string;
	ready: string;
	notReady: string;
	unknown: string;
	cordoned: string;
	noPods: string;
	controllers: string;
	services: string;
	selector: string;
	desired: string;
	current: string;
	readyCount: string;
	endpoints: string;
	noEndpoints: string;
	notReadyEndpoint: string;
	restarts: (n: number) => string;
	ownedBy: (kind: string, name: string) => string;
	orphan: string;
	bare: string;
	terminating: string;
	labels: string;
	// Clock
	clock: string;
	play: string;
	pause: string;
	step: string;
	speed: string;
	reset: string;
	time: (elapsed: string) => string;
	// Inspector
	inspector: string;
	selectHint: string;
	/** The inspector's code could not be downloaded. */
	inspectorLoadFailed: string;
	podTitle: (name: string) => string;
	nodeTitle: (name: string) => string;
	controllerTitle: (kind: string, name: string) => string;
	removeLabel: (key: string) => string;
	addLabel: string;
	addLabelHint: string;
	apply: string;
	deletePod: string;
	makeUnhealthy: string;
	makeHealthy: string;
	crash: string;
	failNode: string;
	recoverNode: string;
	replicas: string;
	setReplicas: string;
	templateImage: string;
	setImage: string;
	selectorAndTemplate: string;
	setSelector: string;
	selectorHint: string;
	close: string;
	// Terminal
	terminal: string;
	command: string;
	run: string;
	terminalHint: string;
	/** A command whose code (or the YAML library) could not be downloaded. */
	commandLoadFailed: string;
	completions: (list: string) => string;
	// Events
	events: string;
	explanations: string;
	noEvents: string;
	derived: string;
	// Steps
	steps: string;
	stepN: (n: number, total: number) => string;
	stepCaption: (n: number, total: number, title: string) => string;
	showMe: string;
	checkPassed: string;
	checkPending: string;
	stepDone: string;
	allDone: string;
	progressSaved: string;
	// Print
	storyboard: (title: string) => string;
	start: string;
	// Announcements
	announceRan: (command: string) => string;
	announceStep: (n: number) => string;
	moreChanges: (n: number) => string;
	applyLabel: (title: string) => string;
}

/** `1m 05s`-style elapsed time since the scenario's start, for the clock readout. */
export function elapsed(ms: number): string {
	const s = Math.max(0, Math.round(ms / 1000));
	if (s < 60) return `${s}s`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
	return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
