import { type Dataset, type ReleasedFigure, type ReleaseRecord, releaseRecord } from '@signpost-uk/domain';

/** A figure in a changelog, with its id. */
export type ChangelogFigure = ReleasedFigure & { readonly id: string };

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
	readonly added: readonly ChangelogFigure[];
	/** Figures in both whose area, period, measure, breakdown, value, unit, qualifier, confidence or sources differ. */
	readonly changed: readonly ChangedFigure[];
	/** Figures in the older release only: withdrawn, their ids never reused. */
	readonly withdrawn: readonly ChangelogFigure[];
}

const FIELDS = [
	'area',
	'period',
	'measure',
	'breakdown',
	'value',
	'unit',
	'qualifier',
	'confidence',
	'sources',
] as const;

const text = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value));
const record = (release: Dataset | ReleaseRecord): ReleaseRecord =>
	'areas' in release ? releaseRecord(release) : release;

/**
 * The figures added, changed and withdrawn between two releases, matched by figure id (ids are stable: see the id
 * rule in the data README). Either release may be a dataset or a {@link ReleaseRecord}.
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
export function dataChanges(from: Dataset | ReleaseRecord, to: Dataset | ReleaseRecord): DataChanges {
	const before = record(from);
	const after = record(to);
	const ids = (r: ReleaseRecord) => Object.keys(r.figures).sort();
	const changed: ChangedFigure[] = [];
	for (const id of ids(after)) {
		const older = before.figures[id];
		const newer = after.figures[id];
		if (!older || !newer) continue;
		const fields = FIELDS.filter((field) => text(older[field]) !== text(newer[field])).map((field) => ({
			field,
			from: text(older[field]),
			to: text(newer[field]),
		}));
		if (fields.length > 0) changed.push({ id, fields });
	}
	const only = (a: ReleaseRecord, b: ReleaseRecord) =>
		ids(a).flatMap((id) => {
			const figure = a.figures[id];
			return figure && !b.figures[id] ? [{ id, ...figure }] : [];
		});
	return {
		from: before.version,
		to: after.version,
		added: only(after, before),
		changed,
		withdrawn: only(before, after),
	};
}

/**
 * The changes as Markdown: a heading per kind, one line per figure with its id.
 *
 * @param changes - from {@link dataChanges}
 * @param heading - the heading level to start at (`##`)
 * @returns Markdown text (no help lines: the page or command that prints it adds them)
 * @example
 * ```ts
 * console.log(changesMarkdown(dataChanges(older, newer)));
 * ```
 */
export function changesMarkdown(changes: DataChanges, heading = '##'): string {
	const figure = (f: ChangelogFigure) =>
		`- \`${f.id}\`: ${f.area}, ${f.period}, ${f.measure}${f.breakdown ? ` (${f.breakdown})` : ''}: ${f.value} (${f.unit})`;
	const list = <T>(items: readonly T[], line: (item: T) => string) => (items.length ? items.map(line) : ['None.']);
	return [
		`${heading} Changes from ${changes.from} to ${changes.to}`,
		'',
		`${heading}# Added (${changes.added.length})`,
		'',
		...list(changes.added, figure),
		'',
		`${heading}# Changed (${changes.changed.length})`,
		'',
		...list(
			changes.changed,
			(c) => `- \`${c.id}\`: ${c.fields.map((f) => `${f.field} ${f.from} → ${f.to}`).join('; ')}`,
		),
		'',
		`${heading}# Withdrawn (${changes.withdrawn.length})`,
		'',
		...list(changes.withdrawn, figure),
	].join('\n');
}
