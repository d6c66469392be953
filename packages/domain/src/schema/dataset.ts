import { z } from 'zod';
import { normalizeAreaName } from '../area/normalize-area-name.js';
import { figureKey } from '../dataset/figure-key.js';
import { AgeBandSchema } from './age-band.js';
import { AreaSchema } from './area.js';
import { isCalendarDate } from './calendar-date.js';
import { ClaimSchema } from './claim.js';
import { ConflictSchema } from './conflict.js';
import { FigureSchema } from './figure.js';
import { MeasureSchema } from './measure.js';
import { PlaceSchema } from './place.js';
import { ReleaseSchema } from './release.js';
import { SourceSchema } from './source.js';

function duplicates(ids: readonly string[]): string[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
	return [...repeated];
}

/**
 * Every name an area answers to is its own: an alias may not be another area's id, name, short name or alias (once
 * folded as searches fold them), so a dataset from elsewhere cannot make "Derbyshire" resolve to Cleveland.
 */
function checkAreaNames(
	areas: readonly { id: string; name: string; shortName: string; aliases: readonly string[] }[],
	ctx: z.RefinementCtx,
): void {
	const owners = new Map<string, string>();
	for (const area of areas) {
		for (const name of [area.id, area.name, area.shortName]) {
			const folded = normalizeAreaName(name);
			if (folded && !owners.has(folded)) owners.set(folded, area.id);
		}
	}
	areas.forEach((area, i) => {
		area.aliases.forEach((alias, j) => {
			const folded = normalizeAreaName(alias);
			const owner = owners.get(folded);
			if (owner !== undefined && owner !== area.id) {
				ctx.addIssue({
					code: 'custom',
					path: ['areas', i, 'aliases', j],
					message: `alias "${alias}" is a name of area "${owner}"`,
				});
			} else if (folded) owners.set(folded, area.id);
		});
	});
}

/**
 * The whole dataset as one JSON value: what `getDataset()` returns and what `createSignpost({ dataset })` accepts.
 * Beyond each record's shape it checks every cross-reference: ids unique, every area, measure, age band and source a
 * figure names exists, every figure a claim or conflict names exists.
 */
export const DatasetSchema = z
	.object({
		/** Dataset version, "YYYY-MM-DD" of the last data change. */
		version: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/)
			.refine(isCalendarDate, 'must be a real date (no 31 February)')
			.describe('Dataset version, "YYYY-MM-DD" of the last data change.'),
		/** The registry of areas: police forces, nations, regions, named groups and the UK. */
		areas: z
			.array(AreaSchema)
			.min(1)
			.describe('The registry of areas: police forces, nations, regions, named groups and the UK.'),
		/** What is counted, with definitions and caveats. */
		measures: z.array(MeasureSchema).min(1).describe('What is counted, with definitions and caveats.'),
		/** Victim age bands exactly as published. */
		ageBands: z.array(AgeBandSchema).describe('Victim age bands exactly as published.'),
		/** The releases sources report (NSPCC FOI releases, police releases); older datasets have none. */
		releases: z
			.array(ReleaseSchema)
			.default([])
			.describe('The releases sources report (NSPCC FOI releases, police releases); older datasets have none.'),
		/** The pages and documents figures are quoted from. */
		sources: z.array(SourceSchema).describe('The pages and documents figures are quoted from.'),
		/** Numbers the sources state, each with its citations. */
		figures: z.array(FigureSchema).describe('Numbers the sources state, each with its citations.'),
		/** Derived statements the sources make ("up 15 per cent"), recomputed from their figures. */
		claims: z
			.array(ClaimSchema)
			.describe('Derived statements the sources make ("up 15 per cent"), recomputed from their figures.'),
		/** Documented disagreements between figures; all the figures stay. */
		conflicts: z.array(ConflictSchema).describe('Documented disagreements between figures; all the figures stay.'),
		/** The place gazetteer: local authorities, towns and other names, each with the areas that police it. */
		places: z
			.array(PlaceSchema)
			.default([])
			.describe('The place gazetteer: local authorities, towns and other names, each with the areas that police it.'),
	})
	.superRefine((data, ctx) => {
		const kinds = ['areas', 'measures', 'ageBands', 'releases', 'sources', 'figures', 'claims', 'conflicts'] as const;
		for (const kind of kinds) {
			for (const id of duplicates(data[kind].map((record) => record.id))) {
				ctx.addIssue({ code: 'custom', path: [kind], message: `duplicate id "${id}"` });
			}
		}
		const areas = new Set(data.areas.map((a) => a.id));
		const measures = new Set(data.measures.map((m) => m.id));
		const bands = new Set(data.ageBands.map((b) => b.id));
		const sources = new Set(data.sources.map((s) => s.id));
		const figures = new Set(data.figures.map((f) => f.id));
		const releases = new Set(data.releases.map((r) => r.id));
		data.releases.forEach((release, i) => {
			release.measures.forEach((measure, j) => {
				if (!measures.has(measure))
					ctx.addIssue({
						code: 'custom',
						path: ['releases', i, 'measures', j],
						message: `unknown measure "${measure}"`,
					});
			});
		});
		data.sources.forEach((source, i) => {
			if (source.release && !releases.has(source.release))
				ctx.addIssue({
					code: 'custom',
					path: ['sources', i, 'release'],
					message: `unknown release "${source.release}"`,
				});
		});
		data.areas.forEach((area, i) => {
			for (const member of area.members ?? []) {
				if (!areas.has(member))
					ctx.addIssue({ code: 'custom', path: ['areas', i, 'members'], message: `unknown area "${member}"` });
			}
		});
		data.places.forEach((place, i) => {
			place.areas.forEach((id, j) => {
				if (!areas.has(id))
					ctx.addIssue({ code: 'custom', path: ['places', i, 'areas', j], message: `unknown area "${id}"` });
			});
		});
		checkAreaNames(data.areas, ctx);
		data.figures.forEach((figure, i) => {
			if (!areas.has(figure.area))
				ctx.addIssue({ code: 'custom', path: ['figures', i, 'area'], message: `unknown area "${figure.area}"` });
			if (!measures.has(figure.measure))
				ctx.addIssue({
					code: 'custom',
					path: ['figures', i, 'measure'],
					message: `unknown measure "${figure.measure}"`,
				});
			for (const excluded of figure.coverage?.excluding ?? [])
				if (!areas.has(excluded))
					ctx.addIssue({
						code: 'custom',
						path: ['figures', i, 'coverage', 'excluding'],
						message: `unknown area "${excluded}"`,
					});
			const band = figure.breakdown?.ageBand;
			if (band && !bands.has(band))
				ctx.addIssue({
					code: 'custom',
					path: ['figures', i, 'breakdown', 'ageBand'],
					message: `unknown age band "${band}"`,
				});
			if (figure.corroborates) {
				const held = data.figures.find((f) => f.id === figure.corroborates);
				if (!held)
					ctx.addIssue({
						code: 'custom',
						path: ['figures', i, 'corroborates'],
						message: `unknown figure "${figure.corroborates}"`,
					});
				else if (figureKey(held) !== figureKey(figure))
					ctx.addIssue({
						code: 'custom',
						path: ['figures', i, 'corroborates'],
						message: `"${figure.corroborates}" counts another area, period, measure or breakdown`,
					});
			}
			figure.sources.forEach((ref, j) => {
				if (!sources.has(ref.source))
					ctx.addIssue({
						code: 'custom',
						path: ['figures', i, 'sources', j, 'source'],
						message: `unknown source "${ref.source}"`,
					});
			});
		});
		data.claims.forEach((claim, i) => {
			if (!sources.has(claim.source))
				ctx.addIssue({ code: 'custom', path: ['claims', i, 'source'], message: `unknown source "${claim.source}"` });
			claim.figures.forEach((id, j) => {
				if (!figures.has(id))
					ctx.addIssue({ code: 'custom', path: ['claims', i, 'figures', j], message: `unknown figure "${id}"` });
			});
		});
		data.conflicts.forEach((conflict, i) => {
			conflict.figures.forEach((id, j) => {
				if (!figures.has(id))
					ctx.addIssue({ code: 'custom', path: ['conflicts', i, 'figures', j], message: `unknown figure "${id}"` });
			});
		});
	});

/** The dataset as validated: defaults filled in. */
export type Dataset = z.output<typeof DatasetSchema>;
/** The dataset as written in JSON: optional fields may be missing. */
export type DatasetInput = z.input<typeof DatasetSchema>;
