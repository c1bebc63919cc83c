/**
 * Replaces `process.env` with a plain copy of itself. The `yaml` library's Node build reads
 * `process.env.LOG_TOKENS` once per token it parses, and Node's `process.env` is a slow accessor into the
 * C environment; with a plain object, validating manifests is about 20 % faster on one core (the browser
 * build of `yaml` has no such read). The variables are the same, and child processes still inherit them.
 * Only command-line entry points call this: a library must not change its host's globals.
 */
export function useFastEnv(): void {
	process.env = { ...process.env };
}
