import type { AgeBand } from '../schema/age-band.js';
import type { Area } from '../schema/area.js';
import type { Claim } from '../schema/claim.js';
import type { Conflict } from '../schema/conflict.js';
import type { Dataset } from '../schema/dataset.js';
import type { Figure } from '../schema/figure.js';
import type { Measure } from '../schema/measure.js';
import type { Source } from '../schema/source.js';
import { FOUND_CONFLICT_NOTE } from '../text/query-messages.js';
import { figureKey } from './figure-key.js';
import { perDataset } from './per-dataset.js';

/** Lookup tables over a dataset, built once per dataset value and cached. */
export interface DatasetIndex {
	readonly areas: ReadonlyMap<string, Area>;
	readonly measures: ReadonlyMap<string, Measure>;
	readonly ageBands: ReadonlyMap<string, AgeBand>;
	readonly sources: ReadonlyMap<string, Source>;
	readonly figures: ReadonlyMap<string, Figure>;
	/** Figures by area id, in dataset order. */
	readonly figuresByArea: ReadonlyMap<string, readonly Figure[]>;
	/** Figures by `figureKey`. */
	readonly figuresByKey: ReadonlyMap<string, readonly Figure[]>;
	/** Conflicts each figure is part of: documented ones, and undocumented disagreements found in the data. */
	readonly conflictsByFigure: ReadonlyMap<string, readonly Conflict[]>;
	/** Every conflict, documented or found. */
	readonly conflicts: readonly Conflict[];
	/** Claims citing each figure. */
	readonly claimsByFigure: ReadonlyMap<string, readonly Claim[]>;
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function build(dataset: Dataset): DatasetIndex {
	const figuresByArea = new Map<string, Figure[]>();
	const figuresByKey = new Map<string, Figure[]>();
	for (const figure of dataset.figures) {
		push(figuresByArea, figure.area, figure);
		push(figuresByKey, figureKey(figure), figure);
	}
	const conflicts: Conflict[] = [...dataset.conflicts];
	const documented = new Set(dataset.conflicts.flatMap((c) => c.figures));
	for (const [key, group] of figuresByKey) {
		// a figure that corroborates another (83% beside "four in five") agrees with it: not a second value
		const values = new Set(group.filter((f) => !f.corroborates).map((f) => `${f.value}|${f.unit}|${f.qualifier}`));
		const undocumented = group.filter((f) => !documented.has(f.id));
		if (values.size > 1 && undocumented.length > 0) {
			conflicts.push({
				kind: 'disagreement',
				id: `found-${key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
				figures: group.map((f) => f.id),
				note: FOUND_CONFLICT_NOTE,
			});
		}
	}
	const conflictsByFigure = new Map<string, Conflict[]>();
	for (const conflict of conflicts) for (const id of conflict.figures) push(conflictsByFigure, id, conflict);
	const claimsByFigure = new Map<string, Claim[]>();
	for (const claim of dataset.claims) for (const id of claim.figures) push(claimsByFigure, id, claim);
	return {
		areas: new Map(dataset.areas.map((a) => [a.id, a])),
		measures: new Map(dataset.measures.map((m) => [m.id, m])),
		ageBands: new Map(dataset.ageBands.map((b) => [b.id, b])),
		sources: new Map(dataset.sources.map((s) => [s.id, s])),
		figures: new Map(dataset.figures.map((f) => [f.id, f])),
		figuresByArea,
		figuresByKey,
		conflictsByFigure,
		conflicts,
		claimsByFigure,
	};
}

const builtIndex = perDataset(build);

/**
 * The lookup tables for a dataset, built on first use and cached for that dataset value.
 *
 * @example
 * ```ts
 * indexDataset(dataset).areas.get('derbyshire')?.name; // "Derbyshire Constabulary"
 * ```
 */
export function indexDataset(dataset: Dataset): DatasetIndex {
	return builtIndex(dataset);
}
