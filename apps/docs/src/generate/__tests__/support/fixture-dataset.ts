// A small controlled dataset FOR TESTS ONLY (not the bundled data): the bundled registries (areas, measures, age
// bands) with the known article values, a documented conflict (Derbyshire 2015/16: 983 and 166), and a source title
// and a quote carrying words Signpost never uses in its own sentences, to check quotes stay marked as quotes. The
// quotes are shortened or written for the tests; the real quotes are in packages/domain/data.
import { createDataset, type Dataset, getBundledDataset } from '@signpost-uk/domain';

const BELPER = 'belper-news-derbyshire';
const RIPLEY = 'ripley-heanor-2017-03-23';
const BURTON = 'burton-mail-2018-03-14';
const HARBOROUGH = 'harborough-mail-leicestershire';

/**
 * The fixture dataset, validated by the domain.
 *
 * @example
 * ```ts
 * const dataset = fixtureDataset();
 * ```
 */
export function fixtureDataset(): Dataset {
	const bundled = getBundledDataset();
	return createDataset({
		version: '2026-11-22',
		areas: bundled.areas,
		measures: bundled.measures,
		ageBands: bundled.ageBands,
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
				id: RIPLEY,
				title: 'Number of child sex offences recorded in Derbyshire drops',
				publisher: 'Ripley and Heanor News',
				url: 'https://www.ripleyandheanornews.co.uk/news/number-child-sex-offences-recorded-derbyshire-drops-731995',
				published: '2017-03-23',
				reports: 'NSPCC FOI release, March 2017 (figures for 2015/16)',
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
				id: HARBOROUGH,
				title:
					'Number of child sex offences in Leicestershire has rocketed by almost 200 per cent in the last five years',
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
				value: 1066,
				unit: 'count',
				sources: [{ source: BELPER, quote: 'In Derbyshire, the number of offences increased to 1,066 last year' }],
			},
			{
				id: 'derbyshire-2015-16-total-burton',
				area: 'derbyshire',
				period: '2015/16',
				measure: 'child-sexual-offences',
				value: 983,
				unit: 'count',
				sources: [{ source: BURTON, quote: 'up from 983 the year before' }],
			},
			{
				id: 'derbyshire-2015-16-total-ripley',
				area: 'derbyshire',
				period: '2015/16',
				measure: 'child-sexual-offences',
				value: 166,
				unit: 'count',
				sources: [{ source: RIPLEY, quote: 'Derbyshire police recorded 166 offences' }],
			},
			{
				id: 'derbyshire-2016-17-two-and-under',
				area: 'derbyshire',
				period: '2016/17',
				measure: 'child-sexual-offences',
				breakdown: { ageBand: 'two-and-under' },
				value: 17,
				unit: 'count',
				sources: [{ source: BELPER, quote: '17 sex offences recorded against children aged 2 and under' }],
			},
			{
				id: 'staffordshire-2016-17-total',
				area: 'staffordshire',
				period: '2016/17',
				measure: 'child-sexual-offences',
				value: 1681,
				unit: 'count',
				sources: [{ source: BURTON, quote: 'Staffordshire Police recorded 1,681 offences' }],
			},
			{
				id: 'staffordshire-2015-16-total',
				area: 'staffordshire',
				period: '2015/16',
				measure: 'child-sexual-offences',
				value: 1347,
				unit: 'count',
				sources: [{ source: BURTON, quote: 'up from 1,347 the year before' }],
			},
			{
				id: 'leicestershire-2019-20-total',
				area: 'leicestershire',
				period: '2019/20',
				measure: 'child-sexual-offences',
				value: 1238,
				unit: 'count',
				sources: [{ source: HARBOROUGH, quote: 'a staggering 1,238 offences were recorded' }],
			},
			{
				id: 'uk-2019-20-total',
				area: 'uk',
				period: '2019/20',
				measure: 'child-sexual-offences',
				value: 73518,
				unit: 'count',
				sources: [{ source: HARBOROUGH, quote: 'across the UK 73,518 offences were recorded' }],
			},
		],
		claims: [],
		conflicts: [
			{
				id: 'derbyshire-2015-16-total',
				figures: ['derbyshire-2015-16-total-ripley', 'derbyshire-2015-16-total-burton'],
				note: 'The March 2017 release reported 166; the 2018 articles give 983 as the previous year\u2019s figure.',
			},
		],
	});
}
