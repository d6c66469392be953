import { getBundledDataset } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { measureHeading } from '../measure-heading.js';

const dataset = getBundledDataset();
const measure = (id: string) => {
	const found = dataset.measures.find((m) => m.id === id);
	if (!found) throw new Error(`${id} is a measure`);
	return found;
};

describe('measureHeading', () => {
	it('adds the word readers type for Sexual Communication with a Child: grooming', () => {
		expect(measureHeading(measure('sexual-communication-with-a-child'))).toBe(
			'Sexual Communication with a Child (grooming)',
		);
	});

	it('adds nothing the short name already says, and never a code in capitals', () => {
		expect(measureHeading(measure('charged-or-summonsed'))).toBe('Charged or summonsed');
		expect(measureHeading(measure('communicating-indecently-with-a-child'))).toBe(
			'Communicating Indecently with a Child',
		);
		expect(measureHeading({ shortName: 'Offences', aliases: ['SCWC'] })).toBe('Offences');
	});
});
