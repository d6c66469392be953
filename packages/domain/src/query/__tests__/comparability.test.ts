import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { createDataset } from '../../dataset/create-dataset.js';
import { renderText } from '../../render/render-answer.js';
import type { Claim } from '../../schema/claim.js';
import { fixtureDataset, fixtureInput } from '../../testing.js';
import { NOT_COMPARED_DIFFERENT_RELEASES } from '../computed-change.js';
import { getFigures } from '../get-figures.js';
import { getSeries } from '../get-series.js';

const fixture = fixtureDataset();

// A variant of the fixture where Staffordshire 2015/16 comes from another release (a March 2017 page) than
// 2016/17 (the Burton Mail, February 2018 release), without the fixture's claim comparing the two unless one is
// given.
const OTHER_RELEASE = 'march-2017-release-staffordshire';

function crossRelease(claims: Claim[] = []) {
	return createDataset({
		...fixtureInput,
		sources: [
			...fixtureInput.sources,
			{
				id: OTHER_RELEASE,
				title: 'A page reporting the March 2017 release',
				publisher: 'Test Gazette',
				publisherKind: 'newsroom',
				published: '2017-03-21',
				reports: 'NSPCC FOI release, March 2017 (figures for 2015/16)',
			},
		],
		figures: fixtureInput.figures.map((f) =>
			f.id === 'staffordshire-2015-16-total'
				? { ...f, sources: [{ source: OTHER_RELEASE, quote: 'Staffordshire recorded 1,347 offences' }] }
				: f,
		),
		claims: [...fixtureInput.claims.filter((c) => !c.figures.includes('staffordshire-2015-16-total')), ...claims],
	});
}

const statedChange = (reproduces?: boolean): Claim => ({
	id: 'staffordshire-2016-17-up-25-per-cent-test',
	source: 'burton-mail-2018-03-14',
	quote: 'up 25 per cent from 1,347 the year before',
	kind: 'percent-change',
	figures: ['staffordshire-2015-16-total', 'staffordshire-2016-17-total'],
	stated: 25,
	qualifier: 'exact',
	...(reproduces === undefined ? {} : { reproduces }),
});

function figuresData(dataset: ReturnType<typeof createDataset>, area: string, year: string) {
	const answer = getFigures(dataset, { area, year });
	if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
	return answer;
}

describe('a change is computed only between years the sources make comparable', () => {
	it('one source carries both years: the change is computed (Staffordshire, Burton Mail)', () => {
		const answer = figuresData(fixture, 'Staffordshire', '2016/17');
		expect(answer.data.changes.map((c) => [c.from.figure.value, c.to.figure.value])).toEqual([[1_347, 1_681]]);
		expect(answer.data.notCompared).toEqual([]);
	});

	it('the two years come from different releases: both shown, no change, and the reason', () => {
		const answer = figuresData(crossRelease(), 'Staffordshire', '2016/17');
		expect(answer.data.changes).toEqual([]);
		expect(answer.data.notCompared.map((p) => [p.from.figure.value, p.to.figure.value, p.reason])).toEqual([
			[1_347, 1_681, NOT_COMPARED_DIFFERENT_RELEASES],
		]);
		expect(answer.caveats.some((c) => c.includes('computed'))).toBe(false);
		const text = renderText(answer);
		expect(text).toContain('1,681');
		expect(text).toContain('1,347');
		expect(text).toContain('Not compared: the two years come from different releases');
		expect(text).not.toMatch(/computed by Signpost from the cited counts/);
		expect(text).not.toMatch(/\+25%/);
	});

	it('a source that states the change between the two figures makes them comparable', () => {
		const answer = figuresData(crossRelease([statedChange()]), 'Staffordshire', '2016/17');
		expect(answer.data.changes).toHaveLength(1);
		expect(answer.data.notCompared).toEqual([]);
	});

	it('a stated change that does not reproduce does not: the source compared a different count', () => {
		const answer = figuresData(crossRelease([statedChange(false)]), 'Staffordshire', '2016/17');
		expect(answer.data.changes).toEqual([]);
		expect(answer.data.notCompared).toHaveLength(1);
	});

	it('series: the same rule between adjacent years', () => {
		const same = getSeries(fixture, { area: 'Staffordshire' });
		const cross = getSeries(crossRelease(), { area: 'Staffordshire' });
		if (same.status !== 'found' || cross.status !== 'found') throw new Error('expected series');
		expect(same.data.changes).toHaveLength(1);
		expect(same.data.notCompared).toEqual([]);
		expect(cross.data.changes).toEqual([]);
		expect(cross.data.notCompared.map((p) => [p.from.figure.period, p.to.figure.period])).toEqual([
			['2015/16', '2016/17'],
		]);
		expect(cross.data.noChange).toEqual([{ year: '2016/17', reason: 'different-releases' }]);
		expect(NOT_COMPARED_DIFFERENT_RELEASES).toBe(
			'Not compared: the two years come from different releases, and no source compares them.',
		);
		expect(renderText(cross)).toMatch(
			/- 2016\/17: 1,681 \(.*\); change not computed: the two years come from different releases, and no source compares them\n/,
		);
	});
});

describe('comparability in the bundled dataset', () => {
	const data = getBundledDataset();

	it('Kent 2014/15 against 2013/14: a 2017 page and a 2015 one, so not compared', () => {
		const answer = figuresData(data, 'Kent', '2014/15');
		expect(answer.data.changes).toEqual([]);
		expect(answer.data.notCompared.map((p) => [p.from.figure.value, p.to.figure.value])).toEqual([[1_356, 1_337]]);
	});

	it('Kent 2015/16 against 2014/15: the Kent Messenger gives both, so the change is computed', () => {
		const answer = figuresData(data, 'Kent', '2015/16');
		expect(answer.data.changes.map((c) => [c.from.figure.value, c.to.figure.value])).toEqual([[1_337, 1_571]]);
		expect(answer.data.notCompared).toEqual([]);
	});

	it('UK 2016/17: the release’s own 15 per cent does not reproduce from the 2015/16 total held, so not compared', () => {
		const answer = figuresData(data, 'UK', '2016/17');
		expect(answer.data.changes.filter((c) => c.to.figure.measure === 'child-sexual-offences')).toEqual([]);
		expect(answer.data.notCompared.map((p) => p.from.figure.value)).toContain(55_507);
	});

	it('every computed change has a source carrying both years, two sources of one release, or a reproducing stated change', () => {
		for (const area of data.areas) {
			const series = getSeries(data, { area: area.id });
			if (series.status !== 'found') continue;
			for (const c of series.data.changes) {
				const from = new Set(c.from.sources.map((s) => s.source.id));
				const releases = new Set(c.from.sources.flatMap((s) => (s.source.release ? [s.source.release] : [])));
				const shared = c.to.sources.some(
					(s) => from.has(s.source.id) || (s.source.release !== undefined && releases.has(s.source.release)),
				);
				const stated = data.claims.some(
					(k) => k.reproduces !== false && k.figures.join() === `${c.from.figure.id},${c.to.figure.id}`,
				);
				expect(shared || stated, `${c.from.figure.id} -> ${c.to.figure.id}`).toBe(true);
			}
		}
	});
});

describe('two articles reporting the same release compare their years', () => {
	const release = (id: string, month: string) => ({
		id,
		name: `Test release ${month}`,
		origin: 'nspcc' as const,
		publishedBy: 'NSPCC',
		month,
		years: ['2015/16', '2016/17'],
		measures: ['child-sexual-offences'],
	});

	function withReleases(other: string) {
		const base = crossRelease();
		return createDataset({
			...fixtureInput,
			releases: [release('feb-2018', '2018-02'), release('mar-2017', '2017-03')],
			sources: base.sources.map((s) =>
				s.id === 'burton-mail-2018-03-14'
					? { ...s, release: 'feb-2018' }
					: s.id === OTHER_RELEASE
						? { ...s, release: other }
						: s,
			),
			figures: base.figures,
			claims: base.claims,
		});
	}

	it('the same release on two pages: the change is computed', () => {
		const answer = figuresData(withReleases('feb-2018'), 'Staffordshire', '2016/17');
		expect(answer.data.changes.map((c) => [c.from.figure.value, c.to.figure.value])).toEqual([[1_347, 1_681]]);
		expect(answer.data.notCompared).toEqual([]);
	});

	it('two different releases: shown side by side, not compared', () => {
		const answer = figuresData(withReleases('mar-2017'), 'Staffordshire', '2016/17');
		expect(answer.data.changes).toEqual([]);
		expect(answer.data.notCompared.map((p) => p.reason)).toEqual([NOT_COMPARED_DIFFERENT_RELEASES]);
	});

	it('in the bundled data, the News Letter and the Belfast Telegraph (one release) make the PSNI online years comparable', () => {
		const data = getBundledDataset();
		const news = data.sources.find((s) => s.id === 'news-letter-2020-psni-online');
		const telegraph = data.sources.find((s) => s.id === 'belfast-telegraph-2020-09-03-psni-online');
		expect(news?.release).toBe('nspcc-2020-09-online');
		expect(telegraph?.release).toBe(news?.release);
	});
});
