import { REPORTS_READ, validatedDataset, validatedDatasetWithoutSearchLogs } from '../generated/validated-dataset.js';
import { withReportsRead } from '../query/release-ledger.js';
import type { Dataset } from '../schema/dataset.js';

/**
 * The dataset bundled with this package. It is validated when the package is built (`pnpm generate` refuses data
 * that do not validate) and by the tests, so at run time it is trusted: no schema runs and zod is not needed to
 * load it. It is parsed on the first call, not when the package loads, and the same object is returned after. A
 * dataset from anywhere else goes through {@link createDataset}.
 *
 * @example
 * ```ts
 * const dataset = getBundledDataset();
 * dataset.figures.length;
 * ```
 */
export function getBundledDataset(): Dataset {
	return validatedDataset();
}

let withoutLogs: Dataset | undefined;

/**
 * The bundled dataset as `getFigures` reads it: every table of {@link getBundledDataset} (the same objects) but the
 * search logs, which are empty here; of them `getFigures` reads only how many reports of each release were read, and
 * those counts, worked out from the full logs when the package was built, come with it. An app that answers from this
 * alone bundles no search log. Anything that reads or returns the logs themselves takes {@link getBundledDataset}.
 *
 * @example
 * ```ts
 * getFigures(getBundledDatasetWithoutSearchLogs(), { area: 'Surrey', year: '2022/23' });
 * getBundledDatasetWithoutSearchLogs().searches.length; // 0
 * ```
 */
export function getBundledDatasetWithoutSearchLogs(): Dataset {
	withoutLogs ??= withReportsRead(validatedDatasetWithoutSearchLogs(), new Map(Object.entries(REPORTS_READ)));
	return withoutLogs;
}
