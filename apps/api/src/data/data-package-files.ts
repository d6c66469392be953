import { type DataPackageFiles, dataPackage, datasetJsonSchema, getDataset } from '@signpost-uk/sdk';

let files: DataPackageFiles | undefined;

/** The folder the package's files are served from, relative to `/v1/datapackage.json`. */
export const DATA_PACKAGE_FOLDER = 'datapackage';

/**
 * The dataset as a Frictionless Data Package, as `signpost export` writes it, made once on first use.
 *
 * @example
 * ```ts
 * Object.keys(dataPackageFiles()); // ["datapackage.json", "dataset.json", ..., "figures.csv"]
 * ```
 */
export function dataPackageFiles(): DataPackageFiles {
	files ??= dataPackage(getDataset(), datasetJsonSchema());
	return files;
}
