/** The commands whose replies are paged and carry buttons. */
export const PAGED_COMMANDS = ['figures', 'compare', 'trend', 'national', 'sources'] as const;

/**
 * What a reply shows: the short answer, the sources with their quotes and conflicts, the caveats, or what the sources
 * say (their claims, each checked by Signpost).
 */
export const VIEWS = ['answer', 'sources', 'caveats', 'claims'] as const;

/** One of {@link VIEWS}. */
export type View = (typeof VIEWS)[number];

/**
 * A question as the bot's buttons carry it: registry ids only (never what the user typed), the view and the page.
 * Everything a process or Worker needs to answer a button press without stored state. Read back from a button by
 * `decodeCustomId`, which checks every part against a fixed pattern and the dataset's own ids (no schema library on
 * this path: it is on every HTTP and Worker request's module graph, and a cold start pays for what it imports).
 */
export interface Question {
	readonly command: (typeof PAGED_COMMANDS)[number];
	readonly view: View;
	/** Zero-based page within the view, 0 to 99. */
	readonly page: number;
	/** Whether the reply is private (ephemeral): the buttons then offer "Share publicly". */
	readonly private: boolean;
	readonly area?: string;
	readonly with?: string;
	/** A financial year, "2016/17". */
	readonly year?: string;
	readonly measure?: string;
	/**
	 * `cy` when the reply is in Welsh (a Welsh command, or locale `cy`): its buttons answer in Welsh too, whatever
	 * language the client of whoever presses them is set to.
	 */
	readonly locale?: 'cy';
}
