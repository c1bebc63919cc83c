export { createRuntime, formatTranscript, type ClusterRuntime, type RuntimeOptions, type TranscriptEntry } from './runtime.ts';
export { parseSession, parseDuration, type Step } from './parse.ts';
export { runSim } from './sim.ts';
export { readSessionManifests } from './manifests.ts';
