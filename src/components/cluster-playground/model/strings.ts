// The playground's UI strings: what each says. The island's words (what the live playground writes)
// are in texts-en.ts and texts-zh-cn.ts, which it loads; the words only the page built here shows (its
// static markup, the print storyboard) are in page-texts.ts, which never ships.

export { langOf, type Lang } from '../../../lib/shared/lang.ts';

export interface PlaygroundStrings {
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
	labels: string;
	// Clock
	play: string;
	pause: string;
	time: (elapsed: string) => string;
	// Inspector
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
	run: string;
	/** A command whose code (or the YAML library) could not be downloaded. */
	commandLoadFailed: string;
	/** The full terminal (xterm.js) did not download: the one-line command box goes on working. */
	terminalLoadFailed: string;
	/** A paste or an input longer than the terminal takes (`max` characters): nothing of it is read. */
	inputTooLong: (max: number) => string;
	/** A paste with control characters no text holds (binary data): nothing of it is read. */
	binaryInput: string;
	/** The lab over the whole window, and back. */
	fullScreen: string;
	exitFullScreen: string;
	/** "Next" could not download the step view's code. */
	whyLoadFailed: string;
	completions: (list: string) => string;
	// Events
	derived: string;
	// Steps
	checkPassed: string;
	checkPending: string;
	allDone: string;
	/** Every step passed, some only because "Show me" ran them. */
	allShown: string;
	/** A step's state next to its title. */
	stepDone: string;
	stepShown: string;
	announceShown: (n: number) => string;
	/** The challenge after the last step, reached by the learner alone or after reading its hint. */
	challengeDone: string;
	challengeHelped: string;
	// Announcements
	announceRan: (command: string) => string;
	announceStep: (n: number) => string;
	moreChanges: (n: number) => string;
}

/** The words only the page built at build time shows: its headings, labels and print storyboard. */
export interface PageStrings {
	region: (title: string) => string;
	scenario: string;
	loading: string;
	loadFailed: string;
	staticNote: string;
	/** Names the playground to an editor's "Apply to the cluster" (shared/apply-channel.ts). */
	applyLabel: (title: string) => string;
	// Clock
	clock: string;
	/** Step mode's button: pause and run to the next thing the cluster does. */
	step: string;
	stepTitle: string;
	/** The "why" panel's heading. */
	why: string;
	/** Full screen on a narrow screen shows one pane at a time: the cluster, or the terminal and the story. */
	panes: string;
	paneCluster: string;
	paneTerminal: string;
	speed: string;
	reset: string;
	// Panels
	inspector: string;
	terminal: string;
	command: string;
	terminalHint: string;
	/** The button that stops a streaming command (`kubectl get -w`, `watch`), as Ctrl+C does. */
	stop: string;
	explanations: string;
	// Steps
	steps: string;
	stepN: (n: number, total: number) => string;
	showMe: string;
	progressSaved: string;
	// The challenge after the last step
	challenge: string;
	challengeIntro: string;
	showHint: string;
	// Print
	storyboard: (title: string) => string;
	/** Printed from a lesson page, before the book's address: the storyboard itself is only in the book. */
	storyboardInBook: string;
	stepCaption: (n: number, total: number, title: string) => string;
	start: string;
}

/** `1m 05s`-style elapsed time since the scenario's start, for the clock readout. */
export function elapsed(ms: number): string {
	const s = Math.max(0, Math.round(ms / 1000));
	if (s < 60) return `${s}s`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
	return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
