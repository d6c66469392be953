import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { renderText } from '../../render/render-answer.js';
import { compareAreas } from '../compare-areas.js';
import { getFigures } from '../get-figures.js';
import { getSeries } from '../get-series.js';
import { resolveArea } from '../resolve-area.js';

const data = getBundledDataset();

describe('places policed by forces Signpost does not cover (issue 24)', () => {
	it.each([
		['Jersey', 'Jersey is policed by the States of Jersey Police'],
		['jersey', 'Jersey is policed by the States of Jersey Police'],
		['Guernsey', 'Guernsey is policed by the States of Guernsey Police Service'],
		['Alderney', 'Guernsey is policed by the States of Guernsey Police Service'],
		['Isle of Man', 'The Isle of Man is policed by the Isle of Man Constabulary'],
	])('%s: says its own force, which Signpost does not cover; never a similar name', (name, sentence) => {
		const resolved = resolveArea(data, name);
		expect(resolved).toMatchObject({ status: 'not-found', reason: 'unknown-area', suggestions: [] });
		for (const answer of [
			getFigures(data, { area: name }),
			getSeries(data, { area: name }),
			compareAreas(data, { areas: ['Kent', name] }),
		]) {
			expect(answer.status).toBe('not-found');
			const text = renderText(answer);
			expect(text).toContain(`${sentence}, which Signpost does not cover.`);
			expect(text).not.toMatch(/Merseyside|Did you mean/);
		}
	});

	it('a force whose name looks alike still resolves by its own name', () => {
		expect(resolveArea(data, 'Merseyside')).toMatchObject({ status: 'found', area: { id: 'merseyside' } });
	});
});
