// Monaco 0.52.2 ships no types for its basic-languages modules; editor.ts imports the YAML tokenizer
// directly (not through yaml.contribution.js's lazy loader) so it is in the editor's chunk.
declare module 'monaco-editor/esm/vs/basic-languages/yaml/yaml.js' {
	import type { languages } from 'monaco-editor/esm/vs/editor/editor.api.js';
	export const conf: languages.LanguageConfiguration;
	export const language: languages.IMonarchLanguage;
}
