import { describe, expect, it } from 'vitest';
import { normalizeAreaName } from '../../area/normalize-area-name.js';
import { getBundledDataset } from '../bundled-dataset.js';

// The 45 territorial forces and their ONS Police Force Area codes, from /work/shared/reference/police-forces.md
// (copied here so the check runs wherever the repository is cloned).
const FORCES: readonly (readonly [name: string, onsCode: string | undefined])[] = [
	['Cleveland Police', 'E23000013'],
	['Durham Constabulary', 'E23000008'],
	['Northumbria Police', 'E23000007'],
	['Cheshire Constabulary', 'E23000006'],
	['Cumbria Constabulary', 'E23000002'],
	['Greater Manchester Police', 'E23000005'],
	['Lancashire Constabulary', 'E23000003'],
	['Merseyside Police', 'E23000004'],
	['Humberside Police', 'E23000012'],
	['North Yorkshire Police', 'E23000009'],
	['South Yorkshire Police', 'E23000011'],
	['West Yorkshire Police', 'E23000010'],
	['Derbyshire Constabulary', 'E23000018'],
	['Leicestershire Police', 'E23000021'],
	['Lincolnshire Police', 'E23000020'],
	['Northamptonshire Police', 'E23000022'],
	['Nottinghamshire Police', 'E23000019'],
	['Staffordshire Police', 'E23000015'],
	['Warwickshire Police', 'E23000017'],
	['West Mercia Police', 'E23000016'],
	['West Midlands Police', 'E23000014'],
	['Bedfordshire Police', 'E23000026'],
	['Cambridgeshire Constabulary', 'E23000023'],
	['Essex Police', 'E23000028'],
	['Hertfordshire Constabulary', 'E23000027'],
	['Norfolk Constabulary', 'E23000024'],
	['Suffolk Constabulary', 'E23000025'],
	['City of London Police', 'E23000034'],
	['Metropolitan Police Service', 'E23000001'],
	['Hampshire and Isle of Wight Constabulary', 'E23000030'],
	['Kent Police', 'E23000032'],
	['Surrey Police', 'E23000031'],
	['Sussex Police', 'E23000033'],
	['Thames Valley Police', 'E23000029'],
	['Avon and Somerset Constabulary', 'E23000036'],
	['Devon and Cornwall Police', 'E23000035'],
	['Dorset Police', 'E23000039'],
	['Gloucestershire Constabulary', 'E23000037'],
	['Wiltshire Police', 'E23000038'],
	['Dyfed-Powys Police', 'W15000004'],
	['Gwent Police', 'W15000002'],
	['North Wales Police', 'W15000001'],
	['South Wales Police', 'W15000003'],
	['Police Service of Scotland', undefined],
	['Police Service of Northern Ireland', undefined],
];

const data = getBundledDataset();
const forces = data.areas.filter((a) => a.kind === 'force');

describe('the area registry', () => {
	it('holds exactly the 45 territorial forces, with their ONS codes', () => {
		expect(FORCES).toHaveLength(45);
		expect(forces.map((f) => [f.name, f.onsCode]).sort()).toEqual([...FORCES].map((f) => [...f]).sort());
	});

	it('ONS codes are unique, English forces E23, Welsh W15', () => {
		const codes = forces.flatMap((f) => (f.onsCode ? [f.onsCode] : []));
		expect(new Set(codes).size).toBe(codes.length);
		for (const force of forces) {
			if (force.nation === 'england') expect(force.onsCode, force.id).toMatch(/^E23/);
			if (force.nation === 'wales') expect(force.onsCode, force.id).toMatch(/^W15/);
		}
	});

	it('every English force names its region, and the region exists', () => {
		const regions = new Set(data.areas.filter((a) => a.kind === 'region').map((a) => a.id));
		const missing = forces.filter((f) => f.nation === 'england' && !(f.region && regions.has(f.region)));
		expect(missing.map((f) => f.id)).toEqual([]);
	});

	it('ids are unique', () => {
		const ids = data.areas.map((a) => a.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('no alias, once folded, points at two areas', () => {
		const owners = new Map<string, Set<string>>();
		const aliases = data.areas.flatMap((area) =>
			area.aliases.map((alias) => ({ area, folded: normalizeAreaName(alias) })),
		);
		for (const { area, folded } of aliases) owners.set(folded, (owners.get(folded) ?? new Set()).add(area.id));
		// An alias must not be another area's own name either (the force "West Midlands" and the region are told apart
		// by the region's name "West Midlands region", not by an alias).
		const ownNames = data.areas.flatMap((area) => [area.id, area.name, area.shortName].map((name) => ({ area, name })));
		for (const { area, name } of ownNames) owners.get(normalizeAreaName(name))?.add(area.id);
		const shared = [...owners]
			.filter(([, ids]) => ids.size > 1)
			.map(([alias, ids]) => `"${alias}": ${[...ids].join(', ')}`);
		expect(shared).toEqual([]);
	});

	it('every alias folds to something searchable', () => {
		const empty = data.areas.flatMap((a) =>
			a.aliases.filter((alias) => normalizeAreaName(alias) === '').map((x) => `${a.id}: ${x}`),
		);
		expect(empty).toEqual([]);
	});

	it('groups and regions name only known forces', () => {
		const forceIds = new Set(forces.map((f) => f.id));
		const unknown = data.areas.flatMap((a) =>
			(a.members ?? []).filter((m) => !forceIds.has(m)).map((m) => `${a.id}: ${m}`),
		);
		expect(unknown).toEqual([]);
	});
});
