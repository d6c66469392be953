// Rendering answers as text and Markdown.
import { bench, describe } from 'vitest';
import { getBundledDataset } from '../dataset/bundled-dataset.js';
import { getFigures } from '../query/get-figures.js';
import { getNational } from '../query/get-national.js';
import { renderMarkdown, renderText } from '../render/render-answer.js';

const dataset = getBundledDataset();
const figures = getFigures(dataset, { area: 'derbyshire', year: '2016/17' });
const national = getNational(dataset, {});
const notFound = getFigures(dataset, { area: 'Atlantis' });

describe('rendering', () => {
	bench('renderText: Derbyshire 2016/17', () => {
		renderText(figures);
	});

	bench('renderMarkdown: Derbyshire 2016/17', () => {
		renderMarkdown(figures);
	});

	bench('renderMarkdown: national, latest year', () => {
		renderMarkdown(national);
	});

	bench('renderText: not found', () => {
		renderText(notFound);
	});
});
