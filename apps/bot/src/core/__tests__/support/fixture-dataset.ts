// A small, controlled dataset for the bot's tests: the known figures from the source articles (quotes as the
// domain's own fixture has them), a documented conflict, a UK figure and a measure with an in-force date.
import { createDataset, type Dataset, type DatasetInput } from '@signpost-uk/domain';

const BELPER = 'belper-news-derbyshire';
const BURTON = 'burton-mail-2018-03-14';
const RIPLEY = 'ripley-heanor-2017-03-23';
const HARBOROUGH = 'harborough-mail-leicestershire';

/** The fixture's records before validation, so tests can derive variants. */
export const fixtureInput: DatasetInput = {
	version: '2026-11-22',
	areas: [
		{ id: 'derbyshire', kind: 'force', name: 'Derbyshire Constabulary', shortName: 'Derbyshire', nation: 'england' },
		{ id: 'staffordshire', kind: 'force', name: 'Staffordshire Police', shortName: 'Staffordshire', nation: 'england' },
		{
			id: 'cambridgeshire',
			kind: 'force',
			name: 'Cambridgeshire Constabulary',
			shortName: 'Cambridgeshire',
			nation: 'england',
		},
		{ id: 'kent', kind: 'force', name: 'Kent Police', shortName: 'Kent', nation: 'england' },
		{ id: 'uk', kind: 'uk', name: 'United Kingdom', shortName: 'UK', aliases: ['Great Britain and Northern Ireland'] },
	],
	measures: [
		{
			id: 'child-sexual-offences',
			name: 'Child sexual offences recorded',
			shortName: 'Child sexual offences',
			kind: 'recorded-offences',
			definition: 'Sexual offences against children under 18 recorded by the police.',
		},
		{
			id: 'sexual-communication-with-a-child',
			name: 'Sexual communication with a child',
			shortName: 'Sexual communication',
			kind: 'recorded-offences',
			definition: 'Offences of sexual communication with a child recorded by the police.',
			inForceFrom: '2017/18',
			inForceNations: ['england', 'wales'],
		},
	],
	ageBands: [],
	sources: [
		{
			id: BELPER,
			title: '17 sex offences recorded against children aged 2 and under in Derbyshire',
			publisher: 'Belper News',
			url: 'https://www.belpernews.co.uk/news/17-sex-offences-recorded-against-children-aged-2-and-under-in-derbyshire-1-9025351',
			published: 'not-shown',
			reports: 'NSPCC FOI release, February 2018 (figures for 2016/17)',
		},
		{
			id: BURTON,
			title: 'NSPCC calls for police training after rises in Staffordshire and Derbyshire',
			publisher: 'Burton Mail',
			url: 'https://www.burtonmail.co.uk/news/burton-news/rise-child-sex-offences-staffordshire-1238167',
			published: '2018-03-14',
			reports: 'NSPCC FOI release, February 2018 (figures for 2016/17)',
		},
		{
			id: RIPLEY,
			title: 'Number of child sex offences recorded in Derbyshire drops',
			publisher: 'Ripley and Heanor News',
			url: 'https://www.ripleyandheanornews.co.uk/news/number-child-sex-offences-recorded-derbyshire-drops-731995',
			published: '2017-03-23',
			reports: 'NSPCC FOI release, March 2017 (figures for 2015/16)',
		},
		{
			id: HARBOROUGH,
			title: 'Child sex offences in Leicestershire',
			publisher: 'Harborough Mail',
			published: 'not-shown',
			reports: 'NSPCC FOI release, 2020 (figures for 2019/20)',
		},
	],
	figures: [
		{
			id: 'derbyshire-2016-17-total',
			area: 'derbyshire',
			period: '2016/17',
			measure: 'child-sexual-offences',
			value: 1_066,
			unit: 'count',
			sources: [{ source: BELPER, quote: 'In Derbyshire, the number of offences increased to 1,066 last year' }],
		},
		{
			id: 'derbyshire-2015-16-total-2018',
			area: 'derbyshire',
			period: '2015/16',
			measure: 'child-sexual-offences',
			value: 983,
			unit: 'count',
			sources: [{ source: BELPER, quote: 'up from 983 recorded the previous year' }],
		},
		{
			id: 'derbyshire-2015-16-total-2017',
			area: 'derbyshire',
			period: '2015/16',
			measure: 'child-sexual-offences',
			value: 166,
			unit: 'count',
			sources: [{ source: RIPLEY, quote: 'Figures released by the NSPCC show there were 166 offences in 2015/16' }],
		},
		{
			id: 'staffordshire-2016-17-total',
			area: 'staffordshire',
			period: '2016/17',
			measure: 'child-sexual-offences',
			value: 1_681,
			unit: 'count',
			sources: [{ source: BURTON, quote: 'In Staffordshire, police recorded a total of 1,681 offences in 2016/17' }],
		},
		{
			id: 'staffordshire-2015-16-total',
			area: 'staffordshire',
			period: '2015/16',
			measure: 'child-sexual-offences',
			value: 1_347,
			unit: 'count',
			sources: [{ source: BURTON, quote: 'up 25 per cent from 1,347 the year before' }],
		},
		{
			id: 'uk-2016-17-total',
			area: 'uk',
			period: '2016/17',
			measure: 'child-sexual-offences',
			value: 64_667,
			unit: 'count',
			sources: [
				{
					source: BELPER,
					quote: 'the number of child sex offences recorded by police in the UK rose to a record 64,667 last year',
				},
			],
		},
		{
			id: 'uk-2019-20-total',
			area: 'uk',
			period: '2019/20',
			measure: 'child-sexual-offences',
			value: 73_518,
			unit: 'count',
			sources: [{ source: HARBOROUGH, quote: 'Across the UK a total of 73,518 offences' }],
		},
	],
	claims: [],
	conflicts: [
		{
			id: 'derbyshire-2015-16',
			figures: ['derbyshire-2015-16-total-2018', 'derbyshire-2015-16-total-2017'],
			note: 'The 2017 and 2018 releases give different totals for Derbyshire in 2015/16.',
		},
	],
};

/** The fixture, validated. */
export const fixtureDataset: Dataset = createDataset(fixtureInput);

/**
 * A dataset holding very many figures for one area and year (each with a long quote), to push replies past every
 * Discord limit. The values are test data, not published figures; they never leave the tests.
 */
export function crowdedDataset(count = 400): Dataset {
	const base = fixtureInput;
	return createDataset({
		...base,
		measures: [
			...base.measures,
			...Array.from({ length: count }, (_, i) => ({
				id: `fixture-measure-${i}`,
				name: `Fixture measure number ${i} with a deliberately long name to use up room`,
				shortName: `Fixture measure ${i}`,
				kind: 'recorded-offences' as const,
				definition: 'A test measure.',
			})),
		],
		figures: [
			...base.figures,
			...Array.from({ length: count }, (_, i) => ({
				id: `crowded-${i}`,
				area: 'kent',
				period: '2016/17',
				measure: `fixture-measure-${i}`,
				value: i,
				unit: 'count' as const,
				sources: [{ source: BURTON, quote: `Test quote ${i} `.padEnd(300, 'x') }],
			})),
		],
	});
}

/** Both help numbers that every message reply must carry. */
export const HELP_NUMBERS = ['0800 1111', '0808 800 5000'] as const;
