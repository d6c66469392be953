// A measure an area has no figure for says which measures it does have (issue 24): one sentence from the domain's
// wording, in the answer every surface renders, with the measures on the answer for a surface to offer.
import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { measuresHeld } from '../../measure/measures-held.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';
import { figuresHeldSentence, noMeasureFigure } from '../../text/wording.js';
import { getFigures } from '../get-figures.js';
import { getSeries } from '../get-series.js';

const data = getBundledDataset();
const SCWC = 'sexual-communication-with-a-child';

function notFound(query: Parameters<typeof getFigures>[1]) {
	const answer = getFigures(data, query);
	if (answer.status !== 'not-found') throw new Error(`${query.area}: ${answer.status}`);
	return answer;
}

describe('the wording', () => {
	it('is one sentence naming the measure, the area and the measures held', () => {
		expect(
			noMeasureFigure(
				'Sexual Communication with a Child',
				{ name: 'Staffordshire Police' },
				{
					names: ['Offences recorded', 'Online element'],
				},
			),
		).toBe(
			'No Sexual Communication with a Child figure for Staffordshire Police; figures held: Offences recorded, Online element.',
		);
		expect(
			noMeasureFigure(
				'Online element',
				{ name: 'Kent Police' },
				{ names: ['Offences recorded'], year: '2013/14' },
				'2013/14',
			),
		).toBe('No Online element figure for Kent Police for 2013/14; figures held for 2013/14: Offences recorded.');
		expect(figuresHeldSentence({ names: ['Offences recorded'], otherYears: true })).toBe(
			'Figures held for other years: Offences recorded.',
		);
	});
});

describe('getFigures for a measure the area has no figure for', () => {
	it('Staffordshire, grooming: names offences recorded and the online element, not only "no figure"', () => {
		const answer = notFound({ area: 'Staffordshire', measure: 'grooming' });
		expect(answer.reason).toBe('no-published-figure');
		expect(answer.message).toBe(
			'No Sexual Communication with a Child figure for Staffordshire Police; figures held: Offences recorded, Online element.',
		);
		expect(answer.measuresHeld).toEqual({
			measures: [
				{ id: 'child-sexual-offences', name: 'Offences recorded' },
				{ id: 'online-element', name: 'Online element' },
			],
			otherYears: false,
		});
		for (const text of [renderText(answer), renderMarkdown(answer)]) {
			expect(text).toContain('figures held: Offences recorded, Online element.');
			expect(text).toContain('0800 1111');
		}
	});

	it('a year asked: the ledger’s reason first, then what is held that year', () => {
		const answer = notFound({ area: 'Staffordshire', measure: SCWC, year: '2019/20' });
		expect(answer.message).toMatch(
			/^Signpost holds no Sexual Communication with a Child figure for Staffordshire for 2019\/20; .* Figures held for 2019\/20: Online element\.$/,
		);
		expect(answer.measuresHeld?.year).toBe('2019/20');
	});

	it('a year the area holds nothing for lists what it holds in other years', () => {
		const held = measuresHeld(data, 'staffordshire', SCWC, '2011/12');
		expect(held?.otherYears).toBe(true);
		expect(held?.year).toBeUndefined();
		expect(held?.measures.map((m) => m.id)).toEqual(['child-sexual-offences', 'online-element']);
	});

	it('Police Scotland: the measures held, then the offence recorded there instead', () => {
		const answer = notFound({ area: 'Police Scotland', measure: SCWC });
		expect(answer.message).toMatch(
			/^No Sexual Communication with a Child figure for Police Service of Scotland; figures held: Offences recorded, Communicating Indecently with a Child/,
		);
		expect(answer.message).toContain('Scotland records Communicating Indecently with a Child instead');
	});

	it('an area with no figure at all, or a measure held only for a missing breakdown, keeps its own sentence', () => {
		expect(notFound({ area: 'City of London', measure: SCWC }).message).toBe(
			'Signpost holds no published figure for City of London Police.',
		);
		expect(measuresHeld(data, 'staffordshire', 'child-sexual-offences')).toBeUndefined();
	});

	it('a series of a measure not held names the measures held too', () => {
		const answer = getSeries(data, { area: 'Staffordshire', measure: SCWC });
		expect(answer.status === 'not-found' && answer.message).toBe(
			'Signpost holds no published Sexual Communication with a Child series for Staffordshire Police. Figures held: Offences recorded, Online element.',
		);
	});
});
