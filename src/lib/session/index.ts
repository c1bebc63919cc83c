export { createRuntime, formatTranscript, loadRuntime, type ClusterRuntime, type RuntimeOptions, type TranscriptEntry } from './runtime.ts';
export { parseSession, parseDuration, type Step } from './parse.ts';
export { readSessionManifests } from './manifests.ts';
