import { type Answer, type FigureView, helpSentence, selectHelp } from '@signpost-uk/domain';
import { answerFigures } from './answer-figures.js';
import { csvField } from './csv-field.js';

/**
 * The CSV header, in column order.
 *
 * @example
 * ```ts
 * const quoteColumn = CSV_COLUMNS.indexOf('quote');
 * ```
 */
export const CSV_COLUMNS = [
	'area',
	'area_id',
	'period',
	'measure',
	'breakdown',
	'value',
	'value_text',
	'unit',
	'qualifier',
	'source_title',
	'publisher',
	'address',
	'date',
	'quote',
	'help',
] as const;

function breakdownText(view: FigureView): string {
	const b = view.figure.breakdown;
	if (!b) return '';
	return [
		b.ageBand ? `age ${view.ageBand?.label ?? b.ageBand}` : '',
		b.sex ? `sex ${b.sex}` : '',
		b.platform ? `platform ${b.platform}` : '',
	]
		.filter(Boolean)
		.join('; ');
}

/**
 * Figures as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in double
 * quotes, quotes doubled), with a header row.
 *
 * There is **one row per figure and source**: a figure cited by two sources gives two rows with the same value, each
 * with its own source title, publisher, address, date and exact quote, so no quote is ever separated from its source.
 * Every row ends with a `help` column holding the help lines (Childline 0800 1111, NSPCC Helpline 0808 800 5000, 999),
 * so the help travels with the figures into any spreadsheet.
 *
 * @param figures - figures from an answer (see {@link answerFigures}), or the answer itself
 * @returns the CSV text, header first
 * @example
 * ```ts
 * import { getFigures, toCSV } from '@signpost-uk/sdk';
 *
 * const csv = toCSV(getFigures({ area: 'Derbyshire', year: '2016/17' }));
 * csv.split('\r\n')[0]; // "area,area_id,period,measure,breakdown,value,..."
 * ```
 */
export function toCSV(figures: readonly FigureView[] | Answer): string {
	const views = 'status' in figures ? answerFigures(figures) : figures;
	const help = helpSentence(selectHelp());
	const rows = views.flatMap((view) =>
		view.sources.map(({ source, quote }) =>
			[
				view.area.shortName,
				view.area.id,
				view.figure.period,
				view.measure.shortName,
				breakdownText(view),
				view.figure.value,
				view.valueText,
				view.figure.unit,
				view.figure.qualifier,
				source.title,
				source.publisher ?? '',
				source.url ?? '',
				source.published,
				quote,
				help,
			]
				.map(csvField)
				.join(','),
		),
	);
	return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
