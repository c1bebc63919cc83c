export { createRuntime, formatTranscript, loadRuntime, type ClusterRuntime, type Recording, type RuntimeOptions, type TranscriptEntry } from './runtime.ts';
export { parseSession, parseDuration, type Step } from './parse.ts';
export { readSessionManifests } from './manifests.ts';
