import { selectHelp } from '@signpost-uk/domain';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, EPHEMERAL } from '../constants.js';
import { limitViolations } from '../limit-violations.js';
import {
	followUpFrom,
	OVERFLOW_NOTE,
	type PreparedResponse,
	prepareAutocomplete,
	prepareDeferred,
	preparedFiles,
	prepareFollowUp,
	prepareMessage,
	prepareResponse,
	prepareUpdate,
} from '../respond.js';

const help = selectHelp();
const long = (n: number) => 'figure '.repeat(Math.ceil(n / 7)).slice(0, n);
/** Lines of figures and links, each 60 to 70 characters: what a cut would break. */
const lines = (n: number) =>
	Array.from(
		{ length: n },
		(_, i) => `- Offences **${(1_000 + i).toLocaleString('en-GB')}** ([Source ${i}](https://example.org/${i}))`,
	);

/** Every line of `text` is one of `whole`, or the overflow note: nothing was cut inside a line. */
function expectWholeLines(text: string | undefined, whole: readonly string[]) {
	const allowed = new Set([...whole, OVERFLOW_NOTE, '']);
	for (const line of (text ?? '').split('\n')) expect(allowed.has(line), line).toBe(true);
}

function expectHelpEverywhere(data: {
	content?: string | undefined;
	embeds?: { footer?: { text: string } | undefined }[] | undefined;
}) {
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

	it('never cuts a line of an over-long lead: whole lines are kept, the rest said to be left out, the help intact', () => {
		const lead = lines(60);
		const data = prepareMessage({ content: lead.join('\n'), ephemeral: true }, help);
		expect(data.content?.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
		expect(data.content).toContain(OVERFLOW_NOTE);
		expectWholeLines(data.content?.split('\n\n**Get help**')[0], lead);
		expectHelpEverywhere(data);
		expect(data.flags).toBe(EPHEMERAL);
	});

	it('holds a message far over every embed limit to Discord limits without cutting a line, number or link', () => {
		const body = lines(80);
		const data = prepareMessage(
			{
				embeds: Array.from({ length: 12 }, () => ({
					title: long(200),
					description: body.join('\n'),
					fields: Array.from({ length: 30 }, () => ({ name: 'Figures', value: body.slice(0, 12).join('\n') })),
				})),
			},
			help,
		);
		expect(limitViolations({ type: 4, data })).toEqual([]);
		expect(data.embeds).toHaveLength(DISCORD_LIMITS.embedsPerMessage);
		expectHelpEverywhere(data);
		expect(JSON.stringify(data)).toContain(OVERFLOW_NOTE);
		for (const embed of data.embeds ?? []) {
			expectWholeLines(embed.description, body);
			for (const field of embed.fields ?? []) expectWholeLines(field.value, body);
		}
	});

	it('leaves fields past the 25th out with the note, never merged or cut', () => {
		const data = prepareMessage(
			{ embeds: [{ title: 't', fields: Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`, value: 'v' })) }] },
			help,
		);
		const fields = data.embeds?.[0]?.fields ?? [];
		expect(fields).toHaveLength(25);
		expect(fields.at(-1)?.name).toBe('n24');
		expect(data.embeds?.[0]?.description).toBe(OVERFLOW_NOTE);
	});

	it('keeps buttons, inline fields and colour, and carries files outside the JSON', () => {
		const png = new Uint8Array([137, 80, 78, 71]);
		const data = prepareMessage(
			{
				embeds: [
					{
						title: 'T',
						color: 0x12_34_56,
						fields: [{ name: 'a', value: 'b', inline: true }],
						image: 'attachment://c.png',
					},
				],
				components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Sources', custom_id: 'sp1:fs0:0::::' }] }],
				files: [{ name: 'c.png', data: png, description: 'Alt text' }],
			},
			help,
		);
		expect(data.embeds?.[0]).toMatchObject({
			color: 0x12_34_56,
			fields: [{ name: 'a', value: 'b', inline: true }],
			image: { url: 'attachment://c.png' },
		});
		expect(data.components).toHaveLength(1);
		expect(data.attachments).toEqual([{ id: '0', filename: 'c.png', description: 'Alt text' }]);
		expect(preparedFiles(data)).toEqual([{ name: 'c.png', data: png, description: 'Alt text' }]);
		expect(JSON.stringify(data)).not.toContain('137');
		const update = prepareUpdate(
			{ content: 'x', ephemeral: true, files: [{ name: 'c.png', data: png, description: 'Alt' }] },
			help,
		);
		expect(update.type).toBe(7);
		expect('flags' in (update as { data: object }).data).toBe(false);
		expect(preparedFiles((update as { data: object }).data)).toHaveLength(1);
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
	it('keeps at most 25 choices, shortens long names at a word, drops long values and duplicates', () => {
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
		const shortened = data.choices.find((c) => c.value === 'long-name')?.name ?? '';
		expect(shortened.length).toBeLessThanOrEqual(100);
		expect(shortened.endsWith('figure…')).toBe(true);
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
