// The one door into the engine for the UI (src/components): the session runtime, and the vocabulary the
// widgets need from the cluster, kubectl and the lab's model. UI code imports nothing deeper than this file
// (eslint.config.js: no-restricted-imports on src/components/**), so the engine's insides can move freely.
export { createRuntime, formatTranscript, loadRuntime, readsOnly, type ClusterRuntime, type Recording, type RuntimeOptions, type TranscriptEntry } from './runtime.ts';
export { parseSession, parseDuration, type Step } from './parse.ts';
export { readSessionManifests } from './manifests.ts';
export { GetWatch, streamingOf, type Streaming } from './watch.ts';

// The lab's model: what the playground shows, checks and narrates (src/lib/lab).
export type { Action } from '../lab/actions.ts';
/** The commands the inspector builds (label, scale, template…): loaded with the inspector, which many readers never open. */
export const loadActions = () => import('../lab/actions.ts');
export type Actions = Awaited<ReturnType<typeof loadActions>>;
export { evaluateStep, type GuidedStep, type LabChallenge, type StepContext } from '../lab/checks.ts';
export type { complete } from '../lab/completion.ts';
export { narrate, type Moment, type Narration } from '../lab/narration.ts';
export type { NarrationText, ProbeKind } from '../lab/narration-text.ts';
export { deriveView, shortKind, type ClusterView, type ControllerView, type NodeView, type PodView, type ServiceView } from '../lab/view-model.ts';
export type { WhyExplanation, WhyText } from '../lab/why.ts';
/** The "why" of a step in step mode, loaded with the first "Next". */
export const loadWhy = () => import('../lab/why.ts');
/** Tab completion's code, loaded on the first Tab (its own chunk in the browser). */
export const loadCompletion = () => import('../lab/completion.ts');
/** Whether typed text waits for more lines (an open quote or here-document): the terminal's `> ` prompt, loaded with the terminal. */
export const loadShellInput = () => import('./shell/input.ts');

// The cluster's and kubectl's vocabulary.
export type { ClusterSnapshot, ClusterStep } from '../cluster/cluster.ts';
export type { Decision, DeletionRule } from '../cluster/decisions.ts';
export type { KubeEvent, KubeObject } from '../cluster/api/types.ts';
export { CATALOG, rememberManifests, type ManifestText } from '../kubectl/index.ts';
export { loadYaml } from '../kubectl/yaml-on-demand.ts';
