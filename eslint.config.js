// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
	{ ignores: ['dist/', 'dist-subpath/', '.astro/', 'node_modules/', 'public/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Unused arguments named `_x` document a signature without using every parameter.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		// The UI's one door into the engine is src/lib/session/index.ts: widgets never reach into the cluster,
		// kubectl or the lab's model, so those can change inside without touching a widget.
		files: ['src/components/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: String.raw`(^|/)lib/(cluster|kubectl|lab)(/|$)`,
							message: 'UI code reaches the engine through src/lib/session/index.ts only (it re-exports what widgets need).',
						},
						{
							regex: String.raw`(^|/)lib/session/(?!index\.ts$)`,
							message: 'Import src/lib/session/index.ts, not a module inside it.',
						},
					],
				},
			],
		},
	},
);
