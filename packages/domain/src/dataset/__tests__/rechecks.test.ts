// The re-checks of issue 24, each recorded in the data with the quote that settles it (or says it cannot be
// settled), and shown where the figures are.
import { describe, expect, it } from 'vitest';
import { answerCaveats } from '../../answer/answer-caveats.js';
import { viewFigure } from '../../answer/figure-view.js';
import { computeChange, notCompared } from '../../query/computed-change.js';
import { getFigures } from '../../query/get-figures.js';
import { getNational } from '../../query/get-national.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';
import { checkClaim } from '../../stats/check-claim.js';
import { percentChange } from '../../stats/rates.js';
import { WORDING } from '../../text/wording.js';
import { getBundledDataset } from '../bundled-dataset.js';
import { indexDataset } from '../dataset-index.js';

const data = getBundledDataset();
const index = indexDataset(data);
const figure = (id: string) => {
	const found = index.figures.get(id);
	if (!found) throw new Error(`no figure ${id}`);
	return found;
};

describe('Lincolnshire 2018/19 online element: 119 or 199', () => {
	const from2020 = figure('lincolnshire-2018-19-online-lincolnite-2020');
	const from2019 = figure('lincolnshire-2018-19-online-lincolnite-2019');
	const to = figure('lincolnshire-2019-20-online-lincolnite');

	it('both stay, as one conflict whose note records what the page’s own numbers fit', () => {
		expect([from2020.value, from2019.value, to.value]).toEqual([119, 199, 226]);
		const conflict = data.conflicts.find((c) => c.id === 'lincolnshire-2018-19-online');
		expect(conflict?.figures).toEqual([from2019.id, from2020.id]);
		expect(conflict?.note).toContain('"14% rise" fits 199');
		expect(conflict?.note).toContain('"107 more offences than last year" fits 119');
	});

	it('the page’s “up 14%” is checked: it does not reproduce from 119 and does from 199; “107 more” fits 119', () => {
		const claim = data.claims.find((c) => c.id === 'lincolnshire-2019-20-online-up-14-per-cent');
		expect(claim?.quote).toBe(
			'Lincolnshire Police has seen a 14% rise in online child sex offences over the last year.',
		);
		if (!claim) return;
		const check = checkClaim(data, claim);
		expect(check.reproduces).toBe(false);
		expect(check.computed).toBeCloseTo(89.9, 1);
		expect(checkClaim(data, { ...claim, figures: [from2019.id, to.id] }).reproduces).toBe(true);
		expect(percentChange(199, 226)).toBeCloseTo(13.6, 1);
		expect(to.value - from2020.value).toBe(107);
		expect(claim.note).toContain('the 14% fits 199');
	});

	it('the check is visible in the answer, with both values on one line and no change computed', () => {
		const answer = getFigures(data, { area: 'Lincolnshire', year: '2019/20' });
		const text = renderText(answer);
		expect(text).toContain(
			'“Lincolnshire Police has seen a 14% rise in online child sex offences over the last year.”',
		);
		expect(text).toContain('Does not reproduce: 119 in 2018/19 to 226 in 2019/20 is a change of +89.9%');
		expect(text).toMatch(/Online element, 2018\/19: 119 .* or 199 /);
		expect(
			answer.status === 'found' && answer.data.changes.filter((c) => c.to.measure.id === 'online-element'),
		).toEqual([]);
	});
});

describe('Gwent 2019/20: grooming 144 above the online-element total 128', () => {
	const caveat = data.measures
		.find((m) => m.id === 'sexual-communication-with-a-child')
		?.besideCaveats.find((c) => c.measure === 'online-element');

	it('the data record why: the offence covers offline communication too, with the quote that says so', () => {
		expect(figure('gwent-2019-20-scwc-cardiff-news').value).toBe(144);
		expect(figure('gwent-2019-20-online-south-wales-argus').value).toBe(128);
		expect(caveat?.text).toMatch(/^Sexual Communication with a Child and the online element are counted differently/);
		expect(caveat?.sources[0]?.quote).toContain('All online and offline communications');
		expect(figure('gwent-2019-20-online-south-wales-argus').notes.join(' ')).toContain('Not a conflict');
	});

	it('wherever both are shown, the caveat is said once beside them, on every renderer and the caveats page', () => {
		const answer = getFigures(data, { area: 'Gwent', year: '2019/20' });
		const text = caveat?.text ?? 'missing';
		expect(renderText(answer).split(text)).toHaveLength(2);
		expect(renderMarkdown(answer).match(/are counted differently/g)).toHaveLength(1);
		expect(answerCaveats(answer)).toContain(text);
		const national = getNational(data, { year: '2019/20' });
		expect(answerCaveats(national)).toContain(text);
	});

	it('an answer showing one of the two says nothing about the other', () => {
		const online = getFigures(data, { area: 'Gwent', year: '2019/20', measure: 'online-element' });
		expect(answerCaveats(online)).not.toContain(caveat?.text);
		const derbyshire = getFigures(data, { area: 'Derbyshire', year: '2016/17' });
		expect(renderText(derbyshire)).not.toContain('counted differently');
	});
});

describe('Scotland 2021/22: the page counts offences against under-16s', () => {
	const scotland2021 = figure('police-scotland-2021-22-total-falkirk-herald');
	const scotland2022 = figure('police-scotland-2022-23-total');

	it('the figure says so, in its coverage and its note, with the page’s own words', () => {
		expect(scotland2021.coverage?.victimsUnder).toBe(16);
		expect(scotland2021.notes.join(' ')).toContain('committed against under 16s in 2022/23');
		const text = renderText(getFigures(data, { area: 'Police Scotland', year: '2021/22' }));
		expect(text).toContain('Offences recorded: 5,640 (offences against children under 16, as reported)');
	});

	it('2022/23, from the same release and called under-16s by the same page, is marked the same and stays comparable', () => {
		expect(scotland2022.coverage?.victimsUnder).toBe(16);
		expect(scotland2022.sources.map((s) => s.source)).toContain('falkirk-herald-2024-01-09-scotland');
		expect(computeChange(viewFigure(index, scotland2021), viewFigure(index, scotland2022))?.percent).toBeCloseTo(
			-1.5,
			1,
		);
	});

	it('a year counting under-16s is never compared with one counting under-18s', () => {
		const { coverage: _under16, ...rest } = scotland2022;
		const unmarked = viewFigure(index, rest);
		expect(computeChange(viewFigure(index, scotland2021), unmarked)).toBeNull();
		expect(notCompared(viewFigure(index, scotland2021), unmarked)?.reason).toBe(WORDING.notComparedDifferentAges);
	});
});
