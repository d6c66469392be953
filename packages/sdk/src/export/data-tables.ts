import type { AgeBand, Area, Claim, Conflict, Dataset, Figure, Measure, Source } from '@signpost-uk/domain';
import { figureKey, nationsText } from '@signpost-uk/domain';

/** A column of a table in the data package, as a Frictionless Table Schema field. */
export interface TableField {
	readonly name: string;
	readonly type: 'string' | 'number' | 'integer' | 'boolean';
	readonly description: string;
}

/** One tidy CSV resource of the data package: its fields, keys and rows. */
export interface DataTable {
	readonly name: string;
	readonly title: string;
	readonly description: string;
	readonly fields: readonly TableField[];
	readonly primaryKey: readonly string[];
	readonly foreignKeys: readonly {
		readonly fields: string;
		readonly reference: { readonly resource: string; readonly fields: string };
	}[];
	readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

/** One cell of a row. */
type Cell = DataTable['rows'][number][number];

/** A column: its field, beside how a row gives its cell, so the two cannot fall out of step. */
interface Column<Row> {
	readonly field: TableField;
	readonly cell: (row: Row) => Cell;
}

/** A text column; a missing value is the empty string. */
const s = <Row>(name: string, description: string, cell: (row: Row) => string | undefined): Column<Row> => ({
	field: { name, type: 'string', description },
	cell: (row) => cell(row) ?? '',
});

/** A number column; a missing value is an empty cell (null). */
const n = <Row>(
	name: string,
	type: 'number' | 'integer',
	description: string,
	cell: (row: Row) => number | undefined,
): Column<Row> => ({ field: { name, type, description }, cell: (row) => cell(row) ?? null });

const fk = (fields: string, resource: string, to = 'id') => ({ fields, reference: { resource, fields: to } });

/** A table from its head, its columns and the items its rows come from, one row per item. */
function table<Row>(
	head: Pick<DataTable, 'name' | 'title' | 'description' | 'primaryKey'> & Partial<Pick<DataTable, 'foreignKeys'>>,
	columns: readonly Column<Row>[],
	items: readonly Row[],
): DataTable {
	return {
		name: head.name,
		title: head.title,
		description: head.description,
		fields: columns.map((c) => c.field),
		primaryKey: head.primaryKey,
		foreignKeys: head.foreignKeys ?? [],
		rows: items.map((item) => columns.map((c) => c.cell(item))),
	};
}

/** What a publication date cell holds when the page shows no date. */
const NO_DATE_SHOWN = 'The page shows no publication date.';

/**
 * For each figure, the figure first reported with the same area, period, measure and breakdown (a conflicting or
 * corroborating report of the same quantity), so a sum can leave the repeat out. The first is the one listed first.
 */
function duplicatesOf(dataset: Dataset): Map<string, string> {
	const firstByKey = new Map<string, string>();
	const duplicateOf = new Map<string, string>();
	for (const figure of dataset.figures) {
		const key = `${figureKey(figure)}|${figure.unit}`;
		const first = firstByKey.get(key);
		if (first === undefined) firstByKey.set(key, figure.id);
		else duplicateOf.set(figure.id, first);
	}
	return duplicateOf;
}

/**
 * The dataset as tidy tables (one fact per row, one kind of thing per table), each with a Frictionless Table Schema:
 * figures, areas, measures, age bands, sources, figure-source links with quotes, conflicts and their figures, claims
 * and their figures. The figures table never counts a value twice when summed on `duplicate_of` being empty.
 *
 * @param dataset - a validated dataset
 * @returns the tables, in the order the package lists them
 * @example
 * ```ts
 * const [figures] = dataTables(getDataset());
 * figures.fields.map((f) => f.name); // ["id", "area_id", "area_code", ...]
 * ```
 */
export function dataTables(dataset: Dataset): DataTable[] {
	return [
		figuresTable(dataset),
		areasTable(dataset),
		measuresTable(dataset),
		ageBandsTable(dataset),
		sourcesTable(dataset),
		figureSourcesTable(dataset),
		conflictsTable(dataset),
		conflictFiguresTable(dataset),
		claimsTable(dataset),
		claimFiguresTable(dataset),
	];
}

/** For each figure in a conflict, the ids of its conflicts. */
function conflictIdsByFigure(dataset: Dataset): Map<string, string[]> {
	const ids = new Map<string, string[]>();
	for (const conflict of dataset.conflicts)
		for (const id of conflict.figures) ids.set(id, [...(ids.get(id) ?? []), conflict.id]);
	return ids;
}

/** The `figures` table. */
function figuresTable(dataset: Dataset): DataTable {
	const areas = new Map(dataset.areas.map((a) => [a.id, a]));
	const duplicateOf = duplicatesOf(dataset);
	const conflictsOf = conflictIdsByFigure(dataset);
	return table<Figure>(
		{
			name: 'figures',
			title: 'Figures',
			description:
				'One row per figure: one number one or more sources state for an area, period, measure and breakdown. ' +
				'To add figures up, keep rows with the same measure and unit, no breakdown, areas that do not overlap ' +
				'(forces, or one nation), and an empty duplicate_of: a row with duplicate_of set reports the same ' +
				'quantity as another row (a conflicting or corroborating report) and would count it twice.',
			primaryKey: ['id'],
			foreignKeys: [fk('area_id', 'areas'), fk('measure_id', 'measures')],
		},
		[
			s(
				'id',
				'Stable figure id: area id, period with "/" as "-", then a tag (see the id rule in the README).',
				(f) => f.id,
			),
			s('area_id', 'The area id (areas.csv).', (f) => f.area),
			s('area_code', 'The ONS Police Force Area code, where the area has one.', (f) => areas.get(f.area)?.onsCode),
			s(
				'period',
				'A financial year ("2016/17", April to March) or a span of years ("2017/18-2022/23").',
				(f) => f.period,
			),
			s('measure_id', 'What is counted (measures.csv).', (f) => f.measure),
			s(
				'age_band',
				'Breakdown: the victim age band id (age-bands.csv), empty for all ages.',
				(f) => f.breakdown?.ageBand,
			),
			s('sex', 'Breakdown: the victim sex ("girls", "boys"), empty for both.', (f) => f.breakdown?.sex),
			s('platform', 'Breakdown: the platform id, empty for all platforms.', (f) => f.breakdown?.platform),
			n('value', 'number', 'The value as the source states it.', (f) => f.value),
			s('unit', '"count", "percent" (8 = 8%) or "share" (0.8 = four in five).', (f) => f.unit),
			s(
				'qualifier',
				'How the source qualified the value: "exact", "more-than", "over", "almost", ...',
				(f) => f.qualifier,
			),
			s('confidence', '"low" where the value was rebuilt from a flattened table, else "normal".', (f) => f.confidence),
			s('conflict_id', 'The conflicts (conflicts.csv) this figure is part of, space-separated; empty if none.', (f) =>
				(conflictsOf.get(f.id) ?? []).join(' '),
			),
			s('duplicate_of', 'The id of the row reporting the same quantity first; empty on the row to count.', (f) =>
				duplicateOf.get(f.id),
			),
			s(
				'corroborates',
				'A figure this one restates at another precision (83% beside "four in five").',
				(f) => f.corroborates,
			),
			s('notes', 'Notes on the value, including partial coverage ("from 42 of the 43 forces"), " | "-separated.', (f) =>
				f.notes.join(' | '),
			),
		],
		dataset.figures,
	);
}

/** The `areas` table. */
function areasTable(dataset: Dataset): DataTable {
	return table<Area>(
		{
			name: 'areas',
			title: 'Areas',
			description:
				'Every area: the 45 territorial police forces (with or without figures), nations, regions, groups, the UK.',
			primaryKey: ['id'],
		},
		[
			s('id', 'Area id.', (a) => a.id),
			s('kind', '"force", "nation", "region", "group" or "uk".', (a) => a.kind),
			s('name', 'Official name.', (a) => a.name),
			s('short_name', 'Short name.', (a) => a.shortName),
			s('ons_code', 'ONS Police Force Area code, where one exists.', (a) => a.onsCode),
			s('nation', 'The nation a force or region is in.', (a) => a.nation),
			s('region', 'The English region (an area id) a force is in.', (a) => a.region),
			s('members', 'For regions and groups: the member forces, space-separated.', (a) => (a.members ?? []).join(' ')),
		],
		dataset.areas,
	);
}

/** The `measures` table. */
function measuresTable(dataset: Dataset): DataTable {
	return table<Measure>(
		{
			name: 'measures',
			title: 'Measures',
			description: 'What is counted, with definitions. Measures of different kinds are never added or compared.',
			primaryKey: ['id'],
		},
		[
			s('id', 'Measure id.', (m) => m.id),
			s('name', 'Name.', (m) => m.name),
			s('short_name', 'Short name.', (m) => m.shortName),
			s('kind', '"recorded-offences", "outcomes" or "context".', (m) => m.kind),
			s('definition', 'What the measure counts.', (m) => m.definition),
			s(
				'in_force_from',
				'When the offence came into force, by nation, where that was within the dataset ("England and Wales 2017-04-03; Northern Ireland 2017-02").',
				(m) => m.inForce.map((e) => `${nationsText(e.nations)} ${e.from}`).join('; '),
			),
		],
		dataset.measures,
	);
}

/** The `age-bands` table. */
function ageBandsTable(dataset: Dataset): DataTable {
	return table<AgeBand>(
		{
			name: 'age-bands',
			title: 'Age bands',
			description: 'Victim age bands exactly as releases published them; bands are never summed or converted.',
			primaryKey: ['id'],
		},
		[
			s('id', 'Age band id.', (b) => b.id),
			s('label', 'The band as published.', (b) => b.label),
			n('from', 'integer', 'Youngest age in the band, where stated.', (b) => b.from),
			n('up_to', 'integer', 'Oldest age in the band, where stated.', (b) => b.upTo),
		],
		dataset.ageBands,
	);
}

/** The `sources` table. */
function sourcesTable(dataset: Dataset): DataTable {
	return table<Source>(
		{
			name: 'sources',
			title: 'Sources',
			description: 'Every page or article figures are quoted from.',
			primaryKey: ['id'],
		},
		[
			s('id', 'Source id.', (src) => src.id),
			s('title', 'Title or headline (the source’s words).', (src) => src.title),
			s('publisher', 'Publisher.', (src) => src.publisher),
			s('url', 'Address (https: or http:).', (src) => src.url),
			s('published', 'Publication date (YYYY-MM-DD, YYYY-MM or YYYY); empty when the page shows none.', (src) =>
				src.published === 'not-shown' ? '' : src.published,
			),
			s('published_note', 'How the date was established, or why there is none.', (src) =>
				src.published === 'not-shown'
					? [NO_DATE_SHOWN, src.publishedNote].filter(Boolean).join(' ')
					: src.publishedNote,
			),
			s('reports', 'What the source reports.', (src) => src.reports),
		],
		dataset.sources,
	);
}

/** A figure's source at its place in the figure's list (1 for its citation). */
type FigureSource = { readonly figure: Figure; readonly ref: Figure['sources'][number]; readonly position: number };

/** The `figure-sources` table. */
function figureSourcesTable(dataset: Dataset): DataTable {
	return table<FigureSource>(
		{
			name: 'figure-sources',
			title: 'Figure sources',
			description:
				'Which sources state each figure, with the exact quote. The first source of a figure is its citation.',
			primaryKey: ['figure_id', 'position'],
			foreignKeys: [fk('figure_id', 'figures'), fk('source_id', 'sources')],
		},
		[
			s('figure_id', 'The figure (figures.csv).', (r) => r.figure.id),
			s('source_id', 'The source (sources.csv).', (r) => r.ref.source),
			n('position', 'integer', '1 for the figure’s citation, then 2, 3, ...', (r) => r.position),
			s('quote', 'The source’s words, copied exactly.', (r) => r.ref.quote),
		],
		dataset.figures.flatMap((figure) => figure.sources.map((ref, i) => ({ figure, ref, position: i + 1 }))),
	);
}

/** The `conflicts` table. */
function conflictsTable(dataset: Dataset): DataTable {
	return table<Conflict>(
		{
			name: 'conflicts',
			title: 'Conflicts',
			description: 'Reports that disagree. Every value stays; none is chosen.',
			primaryKey: ['id'],
		},
		[
			s('id', 'Conflict id.', (c) => c.id),
			s('kind', '"disagreement" or "revision" (a later release restates a year).', (c) => c.kind),
			s('note', 'What disagrees, and what is known about why.', (c) => c.note),
		],
		dataset.conflicts,
	);
}

/** The `conflict-figures` table. */
function conflictFiguresTable(dataset: Dataset): DataTable {
	return table<readonly [conflict: string, figure: string]>(
		{
			name: 'conflict-figures',
			title: 'Conflict figures',
			description: 'The figures each conflict sets side by side.',
			primaryKey: ['conflict_id', 'figure_id'],
			foreignKeys: [fk('conflict_id', 'conflicts'), fk('figure_id', 'figures')],
		},
		[
			s('conflict_id', 'The conflict (conflicts.csv).', ([conflict]) => conflict),
			s('figure_id', 'A figure in it (figures.csv).', ([, figure]) => figure),
		],
		dataset.conflicts.flatMap((c) => c.figures.map((id) => [c.id, id] as const)),
	);
}

/** The `claims` table. */
function claimsTable(dataset: Dataset): DataTable {
	return table<Claim>(
		{
			name: 'claims',
			title: 'Claims',
			description: 'Derived statements sources make ("up 15 per cent"), recomputed from the figures and checked.',
			primaryKey: ['id'],
			foreignKeys: [fk('source_id', 'sources')],
		},
		[
			s('id', 'Claim id.', (c) => c.id),
			s('source_id', 'The source making it (sources.csv).', (c) => c.source),
			s('quote', 'The source’s words.', (c) => c.quote),
			s('kind', '"percent-change", "per-day", "ratio", "percent-of", "one-in-n", ...', (c) => c.kind),
			n('stated', 'number', 'The number the source states.', (c) => c.stated),
			s('qualifier', 'How the source qualified it.', (c) => c.qualifier),
			s(
				'reproduces',
				'"true" when it reproduces from its figures, "false" when it does not, empty if unchecked.',
				(c) => (c.reproduces === true ? 'true' : c.reproduces === false ? 'false' : ''),
			),
			s('note', 'The check’s explanation.', (c) => c.note),
		],
		dataset.claims,
	);
}

/** The `claim-figures` table. */
function claimFiguresTable(dataset: Dataset): DataTable {
	return table<readonly [claim: string, position: number, figure: string]>(
		{
			name: 'claim-figures',
			title: 'Claim figures',
			description: 'The figures each claim is computed from, in order ([from, to] for a change).',
			primaryKey: ['claim_id', 'position'],
			foreignKeys: [fk('claim_id', 'claims'), fk('figure_id', 'figures')],
		},
		[
			s('claim_id', 'The claim (claims.csv).', ([claim]) => claim),
			n('position', 'integer', 'The figure’s place in the claim’s inputs, from 1.', ([, position]) => position),
			s('figure_id', 'The figure (figures.csv).', ([, , figure]) => figure),
		],
		dataset.claims.flatMap((c) => c.figures.map((id, i) => [c.id, i + 1, id] as const)),
	);
}
