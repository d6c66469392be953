// Build entry for the dataset chunk (see tsup.config.ts): everything that reads a dataset or validates one.

export {
	AreaSchema,
	DatasetSchema,
	DatasetValidationError,
	FigureSchema,
	MeasureSchema,
	SourceSchema,
} from '@signpost-uk/domain';
export {
	compareAreas,
	getCoverage,
	getDataset,
	getFigures,
	getNational,
	getSeries,
	listAreas,
	listSources,
	listYears,
	searchAreas,
} from './api/bundled-signpost.js';
export { createSignpost, type SignpostOptions } from './api/create-signpost.js';
export { SignpostInputError } from './api/signpost-input-error.js';
