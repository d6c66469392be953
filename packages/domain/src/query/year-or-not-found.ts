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
}

/**
 * The year step of every query: the year the query names, read as `readYear` reads it, or the not-found answer
 * (invalid, ambiguous or outside the dataset) with the years held; a calendar year ("2023") offers its two financial
 * years as the choices.
 */
export function yearOrNotFound<Kind extends AnswerKind>(
	dataset: Dataset,
	kind: Kind,
	text: string | undefined,
	{ yearsHeld, input = 'year', ...options }: YearAnswerOptions,
): ReadQueryYear | NotFoundAnswer<Kind> {
	const reading = readYear(dataset, text);
	if (reading.ok) return { year: reading.year };
	return notFound(kind, reading.reason, reading.message, {
		...options,
		yearsHeld,
		input,
		suggestions: (reading.choices ?? []).map((id) => ({ id, name: id })),
	});
}
