import {
	type AnswerOptions,
	compareAreas,
	type Dataset,
	getCoverage,
	getFigures,
	getNational,
	getSeries,
	resolveArea,
	searchAreas,
	selectHelp,
	yearsHeld,
} from '@signpost-uk/domain';
import { getHelplines } from '../help/get-helplines.js';
import { measureId } from './measure-id.js';
import type { YearsResult } from './results.js';
import type { Signpost } from './signpost.js';

const DEFAULT_SEARCH_LIMIT = 10;

/**
 * The API over a dataset that is already validated (the bundled one, or one `createSignpost` has just checked).
 *
 * @param dataset - a validated dataset
 * @returns the API bound to it
 * @example
 * ```ts
 * const signpost = bindSignpost(getBundledDataset());
 * ```
 */
export function bindSignpost(dataset: Dataset): Signpost {
	const help = (options: AnswerOptions = {}) => selectHelp(options.help);
	return {
		getFigures: (query, options) =>
			getFigures(dataset, { ...query, measure: measureId(dataset, query.measure) }, options),
		getSeries: (query, options) =>
			getSeries(dataset, { ...query, measure: measureId(dataset, query.measure) }, options),
		compareAreas: (query, options) => compareAreas(dataset, query, options),
		getNational: (query, options) => getNational(dataset, query, options),
		searchAreas(text, options = {}) {
			const areas = searchAreas(dataset, text, options.limit ?? DEFAULT_SEARCH_LIMIT);
			return areas.length > 0
				? { status: 'found', areas, help: help(options) }
				: {
						status: 'not-found',
						reason: 'no-match',
						message: 'No area matches that search. Try a police force name such as "Derbyshire".',
						areas: [],
						help: help(options),
					};
		},
		listAreas: (options) => ({ status: 'found', areas: dataset.areas, help: help(options) }),
		listYears(filter = {}, options = {}): YearsResult {
			let areaId: string | undefined;
			let area: Dataset['areas'][number] | undefined;
			if (filter.area !== undefined) {
				const resolved = resolveArea(dataset, filter.area);
				if (resolved.status === 'not-found') {
					return {
						status: 'not-found',
						reason: resolved.reason,
						message: resolved.message,
						suggestions: resolved.suggestions,
						help: help(options),
					};
				}
				area = resolved.area;
				areaId = area.id;
			}
			const id = measureId(dataset, filter.measure);
			const measure = id ? dataset.measures.find((m) => m.id === id) : undefined;
			if (id && !measure) {
				return {
					status: 'not-found',
					reason: 'unknown-measure',
					message: 'That measure is not one Signpost holds.',
					suggestions: dataset.measures.map((m) => ({ id: m.id, name: m.shortName })),
					help: help(options),
				};
			}
			const years = yearsHeld(dataset, { area: areaId, measure: measure?.id });
			return { status: 'found', years, area, help: help(options) };
		},
		listSources: (options) => ({ status: 'found', sources: dataset.sources, help: help(options) }),
		getCoverage: (options) => ({ ...getCoverage(dataset), help: help(options) }),
		getDataset: (options) => ({ ...dataset, help: help(options) }),
		getHelplines,
	};
}
