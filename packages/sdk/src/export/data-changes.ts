import type { Dataset, Figure } from '@signpost-uk/domain';

/** One figure that changed between two releases: which fields, from what to what. */
export interface ChangedFigure {
	readonly id: string;
	readonly fields: readonly { readonly field: string; readonly from: string; readonly to: string }[];
}

/** What changed in the figures between two releases of the dataset, by figure id. */
export interface DataChanges {
	readonly from: string;
	readonly to: string;
	/** Figures in the newer release only. */
	readonly added: readonly Figure[];
	/** Figures in both whose value, qualifier, area, period, measure, breakdown or sources differ. */
	readonly changed: readonly ChangedFigure[];
	/** Figures in the older release only: withdrawn, their ids never reused. */
	readonly withdrawn: readonly Figure[];
}

const FIELDS = ['area', 'period', 'measure', 'breakdown', 'value', 'unit', 'qualifier', 'confidence'] as const;

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? null));

/**
 * The figures added, changed and withdrawn between two releases, matched by figure id (ids are stable: see the id
 * rule in the data README). A change of sources is listed as the field `sources` with the source ids.
 *
 * @param from - the older release
 * @param to - the newer release
 * @returns the changes, each list sorted by id
 * @example
 * ```ts
 * const changes = dataChanges(older, getDataset());
 * changes.added.map((f) => f.id);
 * ```
 */
export function dataChanges(from: Dataset, to: Dataset): DataChanges {
	const before = new Map(from.figures.map((f) => [f.id, f]));
	const after = new Map(to.figures.map((f) => [f.id, f]));
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const changed: ChangedFigure[] = [];
	for (const [id, newer] of after) {
		const older = before.get(id);
		if (!older) continue;
		const fields: { field: string; from: string; to: string }[] = FIELDS.filter(
			(field) => text(older[field]) !== text(newer[field]),
		).map((field) => ({
			field,
			from: text(older[field]),
			to: text(newer[field]),
		}));
		const sourcesBefore = older.sources.map((s) => s.source).join(' ');
		const sourcesAfter = newer.sources.map((s) => s.source).join(' ');
		if (sourcesBefore !== sourcesAfter) fields.push({ field: 'sources', from: sourcesBefore, to: sourcesAfter });
		if (fields.length > 0) changed.push({ id, fields });
	}
	return {
		from: from.version,
		to: to.version,
		added: to.figures.filter((f) => !before.has(f.id)).sort(byId),
		changed: changed.sort(byId),
		withdrawn: from.figures.filter((f) => !after.has(f.id)).sort(byId),
	};
}

/**
 * The changes as Markdown: a heading per kind, one line per figure with its id.
 *
 * @param changes - from {@link dataChanges}
 * @returns Markdown text (no help lines: the page or command that prints it adds them)
 * @example
 * ```ts
 * console.log(changesMarkdown(dataChanges(older, newer)));
 * ```
 */
export function changesMarkdown(changes: DataChanges): string {
	const figure = (f: Figure) =>
		`- \`${f.id}\`: ${f.area}, ${f.period}, ${f.measure}${f.breakdown ? ` (${Object.values(f.breakdown).join(', ')})` : ''}: ${f.value} (${f.unit})`;
	const lines = [`## Changes from ${changes.from} to ${changes.to}`, ''];
	lines.push(
		`### Added (${changes.added.length})`,
		'',
		...(changes.added.length ? changes.added.map(figure) : ['None.']),
		'',
	);
	lines.push(
		`### Changed (${changes.changed.length})`,
		'',
		...(changes.changed.length
			? changes.changed.map((c) => `- \`${c.id}\`: ${c.fields.map((f) => `${f.field} ${f.from} → ${f.to}`).join('; ')}`)
			: ['None.']),
		'',
	);
	lines.push(
		`### Withdrawn (${changes.withdrawn.length})`,
		'',
		...(changes.withdrawn.length ? changes.withdrawn.map(figure) : ['None.']),
	);
	return lines.join('\n');
}
