// listMeasures and listAgeBands: the bundled lists, whole, frozen, and with the help lines.
import { describe, expect, it } from 'vitest';
import { getFigures, listAgeBands, listMeasures } from '../index.js';

const NUMBERS = ['0800 1111', '0808 800 5000', '999'];

describe('listMeasures', () => {
	const result = listMeasures();

	it('lists every bundled measure with id, name, short name, kind and definition', () => {
		expect(result.status).toBe('found');
		expect(result.measures).toHaveLength(11);
		expect(result.measures[0]).toMatchObject({
			id: 'child-sexual-offences',
			name: 'Child sexual offences recorded',
			shortName: 'Offences recorded',
			kind: 'recorded-offences',
		});
		expect(result.measures[0]?.definition).toMatch(/^Sexual offences against children under 18 recorded by the police/);
		expect(result.measures.map((m) => m.id)).toContain('sexual-communication-with-a-child');
		expect(result.measures.find((m) => m.id === 'charged-or-summonsed')?.kind).toBe('outcomes');
		for (const m of result.measures) expect(m.definition.length).toBeGreaterThan(0);
	});

	it('carries the help lines', () => {
		expect(result.help.services.slice(0, 3).map((s) => s.phone)).toEqual(NUMBERS);
	});

	it('is frozen, and a listed short name works as a measure in a query', () => {
		expect(Object.isFrozen(result.measures)).toBe(true);
		expect(Object.isFrozen(result.measures[0])).toBe(true);
		const online = result.measures.find((m) => m.id === 'online-element');
		const answer = getFigures({ area: 'Derbyshire', measure: online?.shortName });
		expect(answer.status === 'found' || (answer.status === 'not-found' && answer.reason !== 'unknown-measure')).toBe(
			true,
		);
	});
});

describe('listAgeBands', () => {
	it('lists the 14 bundled age bands with their published labels and ages', () => {
		const { status, ageBands, help } = listAgeBands({ help: { audience: 'child' } });
		expect(status).toBe('found');
		expect(ageBands).toHaveLength(14);
		expect(ageBands.find((b) => b.id === 'under-thirteen')).toMatchObject({ label: 'under 13', upTo: 12 });
		expect(ageBands.find((b) => b.id === 'twelve-to-fifteen')).toMatchObject({ from: 12, upTo: 15 });
		expect(Object.isFrozen(ageBands[0])).toBe(true);
		expect(help.services[0]?.phone).toBe('0800 1111');
	});
});
