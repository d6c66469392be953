import { getBundledDataset } from '@signpost-uk/domain';
import { bench, describe } from 'vitest';
import { areaPage } from '../generate/area-page.js';
import { areasWithFigures } from '../generate/areas-with-figures.js';
import { coveragePage } from '../generate/coverage-page.js';
import { sitePages } from '../generate/site-pages.js';

const dataset = getBundledDataset();
const [firstArea] = areasWithFigures(dataset);

describe('docs generation over the bundled dataset', () => {
	bench('every generated page (sitePages)', () => {
		sitePages(dataset);
	});
	bench('coverage page', () => {
		coveragePage(dataset);
	});
	if (firstArea)
		bench(`one area page (${firstArea.id})`, () => {
			areaPage(dataset, firstArea);
		});
});
