// Build entry for the queries chunk (see tsup.config.ts): the API over the bundled dataset, which was validated when
// the package was built, so nothing here loads the dataset schemas or full zod (input checks use zod/mini). Writing
// the dataset as a release (Data Package, changelog) takes a dataset already in hand, so it lives here too.

export { type ReleasedFigure, type ReleaseRecord, releaseRecord } from '@signpost-uk/domain';
export {
	compareAreas,
	findAreaByOnsCode,
	getAreaHierarchy,
	getCoverage,
	getDataset,
	getFigures,
	getNational,
	getSeries,
	listAgeBands,
	listAreas,
	listMeasures,
	listSources,
	listYears,
	searchAreas,
} from './api/bundled-signpost.js';
export { SignpostInputError } from './api/signpost-input-error.js';
export {
	type ChangedFigure,
	type ChangelogFigure,
	changesMarkdown,
	type DataChanges,
	dataChanges,
} from './export/data-changes.js';
export { DATA_PACKAGE_NAME, type DataPackageFiles, dataPackage } from './export/data-package.js';
export { type DataTable, dataTables, type TableField } from './export/data-tables.js';
