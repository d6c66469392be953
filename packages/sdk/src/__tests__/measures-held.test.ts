// A measure an area has no figure for says which measures it does have (issue 24), in the SDK's text as in the
// domain's answer: one sentence from the domain's wording, then the help lines.
import { describe, expect, it } from 'vitest';
import { formatAnswer, getFigures, getSeries } from '../index.js';

describe('an area without the measure asked for, through the SDK', () => {
	it('names the measures held in the text and Markdown answers, with the help lines', () => {
		const answer = getFigures({ area: 'Staffordshire', measure: 'sexual-communication-with-a-child' });
		expect(answer.status === 'not-found' && answer.reason).toBe('no-published-figure');
		if (answer.status !== 'not-found') return;
		expect(answer.measuresHeld?.measures.map((m) => m.id)).toEqual(['child-sexual-offences', 'online-element']);
		const sentence =
			'No Sexual Communication with a Child figure for Staffordshire Police; figures held: Offences recorded, Online element.';
		const text = formatAnswer(answer, { format: 'text' });
		expect(text.split('\n')[0]).toBe(sentence);
		expect(text).not.toContain('no published figure for Staffordshire');
		for (const number of ['0800 1111', '0808 800 5000', '999']) expect(text).toContain(number);
		expect(formatAnswer(answer, { format: 'markdown' })).toContain(sentence);
	});

	it('for a year asked, names what is held that year after the reason', () => {
		const answer = getFigures({ area: 'Kent', measure: 'online-element', year: '2013/14' });
		expect(formatAnswer(answer, { format: 'text' }).split('\n')[0]).toBe(
			'No Online element figure for Kent Police for 2013/14; figures held for 2013/14: Offences recorded.',
		);
	});

	it('a series of a measure not held says the same', () => {
		const answer = getSeries({ area: 'Surrey', measure: 'sexual-communication-with-a-child' });
		expect(formatAnswer(answer, { format: 'text' })).toContain(
			'Signpost holds no published Sexual Communication with a Child series for Surrey Police. Figures held: All outcomes, Charged or summonsed.',
		);
	});
});
