import { describe, expect, it } from 'vitest';
import type { Answer } from '../../answer/answer.js';
import { searchAreas } from '../../area/search-areas.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { PERSON_WORDS } from '../../generated/person-words.js';
import { compareAreas } from '../../query/compare-areas.js';
import { getFigures } from '../../query/get-figures.js';
import { getNational } from '../../query/get-national.js';
import { getSeries } from '../../query/get-series.js';
import { resolveArea } from '../../query/resolve-area.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';
import {
	bannedWordsIn,
	missingHelpNumbers,
	PERSON_PHRASES,
	PLACE_WORDS,
	SERVICE_NAMES_TYPED,
	SHARED_PLACE_WORDS,
} from '../../testing.js';
import { WORDING } from '../../text/wording.js';
import { isNeverCorrected } from '../never-corrected.js';
import { readFreeText } from '../read-free-text.js';

const dataset = getBundledDataset();

/** Every query, with the phrase in each of its free-text inputs, and the input path it must name. */
function everyQuery(text: string): { readonly input: string; readonly answer: Answer }[] {
	return [
		{ input: 'area', answer: getFigures(dataset, { area: text }) },
		{ input: 'measure', answer: getFigures(dataset, { area: 'Kent', measure: text }) },
		{ input: 'year', answer: getFigures(dataset, { area: 'Atlantis', year: text }) },
		{ input: 'breakdown.sex', answer: getFigures(dataset, { area: 'Kent', breakdown: { sex: text as 'girls' } }) },
		{ input: 'area', answer: getSeries(dataset, { area: text }) },
		{ input: 'measure', answer: getSeries(dataset, { area: 'Kent', measure: text }) },
		{ input: 'from', answer: getSeries(dataset, { area: 'Kent', from: text }) },
		{ input: 'to', answer: getSeries(dataset, { area: 'Atlantis', to: text }) },
		{ input: 'areas.0', answer: compareAreas(dataset, { areas: [text, 'Kent'] }) },
		{ input: 'areas.1', answer: compareAreas(dataset, { areas: ['Atlantis', text] }) },
		{ input: 'measure', answer: compareAreas(dataset, { areas: ['Kent'], measure: text }) },
		{ input: 'year', answer: compareAreas(dataset, { areas: ['Kent'], year: text }) },
		{ input: 'measure', answer: getNational(dataset, { measure: text }) },
		{ input: 'year', answer: getNational(dataset, { year: text }) },
	];
}

/** What a help-first reply must never hold: figures' headings, not-found wording, suggestions, caveats. */
const NEVER_SAID = [
	...Object.values(WORDING.notFoundTitles),
	WORDING.notFound.unknownArea,
	WORDING.headings.caveats,
	WORDING.headings.headline,
	'Did you mean',
	'did you mean',
	'Showing',
	'policed by',
	'recorded',
];

/** What every rendering of a help-first answer must hold, and never hold. */
function expectHelpFirstRendering(out: string, text: string, echoable: boolean): void {
	expect(missingHelpNumbers(out)).toEqual([]);
	expect(bannedWordsIn(out)).toEqual([]);
	if (echoable) expect(out.toLowerCase()).not.toContain(text.toLowerCase());
	for (const said of NEVER_SAID) expect(out).not.toContain(said);
}

describe('every query answers help first for every phrase of the table, in every input', () => {
	it.each(PERSON_PHRASES)('"$text"', ({ text, concern }) => {
		// Single words ("help", "emergency") are Signpost's own words too; a phrase of four words or more is not.
		const echoable = text.split(/\s+/).length >= 4;
		for (const { input, answer } of everyQuery(text)) {
			expect(answer).toMatchObject({
				status: 'help-first',
				input,
				caveats: [],
				concerns: expect.arrayContaining([concern]),
			});
			if (echoable) expect(JSON.stringify(answer).toLowerCase()).not.toContain(text.toLowerCase());
			for (const render of [renderText, renderMarkdown]) expectHelpFirstRendering(render(answer), text, echoable);
		}
	});
});

describe('the help-first reply', () => {
	const textOf = (area: string) => renderText(getFigures(dataset, { area }));

	it('opens with help, in plain words: who to talk to now, free and confidential, not your fault', () => {
		expect(textOf('my dad touches me')).toMatchInlineSnapshot(`
			"You can talk to someone now
			You can talk to Childline now: call 0800 1111 or chat at childline.org.uk. It is free and confidential, 24 hours a day.
			What is happening is not your fault.

			Get help
			- Childline: 0800 1111: children and young people up to 19, free and confidential, 24 hours a day, or childline.org.uk (https://www.childline.org.uk)
			- NSPCC Helpline: 0808 800 5000: adults worried about a child (Monday to Friday 8am to 10pm, 9am to 6pm at weekends), or help@nspcc.org.uk at any time
			- 999: if a child is in immediate danger, call the police on 999"
		`);
	});

	it('puts 999 first for danger', () => {
		const [heading, first] = textOf('he said he will kill me if i tell').split('\n');
		expect(heading).toBe('You can talk to someone now');
		expect(first).toBe('If you are in danger right now, call 999.');
	});

	it('says suicide or self-harm gently, before Childline', () => {
		const lines = textOf('i want to die').split('\n');
		expect(lines[1]).toMatch(/^If you feel like ending your life or hurting yourself, please talk to someone now\./);
		expect(lines.findIndex((l) => l.includes('0800 1111'))).toBeGreaterThan(1);
	});

	it('adds the service that fits: Stop It Now for own thoughts, CEOP online', () => {
		const thoughts = getFigures(dataset, { area: 'im attracted to kids' });
		expect(thoughts.help.services.map((s) => s.id)).toContain('stop-it-now');
		expect(renderText(thoughts)).toContain('0808 1000 900');
		const online = getFigures(dataset, { area: 'a man online asked me for pics' });
		expect(online.help.services.map((s) => s.id)).toContain('ceop');
	});

	it('speaks to an adult worried about a child through the NSPCC Helpline', () => {
		expect(textOf('im worried about my daughter').split('\n')[1]).toBe(
			'If you are worried about a child, talk to the NSPCC Helpline on 0808 800 5000. It is free.',
		);
	});

	it('says the language of the words, for a surface to answer in', () => {
		expect(getFigures(dataset, { area: 'dw i ofn' })).toMatchObject({ status: 'help-first', language: 'cy' });
		expect(getFigures(dataset, { area: 'im scared' })).toMatchObject({ status: 'help-first', language: 'en' });
	});

	it('is checked before anything is resolved: an unknown area with a person in the year is help first', () => {
		expect(getFigures(dataset, { area: 'Atlantis', year: 'help me' })).toMatchObject({
			status: 'help-first',
			input: 'year',
		});
	});
});

describe('places that are words still resolve, and emotional words are never corrected to a place', () => {
	it.each(PLACE_WORDS)('$text resolves to $area, and getFigures answers with it', ({ text, area }) => {
		const resolved = resolveArea(dataset, text);
		expect(resolved).toMatchObject({ status: 'found', area: { id: area } });
		const answer = getFigures(dataset, { area: text });
		expect(answer.status).not.toBe('help-first');
		expect(searchAreas(dataset, text)[0]?.area.id).toBe(area);
	});

	it.each(SHARED_PLACE_WORDS)('$text offers its places as choices', ({ text, areas }) => {
		const resolved = resolveArea(dataset, text);
		expect(resolved).toMatchObject({ status: 'not-found', reason: 'ambiguous-area' });
		if (resolved.status === 'not-found') expect(resolved.suggestions.map((s) => s.id)).toEqual(areas);
	});

	it.each(PERSON_WORDS.neverAPlace.map((n) => [n.word, n.answer] as const))(
		'"%s" is never a corrected place (%s)',
		(word, answer) => {
			expect(isNeverCorrected(word)).toBe(true);
			const resolved = resolveArea(dataset, word);
			expect(resolved.status === 'found' && resolved.resolution.kind === 'corrected').toBe(false);
			expect(searchAreas(dataset, word).filter((m) => m.score < 0.6)).toEqual([]);
			const figures = getFigures(dataset, { area: word });
			expect(figures.status).toBe(answer === 'help-first' ? 'help-first' : 'not-found');
		},
	);

	it('no word the reader knows is ever corrected to a place', () => {
		const words = new Set(
			[...PERSON_WORDS.groups.flatMap((g) => g.words), ...PERSON_WORDS.rules.flatMap((r) => r.words.split(' '))].filter(
				(w) => !w.startsWith('@'),
			),
		);
		const corrected = [...words].filter((word) => {
			const resolved = resolveArea(dataset, word);
			return resolved.status === 'found' && resolved.resolution.kind === 'corrected';
		});
		expect(corrected).toEqual([]);
	});

	it('a real typo of a place is still corrected', () => {
		expect(resolveArea(dataset, 'derbyshre')).toMatchObject({ status: 'found', resolution: { kind: 'corrected' } });
		expect(isNeverCorrected('derbyshre')).toBe(false);
	});
});

describe('a help service named on its own', () => {
	it.each(SERVICE_NAMES_TYPED)('"$text" is asking for $service: help first, with it, in every query', (named) => {
		expect(readFreeText(named.text)).toMatchObject({ kind: 'person', language: named.language });
		expect(readFreeText(named.text)).toMatchObject({ concerns: expect.arrayContaining([named.concern]) });
		for (const { input, answer } of everyQuery(named.text)) {
			expect([input, answer.status]).toEqual([input, 'help-first']);
			if (answer.status !== 'help-first') continue;
			expect(answer.help.services.map((s) => s.id)).toContain(named.service);
			expect(missingHelpNumbers(renderText(answer))).toEqual([]);
		}
	});
});
