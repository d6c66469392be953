import {
	type AreaMatch,
	type Dataset,
	type Figure,
	getNational,
	isNationalArea,
	type Locale,
	periodText,
	readYearText,
	resolveArea,
	searchAreas,
	searchMeasures,
	wordingFor,
	yearsHeld,
} from '@signpost-uk/domain';
import { DISCORD_LIMITS } from '../util/constants.js';
import type { OptionReader } from './read-options.js';

/** One autocomplete choice. */
export interface Choice {
	readonly name: string;
	readonly value: string;
}

/**
 * Answers autocomplete for a command's focused option from indexes built once per dataset, naming the choices in the
 * locale's words (default English).
 */
export type Autocomplete = (command: string, options: OptionReader, locale?: Locale) => Choice[];

const LIMIT = DISCORD_LIMITS.autocompleteChoices;

function digits(text: string): string {
	return text.replace(/\D/g, '');
}

/**
 * Years filtered by what is typed, latest first, at most 25: a year as the press writes it ("year ending March
 * 2023", "FY2022/23") or a span offers that year; a calendar year ("2023") both financial years it touches;
 * otherwise years whose digits hold the typed digits ("2016", "16/17", "2016-17" all match 2016/17).
 */
function matchYears(years: readonly Choice[], typed: string): Choice[] {
	const reading = readYearText(typed);
	const read =
		reading.kind === 'year' || reading.kind === 'span'
			? [reading.year.id]
			: reading.kind === 'ambiguous'
				? reading.choices.map((y) => y.id)
				: [];
	const wanted = digits(typed);
	return [...years]
		.reverse()
		.filter((year) => (read.length > 0 ? read.includes(year.value) : !wanted || digits(year.value).includes(wanted)))
		.slice(0, LIMIT);
}

/** An area choice: "Reading → Thames Valley Police" when a place matched, else the area's name. */
function areaChoice(match: AreaMatch): Choice {
	const name = match.place ? `${match.place} → ${match.area.name}` : match.area.name;
	return { name: name.length <= DISCORD_LIMITS.choiceName ? name : match.area.name, value: match.area.id };
}

/** The lists autocomplete answers from, worked out once per dataset. */
interface AutocompleteLists {
	/** The empty box: the UK and the nations first, then the forces with figures. */
	readonly defaultAreas: readonly Choice[];
	readonly nationalYears: readonly string[];
	readonly measureNames: ReadonlyMap<string, string>;
	readonly allMeasures: readonly Choice[];
	readonly nationalMeasures: readonly Choice[];
	readonly figuresByArea: ReadonlyMap<string, readonly Figure[]>;
}

/** The measures held by some of `figures`, in the dataset's order. */
function measuresOf(dataset: Dataset, figures: readonly Figure[]): Choice[] {
	const held = new Set(figures.map((f) => f.measure));
	return dataset.measures.filter((m) => held.has(m.id)).map((m) => ({ name: m.name, value: m.id }));
}

/**
 * yearsHeld counts a span in its end year; a year held only through a span is named with the span, in the locale's
 * words ("2022/23 (figure for 2017/18 to 2022/23)"), in `years` (for one area's figures and an optional measure).
 */
function nameSpanEnds(
	years: Map<string, string>,
	areaFigures: readonly Figure[],
	measureId: string | undefined,
	locale: Locale,
): void {
	const say = wordingFor(locale);
	const figures = areaFigures.filter((f) => !measureId || f.measure === measureId);
	const single = new Set(figures.filter((f) => !f.period.includes('-')).map((f) => f.period));
	for (const figure of figures) {
		if (!figure.period.includes('-')) continue;
		const end = figure.period.split('-')[1] ?? '';
		if (!single.has(end)) years.set(end, say.replies.spanEndChoice(end, periodText(figure.period, say.pages.range)));
	}
}

function buildLists(dataset: Dataset): AutocompleteLists {
	const withFigures = new Set(dataset.figures.map((figure) => figure.area));
	const kindOrder = { uk: 0, nation: 1, force: 2, region: 3, group: 4 } as const;
	const defaultAreas: Choice[] = [...dataset.areas]
		.filter((area) => area.kind === 'uk' || area.kind === 'nation' || withFigures.has(area.id))
		.sort(
			(a, b) =>
				kindOrder[a.kind] - kindOrder[b.kind] || (a.kind === 'nation' ? 0 : a.shortName.localeCompare(b.shortName)),
		)
		.map((area) => ({ name: area.name, value: area.id }));
	const national = getNational(dataset);
	const nationalAreas = new Set(dataset.areas.filter(isNationalArea).map((a) => a.id));
	const figuresByArea = new Map<string, Figure[]>();
	for (const figure of dataset.figures) {
		const list = figuresByArea.get(figure.area) ?? [];
		list.push(figure);
		figuresByArea.set(figure.area, list);
	}
	return {
		defaultAreas,
		nationalYears:
			national.status === 'found' ? national.data.yearsHeld : 'yearsHeld' in national ? national.yearsHeld : [],
		measureNames: new Map(dataset.measures.map((measure) => [measure.id, measure.name])),
		allMeasures: dataset.measures.map((measure) => ({ name: measure.name, value: measure.id })),
		nationalMeasures: measuresOf(
			dataset,
			dataset.figures.filter((f) => nationalAreas.has(f.area)),
		),
		figuresByArea,
	};
}

/**
 * Builds the autocomplete answerer for a dataset. Areas by search (an area's own name before its aliases, then places
 * as "Reading → Thames Valley Police"), and on an empty box the UK and the nations first,
 * then the forces with figures; `with` never offers the area already chosen. Measures: those the chosen area holds
 * (`/national`: those the national figures hold), ranked by name or the words people use ("grooming"). Years, also as
 * the press writes them ("year ending March 2023"): those held for the chosen area and measure, a span's end
 * year included (named with its span); the national years for `/national`. Every list is worked out once, on the
 * first keystroke (not when the answerer is made, so a server starts without them), or cached by the domain, so each
 * keystroke is a lookup.
 *
 * @example
 * ```ts
 * const autocomplete = createAutocomplete(getBundledDataset());
 * autocomplete('figures', readOptions({ options: [{ name: 'area', value: 'derb', focused: true }] }));
 * ```
 */
export function createAutocomplete(dataset: Dataset): Autocomplete {
	let built: AutocompleteLists | undefined;
	const lists = (): AutocompleteLists => {
		built ??= buildLists(dataset);
		return built;
	};

	const resolve = (options: OptionReader, name: string): string | undefined => {
		const text = options.string(name);
		if (!text?.trim()) return undefined;
		const resolved = resolveArea(dataset, text);
		return resolved.status === 'found' ? resolved.area.id : undefined;
	};

	const areaChoices = (typed: string, exclude: string | undefined): Choice[] =>
		(typed.trim() ? searchAreas(dataset, typed, LIMIT + 1).map(areaChoice) : lists().defaultAreas)
			.filter((choice) => choice.value !== exclude)
			.slice(0, LIMIT);

	/** Years held for the chosen areas and measure, with the end year of each span of years (named with the span). */
	const areaYears = (options: OptionReader, locale: Locale): Choice[] => {
		const ids = ['area', 'with'].map((name) => resolve(options, name)).filter((id) => id !== undefined);
		const measure = options.string('measure', DISCORD_LIMITS.choiceValue)?.trim();
		const measureId = measure && lists().measureNames.has(measure) ? measure : undefined;
		if (ids.length === 0)
			return yearsHeld(dataset, { measure: measureId }).map((year) => ({ name: year, value: year }));
		const years = new Map<string, string>();
		for (const id of ids) {
			for (const year of yearsHeld(dataset, { area: id, measure: measureId }))
				if (!years.has(year)) years.set(year, year);
			nameSpanEnds(years, lists().figuresByArea.get(id) ?? [], measureId, locale);
		}
		return [...years.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([value, name]) => ({ name, value }));
	};

	const measureChoices = (command: string, options: OptionReader): readonly Choice[] => {
		if (command === 'national') return lists().nationalMeasures;
		const area = resolve(options, 'area');
		return area ? measuresOf(dataset, lists().figuresByArea.get(area) ?? []) : lists().allMeasures;
	};

	return (command, options, locale = 'en') => {
		const focused = options.focused();
		if (!focused) return [];
		const typed = typeof focused.value === 'string' ? focused.value.slice(0, DISCORD_LIMITS.choiceValue) : '';
		switch (focused.name) {
			case 'area':
				return areaChoices(typed, undefined);
			case 'with':
				return areaChoices(typed, resolve(options, 'area'));
			case 'year':
				return matchYears(
					command === 'national'
						? lists().nationalYears.map((year) => ({ name: year, value: year }))
						: areaYears(options, locale),
					typed,
				);
			case 'measure': {
				// Ranked by name or the words people use ("grooming" offers Sexual Communication with a Child first).
				const offered = new Set(measureChoices(command, options).map((m) => m.value));
				return searchMeasures(dataset, typed, dataset.measures.length)
					.filter((m) => offered.has(m.measure.id))
					.slice(0, LIMIT)
					.map((m) => ({ name: m.measure.name, value: m.measure.id }));
			}
			default:
				return [];
		}
	};
}
