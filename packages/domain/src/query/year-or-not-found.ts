import { type AnswerKind, type AnswerOptions, type NotFoundAnswer, notFound } from '../answer/answer.js';
import type { Dataset } from '../schema/dataset.js';
import type { YearId } from '../schema/period-id.js';
import { readYear } from './read-year.js';

/** A year a query names, read: `undefined` when none was asked for (the query's default applies). */
export interface ReadQueryYear {
	readonly year: YearId | undefined;
}

/** How a query's year answers when it cannot be read. */
export interface YearAnswerOptions extends AnswerOptions {
	/** The years held for what was asked, listed in the not-found answer. */
	readonly yearsHeld: readonly YearId[];
	/** The query field the year came from (default "year"). */
	readonly input?: string;
	/**
	 * Whether a calendar year's choices are only the financial years held (default true): a choice with no figure
	 * behind it is a dead end. A series' `from` and `to` take any year, so they offer both.
	 */
	readonly heldChoicesOnly?: boolean;
}

/**
 * The year step of every query: the year the query names, read as `readYear` reads it, or the not-found answer
 * (invalid, ambiguous or outside the dataset) with the years held. A calendar year ("2023") offers as choices those of
 * its two financial years that hold figures for what was asked, and says so where that is not both; where neither
 * does, the answer is that no figure is published for it (`no-published-figure`), with the years held.
 */
export function yearOrNotFound<Kind extends AnswerKind>(
	dataset: Dataset,
	kind: Kind,
	text: string | undefined,
	{ yearsHeld, input = 'year', heldChoicesOnly = true, ...options }: YearAnswerOptions,
): ReadQueryYear | NotFoundAnswer<Kind> {
	const reading = readYear(dataset, text, heldChoicesOnly ? yearsHeld : undefined);
	if (reading.ok) return { year: reading.year };
	return notFound(kind, reading.reason, reading.message, {
		...options,
		yearsHeld,
		input,
		suggestions: (reading.choices ?? []).map((id) => ({ id, name: id })),
	});
}
