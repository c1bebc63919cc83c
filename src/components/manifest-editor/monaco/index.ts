// Entry point of the Monaco bundle, imported dynamically on first interaction.
import type { CreateEditor } from '../editor-handle.ts';

export async function loadCreateEditor(): Promise<CreateEditor> {
	const { createEditor } = await import('./editor.ts');
	return createEditor;
}
