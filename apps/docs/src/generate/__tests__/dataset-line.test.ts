import { datasetLine, getBundledDataset, getCoverage } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { mdText } from '../markdown-text.js';
import { sitePages } from '../site-pages.js';
import { SITE_PATHS } from '../site-paths.js';

// One vocabulary (issue 26): the dataset's counts are said in one sentence, the domain's, on every page that gives
// them (it used to be typed four ways: the bot's /about, the CLI's coverage, and three docs pages).
describe('the dataset in one line', () => {
	const dataset = getBundledDataset();
	const pages = sitePages(dataset);
	const line = datasetLine(getCoverage(dataset));

	it('is the domain sentence with the bundled counts', () => {
		const coverage = getCoverage(dataset);
		expect(line).toBe(
			`Dataset version ${dataset.version}: ${dataset.figures.length} figures from ${dataset.sources.length} sources, ${coverage.forcesWithFigures} of ${coverage.forcesTotal} police forces with at least one figure.`,
		);
	});

	it.each([SITE_PATHS.home.file, SITE_PATHS.coverage.file, SITE_PATHS.dataIndex.file])('%s says it', (file) => {
		expect(pages.get(file)).toContain(mdText(line));
	});
});
