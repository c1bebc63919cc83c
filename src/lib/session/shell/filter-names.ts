// The names of the shell's filters (filters.ts), known without loading their code: a line that uses one
// loads it first (ClusterRuntime.prepare), as kubectl's rarer commands load.
export const FILTER_NAMES: ReadonlySet<string> = new Set(['grep', 'egrep', 'head', 'tail', 'wc', 'sort', 'uniq', 'cut', 'awk', 'echo', 'cat', 'tr', 'true', 'false']);
