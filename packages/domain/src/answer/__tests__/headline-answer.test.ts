import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getFigures } from '../../query/get-figures.js';
import { getNational } from '../../query/get-national.js';
import { getSeries } from '../../query/get-series.js';
import { yearsHeld } from '../../query/years-held.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';

const data = getBundledDataset();

function figures(area: string, year?: string) {
	const answer = getFigures(data, { area, year });
	if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
	return answer;
}

describe('an answer leads with the headline figure', () => {
	it('UK with no year: 86,962 offences recorded in 2022/23, then other measures each with its own year', () => {
		const answer = figures('UK');
		expect(answer.data.year).toBe('2022/23');
		expect(answer.data.headline?.measure.id).toBe('child-sexual-offences');
		expect(answer.data.headline?.figures[0]?.valueText).toBe('86,962');
		const scwc = answer.data.otherMeasures.find((g) => g.measure.id === 'sexual-communication-with-a-child');
		expect(scwc?.year).toBe('2024/25');
		expect(scwc?.figures[0]?.valueText).toBe('7,263');
		const text = renderText(answer);
		expect(text.indexOf('86,962')).toBeLessThan(text.indexOf('7,263'));
		expect(text).toContain('Sexual Communication with a Child, 2024/25: 7,263');
	});

	it.each(['Derbyshire', 'Lancashire', 'Lincolnshire', 'Scotland', 'Wales'])(
		'%s with no year leads with offences recorded',
		(area) => {
			const answer = figures(area);
			expect(answer.data.headline?.measure.id).toBe('child-sexual-offences');
			expect(answer.data.headline?.figures[0]?.figure.breakdown).toBeNull();
		},
	);

	it('/national with no year is the latest year with a national total', () => {
		const answer = getNational(data);
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.year).toBe('2022/23');
		expect(answer.data.groups[0]?.measure.id).toBe('child-sexual-offences');
		expect(answer.data.groups[0]?.figures[0]?.area.kind).toBe('uk');
	});

	it('context figures sit in their own section, never under offences recorded', () => {
		const answer = figures('UK');
		expect(answer.data.context.every((g) => g.measure.kind === 'context')).toBe(true);
		expect(answer.data.headline?.figures.every((f) => f.measure.kind !== 'context')).toBe(true);
		expect(renderText(answer)).toContain('Context: not police-recorded figures');
	});
});

describe('the sources’ claims, checked', () => {
	it('UK 2016/17: "every eight minutes" reproduces as one every 8.1 minutes, computed', () => {
		const claims = figures('UK', '2016/17').data.claims;
		const eight = claims.find((c) => c.claim.kind === 'every-n-minutes');
		expect(eight?.reproduces).toBe(true);
		expect(eight?.check).toBe(
			'Reproduces: 64,667 in 2016/17 is one every 8.1 minutes, computed by Signpost from the cited counts.',
		);
	});

	it('Leicestershire 2019/20: "179 per cent" over 2014/15 to 2019/20 is shown as the source’s own comparison', () => {
		const answer = figures('Leicestershire', '2019/20');
		const claim = answer.data.claims.find((c) => c.claim.id === 'leicestershire-2019-20-up-179-per-cent');
		expect(claim?.overSpan).toBe(true);
		expect(claim?.reproduces).toBe(true);
		expect(renderText(answer)).toContain('the source’s own comparison, 2014/15 to 2019/20');
	});
});

describe('conflicts and caveats', () => {
	it('Facebook and Messenger 10% and 12% for 2023/24: one line with both values, the note said once', () => {
		const text = renderText(figures('UK', '2023/24'));
		// Was two lines, each side "disagreeing" with the other: a conflict is shown once.
		const lines = text.split('\n').filter((l) => l.includes('on Facebook and Messenger') && !l.includes('ITV and LBC'));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/1[02]% \(.* or 1[02]% \(.*The sources disagree/);
		const note = 'ITV and LBC give Facebook and Messenger as 12%';
		expect(text.split(note).length - 1).toBe(1);
	});

	it('no Scotland caveat on an English force; said with Police Scotland', () => {
		expect(renderText(figures('Derbyshire'))).not.toContain('In Scotland');
		expect(renderText(figures('Police Scotland'))).toContain('In Scotland');
	});

	it('proper nouns written properly', () => {
		const text = renderText(figures('UK', '2023/24'));
		expect(text).toContain('on WhatsApp');
		expect(text).toContain('on Snapchat');
		expect(text).not.toMatch(/on whatsapp|on snapchat|on facebook/);
	});
});

describe('data honesty', () => {
	it('Dyfed-Powys 2017/18 Sexual Communication with a Child is marked part-year and takes part in no change', () => {
		const series = getSeries(data, { area: 'Dyfed-Powys', measure: 'sexual-communication-with-a-child' });
		if (series.status !== 'found') throw new Error(JSON.stringify(series));
		const first = series.data.points[0];
		expect(first?.year).toBe('2017/18');
		expect(first?.partYear).toBe(true);
		expect(series.data.changes.some((c) => c.from.partYear || c.to.partYear)).toBe(false);
		expect(renderText(series)).toContain('part of the year only: October 2017 to April 2018');
	});

	it('totals that leave out forces say so', () => {
		const uk = figures('UK');
		expect(uk.data.headline?.figures[0]?.coverage).toEqual(['43 forces gave data']);
		const scwc = uk.data.otherMeasures.find((g) => g.measure.id === 'sexual-communication-with-a-child');
		expect(scwc?.figures[0]?.coverage).toEqual(['excluding Lincolnshire Police']);
		expect(renderMarkdown(figures('north-west-excluding-gmp'))).toContain('excluding Greater Manchester Police');
	});

	it('no change is computed between years that count different forces', () => {
		const uk = figures('UK', '2022/23');
		expect(uk.data.changes).toEqual([]);
		expect(uk.data.notCompared[0]?.reason).toContain('different sets of forces');
	});

	it('years held include span end years', () => {
		expect(yearsHeld(data, { area: 'police-scotland' })).toContain('2022/23');
		const spansOnly = data.figures.filter((f) => f.period.includes('-'));
		for (const f of spansOnly) expect(yearsHeld(data, { area: f.area })).toContain(f.period.split('-')[1]);
	});
});
