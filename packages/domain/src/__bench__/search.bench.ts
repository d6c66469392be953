// Area search, as autocomplete calls it on every keystroke.
import { bench, describe } from 'vitest';
import { searchAreas } from '../area/search-areas.js';
import { getBundledDataset } from '../dataset/bundled-dataset.js';
import { resolveArea } from '../query/resolve-area.js';

const dataset = getBundledDataset();

describe('area search (target: median under 50 µs)', () => {
	bench('typical: "derbyshire"', () => {
		searchAreas(dataset, 'derbyshire');
	});

	bench('prefix while typing: "west m"', () => {
		searchAreas(dataset, 'west m');
	});

	bench('alias: "Avon & Somerset Constabulary"', () => {
		searchAreas(dataset, 'Avon & Somerset Constabulary');
	});

	bench('typo: "derbyshre"', () => {
		searchAreas(dataset, 'derbyshre');
	});

	bench('no match: "Atlantis"', () => {
		searchAreas(dataset, 'Atlantis');
	});

	bench('place in the gazetteer: "Reading"', () => {
		searchAreas(dataset, 'Reading');
	});

	bench('one letter while typing: "s"', () => {
		searchAreas(dataset, 's');
	});

	bench('typo of a place: "Readng"', () => {
		searchAreas(dataset, 'Readng');
	});

	bench('resolveArea: "Notts"', () => {
		resolveArea(dataset, 'Notts');
	});

	bench('resolveArea, a place: "Caerdydd"', () => {
		resolveArea(dataset, 'Caerdydd');
	});

	bench('resolveArea, a corrected spelling: "Derbyshre"', () => {
		resolveArea(dataset, 'Derbyshre');
	});

	bench('resolveArea, choices: "London"', () => {
		resolveArea(dataset, 'London');
	});
});
