import { selectHelp } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { HELP_NUMBERS } from '../../core/__tests__/support/help-numbers.js';
import { DISCORD_LIMITS, EPHEMERAL, TRUNCATION_MARK } from '../constants.js';
import { limitViolations } from '../limit-violations.js';
import {
	followUpFrom,
	type PreparedResponse,
	prepareAutocomplete,
	prepareDeferred,
	prepareFollowUp,
	prepareMessage,
	prepareResponse,
} from '../respond.js';

const help = selectHelp();
const long = (n: number) => 'figure '.repeat(Math.ceil(n / 7)).slice(0, n);

function expectHelpEverywhere(data: { content?: string; embeds?: { footer?: { text: string } }[] }) {
	for (const number of HELP_NUMBERS) {
		expect(data.content).toContain(number);
		for (const embed of data.embeds ?? []) expect(embed.footer?.text).toContain(number);
	}
}

describe('prepareMessage', () => {
	it('adds the help lines to content with nothing else given, and turns mentions off', () => {
		const data = prepareMessage({}, help);
		expectHelpEverywhere(data);
		expect(data.content).toContain('999');
		expect(data.allowed_mentions).toEqual({ parse: [] });
		expect(data.flags).toBeUndefined();
	});

	it('cuts an over-long lead but never the help', () => {
		const data = prepareMessage({ content: long(5_000), ephemeral: true }, help);
		expect(data.content?.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
		expect(data.content).toContain(TRUNCATION_MARK);
		expectHelpEverywhere(data);
		expect(data.flags).toBe(EPHEMERAL);
	});

	it('cuts every embed part to its limit and keeps the whole message within 6,000', () => {
		const data = prepareMessage(
			{
				embeds: Array.from({ length: 12 }, () => ({
					title: long(400),
					description: long(5_000),
					fields: Array.from({ length: 30 }, () => ({ name: long(300), value: long(2_000) })),
				})),
			},
			help,
		);
		expect(limitViolations({ type: 4, data })).toEqual([]);
		expect(data.embeds).toHaveLength(DISCORD_LIMITS.embedsPerMessage);
		expectHelpEverywhere(data);
		expect(JSON.stringify(data)).toContain(TRUNCATION_MARK);
	});

	it('folds fields past the 25th into a last "More" field', () => {
		const data = prepareMessage(
			{ embeds: [{ title: 't', fields: Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`, value: 'v' })) }] },
			help,
		);
		const fields = data.embeds?.[0]?.fields ?? [];
		expect(fields).toHaveLength(25);
		expect(fields.at(-1)?.name).toBe('More');
		expect(fields.at(-1)?.value).toContain('n29: v');
	});

	it('leaves a message within limits untouched apart from the help', () => {
		const data = prepareMessage({ content: 'Lead', embeds: [{ title: 'T', description: 'D' }] }, help);
		expect(data.content?.startsWith('Lead\n\n')).toBe(true);
		expect(data.embeds?.[0]).toMatchObject({ title: 'T', description: 'D' });
	});
});

describe('responses and follow-ups', () => {
	it('prepareResponse is a type 4 message', () => {
		const response = prepareResponse({ content: 'x' }, help);
		expect(response.type).toBe(4);
		if (response.type === 4) expectHelpEverywhere(response.data);
	});

	it('prepareFollowUp carries the help and no flags', () => {
		const body = prepareFollowUp({ content: 'x', embeds: [{ title: 't' }], ephemeral: true }, help);
		expectHelpEverywhere(body as never);
		expect('flags' in body).toBe(false);
		expect(body.allowed_mentions).toEqual({ parse: [] });
	});

	it('followUpFrom turns a core reply into a PATCH body, and refuses non-messages', () => {
		const body = followUpFrom(prepareResponse({ content: 'x', ephemeral: true }, help));
		expectHelpEverywhere(body as never);
		expect(followUpFrom(prepareAutocomplete([]))).toBeUndefined();
	});

	it('prepareDeferred allows only EPHEMERAL', () => {
		expect(prepareDeferred()).toEqual({ type: 5 });
		expect(prepareDeferred({ ephemeral: true })).toEqual({ type: 5, data: { flags: EPHEMERAL } });
	});
});

describe('prepareAutocomplete', () => {
	it('keeps at most 25 choices, cuts names to 100, drops long values and duplicates', () => {
		const choices = [
			{ name: 'a', value: 'same' },
			{ name: 'b', value: 'same' },
			{ name: long(150), value: 'long-name' },
			{ name: 'c', value: 'v'.repeat(101) },
			...Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, value: `v${i}` })),
		];
		const response = prepareAutocomplete(choices);
		expect(limitViolations(response)).toEqual([]);
		const data = (response as { data: { choices: { name: string; value: string }[] } }).data;
		expect(data.choices).toHaveLength(25);
		expect(data.choices.filter((c) => c.value === 'same')).toHaveLength(1);
		expect(data.choices.find((c) => c.value === 'long-name')?.name.length).toBe(100);
		expect(data.choices.some((c) => c.value.length > 100)).toBe(false);
	});
});

describe('the brand', () => {
	it('a hand-built body is not a PreparedResponse (tsc checks the expect-error)', () => {
		// @ts-expect-error only respond.ts can make a PreparedResponse, so a reply without help cannot reach a command
		const forged: PreparedResponse = { type: 4, data: { content: 'no help here' } };
		expect(JSON.stringify(forged)).not.toContain(HELP_NUMBERS[0]);
	});
});
