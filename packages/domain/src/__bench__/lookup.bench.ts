// Figure lookup: a full getFigures answer for a known area and year, and the raw index lookup beneath it.
import { bench, describe } from 'vitest';
import { getBundledDataset } from '../dataset/bundled-dataset.js';
import { indexDataset } from '../dataset/dataset-index.js';
import { figureKey } from '../dataset/figure-key.js';
import { getFigures } from '../query/get-figures.js';
import { getSeries } from '../query/get-series.js';
import { fixtureDataset } from '../testing.js';

const fixture = fixtureDataset();

const dataset = getBundledDataset();
const index = indexDataset(dataset);
const key = figureKey({ area: 'derbyshire', period: '2016/17', measure: 'child-sexual-offences', breakdown: null });

describe('figure lookup (target: median under 5 µs)', () => {
	bench('getFigures by id: derbyshire 2016/17', () => {
		getFigures(dataset, { area: 'derbyshire', year: '2016/17' });
	});

	bench('getFigures by name: "Derbyshire Constabulary" 2016-17', () => {
		getFigures(dataset, { area: 'Derbyshire Constabulary', year: '2016-17' });
	});

	bench('getFigures, latest year: Staffordshire', () => {
		getFigures(dataset, { area: 'Staffordshire' });
	});

	bench('getSeries: derbyshire', () => {
		getSeries(dataset, { area: 'derbyshire' });
	});

	bench('getFigures over the test fixture (found, with a disputed previous year): Derbyshire 2016/17', () => {
		getFigures(fixture, { area: 'Derbyshire', year: '2016/17' });
	});

	bench('getFigures over the test fixture (found, with a computed change): Staffordshire 2016/17', () => {
		getFigures(fixture, { area: 'Staffordshire', year: '2016/17' });
	});

	bench('raw index lookup: figuresByKey', () => {
		index.figuresByKey.get(key);
	});

	bench('raw index lookup: figuresByArea', () => {
		index.figuresByArea.get('derbyshire');
	});
});
