import type { NotFoundReason } from '../answer/answer.js';
import { calendarYearMessage, readYearText } from '../period/read-year-text.js';
import type { Dataset } from '../schema/dataset.js';
import type { YearId } from '../schema/period-id.js';
import { ANSWER_WORDING, yearOutsideDataset } from '../text/wording.js';
import { yearsHeld } from './years-held.js';

/** A year asked for, read and checked against the dataset's range, or why it cannot be answered. */
export type YearReading =
	| { readonly ok: true; readonly year: YearId | undefined }
	| {
			readonly ok: false;
			readonly reason: Extract<
				NotFoundReason,
				'invalid-year' | 'ambiguous-year' | 'year-outside-dataset' | 'no-published-figure'
			>;
			readonly message: string;
			/**
			 * For `ambiguous-year` (a calendar year such as "2023"): the financial years it touches, or those of them
			 * that hold figures where the years held were given.
			 */
			readonly choices?: readonly YearId[];
	  };

/**
 * Reads the year a query names and checks it lies within the years the dataset holds, so every query answers a year
 * the same way: years as people and the press write them ("year ending March 2023", "FY2022/23", a span as
 * Signpost prints it, answered for its last year, "latest"; see `readYearText`); `ambiguous-year` with the two
 * financial years as `choices` for a calendar year ("2023"), only those of them in `held` where it is given (both
 * outside it: `no-published-figure`, "Signpost holds no figure for either."); `invalid-year` for text that is not a financial year, `year-outside-dataset` for one before the
 * first or after the last year held (2030/31 is outside the dataset for figures, comparisons and national figures
 * alike). No year, or blank text, reads as `undefined` (the query's default).
 *
 * @param dataset - the dataset whose range applies
 * @param text - the year as typed
 * @param held - the years held for what was asked, to offer only those of a calendar year's two financial years
 * @returns the year id, or the reason and a message that does not repeat what was typed
 * @example
 * ```ts
 * readYear(dataset, '2016-17'); // { ok: true, year: '2016/17' }
 * readYear(dataset, '2030/31').ok; // false (reason 'year-outside-dataset')
 * readYear(dataset, '2020', ['2019/20']); // { ok: false, reason: 'ambiguous-year', choices: ['2019/20'], ... }
 * ```
 */
export function readYear(dataset: Dataset, text: string | undefined, held?: readonly YearId[]): YearReading {
	if (text === undefined || text.trim() === '') return { ok: true, year: undefined };
	const reading = readYearText(text);
	if (reading.kind === 'latest') return { ok: true, year: undefined };
	if (reading.kind === 'ambiguous') {
		const choices = reading.choices.map((y) => y.id).filter((id) => !held || held.includes(id));
		return {
			ok: false,
			reason: choices.length ? 'ambiguous-year' : 'no-published-figure',
			message: calendarYearMessage(reading, choices),
			choices,
		};
	}
	const year = reading.kind === 'invalid' ? null : reading.year;
	if (!year) {
		return {
			ok: false,
			reason: 'invalid-year',
			message: ANSWER_WORDING.notFound.invalidYear,
		};
	}
	const all = yearsHeld(dataset);
	const first = all[0];
	const last = all.at(-1);
	if (!first || !last || year.id < first || year.id > last) {
		return { ok: false, reason: 'year-outside-dataset', message: yearOutsideDataset(first, last) };
	}
	return { ok: true, year: year.id };
}
