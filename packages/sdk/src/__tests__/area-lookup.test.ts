// findAreaByOnsCode and getAreaHierarchy against the bundled areas (packages/domain/data/areas.json).
import { describe, expect, it } from 'vitest';
import { findAreaByOnsCode, getAreaHierarchy } from '../index.js';

const NUMBERS = ['0800 1111', '0808 800 5000', '999'];
const phones = (result: { help: { services: readonly { phone?: string | undefined }[] } }) =>
	result.help.services.slice(0, 3).map((s) => s.phone);

describe('findAreaByOnsCode', () => {
	it.each([
		['E23000018', 'derbyshire'],
		['E23000026', 'bedfordshire'],
		['E23000001', 'metropolitan'],
		['W15000004', 'dyfed-powys'],
		['e23000018', 'derbyshire'],
		['  E23000018 ', 'derbyshire'],
	])('%j is %s', (code, id) => {
		const result = findAreaByOnsCode(code);
		expect(result).toMatchObject({ status: 'found', area: { id, onsCode: code.trim().toUpperCase() } });
		expect(phones(result)).toEqual(NUMBERS);
	});

	it('a well-formed code no area has is unknown-area, with the help lines', () => {
		const result = findAreaByOnsCode('E23000099');
		expect(result).toMatchObject({ status: 'not-found', reason: 'unknown-area' });
		expect(phones(result)).toEqual(NUMBERS);
	});

	it.each([
		['my dad touches me', 'disclosure', 'en', 'childline'],
		['i want to die', 'suicide-or-self-harm', 'en', 'samaritans'],
		['helpwch fi', 'distress', 'cy', 'meic'],
	])(
		'%j, a person typing where a code goes: help first at code, with the service that fits, never the words',
		(text, concern, language, service) => {
			const result = findAreaByOnsCode(text);
			expect(result).toMatchObject({ status: 'help-first', input: 'code', language });
			if (result.status !== 'help-first') throw new Error(result.status);
			expect(result.concerns).toContain(concern);
			expect(result.help.services.map((s) => s.id)).toContain(service);
			expect(phones(result)).toEqual(NUMBERS);
			expect(JSON.stringify(result).toLowerCase()).not.toContain(text);
			expect(result).not.toHaveProperty('message');
		},
	);

	it.each(['Derbyshire', '', 'E2300001', 'E230000188', 'X'.repeat(300)])(
		'%j is not a code: invalid-query on code',
		(code) => {
			const result = findAreaByOnsCode(code);
			expect(result).toMatchObject({ status: 'not-found', reason: 'invalid-query', input: 'code' });
			expect(phones(result)).toEqual(NUMBERS);
		},
	);
});

describe('getAreaHierarchy', () => {
	it('a force in England: its region and nation', () => {
		const result = getAreaHierarchy('Derbyshire');
		if (result.status !== 'found') throw new Error(result.status);
		expect(result.area.id).toBe('derbyshire');
		expect(result.region?.id).toBe('east-midlands');
		expect(result.nation?.id).toBe('england');
		expect(result.forces.map((f) => f.id)).toEqual(['derbyshire']);
		expect(phones(result)).toEqual(NUMBERS);
	});

	it('a force found by ONS code or alias', () => {
		expect(getAreaHierarchy('E23000026')).toMatchObject({
			status: 'found',
			area: { id: 'bedfordshire' },
			region: { id: 'east-of-england' },
			nation: { id: 'england' },
		});
		expect(getAreaHierarchy('GMP')).toMatchObject({ area: { id: 'greater-manchester' }, region: { id: 'north-west' } });
	});

	it('a Welsh force has a nation and no region', () => {
		const result = getAreaHierarchy('Dyfed-Powys');
		if (result.status !== 'found') throw new Error(result.status);
		expect(result.region).toBeUndefined();
		expect(result.nation?.id).toBe('wales');
	});

	it('a region lists its member forces and its nation', () => {
		const result = getAreaHierarchy('East Midlands');
		if (result.status !== 'found') throw new Error(result.status);
		expect(result.region?.id).toBe('east-midlands');
		expect(result.nation?.id).toBe('england');
		expect(result.forces.map((f) => f.id)).toEqual([
			'derbyshire',
			'leicestershire',
			'lincolnshire',
			'northamptonshire',
			'nottinghamshire',
		]);
	});

	it('a nation lists its forces: Wales has four, Scotland one', () => {
		const wales = getAreaHierarchy('Cymru');
		if (wales.status !== 'found') throw new Error(wales.status);
		expect(wales.nation?.id).toBe('wales');
		expect(wales.forces.map((f) => f.id)).toEqual(['dyfed-powys', 'gwent', 'north-wales', 'south-wales']);
		const scotland = getAreaHierarchy('scotland');
		expect(scotland).toMatchObject({ status: 'found', area: { id: 'scotland' } });
		if (scotland.status === 'found') expect(scotland.forces.map((f) => f.id)).toEqual(['police-scotland']);
	});

	it('the UK holds all 45 forces; a group its members', () => {
		const uk = getAreaHierarchy('uk');
		if (uk.status !== 'found') throw new Error(uk.status);
		expect(uk.forces).toHaveLength(45);
		expect(uk.nation).toBeUndefined();
		const group = getAreaHierarchy('dorset-and-hampshire');
		if (group.status !== 'found') throw new Error(group.status);
		expect(group.forces.map((f) => f.id).sort()).toEqual(['dorset', 'hampshire']);
		const ew = getAreaHierarchy('england-and-wales');
		if (ew.status !== 'found') throw new Error(ew.status);
		expect(ew.forces).toHaveLength(43);
	});

	it('an unknown area is unknown-area, naming the input, with the help lines', () => {
		const result = getAreaHierarchy('Atlantis');
		expect(result).toMatchObject({ status: 'not-found', reason: 'unknown-area', input: 'area' });
		expect(phones(result)).toEqual(NUMBERS);
	});

	it('a name meaning several areas asks with choices', () => {
		const result = getAreaHierarchy('Newport');
		expect(result).toMatchObject({ status: 'not-found', reason: 'ambiguous-area' });
		if (result.status === 'not-found') expect(result.suggestions.length).toBeGreaterThan(1);
	});
});
