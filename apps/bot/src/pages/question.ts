import { z } from 'zod';

/** The commands whose replies are paged and carry buttons. */
export const PAGED_COMMANDS = ['figures', 'compare', 'trend', 'national', 'sources'] as const;

/** What a reply shows: the short answer, the sources with their quotes and conflicts, or the caveats. */
export const VIEWS = ['answer', 'sources', 'caveats'] as const;

/** One of {@link VIEWS}. */
export type View = (typeof VIEWS)[number];

/**
 * A question as the bot's buttons carry it: registry ids only (never what the user typed), the view and the page.
 * Everything a process or Worker needs to answer a button press without stored state.
 */
export const QuestionSchema = z.object({
	command: z.enum(PAGED_COMMANDS),
	view: z.enum(VIEWS),
	/** Zero-based page within the view. */
	page: z.number().int().min(0).max(99),
	/** Whether the reply is private (ephemeral): the buttons then offer "Share publicly". */
	private: z.boolean(),
	area: z.string().optional(),
	with: z.string().optional(),
	/** A financial year, "2016/17". */
	year: z
		.string()
		.regex(/^\d{4}\/\d{2}$/)
		.optional(),
	measure: z.string().optional(),
});

/** A question a reply answers, as its buttons carry it. */
export type Question = z.infer<typeof QuestionSchema>;
