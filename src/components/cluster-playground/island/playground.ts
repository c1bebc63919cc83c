// The interactive playground, loaded when the reader first uses it (../playground-element.ts). It
// replays the lesson's scenario on a fresh simulated cluster (the same runtime the build used, so the
// first frame equals the static one), then keeps the view, the inspector, the event stream and the steps in step with the cluster.
import { CATALOG, rememberManifests, type ManifestText, createRuntime, loadWhy, formatTranscript, type Recording, type TranscriptEntry, narrate, type Moment, type Narration, deriveView, type KubeEvent, type GuidedStep, type LabChallenge } from '../../../lib/session/index.ts';
import { elapsed, type Lang } from '../model/strings.ts';
import type { LiveLab } from '../playground-element.ts';
import { Announcer } from './announcer.ts';
import { Challenge } from './challenge.ts';
import { Clock } from './clock.ts';
import { ClusterViewRenderer } from './cluster-view.ts';
import { EventLog } from './event-log.ts';
import { InspectorSlot } from './inspector-slot.ts';
import { loadTexts, loadWhyText } from './load-texts.ts';
import { Steps } from './steps.ts';
import { Terminal } from './terminal.ts';
import { wireFullScreen } from './wide.ts';

interface Config {
	name: string;
	title: string;
	lang: Lang;
	scenario: string;
	/** The scenario's and the steps' manifests, read at build time: replaying them needs no YAML library. */
	manifests: Record<string, ManifestText>;
	/** What the scenario's read-only lines printed at build time: replaying it needs no code for them. */
	recorded: Recording;
	steps: GuidedStep[];
	challenge?: LabChallenge;
	nodes: number;
	seed: number;
	autoplay: boolean;
}

/** How long "Next" lets simulated time run looking for a change before it says the cluster is quiet. */
const QUIET_MS = 10 * 60_000;

/** The why panel's code and the page's words for it, with the first "Next". */
async function loadWhyPanel(lang: Lang) {
	const [panel, { explainStep }, { why }] = await Promise.all([import('./why-panel.ts'), loadWhy(), loadWhyText(lang)]);
	return { nextStep: panel.showStep.bind(undefined, explainStep, why) };
}

/** Reasons whose sentence is worth saying aloud: controller decisions, not the kubelet's routine. */
const SPOKEN = new Set(['SuccessfulCreate', 'SuccessfulDelete', 'FailedCreate', 'FailedScheduling', 'Killing', 'BackOff', 'NodeNotReady', 'TaintManagerEviction']);

/**
 * What the view, the inspector and the steps read. Each tick copies only these (not the ~1,000 Events
 * and the Leases), and only when one of them changed; Events are read apart, only the new ones.
 */
const VIEW_KINDS = ['Node', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'Service', 'Endpoints'];
const WATCHED_KINDS = [...VIEW_KINDS, 'Event'];

const need = <T extends Element>(root: Element, selector: string): T => {
	const el = root.querySelector<T>(selector);
	if (!el) throw new Error(`cluster playground: missing ${selector}`);
	return el;
};

/** A heredoc delimiter that does not occur as a line of `text`. */
function delimiter(text: string): string {
	const lines = new Set(text.split('\n').map((l) => l.trim()));
	let d = 'EOF';
	for (let i = 1; lines.has(d); i++) d = `EOF${i}`;
	return d;
}

/** Starts the playground in `root`; resolves, once it is live, to how an editor applies a manifest to it and how to read or reset it. */
export async function mountPlayground(root: HTMLElement): Promise<LiveLab> {
	const config = JSON.parse(need(root, 'script[data-config]').textContent ?? '{}') as Config;
	const runtime = createRuntime({ nodes: config.nodes, seed: config.seed });
	rememberManifests(config.manifests);
	// The page's words, and the code of the scenario's rarer commands; if either cannot download, the
	// playground does not start (the element says so), since it could not show the scenario's state.
	const [{ strings: t, narration }] = await Promise.all([loadTexts(config.lang), runtime.prepare(config.scenario, config.recorded)]);
	let start = runtime.now();
	const scenarioRun = runtime.run(config.scenario, config.recorded);

	const view = new ClusterViewRenderer(need(root, '[data-cluster]'), t);
	const inspector = new InspectorSlot(need(root, '[data-inspector]'), t);
	const announcer = new Announcer(need(root, '[data-announce]'), t.moreChanges);
	const log = new EventLog(need(root, '[data-events]'), t, start);
	const steps = new Steps(root.querySelector('[data-steps]'), config.steps, t, `playground:${config.name}`);
	const challengeRoot = root.querySelector<HTMLElement>('[data-challenge]');
	const challenge = config.challenge && challengeRoot ? new Challenge(challengeRoot, config.challenge, t, `playground:${config.name}`) : undefined;
	/** The steps, then the challenge after them, checked on the cluster as `view` shows it (`object` checks read the moment's objects). */
	const check = (view: Moment['view']): void => {
		steps.update(view);
		challenge?.update(view, { ...steps.context, objects: moment.snapshot.objects }, steps.reachedEnd);
	};
	const timeText = need<HTMLElement>(root, '[data-time]');
	const read = (): Moment => {
		const snapshot = runtime.snapshot({ kinds: VIEW_KINDS });
		return { snapshot, view: deriveView(snapshot) };
	};
	// The version of WATCHED_KINDS the screen shows, and the resourceVersion up to which Events were read.
	let shown = runtime.version(WATCHED_KINDS);
	let eventsRead = 0;
	const freshEvents = (): KubeEvent[] => {
		const { objects, resourceVersion } = runtime.changedSince('Event', eventsRead);
		eventsRead = resourceVersion;
		return objects as KubeEvent[];
	};
	let moment = read();
	steps.begin(moment.view);
	// Completion may name any kind (`kubectl get configmaps <Tab>`), so it reads everything, on Tab only.
	const terminal = new Terminal(need(root, '.kc-pg-terminal'), runtime, CATALOG.map((c) => c.name), () => runtime.snapshot(), t);
	// The page shows what the build's run printed; the replay prints it again, from this cluster.
	terminal.clear();
	// The terminal and the event stream start with what the scenario did, as `npm run kube` would print it.
	const replay = (entries: TranscriptEntry[]): void => {
		terminal.print(formatTranscript(entries));
		log.add(narrate(undefined, moment, narration, freshEvents()));
	};
	replay(scenarioRun);

	let frame = 0;
	/** `force`: re-render even if no watched object changed (the selection did). */
	const render = (force = false): void => {
		frame = 0;
		timeText.textContent = t.time(elapsed(runtime.now() - start));
		const version = runtime.version(WATCHED_KINDS);
		if (version === shown && !force) return;
		shown = version;
		const next = read();
		const lines: Narration[] = narrate(moment, next, narration, freshEvents());
		moment = next;
		view.update(next.view, inspector.selected);
		inspector.update(next.view, next.snapshot);
		log.add(lines);
		for (const line of lines) if (line.derived || SPOKEN.has(line.event?.reason ?? '')) announcer.say(line.text);
		check(next.view);
	};
	const schedule = (): void => {
		if (frame === 0) frame = requestAnimationFrame(() => render());
	};
	runtime.subscribe(schedule);

	const select = async (key: string | undefined): Promise<boolean> => {
		const section = need<HTMLElement>(root, '.kc-pg-inspector');
		section.dataset['open'] = String(key !== undefined);
		// The view shows the selection at once; the panel renders when its code is here.
		const loading = inspector.select(key);
		render(true);
		const ready = await loading;
		if (ready) render(true);
		return ready;
	};
	root.addEventListener('click', (event) => {
		const target = (event.target as Element).closest<HTMLElement>('[data-select]');
		if (!target || !root.contains(target)) return;
		const key = inspector.selected === target.dataset['select'] ? undefined : target.dataset['select'];
		// From the keyboard (a click with no pointer), go to the panel: with 200 Pods, tabbing there would take long.
		const fromKeyboard = (event as MouseEvent).detail === 0;
		void select(key).then((ready) => {
			if (ready && key && fromKeyboard) root.querySelector<HTMLElement>('.kc-pg-insp-title')?.focus();
		});
	});
	inspector.onClose = () => {
		const key = inspector.selected;
		void select(undefined);
		if (key) root.querySelector<HTMLElement>(`[data-select="${CSS.escape(key)}"]`)?.focus();
	};
	const ran = (entries: TranscriptEntry[]): void => {
		steps.ran(entries);
		// A read-only command (get, logs, exec) changes no watched object, so no render follows it: check its `ran` steps now.
		check(moment.view);
		const last = entries[entries.length - 1];
		if (last) announcer.say(t.announceRan(last.command.split('\n')[0]!));
	};
	terminal.onRan = ran;
	terminal.onLoadFailed = (message) => announcer.say(message);
	inspector.run = (command) => void terminal.submit(command);
	steps.announce = (text) => announcer.say(text);
	if (challenge) challenge.announce = (text) => announcer.say(text);

	const whyPanel = need<HTMLElement>(root, '[data-why]');
	const clock = new Clock(need(root, '.kc-pg-toolbar'), runtime, t, config.autoplay);
	clock.onReset = () => {
		runtime.reset();
		start = runtime.now();
		// The scenario sets the stage as the build did, reconciled, even while the clock is paused.
		runtime.hold(false);
		const entries = runtime.run(config.scenario, config.recorded);
		runtime.hold(!clock.playing);
		// A fresh API server counts resourceVersions from the start again.
		eventsRead = 0;
		moment = read();
		log.reset(start);
		steps.begin(moment.view);
		whyPanel.hidden = true;
		terminal.clear();
		replay(entries);
		render(true);
	};
	// Step mode: "Next" runs the cluster to its next change and the "why" panel (./why-panel.ts, loaded
	// with the first press) says who acted and why.
	let whyPanelCode: ReturnType<typeof loadWhyPanel> | undefined;
	clock.onNext = () => {
		whyPanelCode ??= loadWhyPanel(config.lang);
		whyPanelCode.then(
			({ nextStep }) => {
				const step = runtime.step(QUIET_MS);
				render(true);
				nextStep(whyPanel, step, moment.view, `+${elapsed(runtime.now() - start)}`, QUIET_MS);
			},
			() => {
				whyPanelCode = undefined;
				announcer.say(t.whyLoadFailed);
			},
		);
	};

	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-show-step]')) {
		button.addEventListener('click', () => {
			const step = config.steps[Number(button.dataset['showStep'])];
			if (step?.run) void steps.show(() => terminal.submit(step.run!), () => render(true));
		});
	}

	wireFullScreen(root, t, () => terminal.focus());
	for (const el of root.querySelectorAll<HTMLElement>('[data-live]')) el.hidden = false;
	for (const el of root.querySelectorAll<HTMLElement>('[data-static-note], [data-loading]')) el.hidden = true;
	root.dataset['state'] = 'live';
	// Show the end of the replayed transcript, as a terminal would.
	const output = need<HTMLElement>(root, '[data-output]');
	output.scrollTop = output.scrollHeight;
	render(true);
	/** The cluster with its Events, for the story of one apply. */
	const withEvents = (): Moment => {
		const snapshot = runtime.snapshot({ kinds: WATCHED_KINDS });
		return { snapshot, view: deriveView(snapshot) };
	};
	const apply = async (manifest: string): ReturnType<LiveLab['apply']> => {
		const d = delimiter(manifest);
		const before = withEvents();
		const entries = await terminal.submit(`kubectl apply -f - <<${d}\n${manifest.replace(/\n?$/, '\n')}${d}`, { remember: false });
		if (!entries) return { ok: false, lines: [t.commandLoadFailed] };
		const printed = entries.map((e) => e.output).join('');
		// What the controllers did about it at once ("rc/web adopted your Pod… and deleted one"), told next to the editor.
		const story = narrate(before, withEvents(), narration).map((line) => line.text);
		return { ok: entries.every((e) => e.exitCode === 0), lines: printed.split('\n').filter((l) => l !== ''), story };
	};
	return { apply, snapshot: () => runtime.snapshot(), reset: () => clock.onReset() };
}
