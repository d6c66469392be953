// Every answer shape the queries can produce over the fixture: each kind found, and each not-found reason.
import type { Answer, NotFoundReason } from '../../answer/answer.js';
import { compareAreas } from '../../query/compare-areas.js';
import { getFigures } from '../../query/get-figures.js';
import { getNational } from '../../query/get-national.js';
import { getSeries } from '../../query/get-series.js';
import { fixtureDataset } from '../../testing.js';

const fixture = fixtureDataset();

/** A named answer, for test titles. */
export interface NamedAnswer {
	readonly name: string;
	readonly answer: Answer;
}

/** Every found kind and every not-found reason, from the exported queries. */
export function everyAnswerPath(): NamedAnswer[] {
	return [
		{ name: 'figures found', answer: getFigures(fixture, { area: 'Derbyshire', year: '2016/17' }) },
		{ name: 'figures found with a change', answer: getFigures(fixture, { area: 'Staffordshire', year: '2016/17' }) },
		{ name: 'figures found with a span', answer: getFigures(fixture, { area: 'UK', year: '2022/23' }) },
		{ name: 'series found', answer: getSeries(fixture, { area: 'Derbyshire' }) },
		{ name: 'compare found', answer: compareAreas(fixture, { areas: ['Derbyshire', 'Kent'], year: '2016/17' }) },
		{ name: 'national found', answer: getNational(fixture, { year: '2016/17' }) },
		{ name: 'figures unknown-area', answer: getFigures(fixture, { area: 'Atlantis' }) },
		{ name: 'figures unknown-measure', answer: getFigures(fixture, { area: 'Derbyshire', measure: 'x' }) },
		{ name: 'figures invalid-year', answer: getFigures(fixture, { area: 'Derbyshire', year: 'x' }) },
		{ name: 'figures year-outside-dataset', answer: getFigures(fixture, { area: 'Derbyshire', year: '1999/00' }) },
		{ name: 'figures no-published-figure', answer: getFigures(fixture, { area: 'Kent' }) },
		{
			name: 'figures offence-not-in-force',
			answer: getFigures(fixture, {
				area: 'Derbyshire',
				year: '2016/17',
				measure: 'sexual-communication-with-a-child',
			}),
		},
		{ name: 'series unknown-area', answer: getSeries(fixture, { area: 'Atlantis' }) },
		{ name: 'series unknown-measure', answer: getSeries(fixture, { area: 'Kent', measure: 'x' }) },
		{ name: 'series no-published-figure', answer: getSeries(fixture, { area: 'Kent' }) },
		{ name: 'compare unknown-area', answer: compareAreas(fixture, { areas: ['Atlantis'] }) },
		{ name: 'compare invalid-year', answer: compareAreas(fixture, { areas: ['Kent'], year: 'x' }) },
		{ name: 'compare no-published-figure', answer: compareAreas(fixture, { areas: ['Kent'] }) },
		{ name: 'compare invalid-query', answer: compareAreas(fixture, { areas: [] }) },
		{ name: 'compare year-outside-dataset', answer: compareAreas(fixture, { areas: ['Kent'], year: '2030/31' }) },
		{ name: 'national year-outside-dataset', answer: getNational(fixture, { year: '2030/31' }) },
		{ name: 'national invalid-year', answer: getNational(fixture, { year: 'x' }) },
		{ name: 'national no-published-figure', answer: getNational(fixture, { year: '2001/02' }) },
		{ name: 'figures help-first (danger)', answer: getFigures(fixture, { area: 'he will kill me if i tell' }) },
		{ name: 'series help-first (suicide)', answer: getSeries(fixture, { area: 'Kent', measure: 'i want to die' }) },
		{
			name: 'compare help-first (disclosure)',
			answer: compareAreas(fixture, { areas: ['Kent', 'my dad touches me'] }),
		},
		{ name: 'national help-first (online)', answer: getNational(fixture, { year: 'he made me send nudes' }) },
		{ name: 'figures help-first (own thoughts)', answer: getFigures(fixture, { area: 'im attracted to kids' }) },
		{ name: 'figures help-first (adult)', answer: getFigures(fixture, { area: 'worried about my daughter' }) },
		{ name: 'figures help-first (Welsh)', answer: getFigures(fixture, { area: 'helpwch fi' }) },
	];
}

/** Every reason a query can give for no figure; the path list above must cover them all. */
export const NOT_FOUND_REASONS: readonly NotFoundReason[] = [
	'invalid-query',
	'unknown-area',
	'unknown-measure',
	'invalid-year',
	'year-outside-dataset',
	'no-published-figure',
	'offence-not-in-force',
];
