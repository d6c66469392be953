import {
	type AreaMatch,
	type Dataset,
	getNational,
	readYear,
	resolveArea,
	searchAreas,
	searchMeasures,
	type YearId,
	yearsHeld,
} from '@signpost-uk/domain';
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

/**
 * Years filtered by what is typed, latest first, at most 25: a year as the press writes it ("year ending March
 * 2023", "FY2022/23") or a span offers that year first; a calendar year ("2023") both financial years it touches;
 * otherwise years whose digits hold the typed digits ("16/17", "2016-17").
 */
function matchYears(years: readonly YearId[], typed: string): Choice[] {
	const reading = readYear(typed);
	const read =
		reading.kind === 'year' || reading.kind === 'span'
			? [reading.year.id]
			: reading.kind === 'ambiguous'
				? reading.choices.map((y) => y.id).reverse()
				: [];
	const wanted = digits(typed);
	const first = read.filter((year) => years.includes(year as YearId));
	const rest = [...years]
		.reverse()
		.filter((year) => !first.includes(year) && (read.length > 0 ? false : !wanted || digits(year).includes(wanted)));
	return [...first, ...rest].slice(0, LIMIT).map((year) => ({ name: year, value: year }));
}

/** An area choice: "Reading → Thames Valley Police" when a place matched, else the area's name. */
function areaChoice(match: AreaMatch): Choice {
	const name = match.place ? `${match.place} → ${match.area.name}` : match.area.name;
	return { name: name.length <= 100 ? name : match.area.name, value: match.area.id };
}

/**
 * Builds the autocomplete answerer for a dataset: areas by search (an area's own name first, then aliases, then
 * places as "Reading → Thames Valley Police"; the UK and the nations first when nothing is typed), years held for the area named in
 * the sibling `area` option (all years when there is none or it matches nothing), national years for `/national`,
 * and measures by name or the words people use ("grooming"). Every list is worked out once here or cached by the domain, so each keystroke is a lookup.
 *
 * @example
 * ```ts
 * const autocomplete = createAutocomplete(getBundledDataset());
 * autocomplete('figures', readOptions({ options: [{ name: 'area', value: 'derb', focused: true }] }));
 * ```
 */
export function createAutocomplete(dataset: Dataset): Autocomplete {
	const withFigures = new Set(dataset.figures.map((figure) => figure.area));
	// The UK and the nations first, then areas with figures, then the rest (forces first).
	const kindOrder = { uk: 0, nation: 1, force: 2, region: 3, group: 4 } as const;
	const first = (kind: keyof typeof kindOrder) => kind === 'uk' || kind === 'nation';
	const defaultAreas: Choice[] = [...dataset.areas]
		.sort(
			(a, b) =>
				Number(first(b.kind)) - Number(first(a.kind)) ||
				Number(withFigures.has(b.id)) - Number(withFigures.has(a.id)) ||
				kindOrder[a.kind] - kindOrder[b.kind] ||
				a.shortName.localeCompare(b.shortName),
		)
		.slice(0, LIMIT)
		.map((area) => ({ name: area.name, value: area.id }));
	const allYears = yearsHeld(dataset);
	const national = getNational(dataset);
	const nationalYears = national.status === 'found' ? national.data.yearsHeld : national.yearsHeld;

	const areaChoices = (typed: string): Choice[] =>
		typed.trim() ? searchAreas(dataset, typed, LIMIT).map(areaChoice) : defaultAreas;

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
			case 'measure':
				return searchMeasures(dataset, typed, LIMIT).map((m) => ({ name: m.measure.name, value: m.measure.id }));
			default:
				return [];
		}
	};
}
