import { fixtureDataset, HELP_NUMBERS, missingHelpNumbers } from '@signpost-uk/domain/testing';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command } from '../../__tests__/support/interactions.js';
import { EPHEMERAL } from '../../util/constants.js';
import { limitViolations } from '../../util/limit-violations.js';
import { createInteractionHandler, type LogEntry } from '../create-interaction-handler.js';

type MessageResponse = Extract<APIInteractionResponse, { type: 4 }>;

function setup() {
	const logs: LogEntry[] = [];
	const handle = createInteractionHandler({ dataset: fixtureDataset(), rateLimit: false, log: (e) => logs.push(e) });
	const ask = (name: string, options: Record<string, string | boolean> = {}) => {
		const response = handle(command(name, options));
		expect(response.type).toBe(4);
		const message = response as MessageResponse;
		expect(limitViolations(message)).toEqual([]);
		const data = message.data ?? {};
		for (const number of HELP_NUMBERS) {
			expect(data.content).toContain(number);
			for (const embed of data.embeds ?? []) expect(embed.footer?.text).toContain(number);
		}
		expect(data.allowed_mentions).toEqual({ parse: [] });
		const text = JSON.stringify(data);
		return { data, text, log: logs.at(-1) };
	};
	return { ask, logs };
}

describe('/figures', () => {
	it('gives the figure with its source, quote, link, and the computed change where both years are undisputed', () => {
		const { ask } = setup();
		const { data, text, log } = ask('figures', { area: 'Staffordshire', year: '2016/17' });
		expect(data.embeds?.[0]?.title).toBe('Staffordshire Police, 2016/17');
		expect(text).toContain('1,681');
		expect(text).toContain('Burton Mail');
		expect(text).toContain('https://www.burtonmail.co.uk/');
		expect(text).toContain('computed');
		expect(data.flags).toBeUndefined();
		expect(log).toMatchObject({ command: 'figures', kind: 'command', outcome: 'ok' });
	});

	it('keeps a conflict visible and computes no change from a disputed year', () => {
		const { ask } = setup();
		const { text } = ask('figures', { area: 'derbyshire', year: '2016/17' });
		expect(text).toContain('1,066');
		expect(text).toContain('983');
		expect(text).toContain('166');
		expect(text).toMatch(/the sources disagree/i);
	});

	it('defaults to the latest year held and accepts aliases and ids', () => {
		const { ask } = setup();
		expect(ask('figures', { area: 'uk' }).data.embeds?.[0]?.title).toBe('United Kingdom, 2019/20');
		expect(ask('figures', { area: 'Great Britain' }).text).toContain('73,518');
	});

	it('private:true makes the reply ephemeral', () => {
		const { ask } = setup();
		expect(ask('figures', { area: 'Derbyshire', private: true }).data.flags).toBe(EPHEMERAL);
	});
});

describe('not-found reasons, each with help and without echoing what was typed', () => {
	const cases = [
		['unknown-area', { area: 'Zzqx Typed Words' }, 'No area matches that name'],
		['invalid-year', { area: 'Derbyshire', year: 'Typedyear' }, 'not a financial year Signpost can read'],
		['year-outside-dataset', { area: 'Derbyshire', year: '1999/00' }, 'Signpost holds figures from'],
		['no-published-figure', { area: 'Kent' }, 'no published figure'],
		[
			'offence-not-in-force',
			{ area: 'Derbyshire', year: '2016/17', measure: 'sexual-communication-with-a-child' },
			'did not exist',
		],
		['unknown-measure', { area: 'Derbyshire', measure: 'Typedmeasure' }, 'not one Signpost holds'],
	] as const;
	for (const [reason, options, sentence] of cases) {
		it(`${reason}: private, one sentence with the help lines, no embed and no caveats`, () => {
			const { ask } = setup();
			const { data, text, log } = ask('figures', options);
			expect(data.content).toContain(sentence);
			expect(data.flags).toBe(EPHEMERAL);
			expect(data.embeds).toBeUndefined();
			expect(data.components).toBeUndefined();
			expect(text).not.toContain('About these figures');
			expect(text).not.toContain('Recorded offences are not a count');
			expect(text).not.toMatch(/Zzqx|Typed/);
			expect(log?.outcome).toBe(reason === 'invalid-year' ? 'invalid' : 'not-found');
		});
	}

	it('a not-found reply is public only with private:false', () => {
		const { ask } = setup();
		const asked = ask('figures', { area: 'Kent' });
		const shown = ask('figures', { area: 'Kent', private: false });
		for (const reply of [asked, shown]) {
			expect(reply.data.content).toContain('no published figure for Kent');
			expect(reply.log?.outcome).toBe('not-found');
		}
		expect(asked.data.flags).toBe(EPHEMERAL);
		expect(shown.data.flags).toBeUndefined();
	});

	it('suggests registry names for a near miss, as a list', () => {
		const { ask } = setup();
		// A spelling slip of one name is now corrected (and marked); a bare prefix still only suggests.
		const { data } = ask('figures', { area: 'Derb' });
		expect(data.content).toMatch(/Did you mean:\n- Derbyshire/);
	});

	it('names the area from the registry (not the typed text) when it has no figure', () => {
		const { ask } = setup();
		expect(ask('figures', { area: 'kent' }).data.content).toContain('no published figure for Kent');
	});
});

describe('/compare, /trend, /national', () => {
	it('/compare sets two areas side by side', () => {
		const { ask } = setup();
		const { text, log } = ask('compare', { area: 'Derbyshire', with: 'Staffordshire', year: '2016/17' });
		expect(text).toContain('1,066');
		expect(text).toContain('1,681');
		expect(log?.outcome).toBe('ok');
	});

	it('/compare shows an area with no figure as such', () => {
		const { ask } = setup();
		expect(ask('compare', { area: 'Derbyshire', with: 'Kent', year: '2016/17' }).text).toContain('no published figure');
	});

	it('/compare with an unknown area is not found', () => {
		const { ask } = setup();
		expect(ask('compare', { area: 'Derbyshire', with: 'Qqqqq' }).log?.outcome).toBe('not-found');
	});

	it('/trend lists the years and labels computed changes', () => {
		const { ask } = setup();
		const { text } = ask('trend', { area: 'Staffordshire' });
		expect(text).toContain('2015/16');
		expect(text).toContain('1,347');
		expect(text).toContain('computed');
	});

	it('/trend for an area with no figures is not found', () => {
		const { ask } = setup();
		expect(ask('trend', { area: 'Kent' }).log?.outcome).toBe('not-found');
	});

	it('/national gives the UK figure for a year', () => {
		const { ask } = setup();
		expect(ask('national', { year: '2016/17' }).text).toContain('64,667');
		expect(ask('national').text).toContain('73,518');
	});
});

describe('/support, /sources, /about', () => {
	it('/support is private by default and public with private:false', () => {
		const { ask } = setup();
		const quiet = ask('support');
		expect(quiet.data.flags).toBe(EPHEMERAL);
		// The help block once: in the content, with no embed repeating it.
		expect(quiet.data.embeds).toBeUndefined();
		expect(missingHelpNumbers(quiet.data.content ?? '')).toEqual([]);
		// Each helpline's number once (999 is named twice within the block: the number, then "call the police on 999").
		for (const number of HELP_NUMBERS.slice(0, 2)) expect(quiet.text.split(number)).toHaveLength(2);
		expect(ask('support', { private: false }).data.flags).toBeUndefined();
	});

	it('/sources lists every source with its link, its headline in quotation marks as the source’s words', () => {
		const { ask } = setup();
		const { text } = ask('sources');
		for (const source of fixtureDataset().sources) {
			expect(text).toContain(source.publisher);
			if (source.url) expect(text).toContain(source.url);
		}
		// The Harborough Mail's headline says "rocketed": shown only as its quoted title.
		expect(text).toMatch(/“[^”]*rocketed[^”]*”/);
	});

	it('/about explains the bot, recorded figures and privacy', () => {
		const { ask } = setup();
		const { text } = ask('about');
		expect(text).toContain('does not store what you type');
		expect(text).toContain('not a count of children abused');
	});
});

describe('refusals', () => {
	it('an unknown command is refused with help', () => {
		const { ask } = setup();
		const { data, log } = ask('frobnicate');
		expect(data.flags).toBe(EPHEMERAL);
		expect(log).toMatchObject({ command: 'unknown', outcome: 'invalid' });
	});

	it('a command missing its required option is refused with an example', () => {
		const { ask } = setup();
		expect(ask('figures').data.content).toContain('/figures area:Derbyshire');
		expect(ask('compare', { area: 'Derbyshire' }).log?.outcome).toBe('invalid');
		expect(ask('trend', { area: '   ' }).log?.outcome).toBe('invalid');
	});
});
