import { describe, expect, it } from 'vitest';
import { helpSelectionFor } from '../../person/help-for-concerns.js';
import { PERSON_CONCERNS } from '../../person/person-concern.js';
import { helpLines, helpSentence, renderHelp } from '../../render/render-help.js';
import { MARKDOWN_STYLE, TEXT_STYLE } from '../../render/render-style.js';
import { HELP_TOPICS } from '../../signposting/help-service.js';
import {
	CEOP,
	CHILDLINE,
	EMERGENCY,
	NSPCC_HELPLINE,
	REPORT_REMOVE,
	STOP_IT_NOW,
} from '../../signposting/help-services.js';
import { selectHelp } from '../../signposting/signposting.js';
import { bannedWordsIn } from '../../testing/banned-words.js';
import { HELP_NUMBERS, missingHelpNumbers } from '../../testing/help-numbers.js';
import { readLocale } from '../locale.js';
import { WELSH_WORDING, welshHelpFirstSentences } from '../welsh-wording.js';

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

	it('has Welsh for the hours of the always-on services and a Welsh summary for every topic service', () => {
		for (const service of [CHILDLINE, NSPCC_HELPLINE, EMERGENCY])
			for (const channel of service.channels)
				if ('hours' in channel) expect(WELSH_WORDING.hours[channel.hours], channel.hours).toBeDefined();
		for (const service of [CEOP, REPORT_REMOVE, STOP_IT_NOW])
			expect(WELSH_WORDING.serviceSummaries[service.id], service.id).toBeDefined();
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
			expect(lines.length, concern).toBeGreaterThan(0);
			expect(lines.join('\n'), concern).toMatch(
				/Childline nawr: ffonia 0800 1111|Ll?inell Gymorth yr NSPCC ar 0808 800 5000|Stop It Now: 0808 1000 900/,
			);
			if (concern === 'danger') expect(lines[0]).toBe('Os wyt ti mewn perygl nawr, ffonia 999.');
			expect(bannedWordsIn(lines.join(' '))).toEqual([]);
		}
	});
});
