import { describe, expect, it } from 'vitest';
import { missingHelpNumbers } from '../help-numbers.js';

describe('missingHelpNumbers', () => {
	it('finds all three, in order', () => {
		expect(missingHelpNumbers('Childline 0800 1111 · NSPCC Helpline 0808 800 5000 · Emergency 999')).toEqual([]);
	});

	it('names each number missing', () => {
		expect(missingHelpNumbers('Childline 0800 1111')).toEqual(['0808 800 5000', '999']);
		expect(missingHelpNumbers('')).toEqual(['0800 1111', '0808 800 5000', '999']);
	});

	it('does not count a number out of order, or one inside a longer number', () => {
		expect(missingHelpNumbers('999 · 0808 800 5000 · 0800 1111')).toEqual(['0808 800 5000', '999']);
		expect(missingHelpNumbers('0800 1111 0808 800 5000 and 1,999 offences')).toEqual(['999']);
		expect(missingHelpNumbers('0800 11112 0808 800 5000 999')).toEqual(['0800 1111']);
	});
});
