import type { Endpoint } from './endpoint/endpoint.js';
import { areaEndpoint } from './routes/area.js';
import { areasEndpoint } from './routes/areas.js';
import { changesEndpoint } from './routes/changes.js';
import { compareEndpoint } from './routes/compare.js';
import { coverageEndpoint } from './routes/coverage.js';
import { dataPackageEndpoint, dataPackageFileEndpoint } from './routes/data-package.js';
import { figuresEndpoint } from './routes/figures.js';
import { helplinesEndpoint } from './routes/helplines.js';
import { measuresEndpoint } from './routes/measures.js';
import { nationalEndpoint } from './routes/national.js';
import { placesEndpoint } from './routes/places.js';
import { seriesEndpoint } from './routes/series.js';

/**
 * Every endpoint of `/v1`, in the order the OpenAPI document lists them.
 *
 * @example
 * ```ts
 * ENDPOINTS.map((endpoint) => endpoint.route.path); // ["/v1/figures", "/v1/series", ...]
 * ```
 */
export const ENDPOINTS: readonly Endpoint[] = [
	figuresEndpoint,
	seriesEndpoint,
	compareEndpoint,
	nationalEndpoint,
	areasEndpoint,
	areaEndpoint,
	placesEndpoint,
	measuresEndpoint,
	coverageEndpoint,
	helplinesEndpoint,
	changesEndpoint,
	dataPackageEndpoint,
	dataPackageFileEndpoint,
];
