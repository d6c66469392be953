import { createDataset, getBundledDataset, yearsHeld } from '@signpost-uk/domain';
import { fixtureDataset, fixtureInput } from '@signpost-uk/domain/testing';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { autocomplete } from '../../__tests__/support/interactions.js';
import { limitViolations } from '../../util/limit-violations.js';
import { createInteractionHandler } from '../create-interaction-handler.js';
import { crowdedDataset } from './support/crowded-dataset.js';

type Choices = { name: string; value: string | number }[];

function choicesOf(response: APIInteractionResponse): Choices {
	expect(response.type).toBe(8);
	expect(limitViolations(response)).toEqual([]);
	return ((response as { data: { choices: Choices } }).data.choices ?? []) as Choices;
}

const handle = createInteractionHandler({ dataset: fixtureDataset(), rateLimit: false });

describe('autocomplete', () => {
	it('suggests areas by name, with ids as values', () => {
		const choices = choicesOf(handle(autocomplete('figures', 'area', 'derb')));
		expect(choices[0]).toEqual({ name: 'Derbyshire Constabulary', value: 'derbyshire' });
	});

	it('offers the UK and the nations first on an empty box, then the areas with figures', () => {
		const dataset = fixtureDataset();
		const choices = choicesOf(handle(autocomplete('figures', 'area', ''))).map((c) => String(c.value));
		const national = dataset.areas.filter((a) => a.kind === 'uk' || a.kind === 'nation').map((a) => a.id);
		expect(choices[0]).toBe('uk');
		expect(choices.slice(0, national.length).sort()).toEqual([...national].sort());
		const held = new Set(dataset.figures.map((f) => f.area));
		for (const id of choices.slice(national.length)) expect(held.has(id), id).toBe(true);
	});

	it("ranks an area's own name before aliases, offers a town with its force, measures and years in people's words (bundled data)", () => {
		const bundled = createInteractionHandler({ dataset: getBundledDataset(), rateLimit: false });
		const scot = choicesOf(bundled(autocomplete('figures', 'area', 'scot')));
		expect(scot.slice(0, 2).map((c) => c.value)).toEqual(['scotland', 'police-scotland']);
		const reading = choicesOf(bundled(autocomplete('figures', 'area', 'Reading')));
		expect(reading[0]).toEqual({ name: 'Reading → Thames Valley Police', value: 'thames-valley' });
		const hants = choicesOf(bundled(autocomplete('figures', 'area', 'Hants')));
		expect(hants[0]?.value).toBe('hampshire');
		const grooming = choicesOf(bundled(autocomplete('trend', 'measure', 'grooming')));
		expect(grooming[0]?.value).toBe('sexual-communication-with-a-child');
		const years = choicesOf(bundled(autocomplete('figures', 'year', 'year ending March 2023', { area: 'UK' })));
		expect(years.map((c) => c.value)).toEqual(['2022/23']);
		const calendar = choicesOf(bundled(autocomplete('figures', 'year', '2023', { area: 'UK' })));
		expect(calendar.map((c) => c.value)).toEqual(['2023/24', '2022/23']);
	});

	it('never offers the area already chosen for `with`', () => {
		const empty = choicesOf(handle(autocomplete('compare', 'with', '', { area: 'Derbyshire' })));
		expect(empty.length).toBeGreaterThan(0);
		expect(empty.map((c) => c.value)).not.toContain('derbyshire');
		const typed = choicesOf(handle(autocomplete('compare', 'with', 'derb', { area: 'derbyshire' })));
		expect(typed.map((c) => c.value)).not.toContain('derbyshire');
	});

	it('offers only the measures the chosen area holds', () => {
		const dataset = fixtureDataset();
		const held = new Set(dataset.figures.filter((f) => f.area === 'staffordshire').map((f) => f.measure));
		const measures = choicesOf(handle(autocomplete('figures', 'measure', '', { area: 'Staffordshire' })));
		expect(measures.map((c) => c.value).sort()).toEqual([...held].sort());
		expect(measures.length).toBeLessThan(dataset.measures.length);
	});

	it('offers only the years held for the chosen area, latest first', () => {
		const years = choicesOf(handle(autocomplete('figures', 'year', '', { area: 'Staffordshire' })));
		expect(years.map((c) => c.value)).toEqual(['2016/17', '2015/16']);
		const uk = choicesOf(handle(autocomplete('figures', 'year', '', { area: 'uk', measure: 'child-sexual-offences' })));
		expect(uk.map((c) => c.value)).toEqual(['2019/20', '2016/17']);
	});

	it('offers the end year of a span of years held, named with the span', () => {
		const dataset = fixtureDataset();
		const span = dataset.figures.find((f) => f.period.includes('-'));
		expect(span).toBeDefined();
		if (!span) return;
		const end = span.period.split('-')[1];
		const years = choicesOf(handle(autocomplete('figures', 'year', '', { area: span.area })));
		expect(years.find((c) => c.value === end)?.name).toBe(`${end} (figure for ${span.period.replace('-', ' to ')})`);
	});

	it('names a span end year in Welsh for a Welsh interaction: "(ffigur ar gyfer 2017/18 i 2022/23)"', () => {
		const span = fixtureDataset().figures.find((f) => f.period.includes('-'));
		if (!span) throw new Error('the fixture holds a span');
		const [first, end] = span.period.split('-');
		const welsh = { ...autocomplete('figures', 'year', '', { area: span.area }), locale: 'cy' } as APIInteraction;
		const years = choicesOf(handle(welsh));
		expect(years.find((c) => c.value === end)?.name).toBe(`${end} (ffigur ar gyfer ${first} i ${end})`);
		expect(JSON.stringify(years)).not.toContain('figure for');
	});

	it('offers every year held when the area is missing or unknown, filtered by what is typed', () => {
		const all = yearsHeld(fixtureDataset()).reverse();
		expect(choicesOf(handle(autocomplete('figures', 'year', ''))).map((c) => c.value)).toEqual(all);
		expect(choicesOf(handle(autocomplete('figures', 'year', '', { area: 'Nowhere' }))).map((c) => c.value)).toEqual(
			all,
		);
		expect(choicesOf(handle(autocomplete('figures', 'year', '16-17'))).map((c) => c.value)).toEqual(['2016/17']);
	});

	it('offers national years for /national', () => {
		expect(choicesOf(handle(autocomplete('national', 'year', ''))).map((c) => c.value)).toEqual(['2019/20', '2016/17']);
	});

	it('offers no national years when no national figure is held', () => {
		const figures = fixtureInput.figures.filter((f) => f.area !== 'uk');
		const kept = new Set(figures.map((f) => f.id));
		const claims = fixtureInput.claims.filter((c) => c.figures.every((id) => kept.has(id)));
		const noNational = createDataset({ ...fixtureInput, figures, claims });
		const local = createInteractionHandler({ dataset: noNational, rateLimit: false });
		expect(choicesOf(local(autocomplete('national', 'year', '')))).toEqual([]);
		const years = choicesOf(local(autocomplete('figures', 'year', ''))).map((c) => c.value);
		expect(years.length).toBeGreaterThan(0);
		expect(years).toEqual(yearsHeld(noNational).reverse());
	});

	it('offers measures', () => {
		const choices = choicesOf(handle(autocomplete('trend', 'measure', 'communication')));
		expect(choices.map((c) => c.value)).toEqual(['sexual-communication-with-a-child']);
	});

	it('answers an unknown command or option with no choices', () => {
		expect(choicesOf(handle(autocomplete('nothing', 'area', 'derb')))).toEqual([]);
		expect(choicesOf(handle(autocomplete('figures', 'nothing', 'derb')))).toEqual([]);
	});

	it('never gives more than 25 choices, each within 100 characters', () => {
		const crowded = createInteractionHandler({ dataset: crowdedDataset(60), rateLimit: false });
		const measures = choicesOf(crowded(autocomplete('trend', 'measure', '')));
		expect(measures).toHaveLength(25);
		const bundled = createInteractionHandler({ dataset: getBundledDataset(), rateLimit: false });
		for (const typed of ['', 'a', 'e', 'police', 'shire']) {
			const areas = choicesOf(bundled(autocomplete('figures', 'area', typed)));
			expect(areas.length).toBeLessThanOrEqual(25);
		}
	});

	it('is not rate limited: every keystroke gets an answer', () => {
		const limited = createInteractionHandler({
			dataset: fixtureDataset(),
			rateLimit: { perUser: 1, windowMs: 60_000 },
		});
		for (let i = 0; i < 5; i++) expect(limited(autocomplete('figures', 'area', 'der')).type).toBe(8);
	});
});
