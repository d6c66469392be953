import type { Suggestion } from '../answer/answer.js';
import type { AreaResolutionNote } from '../area/area-resolution-note.js';
import { normalizeAreaName } from '../area/normalize-area-name.js';
import { type OutsideCoverage, outsideCoverage } from '../area/outside-coverage.js';
import { type PlaceName, placeIndex, placeLabel } from '../area/place-index.js';
import {
	exactAreaName,
	foldAreaQuery,
	nearAreaNames,
	nearPlaceNames,
	searchAreas,
	typoAllowance,
} from '../area/search-areas.js';
import { indexDataset } from '../dataset/dataset-index.js';
import { perDataset } from '../dataset/per-dataset.js';
import { isNeverCorrected } from '../person/never-corrected.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { Place } from '../schema/place.js';
import { CLOSE_TO_MANY, coversMany, policedByMany, sharedPlaceName } from '../text/query-messages.js';
import { ANSWER_WORDING, notCovered, policedBy, showingCorrected } from '../text/wording.js';

/** The area a name refers to, or the choices (or suggestions) when it is not clear. */
export type AreaResolution =
	| { readonly status: 'found'; readonly area: Area; readonly resolution: AreaResolutionNote }
	| {
			readonly status: 'not-found';
			/** `ambiguous-area`: the name means several areas, and `suggestions` are the choices. */
			readonly reason: 'unknown-area' | 'ambiguous-area';
			/** A plain sentence saying why; names only registry and gazetteer names, never what was typed. */
			readonly message: string;
			readonly suggestions: readonly Suggestion[];
			/**
			 * Set when the name is one Signpost does not cover (Jersey, British Transport Police): `message` says so,
			 * and a surface in another language says it from this.
			 */
			readonly outside?: OutsideCoverage;
	  };

/** Each nation policed by exactly one force, mapped to that force; built once per dataset. */
const soleForceTable = perDataset((dataset): ReadonlyMap<string, Area> => {
	const forces = new Map<string, Area[]>();
	for (const a of dataset.areas)
		if (a.kind === 'force' && a.nation) forces.set(a.nation, [...(forces.get(a.nation) ?? []), a]);
	const sole = new Map<string, Area>();
	for (const [nation, list] of forces) if (list.length === 1 && list[0]) sole.set(nation, list[0]);
	return sole;
});

/**
 * The area that holds a nation's figures: the nation itself, or, when it holds none and one force polices all of it,
 * that force (the territories are the same, and the sources report the force's figures as the nation's).
 */
function policingArea(dataset: Dataset, area: Area): Area {
	if (area.kind !== 'nation' || !area.nation) return area;
	const force = soleForceTable(dataset).get(area.nation);
	const ownFigures = indexDataset(dataset).figuresByArea.get(area.id)?.length ?? 0;
	return force && ownFigures === 0 ? force : area;
}

/** Whether an area answers with figures: it holds some, or it is a nation whose only force holds them. */
function answersWithFigures(dataset: Dataset, area: Area): boolean {
	return indexDataset(dataset).figuresByArea.has(area.id) || policingArea(dataset, area) !== area;
}

/** "Kingston upon Hull, City of" as people say it: "City of Kingston upon Hull". */
function spokenName(name: string): string {
	const match = /^(.*), ((?:City|County) of)$/.exec(name);
	return match ? `${match[2]} ${match[1]}` : name;
}

/** A place as a sentence's subject: "Caerdydd (Cardiff)" when an alias matched, "Newport (Wales)" when shared. */
function placeSubject(matched: string, place: Place): string {
	const name = spokenName(place.name);
	const within = normalizeAreaName(name).includes(normalizeAreaName(matched));
	if (matched !== place.name && !within) return `${matched} (${place.where ? `${name}, ${place.where}` : name})`;
	const shown = within ? matched : name;
	return place.where ? `${shown} (${place.where})` : shown;
}

/** A place as the gazetteer names it, as people say it, and where it is when that is part of its name. */
function placeName(place: Place): string {
	const name = spokenName(place.name);
	return place.where ? `${name} (${place.where})` : name;
}

function found(area: Area, resolution: AreaResolutionNote): AreaResolution {
	return { status: 'found', area, resolution };
}

function exactOrAlias(dataset: Dataset, area: Area, matched: string, own: boolean): AreaResolution {
	const policing = policingArea(dataset, area);
	if (policing !== area)
		return found(policing, {
			kind: 'place',
			matched,
			place: area.name,
			areaName: policing.name,
			note: policedBy(area.name, policing.name),
		});
	return found(area, { kind: own ? 'exact' : 'alias', matched, note: '' });
}

function fromPlace(dataset: Dataset, name: PlaceName, area: Area): AreaResolution {
	const policing = policingArea(dataset, area);
	return found(policing, {
		kind: 'place',
		matched: name.name,
		place: placeName(name.place),
		areaName: policing.name,
		note: policedBy(placeSubject(name.name, name.place), policing.name),
	});
}

/** The choices for a gazetteer name that means more than one area: a name that spans forces, or a shared name. */
function placeChoices(names: readonly PlaceName[]): AreaResolution {
	const suggestions: Suggestion[] = [];
	const seen = new Set<string>();
	const shared = names.length > 1;
	for (const name of names) {
		for (const area of name.areas) {
			if (seen.has(area.id)) continue;
			seen.add(area.id);
			suggestions.push(
				shared
					? { id: area.id, name: area.shortName, detail: placeLabel(name.place) }
					: { id: area.id, name: area.shortName },
			);
		}
	}
	const first = names[0] as PlaceName;
	const message = shared
		? sharedPlaceName(
				first.name,
				names.map((n) => placeSubject(n.name, n.place)),
			)
		: first.areas.every((area) => area.kind === 'force')
			? policedByMany(
					spokenName(first.name),
					first.areas.map((a) => a.name),
				)
			: coversMany(
					spokenName(first.name),
					first.areas.map((a) => a.name),
				);
	return { status: 'not-found', reason: 'ambiguous-area', message, suggestions };
}

interface Candidate {
	readonly area: Area;
	readonly matched: string;
	readonly place?: PlaceName;
	readonly distance: number;
}

/** A near spelling of exactly one area's names corrected to it; near spellings of several areas as choices. */
function correct(dataset: Dataset, query: string): AreaResolution | undefined {
	const max = isNeverCorrected(query) ? 0 : typoAllowance(query);
	if (max === 0) return undefined;
	const candidates: Candidate[] = [
		...nearAreaNames(dataset, query, max).map((near) => ({
			area: near.area,
			matched: near.name,
			distance: near.distance,
		})),
		...nearPlaceNames(dataset, query, max).flatMap((near) =>
			near.name.areas.map((area) => ({ area, matched: near.name.name, place: near.name, distance: near.distance })),
		),
	];
	if (candidates.length === 0) return undefined;
	const best = Math.min(...candidates.map((c) => c.distance));
	const close = candidates.filter((c) => c.distance <= best + 1).sort((a, b) => a.distance - b.distance);
	const areas = new Map<string, Candidate>();
	for (const candidate of close) if (!areas.has(candidate.area.id)) areas.set(candidate.area.id, candidate);
	const [only] = areas.values();
	if (areas.size === 1 && only) {
		const area = policingArea(dataset, only.area);
		return found(area, {
			kind: 'corrected',
			matched: only.matched,
			...(only.place ? { place: placeName(only.place.place) } : {}),
			areaName: area.name,
			note: showingCorrected(area.name, only.place && placeLabel(only.place.place)),
		});
	}
	return {
		status: 'not-found',
		reason: 'ambiguous-area',
		message: CLOSE_TO_MANY,
		suggestions: [...areas.values()]
			.slice(0, 10)
			.map((c) =>
				c.place
					? { id: c.area.id, name: c.area.shortName, detail: placeLabel(c.place.place) }
					: { id: c.area.id, name: c.area.shortName },
			),
	};
}

/** The answer for a name Signpost does not cover (Jersey, British Transport Police), or `undefined`. */
function outsideAnswer(text: string): AreaResolution | undefined {
	const outside = outsideCoverage(text);
	if (!outside) return undefined;
	return {
		status: 'not-found',
		reason: 'unknown-area',
		message: notCovered(outside),
		suggestions: [],
		outside,
	};
}

/**
 * Resolves what a user typed to one area, or to choices; never to a guess:
 * 1. an area id, or an area's own name, short name or alias ("Notts", "Heddlu Gwent"; forces first);
 * 2. a place in the gazetteer: a town, local authority or county policed by one force ("Reading" → Thames Valley
 *    Police, "Derry" → the PSNI, "Hants" → Hampshire and Isle of Wight Constabulary), with the sentence that says
 *    so; a name that spans several forces ("London", "Yorkshire") or that several places share ("Newport") answers
 *    `ambiguous-area` with the choices;
 * 3. a near spelling (from four letters: one edit, from seven: two) of exactly one area's names, marked
 *    `corrected` ("Showing Derbyshire Constabulary (spelling corrected)", never quoting what was typed); near spellings of several areas are choices.
 * A word that reads as a person ("hurt", "dead", "safe", "home") is never corrected to a place: "hurt" is not Hart.
 * Prefixes and substrings never resolve ("a" is not Avon and Somerset, "Hants" never Northamptonshire): they only
 * suggest. A nation policed by a single force that holds no figures of its own (Scotland, Northern Ireland) resolves
 * to that force.
 *
 * @example
 * ```ts
 * resolveArea(dataset, 'derbyshire constabulary'); // { status: 'found', area: { id: 'derbyshire', ... }, resolution: { kind: 'exact', ... } }
 * const reading = resolveArea(dataset, 'Reading');
 * if (reading.status === 'found') reading.resolution.note; // "Reading is policed by Thames Valley Police"
 * resolveArea(dataset, 'London').status; // "not-found" (reason "ambiguous-area": the Met or the City of London Police)
 * resolveArea(dataset, 'Atlantis').status; // "not-found"
 * ```
 */
export function resolveArea(dataset: Dataset, text: string): AreaResolution {
	const byId = indexDataset(dataset).areas.get(text);
	if (!byId) return resolveName(dataset, text);
	// An id is typed as a name too ("london", "england"): where its area holds no figures and the name means several
	// areas, the choices answer, as they do for "London", not a dead end.
	const byName = answersWithFigures(dataset, byId) ? undefined : resolveName(dataset, text);
	if (byName?.status === 'not-found' && byName.reason === 'ambiguous-area') return byName;
	return exactOrAlias(dataset, byId, byId.name, true);
}

/** {@link resolveArea} for text that is not an area id. */
function resolveName(dataset: Dataset, text: string): AreaResolution {
	const query = foldAreaQuery(text);
	const exact = exactAreaName(dataset, query);
	if (exact && exact.area.kind === 'force') return exactOrAlias(dataset, exact.area, exact.name, exact.own);
	const places = query ? placeIndex(dataset).byName.get(query) : undefined;
	const spans = places !== undefined && (places.length > 1 || (places[0]?.areas.length ?? 0) > 1);
	if (places && spans && !(exact?.own && answersWithFigures(dataset, exact.area))) return placeChoices(places);
	if (exact) return exactOrAlias(dataset, exact.area, exact.name, exact.own);
	const place = places?.[0];
	const area = place?.areas[0];
	if (place && area) return fromPlace(dataset, place, area);
	return outsideAnswer(text) ?? unmatched(dataset, text, query);
}

/** A name matching no area or place: a near spelling corrected, or no area with suggestions. */
function unmatched(dataset: Dataset, text: string, query: string): AreaResolution {
	const corrected = query ? correct(dataset, query) : undefined;
	if (corrected) return corrected;
	return {
		status: 'not-found',
		reason: 'unknown-area',
		message: ANSWER_WORDING.notFound.unknownArea,
		// A suggestion found through a place says which ("West Yorkshire (Leeds)").
		suggestions: searchAreas(dataset, text, 5).map((m) =>
			m.place ? { id: m.area.id, name: m.area.shortName, detail: m.place } : { id: m.area.id, name: m.area.shortName },
		),
	};
}
