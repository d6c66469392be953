import { z } from 'zod';
import { areaNations } from '../area/area-nations.js';
import { normalizeAreaName } from '../area/normalize-area-name.js';
import { figureKey } from '../dataset/figure-key.js';
import { inForceFor, inForceYear } from '../measure/in-force.js';
import { AgeBandSchema } from './age-band.js';
import { AreaSchema } from './area.js';
import { isCalendarDate } from './calendar-date.js';
import { ClaimSchema } from './claim.js';
import { ConflictSchema } from './conflict.js';
import { FigureSchema } from './figure.js';
import { LedgerEntrySchema } from './ledger-entry.js';
import { MeasureSchema } from './measure.js';
import { PlaceSchema } from './place.js';
import { ReleaseSchema } from './release.js';
import { SearchLogSchema } from './search-log.js';
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

/** The dataset's record lists, before the cross-reference checks. */
const DatasetRecordsSchema = z.object({
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
	/** Per release, the searches of the stored pages: the queries tried and the pages read. */
	searches: z
		.array(SearchLogSchema)
		.default([])
		.describe('Per release, the searches of the stored pages: the queries tried and the pages read.'),
	/** Per force and release, what the stored pages hold: figures, not found, did not answer, or not in scope. */
	ledger: z
		.array(LedgerEntrySchema)
		.default([])
		.describe(
			'Per force and release, what the stored pages hold: figures, not found, did not answer, or not in scope.',
		),
});

type DatasetRecords = z.output<typeof DatasetRecordsSchema>;
type FigureRecord = DatasetRecords['figures'][number];

/** The ids each kind of record declares, for checking references against. */
interface KnownIds {
	readonly areas: ReadonlySet<string>;
	readonly measures: ReadonlySet<string>;
	readonly bands: ReadonlySet<string>;
	readonly sources: ReadonlySet<string>;
	readonly figures: ReadonlySet<string>;
	readonly releases: ReadonlySet<string>;
}

function knownIds(data: DatasetRecords): KnownIds {
	return {
		areas: new Set(data.areas.map((a) => a.id)),
		measures: new Set(data.measures.map((m) => m.id)),
		bands: new Set(data.ageBands.map((b) => b.id)),
		sources: new Set(data.sources.map((s) => s.id)),
		figures: new Set(data.figures.map((f) => f.id)),
		releases: new Set(data.releases.map((r) => r.id)),
	};
}

/** An issue for a reference to a record that does not exist. */
function unknown(ctx: z.RefinementCtx, path: (string | number)[], what: string, id: string): void {
	ctx.addIssue({ code: 'custom', path, message: `unknown ${what} "${id}"` });
}

function checkDuplicateIds(data: DatasetRecords, ctx: z.RefinementCtx): void {
	const kinds = [
		'areas',
		'measures',
		'ageBands',
		'releases',
		'sources',
		'figures',
		'claims',
		'conflicts',
		'searches',
	] as const;
	for (const kind of kinds) {
		for (const id of duplicates(data[kind].map((record) => record.id))) {
			ctx.addIssue({ code: 'custom', path: [kind], message: `duplicate id "${id}"` });
		}
	}
}

/** A release's measures and a source's release exist. */
function checkReleaseReferences(data: DatasetRecords, ids: KnownIds, ctx: z.RefinementCtx): void {
	data.releases.forEach((release, i) => {
		release.measures.forEach((measure, j) => {
			if (!ids.measures.has(measure)) unknown(ctx, ['releases', i, 'measures', j], 'measure', measure);
		});
	});
	data.sources.forEach((source, i) => {
		if (source.release && !ids.releases.has(source.release))
			unknown(ctx, ['sources', i, 'release'], 'release', source.release);
	});
}

/** A group's member areas and a gazetteer place's areas exist. */
function checkAreaReferences(data: DatasetRecords, ids: KnownIds, ctx: z.RefinementCtx): void {
	data.areas.forEach((area, i) => {
		for (const member of area.members ?? []) {
			if (!ids.areas.has(member)) unknown(ctx, ['areas', i, 'members'], 'area', member);
		}
	});
	data.places.forEach((place, i) => {
		place.areas.forEach((id, j) => {
			if (!ids.areas.has(id)) unknown(ctx, ['places', i, 'areas', j], 'area', id);
		});
	});
}

/** A corroborating figure names a held figure that counts the same thing. */
function checkCorroborates(data: DatasetRecords, figure: FigureRecord, i: number, ctx: z.RefinementCtx): void {
	if (!figure.corroborates) return;
	const held = data.figures.find((f) => f.id === figure.corroborates);
	if (!held) unknown(ctx, ['figures', i, 'corroborates'], 'figure', figure.corroborates);
	else if (figureKey(held) !== figureKey(figure))
		ctx.addIssue({
			code: 'custom',
			path: ['figures', i, 'corroborates'],
			message: `"${figure.corroborates}" counts another area, period, measure or breakdown`,
		});
}

/** A figure's area, measure, excluded areas, age band, corroborated figure and sources exist. */
function checkFigureReferences(
	data: DatasetRecords,
	ids: KnownIds,
	figure: FigureRecord,
	i: number,
	ctx: z.RefinementCtx,
): void {
	if (!ids.areas.has(figure.area)) unknown(ctx, ['figures', i, 'area'], 'area', figure.area);
	if (!ids.measures.has(figure.measure)) unknown(ctx, ['figures', i, 'measure'], 'measure', figure.measure);
	for (const excluded of figure.coverage?.excluding ?? [])
		if (!ids.areas.has(excluded)) unknown(ctx, ['figures', i, 'coverage', 'excluding'], 'area', excluded);
	const band = figure.breakdown?.ageBand;
	if (band && !ids.bands.has(band)) unknown(ctx, ['figures', i, 'breakdown', 'ageBand'], 'age band', band);
	checkCorroborates(data, figure, i, ctx);
	figure.sources.forEach((ref, j) => {
		if (!ids.sources.has(ref.source)) unknown(ctx, ['figures', i, 'sources', j, 'source'], 'source', ref.source);
	});
}

/** A claim's source and figures, and a conflict's figures, exist. */
function checkClaimAndConflictReferences(data: DatasetRecords, ids: KnownIds, ctx: z.RefinementCtx): void {
	data.claims.forEach((claim, i) => {
		if (!ids.sources.has(claim.source)) unknown(ctx, ['claims', i, 'source'], 'source', claim.source);
		claim.figures.forEach((id, j) => {
			if (!ids.figures.has(id)) unknown(ctx, ['claims', i, 'figures', j], 'figure', id);
		});
	});
	data.conflicts.forEach((conflict, i) => {
		conflict.figures.forEach((id, j) => {
			if (!ids.figures.has(id)) unknown(ctx, ['conflicts', i, 'figures', j], 'figure', id);
		});
	});
}

/** A search log's release, and the other release a page it read reports, exist. */
function checkSearchReferences(data: DatasetRecords, ids: KnownIds, ctx: z.RefinementCtx): void {
	data.searches.forEach((log, i) => {
		if (!ids.releases.has(log.release)) unknown(ctx, ['searches', i, 'release'], 'release', log.release);
		log.pages.forEach((page, j) => {
			if (page.release && !ids.releases.has(page.release))
				unknown(ctx, ['searches', i, 'pages', j, 'release'], 'release', page.release);
		});
	});
}

/** The figures and each source's release, looked up by id while checking the ledger. */
interface LedgerLookups {
	readonly figures: ReadonlyMap<string, FigureRecord>;
	readonly releaseOf: ReadonlyMap<string, string | undefined>;
}

/** The problem with a figure an entry names: unknown, another area's, or not reported by the entry's release. */
function ledgerFigureProblem(
	lookups: LedgerLookups,
	entry: { release: string; area: string },
	id: string,
): string | undefined {
	const figure = lookups.figures.get(id);
	if (!figure) return `unknown figure "${id}"`;
	if (figure.area !== entry.area) return `figure "${id}" counts "${figure.area}", not "${entry.area}"`;
	if (!figure.sources.some((ref) => lookups.releaseOf.get(ref.source) === entry.release))
		return `figure "${id}" has no source reporting "${entry.release}"`;
	return undefined;
}

/** The references one ledger entry makes, by outcome: its figures, search log, source, and group totals. */
function checkLedgerEntry(
	data: DatasetRecords,
	ids: KnownIds,
	lookups: LedgerLookups,
	i: number,
	ctx: z.RefinementCtx,
): void {
	const entry = data.ledger[i];
	if (!entry) return;
	const issue = (path: (string | number)[], message: string) =>
		ctx.addIssue({ code: 'custom', path: ['ledger', i, ...path], message });
	if (entry.outcome === 'figures-entered')
		entry.figures.forEach((id, j) => {
			const problem = ledgerFigureProblem(lookups, entry, id);
			if (problem) issue(['figures', j], problem);
		});
	if (entry.outcome === 'not-found') {
		const log = data.searches.find((s) => s.id === entry.search);
		if (!log) issue(['search'], `unknown search log "${entry.search}"`);
		else if (log.release !== entry.release)
			issue(['search'], `search log "${entry.search}" searched "${log.release}", not "${entry.release}"`);
		for (const id of entry.inGroups ?? []) if (!ids.figures.has(id)) issue(['inGroups'], `unknown figure "${id}"`);
	}
	if (entry.outcome === 'did-not-answer' && !ids.sources.has(entry.source))
		issue(['source'], `unknown source "${entry.source}"`);
}

/** Each ledger entry names a known release and force, once per pair, and what it refers to exists and fits. */
function checkLedgerReferences(data: DatasetRecords, ids: KnownIds, ctx: z.RefinementCtx): void {
	const forces = new Set(data.areas.filter((a) => a.kind === 'force').map((a) => a.id));
	const seen = new Set<string>();
	const lookups: LedgerLookups = {
		figures: new Map(data.figures.map((f) => [f.id, f])),
		releaseOf: new Map(data.sources.map((s) => [s.id, s.release])),
	};
	data.ledger.forEach((entry, i) => {
		if (!ids.releases.has(entry.release)) unknown(ctx, ['ledger', i, 'release'], 'release', entry.release);
		if (!forces.has(entry.area))
			ctx.addIssue({ code: 'custom', path: ['ledger', i, 'area'], message: `"${entry.area}" is not a police force` });
		const pair = `${entry.release} ${entry.area}`;
		if (seen.has(pair))
			ctx.addIssue({
				code: 'custom',
				path: ['ledger', i],
				message: `a second entry for ${entry.area} in ${entry.release}`,
			});
		seen.add(pair);
		checkLedgerEntry(data, ids, lookups, i, ctx);
	});
}

/**
 * A conflict is two or more values for one thing: its figures share one area, period, measure and breakdown
 * (issue 24). Parts that do not add up to a total, or a year beside another, are not a conflict: a note says so.
 */
function checkConflictKeys(data: DatasetRecords, ctx: z.RefinementCtx): void {
	const byId = new Map(data.figures.map((f) => [f.id, f]));
	data.conflicts.forEach((conflict, i) => {
		const keys = new Set(
			conflict.figures.flatMap((id) => {
				const figure = byId.get(id);
				return figure ? [figureKey(figure)] : [];
			}),
		);
		if (keys.size > 1)
			ctx.addIssue({
				code: 'custom',
				path: ['conflicts', i, 'figures'],
				message: `conflict ${conflict.id} joins figures of different areas, periods, measures or breakdowns (${[...keys].join('; ')}): a conflict joins values for one area, period, measure and breakdown only`,
			});
	});
}

/**
 * A figure for a year before its measure's offence came into force in the area's nations (Sexual Communication with a
 * Child before 2017/18 in England and Wales) is an error unless it carries an `inForceNote` saying why; a note on a
 * figure that needs none is an error too, so a corrected period does not leave a stale explanation behind.
 */
function checkInForce(data: DatasetRecords, ctx: z.RefinementCtx): void {
	const index = { areas: new Map(data.areas.map((a) => [a.id, a])) };
	const measures = new Map(data.measures.map((m) => [m.id, m]));
	data.figures.forEach((figure, i) => {
		const measure = measures.get(figure.measure);
		const area = index.areas.get(figure.area);
		if (!measure || !area) return;
		const nations = areaNations(area, index);
		const firstYear = inForceYear(measure, nations);
		const before = firstYear !== undefined && figure.period.slice(0, 7) < firstYear;
		if (before && !figure.inForceNote) {
			const entry = inForceFor(measure, nations);
			ctx.addIssue({
				code: 'custom',
				path: ['figures', i, 'period'],
				message: `figure ${figure.id} counts ${measure.id} in ${figure.period}, before the offence came into force in ${entry?.nations.join(' and ')} (${entry?.from}, so ${firstYear}): correct the period, or give the figure an inForceNote saying why its source counts that year`,
			});
		}
		if (!before && figure.inForceNote)
			ctx.addIssue({
				code: 'custom',
				path: ['figures', i, 'inForceNote'],
				message: `figure ${figure.id} has an inForceNote, but ${figure.period} is not before ${measure.id} came into force there`,
			});
	});
}

/** Each measure's in-force nations are named once, and a caveat said beside another measure names a measure held. */
function checkMeasureReferences(data: DatasetRecords, ids: KnownIds, ctx: z.RefinementCtx): void {
	data.measures.forEach((measure, i) => {
		const seen = new Set<string>();
		measure.inForce.forEach((entry, j) => {
			for (const nation of entry.nations) {
				if (seen.has(nation))
					ctx.addIssue({
						code: 'custom',
						path: ['measures', i, 'inForce', j, 'nations'],
						message: `${nation} has two in-force dates`,
					});
				seen.add(nation);
			}
		});
		measure.besideCaveats.forEach((caveat, j) => {
			if (!ids.measures.has(caveat.measure) || caveat.measure === measure.id)
				unknown(ctx, ['measures', i, 'besideCaveats', j, 'measure'], 'other measure', caveat.measure);
		});
	});
}

/**
 * The whole dataset as one JSON value: what `getDataset()` returns and what `createSignpost({ dataset })` accepts.
 * Beyond each record's shape it checks every cross-reference: ids unique, every area, measure, age band and source a
 * figure names exists, every figure a claim or conflict names exists.
 */
export const DatasetSchema = DatasetRecordsSchema.superRefine((data, ctx) => {
	checkDuplicateIds(data, ctx);
	const ids = knownIds(data);
	checkReleaseReferences(data, ids, ctx);
	checkAreaReferences(data, ids, ctx);
	checkAreaNames(data.areas, ctx);
	data.figures.forEach((figure, i) => {
		checkFigureReferences(data, ids, figure, i, ctx);
	});
	checkClaimAndConflictReferences(data, ids, ctx);
	checkSearchReferences(data, ids, ctx);
	checkLedgerReferences(data, ids, ctx);
	checkConflictKeys(data, ctx);
	checkMeasureReferences(data, ids, ctx);
	checkInForce(data, ctx);
});

/** The dataset as validated: defaults filled in. */
export type Dataset = z.output<typeof DatasetSchema>;
/** The dataset as written in JSON: optional fields may be missing. */
export type DatasetInput = z.input<typeof DatasetSchema>;
