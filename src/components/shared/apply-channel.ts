// The typed channel between editors and a cluster playground on the same page. A playground registers
// itself as an apply target; an editor shows "Apply to the cluster" while one is registered and hands it
// the manifest text, then shows the result lines the playground returns (kubectl's wording).
// The registry sits on globalThis under a Symbol.for key, so separately bundled islands still meet.

export interface ApplyResult {
	ok: boolean;
	/** What `kubectl apply -f` would print, one line per object or error: `pod/web created`. */
	lines: string[];
	/** What the control plane did about it at once, in the page's words (the playground's story). */
	story?: string[];
}

export interface ApplyTarget {
	/** Shown on the button when there are several playgrounds ("Apply to: three-node cluster"). */
	label: string;
	apply(manifest: string): Promise<ApplyResult>;
	/** Brings the playground into view, over the page (full screen), to watch what follows. */
	show?(): void;
}

interface Registry {
	targets: ApplyTarget[];
	listeners: Set<() => void>;
}

const KEY = Symbol.for('kube-classroom.apply-channel');

function registry(): Registry {
	const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
	return (holder[KEY] ??= { targets: [], listeners: new Set() });
}

const notify = () => {
	for (const listener of registry().listeners) listener();
};

/** Called by a playground; returns the function that unregisters it. */
export function registerApplyTarget(target: ApplyTarget): () => void {
	registry().targets.push(target);
	notify();
	return () => {
		const r = registry();
		r.targets = r.targets.filter((t) => t !== target);
		notify();
	};
}

/** The playground an editor applies to: the first one registered on the page. */
export function applyTarget(): ApplyTarget | undefined {
	return registry().targets[0];
}

/** Runs `listener` whenever a playground appears or goes; returns the unsubscribe function. */
export function onApplyTargetsChange(listener: () => void): () => void {
	registry().listeners.add(listener);
	return () => registry().listeners.delete(listener);
}
