// The force-by-release ledger (batches/ledger/ledger-*.json) and its search logs (searches.json): every force has one
// entry per release, the entries agree with the figures the dataset holds, and the schema refuses entries that point
// at the wrong thing.
import { describe, expect, it } from 'vitest';
import { rejection } from '../../__tests__/support/rejection.js';
import type { DatasetInput } from '../../schema/dataset.js';
import { fixtureInput } from '../../testing.js';
import { getBundledDataset } from '../bundled-dataset.js';
import { createDataset } from '../create-dataset.js';

const data = getBundledDataset();
const forces = data.areas.filter((a) => a.kind === 'force');
const releaseOf = new Map(data.sources.map((s) => [s.id, s.release]));

/** The force's figures with a source reporting the release, by id. */
function heldFrom(release: string, area: string): string[] {
	return data.figures
		.filter((f) => f.area === area && f.sources.some((s) => releaseOf.get(s.source) === release))
		.map((f) => f.id)
		.sort();
}

describe('the bundled ledger', () => {
	it('has one entry for every force in every release', () => {
		const pairs = data.ledger.map((e) => `${e.release} ${e.area}`);
		const expected = data.releases.flatMap((r) => forces.map((f) => `${r.id} ${f.id}`));
		expect(new Set(pairs).size).toBe(pairs.length);
		expect([...pairs].sort()).toEqual([...expected].sort());
		expect(data.ledger).toHaveLength(data.releases.length * forces.length);
	});

	it('says figures-entered exactly where the dataset holds the force’s figures from the release, and lists them all', () => {
		const problems = data.ledger.flatMap((entry) => {
			const held = heldFrom(entry.release, entry.area);
			if (entry.outcome === 'figures-entered')
				return [...entry.figures].sort().join() === held.join()
					? []
					: [`${entry.release} ${entry.area}: lists ${entry.figures.join()}, holds ${held.join()}`];
			return held.length > 0 ? [`${entry.release} ${entry.area}: ${entry.outcome} but holds ${held.join()}`] : [];
		});
		expect(problems).toEqual([]);
	});

	it('refers a not-found entry to its release’s search log, which ran at least one query and read its pages', () => {
		const logs = new Map(data.searches.map((s) => [s.id, s]));
		for (const entry of data.ledger) {
			if (entry.outcome !== 'not-found') continue;
			const log = logs.get(entry.search);
			expect(log?.release).toBe(entry.release);
			expect(log?.queries.length).toBeGreaterThan(0);
		}
		expect(data.searches.every((s) => s.pages.length > 0)).toBe(true);
	});

	it('quotes a did-not-answer entry from a page that reports the same release and names the force', () => {
		const sources = new Map(data.sources.map((s) => [s.id, s]));
		const answers = data.ledger.filter((e) => e.outcome === 'did-not-answer');
		expect(answers.map((e) => `${e.release} ${e.area}`).sort()).toEqual([
			'nspcc-2017-03 durham',
			'nspcc-2019-10 cheshire',
			'nspcc-2020-08 greater-manchester',
			'nspcc-2025-11-scwc lincolnshire',
		]);
		for (const entry of answers) {
			if (entry.outcome !== 'did-not-answer') continue;
			expect(sources.get(entry.source)?.release).toBe(entry.release);
			const area = forces.find((f) => f.id === entry.area);
			const names = [area?.shortName ?? '', ...(area?.aliases ?? [])].map((n) => n.split(' ')[0] ?? n);
			expect(names.some((name) => entry.quote.includes(name))).toBe(true);
		}
	});

	it('marks a force not in scope only for a release that covers other nations or forces, with the reason', () => {
		const scoped = data.ledger.filter((e) => e.outcome === 'not-in-scope');
		const scotlandOnly = scoped.filter((e) => e.release === 'nspcc-scotland-2021-cic');
		expect(scotlandOnly).toHaveLength(forces.length - 1);
		expect(scotlandOnly.some((e) => e.area === 'police-scotland')).toBe(false);
		for (const entry of scoped) if (entry.outcome === 'not-in-scope') expect(entry.reason.length).toBeGreaterThan(20);
		// the UK-wide releases ask every force
		expect(scoped.filter((e) => e.release === 'nspcc-2024-01')).toEqual([]);
	});

	it('records the Dorset total the Bournemouth Echo gives for 2019/20 (the issue’s example)', () => {
		const dorset = data.ledger.find((e) => e.release === 'nspcc-2020-08' && e.area === 'dorset');
		expect(dorset).toMatchObject({
			outcome: 'figures-entered',
			figures: ['dorset-2019-20-total', 'dorset-2019-20-ten-and-under'],
		});
		expect(data.figures.find((f) => f.id === 'dorset-2019-20-total')?.value).toBe(706);
	});

	it('records each page read once per search log, with the pages it entered or found held matching the sources', () => {
		const held = new Set(data.sources.map((s) => s.url));
		for (const log of data.searches) {
			const urls = log.pages.map((p) => p.url);
			expect(new Set(urls).size).toBe(urls.length);
			for (const page of log.pages) if (page.outcome !== 'not-entered') expect(held.has(page.url)).toBe(true);
		}
	});
});

/** The fixture with one release that the Belper News reports, and the given ledger entries and search logs. */
function withLedger(ledger: unknown[], searches: unknown[] = []): DatasetInput {
	const release: NonNullable<DatasetInput['releases']>[number] = {
		id: 'nspcc-2018-02',
		name: 'NSPCC FOI release, February 2018',
		origin: 'nspcc',
		publishedBy: 'NSPCC',
		years: ['2015/16', '2016/17'],
		measures: ['child-sexual-offences'],
	};
	return {
		...fixtureInput,
		releases: [release],
		sources: fixtureInput.sources.map((s) => (s.id === 'belper-news-derbyshire' ? { ...s, release: release.id } : s)),
		ledger: ledger as DatasetInput['ledger'],
		searches: searches as DatasetInput['searches'],
	};
}

const log = {
	id: 'search-nspcc-2018-02',
	release: 'nspcc-2018-02',
	searched: '2026-12-04',
	queries: [{ query: '64,667 child sex offences 2016/17', corpus: 'pages', aim: 'headline' }],
	pages: [{ url: 'https://example.org/a', reports: 'this-release', outcome: 'not-entered', note: 'no force figure' }],
};

describe('ledger validation', () => {
	it('accepts entries that name the release’s figures, its search log and a source', () => {
		const dataset = createDataset(
			withLedger(
				[
					{
						outcome: 'figures-entered',
						release: 'nspcc-2018-02',
						area: 'derbyshire',
						figures: ['derbyshire-2016-17-total'],
					},
					{ outcome: 'not-found', release: 'nspcc-2018-02', area: 'cleveland', search: log.id },
					{
						outcome: 'did-not-answer',
						release: 'nspcc-2018-02',
						area: 'durham',
						source: 'belper-news-derbyshire',
						quote: 'Durham did not answer',
					},
					{ outcome: 'not-in-scope', release: 'nspcc-2018-02', area: 'psni', reason: 'England and Wales only' },
				],
				[log],
			),
		);
		expect(dataset.ledger).toHaveLength(4);
		expect(dataset.searches[0]?.notes).toEqual([]);
	});

	it('refuses a figure of another force, a figure no source of the release reports, and an unknown figure', () => {
		const message = rejection(
			withLedger([
				{
					outcome: 'figures-entered',
					release: 'nspcc-2018-02',
					area: 'cleveland',
					figures: ['derbyshire-2016-17-total'],
				},
				{
					outcome: 'figures-entered',
					release: 'nspcc-2018-02',
					area: 'leicestershire',
					figures: ['leicestershire-2019-20-total', 'no-such-figure'],
				},
			]),
		);
		expect(message).toContain(
			'ledger[0].figures[0]: figure "derbyshire-2016-17-total" counts "derbyshire", not "cleveland"',
		);
		expect(message).toContain(
			'ledger[1].figures[0]: figure "leicestershire-2019-20-total" has no source reporting "nspcc-2018-02"',
		);
		expect(message).toContain('ledger[1].figures[1]: unknown figure "no-such-figure"');
	});

	it('refuses a second entry for the same force and release, an area that is not a force, and an unknown release', () => {
		const entry = { outcome: 'not-in-scope', release: 'nspcc-2018-02', area: 'psni', reason: 'England and Wales only' };
		const message = rejection(
			withLedger([entry, entry, { ...entry, area: 'wales' }, { ...entry, release: 'nspcc-1999-01' }]),
		);
		expect(message).toContain('a second entry for psni in nspcc-2018-02');
		expect(message).toContain('"wales" is not a police force');
		expect(message).toContain('unknown release "nspcc-1999-01"');
	});

	it('refuses a not-found entry without its release’s search log, and a did-not-answer entry with an unknown source', () => {
		const message = rejection(
			withLedger(
				[
					{ outcome: 'not-found', release: 'nspcc-2018-02', area: 'cleveland', search: 'search-elsewhere' },
					{ outcome: 'not-found', release: 'nspcc-2018-02', area: 'durham', search: 'search-other-release' },
					{
						outcome: 'did-not-answer',
						release: 'nspcc-2018-02',
						area: 'kent',
						source: 'no-such-source',
						quote: 'Kent did not answer',
					},
				],
				[{ ...log, id: 'search-other-release', release: 'nspcc-1999-01' }],
			),
		);
		expect(message).toContain('unknown search log "search-elsewhere"');
		expect(message).toContain('search log "search-other-release" searched "nspcc-1999-01", not "nspcc-2018-02"');
		expect(message).toContain('unknown source "no-such-source"');
	});

	it('refuses a page read and not entered without its reason, and an outcome that is not one of the four', () => {
		const noReason = {
			...log,
			pages: [{ url: 'https://example.org/b', reports: 'not-a-release', outcome: 'not-entered' }],
		};
		expect(rejection(withLedger([], [noReason]))).toContain('a page read and not entered says why');
		expect(
			rejection(withLedger([{ outcome: 'maybe', release: 'nspcc-2018-02', area: 'kent', reason: 'x' }])),
		).toContain('ledger[0].outcome: Invalid discriminator value');
	});
});
