// Entry point of the Monaco bundle, imported dynamically on first interaction. A plain re-export, so the
// page fetches the editor in one step rather than this module and then the editor.
export { createEditor } from './editor.ts';
