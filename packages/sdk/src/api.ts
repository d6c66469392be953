// Build entry for the dataset chunk (see tsup.config.ts): everything that reads a dataset or validates one.

export {
	AreaSchema,
	DatasetSchema,
	DatasetValidationError,
	FigureSchema,
	MeasureSchema,
	type ReleasedFigure,
	type ReleaseRecord,
	releaseRecord,
	SourceSchema,
} from '@signpost-uk/domain';
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
export { createSignpost, type SignpostOptions } from './api/create-signpost.js';
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
