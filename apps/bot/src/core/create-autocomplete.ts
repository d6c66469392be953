import { type Dataset, getNational, resolveArea, searchAreas, type YearId, yearsHeld } from '@signpost-uk/domain';
import type { OptionReader } from './read-options.js';

/** One autocomplete choice. */
export interface Choice {
	readonly name: string;
	readonly value: string;
}

/** Answers autocomplete for a command's focused option from indexes built once per dataset. */
export type Autocomplete = (command: string, options: OptionReader) => Choice[];

const LIMIT = 25;

function digits(text: string): string {
	return text.replace(/\D/g, '');
}

/** Years filtered by what is typed ("2016", "16/17", "2016-17" all match 2016/17), latest first, at most 25. */
function matchYears(years: readonly YearId[], typed: string): Choice[] {
	const wanted = digits(typed);
	return [...years]
		.reverse()
		.filter((year) => !wanted || digits(year).includes(wanted))
		.slice(0, LIMIT)
		.map((year) => ({ name: year, value: year }));
}

/**
 * Builds the autocomplete answerer for a dataset: areas by search (forces first), years held for the area named in
 * the sibling `area` option (all years when there is none or it matches nothing), national years for `/national`,
 * and measures. Every list is worked out once here or cached by the domain, so each keystroke is a lookup.
 *
 * @example
 * ```ts
 * const autocomplete = createAutocomplete(getBundledDataset());
 * autocomplete('figures', readOptions({ options: [{ name: 'area', value: 'derb', focused: true }] }));
 * ```
 */
export function createAutocomplete(dataset: Dataset): Autocomplete {
	const withFigures = new Set(dataset.figures.map((figure) => figure.area));
	const kindOrder = { force: 0, uk: 1, nation: 2, region: 3, group: 4 } as const;
	const defaultAreas: Choice[] = [...dataset.areas]
		.sort(
			(a, b) =>
				Number(withFigures.has(b.id)) - Number(withFigures.has(a.id)) ||
				kindOrder[a.kind] - kindOrder[b.kind] ||
				a.shortName.localeCompare(b.shortName),
		)
		.slice(0, LIMIT)
		.map((area) => ({ name: area.name, value: area.id }));
	const allYears = yearsHeld(dataset);
	const national = getNational(dataset);
	const nationalYears = national.status === 'found' ? national.data.yearsHeld : national.yearsHeld;
	const measures: Choice[] = dataset.measures.map((measure) => ({ name: measure.name, value: measure.id }));

	const areaChoices = (typed: string): Choice[] =>
		typed.trim()
			? searchAreas(dataset, typed, LIMIT).map((match) => ({ name: match.area.name, value: match.area.id }))
			: defaultAreas;

	const areaYears = (options: OptionReader): readonly YearId[] => {
		const ids = ['area', 'with']
			.map((name) => options.string(name))
			.flatMap((text) => {
				if (!text?.trim()) return [];
				const resolved = resolveArea(dataset, text);
				return resolved.status === 'found' ? [resolved.area.id] : [];
			});
		if (ids.length === 0) return allYears;
		return [...new Set(ids.flatMap((id) => yearsHeld(dataset, { area: id })))].sort();
	};

	return (command, options) => {
		const focused = options.focused();
		if (!focused) return [];
		const typed = typeof focused.value === 'string' ? focused.value.slice(0, 100) : '';
		switch (focused.name) {
			case 'area':
			case 'with':
				return areaChoices(typed);
			case 'year':
				return matchYears(command === 'national' ? nationalYears : areaYears(options), typed);
			case 'measure': {
				const wanted = typed.trim().toLowerCase();
				return measures
					.filter((m) => !wanted || m.name.toLowerCase().includes(wanted) || m.value.includes(wanted))
					.slice(0, LIMIT);
			}
			default:
				return [];
		}
	};
}
