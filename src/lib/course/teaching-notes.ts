// Teaching notes: one small YAML file per lesson and language under content/teaching/<lang>/<slug>.yaml,
// printed only in the teacher's edition of the book (`npm run pdf -- --edition teacher`). They live beside
// the lessons, not in them, so a lesson's MDX stays what learners read.
import { z } from 'astro/zod';

export const teachingNotesSchema = z.object({
	/** Class time the lesson needs, in minutes. */
	minutes: z.number().int().min(5).max(240),
	/** A short lesson plan: one line per phase, in order. */
	plan: z.array(z.string().min(1)).min(2).max(6),
	/** What learners commonly get wrong, each with the correction. */
	misconceptions: z.array(z.string().min(1)).min(2).max(3),
	/** Questions to put to the class. */
	discussion: z.array(z.string().min(1)).min(1).max(4),
	/** What to show the class on the simulated cluster. */
	demonstrate: z.object({
		/** What the demonstration shows, in a sentence or two. */
		about: z.string().min(1),
		/** A session `npm run kube -- file.session` replays: kubectl lines, `sleep N`, `#` comments. */
		session: z.string().min(1),
	}),
});

export type TeachingNotes = z.infer<typeof teachingNotesSchema>;

/** The notes' id in the collection for a lesson: `en/pods`, `zh-cn/pods`. */
export function teachingNotesId(lang: string, slug: string): string {
	return `${lang}/${slug}`;
}
