/** A bundle split into the dataset it embeds (one string literal holding the dataset's JSON) and the code around it. */
export interface SplitBundle {
	/** The dataset's string literal, quotes included, as the bundle holds it. */
	readonly data: string;
	/** The bundle with that literal replaced by `"{}"`: the code an app ships beside the data. */
	readonly code: string;
}

/** Where the dataset's literal starts in a minified bundle: a quote, then `{"version":` (its quotes escaped or not). */
const DATASET_START = /["'`]\{\\?"version\\?":/;

/**
 * Whether a minified bundle holds the bundled dataset: the generated module's one JSON string (written by columns, so
 * no record's id need appear in it as such), which starts `{"version":`.
 *
 * @param bundle - a minified bundle
 * @returns true when the dataset's literal is in it
 * @example
 * ```ts
 * holdsDataset(size.text); // false for a helplines-only import
 * ```
 */
export function holdsDataset(bundle: string): boolean {
	return DATASET_START.test(bundle);
}

/**
 * Finds the bundled dataset in a minified bundle (the generated module holds the dataset as one JSON string, which
 * esbuild prints as a quoted or template literal starting `{"version":`) and splits it from the code.
 *
 * @param bundle - a minified bundle that includes the dataset
 * @returns the data literal and the code without it
 * @throws when the bundle holds no literal of the dataset's JSON
 * @example
 * ```ts
 * const { code, data } = splitData(size.text);
 * gzipSync(code).length; // the code beside the data
 * ```
 */
export function splitData(bundle: string): SplitBundle {
	const start = bundle.search(DATASET_START);
	if (start < 0) throw new Error("The bundle holds no literal of the dataset's JSON: no dataset found");
	const quote = bundle[start];
	let end = start + 1;
	while (end < bundle.length && bundle[end] !== quote) end += bundle[end] === '\\' ? 2 : 1;
	return { data: bundle.slice(start, end + 1), code: `${bundle.slice(0, start)}"{}"${bundle.slice(end + 1)}` };
}
