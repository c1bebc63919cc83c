// The shell, as the session runtime loads it: with the first line that pipes, lists or substitutes
// (parse.ts `needsShell`); lines of one plain command take kubectl's own splitter (tokenize.ts).
export { commandsOf, literalWord, parseScript } from './syntax.ts';
export { loadFilters, runStatement, type ShellHost } from './run.ts';
