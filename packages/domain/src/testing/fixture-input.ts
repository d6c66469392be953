// The test fixture's records: the bundled registries (areas, measures, age bands) with a handful of figures copied
// from the five source articles, quotes word for word (a test checks them against the articles), with their sources,
// claims and a documented conflict. Test data: it ships only in the `@signpost-uk/domain/testing` entry.
import { type DatasetInput, getBundledDataset } from '../index.js';

const { areas, measures, ageBands } = getBundledDataset();

const BELPER = 'belper-news-derbyshire';
const BURTON = 'burton-mail-2018-03-14';
const HARBOROUGH = 'harborough-mail-leicestershire';
const DERBYSHIRE_TIMES = 'derbyshire-times-2023-08-14';
const RIPLEY = 'ripley-heanor-2017-03-23';

/**
 * The fixture's records before validation, so a test can derive a variant (drop the conflicts, alter a quote, add
 * figures) and validate it with `createDataset`. Five sources, fifteen figures (Derbyshire, Staffordshire,
 * Leicestershire and the UK, with an age band, a percentage, a year span and a share), four claims and the
 * Derbyshire 2015/16 conflict (983 and 166); every other area in the registry (Kent among them) holds no figure.
 *
 * @example
 * ```ts
 * import { createDataset } from '@signpost-uk/domain';
 * import { fixtureInput } from '@signpost-uk/domain/testing';
 *
 * const withoutConflicts = createDataset({ ...fixtureInput, conflicts: [] });
 * ```
 */
export const fixtureInput: DatasetInput = {
	version: '2026-11-22',
	areas,
	measures,
	ageBands,
	sources: [
		{
			id: BELPER,
			title: '17 sex offences recorded against children aged 2 and under in Derbyshire',
			publisher: 'Belper News',
			publisherKind: 'newsroom',
			url: 'https://www.belpernews.co.uk/news/17-sex-offences-recorded-against-children-aged-2-and-under-in-derbyshire-1-9025351',
			published: 'not-shown',
			reports: 'NSPCC FOI release, February 2018 (figures for 2016/17)',
			file: '000_c4b14aadf00843e7.txt',
		},
		{
			id: BURTON,
			title: 'NSPCC calls for police training after rises in Staffordshire and Derbyshire',
			publisher: 'Burton Mail',
			publisherKind: 'newsroom',
			url: 'https://www.burtonmail.co.uk/news/burton-news/rise-child-sex-offences-staffordshire-1238167',
			published: '2018-03-14',
			reports: 'NSPCC FOI release, February 2018 (figures for 2016/17)',
			file: '001_d7980c295a13bd2b.txt',
		},
		{
			id: HARBOROUGH,
			title:
				'Number of child sex offences in Leicestershire has rocketed by almost 200 per cent in the last five years',
			publisher: 'Harborough Mail',
			publisherKind: 'newsroom',
			published: 'not-shown',
			reports: 'NSPCC FOI release, 2020 (figures for 2019/20)',
			file: '003_d1b2362225394e07.txt',
		},
		{
			id: DERBYSHIRE_TIMES,
			title: 'Online grooming offences in Derbyshire',
			publisher: 'Derbyshire Times',
			publisherKind: 'newsroom',
			published: '2023-08-14',
			reports: 'NSPCC FOI release, August 2023 (figures for 2017/18 to 2022/23)',
			file: '004_10579ec7dee71090.txt',
		},
		{
			id: RIPLEY,
			title: 'Number of child sex offences recorded in Derbyshire drops',
			publisher: 'Ripley and Heanor News',
			publisherKind: 'newsroom',
			url: 'https://www.ripleyandheanornews.co.uk/news/number-child-sex-offences-recorded-derbyshire-drops-731995',
			published: '2017-03-23',
			reports: 'NSPCC FOI release, March 2017 (figures for 2015/16)',
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
			id: 'derbyshire-2016-17-two-and-under',
			area: 'derbyshire',
			period: '2016/17',
			measure: 'child-sexual-offences',
			breakdown: { ageBand: 'two-and-under' },
			value: 17,
			unit: 'count',
			sources: [{ source: BELPER, quote: 'Seventeen of those offences were against children aged two and under' }],
		},
		{
			id: 'derbyshire-2016-17-online-share',
			area: 'derbyshire',
			period: '2016/17',
			measure: 'online-element',
			value: 8,
			unit: 'percent',
			sources: [{ source: BELPER, quote: 'eight per cent of all offences were flagged as having an online element' }],
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
		{
			id: 'leicestershire-2019-20-total',
			area: 'leicestershire',
			period: '2019/20',
			measure: 'child-sexual-offences',
			value: 1_238,
			unit: 'count',
			sources: [{ source: HARBOROUGH, quote: 'Leicestershire Police recorded 1,238 child sex offences last year' }],
		},
		{
			id: 'leicestershire-2014-15-total',
			area: 'leicestershire',
			period: '2014/15',
			measure: 'child-sexual-offences',
			value: 444,
			unit: 'count',
			sources: [{ source: HARBOROUGH, quote: 'on the 444 crimes recorded by the force in 2014/15' }],
		},
		{
			id: 'derbyshire-2022-23-scwc',
			area: 'derbyshire',
			period: '2022/23',
			measure: 'sexual-communication-with-a-child',
			value: 285,
			unit: 'count',
			sources: [
				{ source: DERBYSHIRE_TIMES, quote: 'There were 285 offences recorded across the county in 2022 to 2023' },
			],
		},
		{
			id: 'derbyshire-2017-18-scwc',
			area: 'derbyshire',
			period: '2017/18',
			measure: 'sexual-communication-with-a-child',
			value: 37,
			unit: 'count',
			sources: [{ source: DERBYSHIRE_TIMES, quote: 'compared to 37 in 2017 to 2018' }],
		},
		{
			id: 'uk-2017-18-2022-23-scwc',
			area: 'uk',
			period: '2017/18-2022/23',
			measure: 'sexual-communication-with-a-child',
			value: 34_000,
			unit: 'count',
			qualifier: 'more-than',
			sources: [
				{
					source: DERBYSHIRE_TIMES,
					quote: 'more than 34,000 offences were recorded by police across the UK over the same period',
				},
			],
		},
		{
			id: 'uk-2017-18-2022-23-scwc-girls',
			area: 'uk',
			period: '2017/18-2022/23',
			measure: 'sexual-communication-with-a-child',
			breakdown: { sex: 'girls' },
			value: 0.8,
			unit: 'share',
			sources: [
				{
					source: DERBYSHIRE_TIMES,
					quote: 'four out of five of grooming cases over the six years taking place against girls',
				},
			],
		},
	],
	claims: [
		{
			id: 'staffordshire-2016-17-up-25-per-cent',
			source: BURTON,
			quote: 'up 25 per cent from 1,347 the year before',
			kind: 'percent-change',
			figures: ['staffordshire-2015-16-total', 'staffordshire-2016-17-total'],
			stated: 25,
		},
		{
			id: 'uk-2016-17-every-eight-minutes',
			source: BELPER,
			quote: 'one offence recorded on average every eight minutes',
			kind: 'every-n-minutes',
			figures: ['uk-2016-17-total'],
			stated: 8,
		},
		{
			id: 'uk-2019-20-over-200-a-day',
			source: HARBOROUGH,
			quote: 'over 200 offences against children were carried out every single day last year',
			kind: 'per-day',
			figures: ['uk-2019-20-total'],
			stated: 200,
			qualifier: 'over',
		},
		{
			id: 'leicestershire-179-per-cent',
			source: HARBOROUGH,
			quote: 'increase of 179 per cent on the 444 crimes recorded by the force in 2014/15',
			kind: 'percent-change',
			figures: ['leicestershire-2014-15-total', 'leicestershire-2019-20-total'],
			stated: 179,
		},
	],
	conflicts: [
		{
			id: 'derbyshire-2015-16-total',
			figures: ['derbyshire-2015-16-total-2018', 'derbyshire-2015-16-total-2017'],
			note: 'The March 2017 release reported 166; the 2018 articles give 983 as the previous year’s figure.',
		},
	],
};
