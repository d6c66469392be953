import { getDataset, type ReleaseRecord, releaseRecord } from '@signpost-uk/sdk';
// The record of the last published release of the data (`pnpm --filter @signpost-uk/domain release:data` writes it).
import published from '../../../../packages/domain/data/release.json' with { type: 'json' };

let known: ReadonlyMap<string, ReleaseRecord> | undefined;

/**
 * The releases `/v1/changes` can compare, by version: the last published release and the bundled dataset.
 *
 * @example
 * ```ts
 * [...knownReleases().keys()]; // ["2026-11-30"]
 * ```
 */
export function knownReleases(): ReadonlyMap<string, ReleaseRecord> {
	if (!known) {
		const { help: _help, ...current } = getDataset();
		known = new Map([
			[published.version, published as ReleaseRecord],
			[current.version, releaseRecord(current)],
		]);
	}
	return known;
}

/**
 * The version of the bundled dataset: ETags are made from it.
 *
 * @example
 * ```ts
 * datasetVersion(); // "2026-11-30"
 * ```
 */
export function datasetVersion(): string {
	return [...knownReleases().keys()].at(-1) ?? 'unknown';
}
