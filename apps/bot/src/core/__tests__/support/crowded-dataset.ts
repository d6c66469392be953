// The shared test fixture crowded with figures, to push the bot's replies past every Discord limit.
import { createDataset, type Dataset } from '@signpost-uk/domain';
import { fixtureInput } from '@signpost-uk/domain/testing';

/**
 * The fixture plus `count` measures, each with a figure for Kent in 2016/17 and a long quote, so one area and year
 * holds very many figures. The values are test data, not published figures; they never leave the tests.
 *
 * @example
 * ```ts
 * const handle = createInteractionHandler({ dataset: crowdedDataset(400), rateLimit: false });
 * ```
 */
export function crowdedDataset(count = 400): Dataset {
	const source = fixtureInput.sources[0]?.id;
	if (!source) throw new Error('the fixture has no source');
	return createDataset({
		...fixtureInput,
		measures: [
			...fixtureInput.measures,
			...Array.from({ length: count }, (_, i) => ({
				id: `fixture-measure-${i}`,
				name: `Fixture measure number ${i} with a deliberately long name to use up room`,
				shortName: `Fixture measure ${i}`,
				kind: 'recorded-offences' as const,
				definition: 'A test measure.',
			})),
		],
		figures: [
			...fixtureInput.figures,
			...Array.from({ length: count }, (_, i) => ({
				id: `crowded-${i}`,
				area: 'kent',
				period: '2016/17',
				measure: `fixture-measure-${i}`,
				value: i,
				unit: 'count' as const,
				sources: [{ source, quote: `Test quote ${i} `.padEnd(300, 'x') }],
			})),
		],
	});
}
