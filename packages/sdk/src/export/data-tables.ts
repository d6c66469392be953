import { type Dataset, figureKey, nationsText } from '@signpost-uk/domain';

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

const s = (name: string, description: string): TableField => ({ name, type: 'string', description });
const fk = (fields: string, resource: string, to = 'id') => ({ fields, reference: { resource, fields: to } });

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

/** The `figures` table. */
function figuresTable(dataset: Dataset): DataTable {
	const areas = new Map(dataset.areas.map((a) => [a.id, a]));
	const duplicateOf = duplicatesOf(dataset);
	const conflictsOf = new Map<string, string[]>();
	for (const conflict of dataset.conflicts)
		for (const id of conflict.figures) conflictsOf.set(id, [...(conflictsOf.get(id) ?? []), conflict.id]);
	return {
		name: 'figures',
		title: 'Figures',
		description:
			'One row per figure: one number one or more sources state for an area, period, measure and breakdown. ' +
			'To add figures up, keep rows with the same measure and unit, no breakdown, areas that do not overlap ' +
			'(forces, or one nation), and an empty duplicate_of: a row with duplicate_of set reports the same ' +
			'quantity as another row (a conflicting or corroborating report) and would count it twice.',
		fields: [
			s('id', 'Stable figure id: area id, period with "/" as "-", then a tag (see the id rule in the README).'),
			s('area_id', 'The area id (areas.csv).'),
			s('area_code', 'The ONS Police Force Area code, where the area has one.'),
			s('period', 'A financial year ("2016/17", April to March) or a span of years ("2017/18-2022/23").'),
			s('measure_id', 'What is counted (measures.csv).'),
			s('age_band', 'Breakdown: the victim age band id (age-bands.csv), empty for all ages.'),
			s('sex', 'Breakdown: the victim sex ("girls", "boys"), empty for both.'),
			s('platform', 'Breakdown: the platform id, empty for all platforms.'),
			{ name: 'value', type: 'number', description: 'The value as the source states it.' },
			s('unit', '"count", "percent" (8 = 8%) or "share" (0.8 = four in five).'),
			s('qualifier', 'How the source qualified the value: "exact", "more-than", "over", "almost", ...'),
			s('confidence', '"low" where the value was rebuilt from a flattened table, else "normal".'),
			s('conflict_id', 'The conflicts (conflicts.csv) this figure is part of, space-separated; empty if none.'),
			s('duplicate_of', 'The id of the row reporting the same quantity first; empty on the row to count.'),
			s('corroborates', 'A figure this one restates at another precision (83% beside "four in five").'),
			s('notes', 'Notes on the value, including partial coverage ("from 42 of the 43 forces"), " | "-separated.'),
		],
		primaryKey: ['id'],
		foreignKeys: [fk('area_id', 'areas'), fk('measure_id', 'measures')],
		rows: dataset.figures.map((f) => [
			f.id,
			f.area,
			areas.get(f.area)?.onsCode ?? '',
			f.period,
			f.measure,
			f.breakdown?.ageBand ?? '',
			f.breakdown?.sex ?? '',
			f.breakdown?.platform ?? '',
			f.value,
			f.unit,
			f.qualifier,
			f.confidence,
			(conflictsOf.get(f.id) ?? []).join(' '),
			duplicateOf.get(f.id) ?? '',
			f.corroborates ?? '',
			f.notes.join(' | '),
		]),
	};
}

/** The `areas` table. */
function areasTable(dataset: Dataset): DataTable {
	return {
		name: 'areas',
		title: 'Areas',
		description:
			'Every area: the 45 territorial police forces (with or without figures), nations, regions, groups, the UK.',
		fields: [
			s('id', 'Area id.'),
			s('kind', '"force", "nation", "region", "group" or "uk".'),
			s('name', 'Official name.'),
			s('short_name', 'Short name.'),
			s('ons_code', 'ONS Police Force Area code, where one exists.'),
			s('nation', 'The nation a force or region is in.'),
			s('region', 'The English region (an area id) a force is in.'),
			s('members', 'For regions and groups: the member forces, space-separated.'),
		],
		primaryKey: ['id'],
		foreignKeys: [],
		rows: dataset.areas.map((a) => [
			a.id,
			a.kind,
			a.name,
			a.shortName,
			a.onsCode ?? '',
			a.nation ?? '',
			a.region ?? '',
			(a.members ?? []).join(' '),
		]),
	};
}

/** The `measures` table. */
function measuresTable(dataset: Dataset): DataTable {
	return {
		name: 'measures',
		title: 'Measures',
		description: 'What is counted, with definitions. Measures of different kinds are never added or compared.',
		fields: [
			s('id', 'Measure id.'),
			s('name', 'Name.'),
			s('short_name', 'Short name.'),
			s('kind', '"recorded-offences", "outcomes" or "context".'),
			s('definition', 'What the measure counts.'),
			s(
				'in_force_from',
				'When the offence came into force, by nation, where that was within the dataset ("England and Wales 2017-04-03; Northern Ireland 2017-02").',
			),
		],
		primaryKey: ['id'],
		foreignKeys: [],
		rows: dataset.measures.map((m) => [
			m.id,
			m.name,
			m.shortName,
			m.kind,
			m.definition,
			m.inForce.map((e) => `${nationsText(e.nations)} ${e.from}`).join('; '),
		]),
	};
}

/** The `age-bands` table. */
function ageBandsTable(dataset: Dataset): DataTable {
	return {
		name: 'age-bands',
		title: 'Age bands',
		description: 'Victim age bands exactly as releases published them; bands are never summed or converted.',
		fields: [
			s('id', 'Age band id.'),
			s('label', 'The band as published.'),
			{ name: 'from', type: 'integer', description: 'Youngest age in the band, where stated.' },
			{ name: 'up_to', type: 'integer', description: 'Oldest age in the band, where stated.' },
		],
		primaryKey: ['id'],
		foreignKeys: [],
		rows: dataset.ageBands.map((b) => [b.id, b.label, b.from ?? null, b.upTo ?? null]),
	};
}

/** The `sources` table. */
function sourcesTable(dataset: Dataset): DataTable {
	return {
		name: 'sources',
		title: 'Sources',
		description: 'Every page or article figures are quoted from.',
		fields: [
			s('id', 'Source id.'),
			s('title', 'Title or headline (the source’s words).'),
			s('publisher', 'Publisher.'),
			s('url', 'Address (https: or http:).'),
			s('published', 'Publication date (YYYY-MM-DD, YYYY-MM or YYYY); empty when the page shows none.'),
			s('published_note', 'How the date was established, or why there is none.'),
			s('reports', 'What the source reports.'),
		],
		primaryKey: ['id'],
		foreignKeys: [],
		rows: dataset.sources.map((src) => [
			src.id,
			src.title,
			src.publisher ?? '',
			src.url ?? '',
			src.published === 'not-shown' ? '' : src.published,
			src.published === 'not-shown'
				? [NO_DATE_SHOWN, src.publishedNote].filter(Boolean).join(' ')
				: (src.publishedNote ?? ''),
			src.reports,
		]),
	};
}

/** The `figure-sources` table. */
function figureSourcesTable(dataset: Dataset): DataTable {
	return {
		name: 'figure-sources',
		title: 'Figure sources',
		description: 'Which sources state each figure, with the exact quote. The first source of a figure is its citation.',
		fields: [
			s('figure_id', 'The figure (figures.csv).'),
			s('source_id', 'The source (sources.csv).'),
			{ name: 'position', type: 'integer', description: '1 for the figure’s citation, then 2, 3, ...' },
			s('quote', 'The source’s words, copied exactly.'),
		],
		primaryKey: ['figure_id', 'position'],
		foreignKeys: [fk('figure_id', 'figures'), fk('source_id', 'sources')],
		rows: dataset.figures.flatMap((f) => f.sources.map((ref, i) => [f.id, ref.source, i + 1, ref.quote])),
	};
}

/** The `conflicts` table. */
function conflictsTable(dataset: Dataset): DataTable {
	return {
		name: 'conflicts',
		title: 'Conflicts',
		description: 'Reports that disagree. Every value stays; none is chosen.',
		fields: [
			s('id', 'Conflict id.'),
			s('kind', '"disagreement" or "revision" (a later release restates a year).'),
			s('note', 'What disagrees, and what is known about why.'),
		],
		primaryKey: ['id'],
		foreignKeys: [],
		rows: dataset.conflicts.map((c) => [c.id, c.kind, c.note]),
	};
}

/** The `conflict-figures` table. */
function conflictFiguresTable(dataset: Dataset): DataTable {
	return {
		name: 'conflict-figures',
		title: 'Conflict figures',
		description: 'The figures each conflict sets side by side.',
		fields: [s('conflict_id', 'The conflict (conflicts.csv).'), s('figure_id', 'A figure in it (figures.csv).')],
		primaryKey: ['conflict_id', 'figure_id'],
		foreignKeys: [fk('conflict_id', 'conflicts'), fk('figure_id', 'figures')],
		rows: dataset.conflicts.flatMap((c) => c.figures.map((id) => [c.id, id])),
	};
}

/** The `claims` table. */
function claimsTable(dataset: Dataset): DataTable {
	return {
		name: 'claims',
		title: 'Claims',
		description: 'Derived statements sources make ("up 15 per cent"), recomputed from the figures and checked.',
		fields: [
			s('id', 'Claim id.'),
			s('source_id', 'The source making it (sources.csv).'),
			s('quote', 'The source’s words.'),
			s('kind', '"percent-change", "per-day", "ratio", "percent-of", "one-in-n", ...'),
			{ name: 'stated', type: 'number', description: 'The number the source states.' },
			s('qualifier', 'How the source qualified it.'),
			s('reproduces', '"true" when it reproduces from its figures, "false" when it does not, empty if unchecked.'),
			s('note', 'The check’s explanation.'),
		],
		primaryKey: ['id'],
		foreignKeys: [fk('source_id', 'sources')],
		rows: dataset.claims.map((c) => [
			c.id,
			c.source,
			c.quote,
			c.kind,
			c.stated,
			c.qualifier,
			c.reproduces === true ? 'true' : c.reproduces === false ? 'false' : '',
			c.note ?? '',
		]),
	};
}

/** The `claim-figures` table. */
function claimFiguresTable(dataset: Dataset): DataTable {
	return {
		name: 'claim-figures',
		title: 'Claim figures',
		description: 'The figures each claim is computed from, in order ([from, to] for a change).',
		fields: [
			s('claim_id', 'The claim (claims.csv).'),
			{ name: 'position', type: 'integer', description: 'The figure’s place in the claim’s inputs, from 1.' },
			s('figure_id', 'The figure (figures.csv).'),
		],
		primaryKey: ['claim_id', 'position'],
		foreignKeys: [fk('claim_id', 'claims'), fk('figure_id', 'figures')],
		rows: dataset.claims.flatMap((c) => c.figures.map((id, i) => [c.id, i + 1, id])),
	};
}
