import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { resolveArea } from '../../query/resolve-area.js';
import { PLACE_CODE_PREFIXES } from '../../schema/place.js';
import { normalizeAreaName } from '../normalize-area-name.js';

const dataset = getBundledDataset();
const areaIds = new Set(dataset.areas.map((area) => area.id));

function resolvedId(text: string): string {
	const resolution = resolveArea(dataset, text);
	return resolution.status === 'found' ? resolution.area.id : resolution.reason;
}

// Real names people type, each with the force that polices it. Forces per the ONS "Local Authority District to
// Community Safety Partnership to Police Force Area" lookup (see data/README.md).
const NAMES: readonly (readonly [name: string, force: string])[] = [
	// county abbreviations and short forms
	['Hants', 'hampshire'],
	['Lincs', 'lincolnshire'],
	['Leics', 'leicestershire'],
	['Glos', 'gloucestershire'],
	['Lancs', 'lancashire'],
	['Oxon', 'thames-valley'],
	['Bucks', 'thames-valley'],
	['Berks', 'thames-valley'],
	['Wilts', 'wiltshire'],
	['Warks', 'warwickshire'],
	['Northants', 'northamptonshire'],
	['Notts', 'nottinghamshire'],
	['Staffs', 'staffordshire'],
	['Cambs', 'cambridgeshire'],
	['Herts', 'hertfordshire'],
	['Beds', 'bedfordshire'],
	['Worcs', 'west-mercia'],
	['Salop', 'west-mercia'],
	['Derbys', 'derbyshire'],
	['West Mids', 'west-midlands'],
	['N Ireland', 'psni'],
	['Co Durham', 'durham'],
	['County Durham', 'durham'],
	['WMP', 'west-midlands'],
	['S Yorks', 'south-yorkshire'],
	['W Yorks', 'west-yorkshire'],
	['N Yorks', 'north-yorkshire'],
	['GMP', 'greater-manchester'],
	['the Met', 'metropolitan'],
	['Met Police', 'metropolitan'],
	['PSNI', 'psni'],
	['TVP', 'thames-valley'],
	['IoW', 'hampshire'],
	['Isle of Wight', 'hampshire'],
	['East Riding', 'humberside'],
	['Tyne and Wear', 'northumbria'],
	['Teesside', 'cleveland'],
	// force names in Welsh and Gaelic, Welsh, Gaelic and Irish place names
	['Heddlu De Cymru', 'south-wales'],
	['Heddlu Gwent', 'gwent'],
	['Heddlu Dyfed-Powys', 'dyfed-powys'],
	['Heddlu Gogledd Cymru', 'north-wales'],
	['Poileas Alba', 'police-scotland'],
	['Caerdydd', 'south-wales'],
	['Abertawe', 'south-wales'],
	['Casnewydd', 'gwent'],
	['Wrecsam', 'north-wales'],
	['Sir Benfro', 'dyfed-powys'],
	['Sir Gaerfyrddin', 'dyfed-powys'],
	['Ynys Môn', 'north-wales'],
	['Ynys Mon', 'north-wales'],
	['Bro Morgannwg', 'south-wales'],
	['Pen-y-bont ar Ogwr', 'south-wales'],
	['Sir Fynwy', 'gwent'],
	['Caerffili', 'gwent'],
	['Merthyr Tudful', 'south-wales'],
	['Sir y Fflint', 'north-wales'],
	['Sir Ddinbych', 'north-wales'],
	['Y Fenni', 'gwent'],
	['Aberhonddu', 'dyfed-powys'],
	['Caerfyrddin', 'dyfed-powys'],
	['Glaschu', 'police-scotland'],
	['Dùn Èideann', 'police-scotland'],
	['Obar Dheathain', 'police-scotland'],
	['Inbhir Nis', 'police-scotland'],
	['Alba', 'police-scotland'],
	['Doire', 'psni'],
	['Béal Feirste', 'psni'],
	// the places in the lessons and the issue
	['Reading', 'thames-valley'],
	['Herefordshire', 'west-mercia'],
	['Hereford', 'west-mercia'],
	['Hertford', 'hertfordshire'],
	['Derry', 'psni'],
	['Londonderry', 'psni'],
	['Southampton', 'hampshire'],
	['Northampton', 'northamptonshire'],
	['Derby', 'derbyshire'],
	// cities, towns and authorities across the four nations
	['Birmingham', 'west-midlands'],
	['Manchester', 'greater-manchester'],
	['Liverpool', 'merseyside'],
	['Leeds', 'west-yorkshire'],
	['Sheffield', 'south-yorkshire'],
	['Bradford', 'west-yorkshire'],
	['Bristol', 'avon-and-somerset'],
	['Bath', 'avon-and-somerset'],
	['Newcastle upon Tyne', 'northumbria'],
	['Sunderland', 'northumbria'],
	['Gateshead', 'northumbria'],
	['Middlesbrough', 'cleveland'],
	['Hartlepool', 'cleveland'],
	['Darlington', 'durham'],
	['Carlisle', 'cumbria'],
	['Kendal', 'cumbria'],
	['Preston', 'lancashire'],
	['Blackpool', 'lancashire'],
	['Blackburn', 'lancashire'],
	['Chester', 'cheshire'],
	['Warrington', 'cheshire'],
	['Crewe', 'cheshire'],
	['Stockport', 'greater-manchester'],
	['Wigan', 'greater-manchester'],
	['Bolton', 'greater-manchester'],
	['Birkenhead', 'merseyside'],
	['Southport', 'merseyside'],
	['Hull', 'humberside'],
	['Grimsby', 'humberside'],
	['Scunthorpe', 'humberside'],
	['York', 'north-yorkshire'],
	['Harrogate', 'north-yorkshire'],
	['Scarborough', 'north-yorkshire'],
	['Doncaster', 'south-yorkshire'],
	['Rotherham', 'south-yorkshire'],
	['Barnsley', 'south-yorkshire'],
	['Huddersfield', 'west-yorkshire'],
	['Halifax', 'west-yorkshire'],
	['Wakefield', 'west-yorkshire'],
	['Chesterfield', 'derbyshire'],
	['Buxton', 'derbyshire'],
	['Nottingham', 'nottinghamshire'],
	['Mansfield', 'nottinghamshire'],
	['Leicester', 'leicestershire'],
	['Loughborough', 'leicestershire'],
	['Rutland', 'leicestershire'],
	['Lincoln', 'lincolnshire'],
	['Grantham', 'lincolnshire'],
	['Kettering', 'northamptonshire'],
	['Corby', 'northamptonshire'],
	['Stoke-on-Trent', 'staffordshire'],
	['Stafford', 'staffordshire'],
	['Burton upon Trent', 'staffordshire'],
	['Coventry', 'west-midlands'],
	['Wolverhampton', 'west-midlands'],
	['Solihull', 'west-midlands'],
	['Sutton Coldfield', 'west-midlands'],
	['Nuneaton', 'warwickshire'],
	['Leamington Spa', 'warwickshire'],
	['Stratford-upon-Avon', 'warwickshire'],
	['Worcester', 'west-mercia'],
	['Shrewsbury', 'west-mercia'],
	['Telford', 'west-mercia'],
	['Luton', 'bedfordshire'],
	['Bedford', 'bedfordshire'],
	['Cambridge', 'cambridgeshire'],
	['Peterborough', 'cambridgeshire'],
	['Chelmsford', 'essex'],
	['Colchester', 'essex'],
	['Southend-on-Sea', 'essex'],
	['Watford', 'hertfordshire'],
	['St Albans', 'hertfordshire'],
	['Stevenage', 'hertfordshire'],
	['Norwich', 'norfolk'],
	["King's Lynn", 'norfolk'],
	['Ipswich', 'suffolk'],
	['Lowestoft', 'suffolk'],
	['Croydon', 'metropolitan'],
	['Westminster', 'metropolitan'],
	['Tower Hamlets', 'metropolitan'],
	['Wimbledon', 'metropolitan'],
	['City of London', 'city-of-london'],
	['Square Mile', 'city-of-london'],
	['Canterbury', 'kent'],
	['Maidstone', 'kent'],
	['Medway', 'kent'],
	['Margate', 'kent'],
	['Guildford', 'surrey'],
	['Woking', 'surrey'],
	['Brighton', 'sussex'],
	['Brighton and Hove', 'sussex'],
	['Crawley', 'sussex'],
	['Eastbourne', 'sussex'],
	['Portsmouth', 'hampshire'],
	['Winchester', 'hampshire'],
	['Basingstoke', 'hampshire'],
	['Oxford', 'thames-valley'],
	['Milton Keynes', 'thames-valley'],
	['Slough', 'thames-valley'],
	['High Wycombe', 'thames-valley'],
	['Taunton', 'avon-and-somerset'],
	['Weston-super-Mare', 'avon-and-somerset'],
	['Somerset', 'avon-and-somerset'],
	['Plymouth', 'devon-and-cornwall'],
	['Exeter', 'devon-and-cornwall'],
	['Truro', 'devon-and-cornwall'],
	['Cornwall', 'devon-and-cornwall'],
	['Devon', 'devon-and-cornwall'],
	['Bournemouth', 'dorset'],
	['Poole', 'dorset'],
	['Weymouth', 'dorset'],
	['Gloucester', 'gloucestershire'],
	['Cheltenham', 'gloucestershire'],
	['Swindon', 'wiltshire'],
	['Salisbury', 'wiltshire'],
	['Cardiff', 'south-wales'],
	['Swansea', 'south-wales'],
	['Bridgend', 'south-wales'],
	['Merthyr Tydfil', 'south-wales'],
	['Rhondda Cynon Taf', 'south-wales'],
	['Caerphilly', 'gwent'],
	['Cwmbran', 'gwent'],
	['Monmouthshire', 'gwent'],
	['Wrexham', 'north-wales'],
	['Anglesey', 'north-wales'],
	['Gwynedd', 'north-wales'],
	['Llandudno', 'north-wales'],
	['Aberystwyth', 'dyfed-powys'],
	['Carmarthen', 'dyfed-powys'],
	['Powys', 'dyfed-powys'],
	['Pembrokeshire', 'dyfed-powys'],
	['Glasgow', 'police-scotland'],
	['Edinburgh', 'police-scotland'],
	['Aberdeen', 'police-scotland'],
	['Dundee', 'police-scotland'],
	['Inverness', 'police-scotland'],
	['Highland', 'police-scotland'],
	['Fife', 'police-scotland'],
	['Western Isles', 'police-scotland'],
	['Na h-Eileanan Siar', 'police-scotland'],
	['Belfast', 'psni'],
	['Armagh', 'psni'],
	['Newry', 'psni'],
	['Enniskillen', 'psni'],
	['Derry City and Strabane', 'psni'],
	// recently abolished authorities
	['Mendip', 'avon-and-somerset'],
	['Craven', 'north-yorkshire'],
	['South Lakeland', 'cumbria'],
	['Allerdale', 'cumbria'],
	['Aylesbury Vale', 'thames-valley'],
	['Wellingborough', 'northamptonshire'],
	['Waveney', 'suffolk'],
	['Christchurch', 'dorset'],
	['Taunton Deane', 'avon-and-somerset'],
];

describe('the place gazetteer', () => {
	it('holds every current local authority of the four nations, with valid ONS codes', () => {
		const codes = dataset.places.flatMap((p) => (p.code && !p.abolished ? [p.code] : []));
		const count = (prefix: string) => codes.filter((code) => code.startsWith(prefix)).length;
		expect(count('E06')).toBe(63);
		expect(count('E07')).toBe(164);
		expect(count('E08')).toBe(36);
		expect(count('E09')).toBe(33);
		expect(count('W06')).toBe(22);
		expect(count('S12')).toBe(32);
		expect(count('N09')).toBe(11);
		expect(new Set(codes).size).toBe(codes.length);
		for (const place of dataset.places) {
			const prefix = PLACE_CODE_PREFIXES[place.kind];
			if (place.code) expect(place.code.slice(0, 3), place.name).toBe(prefix);
			if (prefix && prefix !== 'E10') expect(place.code, place.name).toBeDefined();
		}
	});

	it('maps every place to areas that exist, and a place in one area to a force', () => {
		for (const place of dataset.places) {
			for (const id of place.areas) expect(areaIds.has(id), `${place.name}: ${id}`).toBe(true);
			if (place.areas.length === 1 && !place.ambiguous) {
				const area = dataset.areas.find((a) => a.id === place.areas[0]);
				expect(area?.kind, place.name).toBe('force');
			}
		}
	});

	it('never lets one name point at two forces unless every place with that name is marked ambiguous', () => {
		const byName = new Map<string, { areas: Set<string>; ambiguous: boolean[] }>();
		for (const place of dataset.places) {
			for (const name of new Set([place.name, ...place.aliases].map(normalizeAreaName))) {
				const entry = byName.get(name) ?? { areas: new Set<string>(), ambiguous: [] };
				for (const id of place.areas) entry.areas.add(id);
				entry.ambiguous.push(place.ambiguous === true);
				byName.set(name, entry);
			}
		}
		const clashes = [...byName]
			.filter(([, e]) => e.ambiguous.length > 1 && e.areas.size > 1 && !e.ambiguous.every(Boolean))
			.map(([name]) => name);
		expect(clashes).toEqual([]);
		const lonely = dataset.places.filter(
			(place) => place.ambiguous && (byName.get(normalizeAreaName(place.name))?.areas.size ?? 0) < 2,
		);
		expect(lonely.map((place) => place.name)).toEqual([]);
	});

	it(`answers each of ${NAMES.length} real names with the force that polices it`, () => {
		expect(NAMES.length).toBeGreaterThanOrEqual(150);
		const wrong = NAMES.filter(([name, force]) => resolvedId(name) !== force).map(
			([name, force]) => `${name}: ${resolvedId(name)}, expected ${force}`,
		);
		expect(wrong).toEqual([]);
	});

	it('answers every unshared gazetteer name with its own force, never another', () => {
		const wrong: string[] = [];
		for (const place of dataset.places) {
			if (place.ambiguous || place.areas.length !== 1) continue;
			for (const name of [place.name, ...place.aliases]) {
				const id = resolvedId(name);
				if (id !== place.areas[0]) wrong.push(`${name}: ${id}, expected ${place.areas[0]}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});

describe('resolving a place', () => {
	it('says which force polices a place', () => {
		const reading = resolveArea(dataset, 'Reading');
		expect(reading.status === 'found' && reading.resolution).toEqual({
			kind: 'place',
			matched: 'Reading',
			place: 'Reading',
			areaName: 'Thames Valley Police',
			note: 'Reading is policed by Thames Valley Police',
		});
		const caerdydd = resolveArea(dataset, 'Caerdydd');
		expect(caerdydd.status === 'found' && caerdydd.resolution.note).toBe(
			'Caerdydd (Cardiff) is policed by South Wales Police',
		);
		// The place's own name, for answers that name it (a comparison of two places one force polices).
		expect(caerdydd.status === 'found' && caerdydd.resolution.place).toBe('Cardiff');
		const derry = resolveArea(dataset, 'Derry');
		expect(derry.status === 'found' && derry.resolution.note).toBe(
			'Derry (Derry City and Strabane) is policed by Police Service of Northern Ireland',
		);
	});

	it('never jumps to another real place', () => {
		expect(resolvedId('Hants')).not.toBe('northamptonshire');
		expect(resolvedId('Herefordshire')).not.toBe('hertfordshire');
		expect(resolvedId('Derry')).not.toBe('derbyshire');
		expect(resolvedId('Southampton')).not.toBe('northamptonshire');
		for (const short of ['a', 'av', 'de', 'he', 'no', 'we', 'so'])
			expect(resolvedId(short), short).toBe('unknown-area');
		expect(resolvedId('Herts')).toBe('hertfordshire');
		expect(resolvedId('Herefs')).toBe('west-mercia');
	});

	it('offers choices, not a guess, for a name that spans forces or that several places share', () => {
		const choices = (text: string) => {
			const r = resolveArea(dataset, text);
			return r.status === 'not-found' && r.reason === 'ambiguous-area' ? r.suggestions.map((s) => s.id) : r.status;
		};
		expect(choices('London')).toEqual(['metropolitan', 'city-of-london']);
		expect(choices('Greater London')).toEqual(['metropolitan', 'city-of-london']);
		expect(choices('Yorkshire')).toEqual([
			'yorkshire-and-the-humber',
			'north-yorkshire',
			'south-yorkshire',
			'west-yorkshire',
			'humberside',
		]);
		expect(choices('England')).toEqual(['england-and-wales', 'uk']);
		expect(new Set(choices('Newport') as string[])).toEqual(new Set(['gwent', 'hampshire']));
		expect(new Set(choices('Bangor') as string[])).toEqual(new Set(['north-wales', 'psni']));
		expect(new Set(choices('Richmond') as string[])).toEqual(new Set(['metropolitan', 'north-yorkshire']));
		const london = resolveArea(dataset, 'London');
		expect(london.status === 'not-found' && london.message).toBe(
			'London is policed by more than one force: Metropolitan Police Service and City of London Police. Choose one.',
		);
		// The region holds figures of its own under its full name.
		expect(resolvedId('Yorkshire and the Humber')).toBe('yorkshire-and-the-humber');
		expect(resolvedId('Wales')).toBe('wales');
	});

	it('corrects only the spelling of one name, and says so', () => {
		const derbyshre = resolveArea(dataset, 'Derbyshre');
		expect(derbyshre.status === 'found' && derbyshre.resolution).toEqual({
			kind: 'corrected',
			matched: 'Derbyshire',
			areaName: 'Derbyshire Constabulary',
			note: 'Showing Derbyshire Constabulary (spelling corrected)',
		});
		expect(resolvedId('Nortumbria')).toBe('northumbria');
		expect(resolvedId('Nottinghamshre')).toBe('nottinghamshire');
		const readng = resolveArea(dataset, 'Readng');
		expect(readng.status === 'found' && readng.resolution.note).toBe(
			'Showing Thames Valley Police for Reading (spelling corrected)',
		);
		// Close to two real places: choices.
		expect(resolvedId('Dery')).toBe('ambiguous-area');
		expect(resolvedId('Herefordshir')).toBe('ambiguous-area');
	});

	it('never says what was typed when it corrects a spelling', () => {
		for (const typed of ['Derbyshre', 'Derbyshre*', 'Readng', `Nortumbria${' '.repeat(60)}`]) {
			const resolved = resolveArea(dataset, typed);
			if (resolved.status !== 'found') throw new Error(typed);
			expect(resolved.resolution.kind).toBe('corrected');
			expect(JSON.stringify(resolved)).not.toContain(typed.trim().replace('*', ''));
		}
	});
});
