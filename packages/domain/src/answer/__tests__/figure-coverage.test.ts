import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getFigures } from '../../query/get-figures.js';
import { WELSH_WORDING } from '../../text/welsh-wording.js';
import { WORDING } from '../../text/wording.js';
import { figureCoverage } from '../figure-coverage.js';

const data = getBundledDataset();

function figures(area: string) {
	const answer = getFigures(data, { area });
	if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
	return answer;
}

describe('what a figure covers, in the reader’s language', () => {
	it('Scotland 2022/23 counts offences against under-16s: said from the English table, or the Welsh', () => {
		const [view] = figures('Scotland').data.headline?.figures ?? [];
		if (!view) throw new Error('no headline');
		expect(figureCoverage(view, data)).toEqual([WORDING.coverage.victimsUnder(16)]);
		expect(figureCoverage(view, data, 'en')).toBe(view.coverage);
		expect(figureCoverage(view, data, 'cy')).toEqual([WELSH_WORDING.coverage.victimsUnder(16)]);
	});

	it('a total that leaves out a force names it in Welsh too; every figure has as many notes in each language', () => {
		const uk = figures('UK');
		const scwc = uk.data.otherMeasures.find((g) => g.measure.id === 'sexual-communication-with-a-child');
		const [view] = scwc?.figures ?? [];
		if (!view) throw new Error('no SCWC figure');
		expect(figureCoverage(view, data, 'cy')).toEqual([WELSH_WORDING.coverage.excluding(['Lincolnshire Police'])]);
		for (const area of data.areas) {
			const answer = getFigures(data, { area: area.id });
			if (answer.status !== 'found') continue;
			for (const f of answer.data.figures) expect(figureCoverage(f, data, 'cy')).toHaveLength(f.coverage.length);
		}
	});
});
