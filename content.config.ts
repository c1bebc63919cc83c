import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { teachingNotesSchema } from './src/lib/course/teaching-notes.ts';

// With `srcDir: './'` (see astro.config.mjs) Starlight's own loaders read `content/docs` (the lessons)
// and `content/i18n` (the course's UI strings, one file per language).
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	// The teacher's edition's per-lesson notes: content/teaching/<lang>/<slug>.yaml (src/lib/course/teaching-notes.ts).
	teaching: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: './content/teaching' }), schema: teachingNotesSchema }),
};
