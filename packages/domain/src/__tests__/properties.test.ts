// Property tests: parsing, search, queries and renderers hold their promises for arbitrary input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../answer/answer.js';
import { searchAreas } from '../area/search-areas.js';
import { getBundledDataset } from '../dataset/bundled-dataset.js';
import { parsePeriod, parseYear } from '../period/parse-period.js';
import { compareAreas } from '../query/compare-areas.js';
import { getFigures } from '../query/get-figures.js';
import { getNational } from '../query/get-national.js';
import { getSeries } from '../query/get-series.js';
import { renderMarkdown, renderText } from '../render/render-answer.js';
import { bannedWordsIn, fixtureDataset, missingHelpNumbers } from '../testing.js';

const fixture = fixtureDataset();

const RUNS = { numRuns: 300 };
const datasets = [
	['fixture', fixture],
	['bundled', getBundledDataset()],
] as const;

const two = (n: number) => String(n % 100).padStart(2, '0');

/** Every way parseYear accepts a financial year starting in `start`. */
function spellings(start: number): string[] {
	const four = [`${start}/${two(start + 1)}`, `${start}-${two(start + 1)}`, `${start}/${start + 1}`, `FY${start}`];
	// Two-digit years are read as 20xx, so the short forms only name years of this century.
	const short = start >= 2000 && start <= 2098 ? [`${two(start)}/${two(start + 1)}`, `FY${two(start)}`] : [];
	return [...four, ...short, `${start} to ${start + 1}`, ` ${start} / ${two(start + 1)} `];
}

/** Text that looks like what people type: names, years, noise and arbitrary unicode. */
const typed = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom('Derbyshire', 'derbyshre', 'Kent', 'the Met', 'West Midlands', 'uk', '', '   ', '&', 'Police'),
	fc.stringMatching(/^(?:fy)?\d{2,4}[ /–-]{0,2}\d{0,4}$/),
);

function expectHelp(answer: Answer): void {
	const [childline, nspcc, emergency] = answer.help.services;
	expect(childline?.phone).toBe('0800 1111');
	expect(nspcc?.phone).toBe('0808 800 5000');
	expect(emergency?.phone).toBe('999');
}

describe('parseYear and parsePeriod', () => {
	it('round-trip every start year 1990–2100 in every accepted spelling (all 111 years)', () => {
		for (let start = 1_990; start <= 2_100; start++) {
			for (const text of spellings(start)) {
				const year = parseYear(text);
				expect(year?.startYear, text).toBe(start);
				expect(parseYear(year?.id ?? '')?.startYear).toBe(start);
				expect(parsePeriod(text)?.id).toBe(year?.id);
			}
		}
	});

	it('spans round-trip and count their years', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 20 }), (from, length) => {
				const to = Math.min(2100, from + length);
				const period = parsePeriod(`${from}/${two(from + 1)} to ${to}/${two(to + 1)}`);
				expect(period?.kind).toBe('span');
				if (period?.kind === 'span') {
					expect(period.years).toBe(to - from + 1);
					expect(parsePeriod(period.id)?.id).toBe(period.id);
				}
			}),
			RUNS,
		);
	});

	it('never throw, and give null or a year in range', () => {
		fc.assert(
			fc.property(typed, (text) => {
				const year = parseYear(text);
				if (year) expect(year.startYear >= 1990 && year.startYear <= 2100).toBe(true);
				parsePeriod(text);
			}),
			{ numRuns: 1_000 },
		);
	});
});

describe.each(datasets)('searchAreas over the %s dataset', (_name, dataset) => {
	it('never throws, returns at most the limit, best first', () => {
		fc.assert(
			fc.property(typed, fc.integer({ min: -3, max: 80 }), (text, limit) => {
				const matches = searchAreas(dataset, text, limit);
				expect(matches.length).toBeLessThanOrEqual(Math.max(0, limit));
				for (let i = 1; i < matches.length; i++)
					expect(matches[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(matches[i]?.score ?? 0);
				expect(new Set(matches.map((m) => m.area.id)).size).toBe(matches.length);
			}),
			RUNS,
		);
	});
});

describe.each(datasets)('queries over the %s dataset', (_name, dataset) => {
	const maybe = fc.option(typed, { nil: undefined });
	const queries = fc.oneof(
		fc.record({ area: typed, year: maybe, measure: maybe }).map((q) => getFigures(dataset, q)),
		fc.record({ area: typed, measure: maybe }).map((q) => getSeries(dataset, q)),
		fc.record({ areas: fc.array(typed, { maxLength: 4 }), year: maybe }).map((q) => compareAreas(dataset, q)),
		fc.record({ year: maybe }).map((q) => getNational(dataset, q)),
	);

	it('never throw, and every answer has the help lines', () => {
		fc.assert(fc.property(queries, expectHelp), RUNS);
	});

	it('renderers never throw and always end with the help lines, in neutral words', () => {
		fc.assert(
			fc.property(queries, (answer) => {
				for (const text of [renderText(answer), renderMarkdown(answer)]) {
					expect(missingHelpNumbers(text)).toEqual([]);
					expect(bannedWordsIn(text)).toEqual([]);
					expect(text).not.toMatch(/undefined|NaN|\[object /);
				}
			}),
			RUNS,
		);
	});

	it('answers for real areas and years never throw either', () => {
		const areaIds = dataset.areas.map((a) => a.id);
		const years = fc.integer({ min: 2005, max: 2026 }).map((y) => `${y}/${two(y + 1)}`);
		fc.assert(
			fc.property(
				fc.constantFrom(...areaIds),
				years,
				fc.constantFrom(...dataset.measures.map((m) => m.id)),
				(area, year, measure) => {
					for (const answer of [
						getFigures(dataset, { area, year }),
						getFigures(dataset, { area, year, measure }),
						getSeries(dataset, { area, measure }),
						compareAreas(dataset, { areas: [area, 'derbyshire'], year }),
						getNational(dataset, { year }),
					]) {
						expectHelp(answer);
						renderText(answer);
						renderMarkdown(answer);
					}
				},
			),
			RUNS,
		);
	});
});
