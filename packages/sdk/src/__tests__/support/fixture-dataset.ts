// A small, controlled dataset in the published JSON shape, with the known figures from the source articles.
import type { DatasetInput } from '../../index.js';

/** A police force in England, with no aliases. */
export const force = (id: string, shortName: string, name: string) => ({
	id,
	kind: 'force' as const,
	name,
	shortName,
	nation: 'england' as const,
	aliases: [],
});

/** The fixture as JSON: what a developer would fetch and pass to `createSignpost`. */
export const fixtureJson: DatasetInput = {
	version: '2026-11-22',
	areas: [
		force('derbyshire', 'Derbyshire', 'Derbyshire Constabulary'),
		force('staffordshire', 'Staffordshire', 'Staffordshire Police'),
		force('kent', 'Kent', 'Kent Police'),
		{ id: 'uk', kind: 'uk', name: 'United Kingdom', shortName: 'UK', aliases: ['United Kingdom'] },
	],
	measures: [
		{
			id: 'child-sexual-offences',
			name: 'Sexual offences against children recorded by the police',
			shortName: 'Child sexual offences recorded',
			kind: 'recorded-offences',
			definition: 'Sexual offences against victims under 18 recorded by the police.',
		},
	],
	ageBands: [],
	sources: [
		{
			id: 'derby-telegraph-2018',
			title: 'Sex crimes against children, "a rise" in Derbyshire',
			publisher: 'Derby Telegraph',
			publisherKind: 'newsroom',
			url: 'https://example.org/derby',
			published: '2018-02-14',
			reports: 'NSPCC FOI release, February 2018 (figures for 2016/17)',
		},
		{
			id: 'nspcc-2018',
			title: 'NSPCC press release',
			publisher: 'NSPCC',
			publisherKind: 'charity',
			published: '2018-02',
			reports: 'NSPCC FOI release, February 2018 (figures for 2016/17)',
		},
	],
	figures: [
		{
			id: 'derbyshire-2016-17',
			area: 'derbyshire',
			period: '2016/17',
			measure: 'child-sexual-offences',
			value: 1_066,
			unit: 'count',
			sources: [
				{ source: 'derby-telegraph-2018', quote: 'Police recorded 1,066 offences, "up" from the year before' },
				{ source: 'nspcc-2018', quote: 'Derbyshire: 1,066\nrecorded offences' },
			],
		},
		{
			id: 'derbyshire-2015-16',
			area: 'derbyshire',
			period: '2015/16',
			measure: 'child-sexual-offences',
			value: 983,
			unit: 'count',
			sources: [{ source: 'derby-telegraph-2018', quote: 'compared with 983 in 2015/16' }],
		},
		{
			id: 'derbyshire-2015-16-other',
			area: 'derbyshire',
			period: '2015/16',
			measure: 'child-sexual-offences',
			value: 166,
			unit: 'count',
			sources: [{ source: 'nspcc-2018', quote: 'Derbyshire 2015/16: 166' }],
		},
		{
			id: 'staffordshire-2016-17',
			area: 'staffordshire',
			period: '2016/17',
			measure: 'child-sexual-offences',
			value: 1_681,
			unit: 'count',
			sources: [{ source: 'nspcc-2018', quote: 'Staffordshire: 1,681' }],
		},
		{
			id: 'staffordshire-2015-16',
			area: 'staffordshire',
			period: '2015/16',
			measure: 'child-sexual-offences',
			value: 1_347,
			unit: 'count',
			sources: [{ source: 'nspcc-2018', quote: 'Staffordshire 2015/16: 1,347' }],
		},
		{
			id: 'uk-2016-17',
			area: 'uk',
			period: '2016/17',
			measure: 'child-sexual-offences',
			value: 64_667,
			unit: 'count',
			sources: [{ source: 'nspcc-2018', quote: '64,667 offences across the UK' }],
		},
	],
	claims: [],
	conflicts: [
		{
			id: 'derbyshire-2015-16',
			figures: ['derbyshire-2015-16', 'derbyshire-2015-16-other'],
			note: 'Two sources give different Derbyshire figures for 2015/16.',
		},
	],
};
