import { describe, expect, it } from 'vitest';
import { outsideCoverage } from '../../area/outside-coverage.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { renderText } from '../../render/render-answer.js';
import { WELSH_WORDING } from '../../text/welsh-wording.js';
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
		['St Peter Port', 'Guernsey is policed by the States of Guernsey Police Service'],
		['Alderney', 'Alderney is policed by the States of Guernsey Police Service'],
		['Sark', 'Sark is policed by the Sark Constable and Vingtenier and the States of Guernsey Police Service'],
		[
			'Channel Islands',
			'The Channel Islands are policed by the States of Jersey Police and the States of Guernsey Police Service',
		],
		[
			'the channel islands',
			'The Channel Islands are policed by the States of Jersey Police and the States of Guernsey Police Service',
		],
		['Isle of Man', 'The Isle of Man is policed by the Isle of Man Constabulary'],
		['IOM', 'The Isle of Man is policed by the Isle of Man Constabulary'],
		['Ynys Manaw', 'The Isle of Man is policed by the Isle of Man Constabulary'],
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

	it.each(['British Transport Police', 'BTP', 'transport police', 'railway police'])(
		'%s: polices the railways, not an area, and holds no figure of its own; national totals say when they count it',
		(name) => {
			for (const answer of [getFigures(data, { area: name }), compareAreas(data, { areas: ['Kent', name] })]) {
				expect(answer).toMatchObject({ status: 'not-found', reason: 'unknown-area', suggestions: [] });
				const text = renderText(answer);
				expect(text).toContain(
					'British Transport Police polices the railways of England, Wales and Scotland, not an area, and Signpost holds no figures of its own for it.',
				);
				expect(text).not.toMatch(/No area matches|Did you mean/);
			}
		},
	);

	it('the national figure the railways sentence points to does name British Transport Police in its note', () => {
		const noted = data.figures.filter((f) => f.notes?.some((n) => n.includes('British Transport Police')));
		expect(noted.length).toBeGreaterThan(0);
		for (const f of noted) expect(['england-and-wales', 'uk', 'england-wales-and-northern-ireland']).toContain(f.area);
	});

	it.each([
		['Jersey', 'Mae Jersey yn cael ei blismona gan States of Jersey Police, nad yw Signpost yn ei gynnwys.'],
		[
			'Guernsey',
			'Mae Ynys y Garn yn cael ei blismona gan States of Guernsey Police Service, nad yw Signpost yn ei gynnwys.',
		],
		[
			'Channel Islands',
			'Mae Ynysoedd y Sianel yn cael eu plismona gan States of Jersey Police a States of Guernsey Police Service, nad yw Signpost yn eu cynnwys.',
		],
		['Isle of Man', 'Mae Ynys Manaw yn cael ei blismona gan Isle of Man Constabulary, nad yw Signpost yn ei gynnwys.'],
		['BTP', 'Mae British Transport Police yn plismona rheilffyrdd Cymru, Lloegr a’r Alban, nid ardal,'],
	])('%s in Welsh: the Welsh table says it from the answer, with no English', (name, sentence) => {
		const answer = getFigures(data, { area: name });
		expect(answer.status === 'not-found' && answer.outside).toEqual(outsideCoverage(name));
		const said = answer.status === 'not-found' && answer.outside ? WELSH_WORDING.notCovered(answer.outside) : '';
		expect(said.startsWith(sentence)).toBe(true);
		expect(said).not.toMatch(/ the | is policed | which /);
	});

	it('a force whose name looks alike still resolves by its own name', () => {
		expect(resolveArea(data, 'Merseyside')).toMatchObject({ status: 'found', area: { id: 'merseyside' } });
	});
});
