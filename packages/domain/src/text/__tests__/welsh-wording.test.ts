import { describe, expect, it } from 'vitest';
import { helpSelectionFor } from '../../person/help-for-concerns.js';
import { PERSON_CONCERNS } from '../../person/person-concern.js';
import { helpLines, helpSentence, renderHelp } from '../../render/render-help.js';
import { MARKDOWN_STYLE, TEXT_STYLE } from '../../render/render-style.js';
import { HELP_TOPICS } from '../../signposting/help-service.js';
import { HELP_SERVICES } from '../../signposting/help-services.js';
import { selectHelp } from '../../signposting/signposting.js';
import { bannedWordsIn } from '../../testing/banned-words.js';
import { HELP_NUMBERS, missingHelpNumbers } from '../../testing/help-numbers.js';
import { helpFirstSentences, welshHelpFirstSentences } from '../help-first-wording.js';
import { dateInWords, serviceRoute, serviceWords } from '../help-wording.js';
import { readLocale } from '../locale.js';
import { WELSH_SERVICES, WELSH_WORDING } from '../welsh-wording.js';
import { WORDING } from '../wording.js';
import { wordingFor } from '../wording-for.js';

/** Every entry of a table by its path ("headings.help", "buttons.figuresFor"): a string, a list or a function. */
function leaves(table: object, path = ''): [string, unknown][] {
	return Object.entries(table).flatMap(([key, value]): [string, unknown][] => {
		const at = path ? `${path}.${key}` : key;
		const nested = typeof value === 'object' && value !== null && !Array.isArray(value);
		return nested ? leaves(value, at) : [[at, value]];
	});
}

/** Each entry's kind, with a function's parameter count and a list's length. */
function entries(table: object): Map<string, string> {
	return new Map(
		leaves(table).map(([at, value]) => {
			if (typeof value === 'function') return [at, `function/${value.length}`];
			return [at, Array.isArray(value) ? `list/${value.length}` : typeof value];
		}),
	);
}

/** The entries whose one parameter is a list of names or years. */
const LIST_PARAMETERS = new Set(['yearsHeld', 'suggestions', 'coverage.excluding']);

const ENGLAND_AND_WALES = { nations: ['england', 'wales'], from: '2017-04-03' };
const HELD = { names: ['Offences recorded'], year: '2019/20' };

/** The entries whose parameters are not names and years: their sample values, as the domain passes them. */
const SAMPLES: Readonly<Record<string, readonly unknown[]>> = {
	changeNotComputed: ['no-figure-before'],
	sharedForce: [['Cardiff', 'Swansea'], 'South Wales Police'],
	lawDate: ['2017-04-03'],
	nationsList: [['england', 'wales']],
	inForce: [{ ...ENGLAND_AND_WALES, law: 'Serious Crime Act 2015, section 67' }],
	offenceNotInForce: ['Sexual Communication with a Child', '2015/16', ENGLAND_AND_WALES, '2017/18'],
	noMeasureFigure: ['Online element', 'Kent', HELD, '2019/20'],
	figuresHeld: [HELD],
	laterYearsWithout: ['Kent Police', ['2019/20', '2022/23']],
	calendarYear: [
		2023,
		[
			{ id: '2022/23', startYear: 2022 },
			{ id: '2023/24', startYear: 2023 },
		],
		['2022/23'],
	],
	notCovered: [
		{ kind: 'crown-dependency', place: 'the Isle of Man', placeCy: 'Ynys Manaw', forces: ['Isle of Man Constabulary'] },
	],
	'coverage.victimsUnder': [16],
};

/** Every entry said with sample values: a function is called with "Kent", "2016/17", "Kent", … (a list: ["Kent"]). */
function said(table: object): Map<string, string> {
	return new Map(
		leaves(table).map(([at, value]) => {
			if (typeof value !== 'function') return [at, Array.isArray(value) ? value.join(' ') : String(value)];
			const samples =
				SAMPLES[at] ??
				(LIST_PARAMETERS.has(at)
					? [['Kent']]
					: Array.from({ length: value.length }, (_, i) => (i % 2 ? '2016/17' : 'Kent')));
			return [at, String(value(...samples))];
		}),
	);
}

describe('the Welsh wording', () => {
	it('gives the help lines in Welsh with the exact numbers, for every topic', () => {
		for (const topic of HELP_TOPICS) {
			const help = selectHelp({ topic });
			const text = renderHelp(help, TEXT_STYLE, 'cy');
			expect(missingHelpNumbers(text), topic).toEqual([]);
			expect(text.startsWith('Cael help\n- Childline: 0800 1111: plant a phobl ifanc')).toBe(true);
			expect(text).toContain('Llinell Gymorth yr NSPCC: 0808 800 5000');
			expect(text).toContain('os oes plentyn mewn perygl uniongyrchol, ffoniwch yr heddlu ar 999');
			expect(text).not.toMatch(/Get help|adults worried|immediate danger|24 hours a day/);
			expect(helpLines(help, MARKDOWN_STYLE, 'cy')).toHaveLength(help.services.length);
		}
		const sentence = helpSentence(selectHelp(), 'cy');
		for (const number of HELP_NUMBERS) expect(sentence).toContain(number);
		expect(sentence).toContain('Mewn argyfwng ffoniwch 999');
	});

	it('has the same keys as the English table, each the same kind with the same number of parameters', () => {
		const english = entries(WORDING);
		const welsh = entries(WELSH_WORDING);
		expect(english.size).toBeGreaterThan(100);
		expect([...welsh.keys()].sort()).toEqual([...english.keys()].sort());
		for (const [key, kind] of english) expect(welsh.get(key), key).toBe(kind);
		expect(wordingFor('cy')).toBe(WELSH_WORDING);
		expect(wordingFor('en')).toBe(WORDING);
		expect(wordingFor(undefined)).toBe(WORDING);
	});

	it('leaves no English entry untranslated', () => {
		const english = said(WORDING);
		const untranslated = [...said(WELSH_WORDING)].filter(([key, text]) => english.get(key) === text).map(([k]) => k);
		expect(untranslated).toEqual([]);
	});

	it('has a Welsh summary for every help service and Welsh for every hours the registry publishes', () => {
		expect(HELP_SERVICES.length).toBeGreaterThanOrEqual(10);
		for (const service of HELP_SERVICES) {
			const summary = WELSH_SERVICES.summaries[service.id];
			expect(summary, service.id).toBeDefined();
			expect(summary, service.id).not.toBe(service.summary);
			expect(serviceWords(service, 'cy').summary).toBe(summary);
			for (const channel of service.channels)
				if (channel.hours) expect(WELSH_SERVICES.hours[channel.hours], channel.hours).toBeDefined();
		}
		expect(Object.keys(WELSH_SERVICES.summaries).sort()).toEqual(HELP_SERVICES.map((s) => s.id).sort());
	});

	it('says every service in Welsh in the help lines: name, summary, route and hours with the day checked', () => {
		const help = selectHelp({ topics: [...HELP_TOPICS], nation: 'wales' });
		const text = renderHelp(help, TEXT_STYLE, 'cy');
		expect(help.services.length).toBeGreaterThanOrEqual(HELP_SERVICES.length - 1);
		for (const service of help.services.slice(3)) {
			expect(text, service.id).toContain(serviceWords(service, 'cy').summary);
			expect(text, service.id).not.toContain(service.summary);
		}
		for (const service of HELP_SERVICES)
			for (const channel of service.channels) if (channel.hours) expect(text).not.toContain(channel.hours);
		expect(text).toContain('Samariaid: Rhywun i siarad');
		expect(text).toContain('080880 23456, neu gyrru neges testun ar 84001');
		expect(text).toContain('(oriau wedi’u gwirio 4 Rhagfyr 2026)');
		expect(text).not.toMatch(/hours checked|or text|Get help/);
		expect(serviceRoute(help.services.find((s) => s.id === 'meic') ?? help.services[0]).words).toBe(
			'080880 23456, or text 84001',
		);
		expect(dateInWords('2026-05', 'cy')).toBe('Mai 2026');
	});

	it('leaves English as it is, and reads Welsh locales', () => {
		expect(renderHelp(selectHelp()).startsWith('Get help\n- Childline: 0800 1111')).toBe(true);
		expect(helpSentence(selectHelp())).toContain('NSPCC Helpline 0808 800 5000');
		expect(['cy', 'cy-GB', 'CY', 'en-GB', 'fr', undefined, 7].map(readLocale)).toEqual([
			'cy',
			'cy',
			'cy',
			'en',
			'en',
			'en',
			'en',
		]);
	});

	it('never quotes what was typed and uses none of the banned words', () => {
		expect(WELSH_WORDING.showingCorrected('Derbyshire Constabulary')).toBe(
			'Yn dangos Derbyshire Constabulary (sillafiad wedi’i gywiro)',
		);
		expect(WELSH_WORDING.policedBy('Caerdydd (Cardiff)', 'South Wales Police')).toBe(
			'Mae Caerdydd (Cardiff) yn cael ei blismona gan South Wales Police',
		);
		expect(bannedWordsIn(JSON.stringify(WELSH_WORDING))).toEqual([]);
	});
});

describe('the Welsh help-first sentences', () => {
	it('put 999 first for danger, and name Childline or the NSPCC Helpline for every concern', () => {
		for (const concern of PERSON_CONCERNS) {
			const help = selectHelp(helpSelectionFor([concern]));
			const lines = welshHelpFirstSentences([concern], help);
			expect(lines).toEqual(helpFirstSentences([concern], help, 'cy'));
			expect(lines.length).toBe(helpFirstSentences([concern], help).length);
			for (const service of help.services) expect(lines.join('\n'), concern).not.toContain(service.summary);
			expect(lines.length, concern).toBeGreaterThan(0);
			expect(lines.join('\n'), concern).toMatch(
				/Childline nawr: ffonia 0800 1111|Ll?inell Gymorth yr NSPCC ar 0808 800 5000|Stop It Now: 0808 1000 900/,
			);
			if (concern === 'danger') expect(lines[0]).toBe('Os wyt ti mewn perygl nawr, ffonia 999.');
			expect(bannedWordsIn(lines.join(' '))).toEqual([]);
		}
	});
});
