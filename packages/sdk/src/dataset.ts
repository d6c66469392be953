// Build entry for the dataset chunk (see tsup.config.ts): a dataset from elsewhere, checked as untrusted. Only this
// chunk loads the dataset schemas and with them full zod, so an app that reads the bundled figures never ships them.

export {
	AreaSchema,
	DatasetSchema,
	DatasetValidationError,
	datasetJsonSchema,
	FigureSchema,
	MeasureSchema,
	SourceSchema,
} from '@signpost-uk/domain';
export { createSignpost, type SignpostOptions } from './api/create-signpost.js';
