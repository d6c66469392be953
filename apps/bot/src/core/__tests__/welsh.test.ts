// Welsh (issue 23 part 4): a Welsh command, or an interaction whose locale is "cy", answers in Welsh: the help lines
// and heading, the footers, an answer's headings and how a place was read, not-found sentences, and the bot's own
// short replies. Figures, quotes and registry names stay as published.
import { getBundledDataset } from '@signpost-uk/domain';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { autocomplete, command } from '../../__tests__/support/interactions.js';
import { EPHEMERAL } from '../../util/constants.js';
import { limitViolations } from '../../util/limit-violations.js';
import { createInteractionHandler } from '../create-interaction-handler.js';

type Message = Extract<APIInteractionResponse, { type: 4 }>;
const dataset = getBundledDataset();

/** A Welsh reply: within Discord's limits, with the Welsh help block and footers and the exact numbers. */
function welshReply(response: APIInteractionResponse) {
	expect(response.type).toBe(4);
	const data = (response as Message).data ?? {};
	expect(limitViolations(response)).toEqual([]);
	expect(data.content).toContain('**Cael help**\n- **Childline: 0800 1111**: plant a phobl ifanc');
	expect(data.content).toContain('Llinell Gymorth yr NSPCC: 0808 800 5000');
	for (const number of HELP_NUMBERS) {
		expect(data.content).toContain(number);
		for (const embed of data.embeds ?? []) expect(embed.footer?.text).toContain(number);
	}
	for (const embed of data.embeds ?? []) expect(embed.footer?.text).toContain('Mewn argyfwng ffoniwch 999');
	expect(JSON.stringify(data)).not.toMatch(/Get help|adults worried about a child/);
	return { data, text: JSON.stringify(data) };
}

function inWelsh(interaction: APIInteraction): APIInteraction {
	return { ...interaction, locale: 'cy' } as APIInteraction;
}

describe('Welsh commands and the cy locale', () => {
	const handle = createInteractionHandler({ dataset, rateLimit: false });

	it('/ffigurau ardal:Caerdydd answers in Welsh, the figures and names as published', () => {
		const { data } = welshReply(handle(command('ffigurau', { ardal: 'Caerdydd' })));
		const description = data.embeds?.[0]?.description ?? '';
		expect(description.split('\n')[0]).toBe('Mae Caerdydd yn cael ei blismona gan South Wales Police.');
		expect(data.embeds?.[0]?.title).toMatch(/^South Wales Police, \d{4}\/\d{2}$/);
		expect(data.flags).toBeUndefined();
	});

	it('an English command with locale "cy" answers in Welsh; without it, in English', () => {
		welshReply(handle(inWelsh(command('figures', { area: 'Derbyshire', year: '2016/17' }))));
		const english = handle(command('figures', { area: 'Derbyshire', year: '2016/17' })) as Message;
		expect(english.data?.content).toContain('**Get help**');
	});

	it('a corrected spelling is confirmed in Welsh, never quoting what was typed', () => {
		const { text } = welshReply(handle(command('ffigurau', { ardal: 'Derbyshre' })));
		expect(text).toContain('Yn dangos Derbyshire Constabulary (sillafiad wedi’i gywiro).');
		expect(text).not.toContain('Derbyshre');
	});

	it.each([
		[{ ardal: 'Atlantis' }, 'Nid oes ardal â’r enw hwnnw.'],
		[{ ardal: 'London' }, 'Mae’r enw hwnnw’n golygu mwy nag un ardal. Dewiswch un.\nOeddech chi’n golygu:'],
		[{ ardal: 'Derbyshire', blwyddyn: 'nonsense' }, 'Nid yw hynny’n flwyddyn ariannol y gall Signpost ei darllen.'],
		[{ ardal: 'Derbyshire', mesur: 'nonsense' }, 'Nid yw’r mesur hwnnw’n un y mae Signpost yn ei gadw.'],
		[{ ardal: 'Derbyshire', blwyddyn: '1999/00' }, 'Blynyddoedd a gedwir:'],
		[
			{ ardal: 'Staffordshire', mesur: 'grooming' },
			'Nid oes gan Signpost ffigur cyhoeddedig ar gyfer hynny.\nFfigurau a gedwir: Offences recorded, Online element.',
		],
	])('not found in Welsh, privately: %o', (options, sentence) => {
		const { data } = welshReply(handle(command('ffigurau', options)));
		expect(data.content).toContain(sentence);
		expect(data.flags).toBe(EPHEMERAL);
		expect(data.content).not.toMatch(/No area matches|Did you mean|Years held/);
	});

	it('/cymorth, /gorchmynion and a missing option answer in Welsh', () => {
		const support = welshReply(handle(command('cymorth'))).data;
		expect(support.content).toMatch(/^Os ydych chi’n poeni am blentyn/);
		expect(support.flags).toBe(EPHEMERAL);
		const commands = welshReply(handle(command('gorchmynion'))).data;
		expect(commands.embeds?.[0]?.title).toBe('Gorchmynion Signpost');
		expect(commands.embeds?.[0]?.description).toContain('- **/ffigurau**:');
		expect(commands.embeds?.[0]?.description).toContain('`/cymharu ardal:');
		const missing = welshReply(handle(command('cymharu', { ardal: 'Derbyshire' }))).data;
		expect(missing.content).toMatch(/^Mae angen mwy ar \/cymharu, er enghraifft: \/cymharu ardal:\S+ gyda:/);
	});

	it('the rate-limited reply and an unknown command answer in Welsh', () => {
		const limited = createInteractionHandler({ dataset, rateLimit: { perUser: 1, windowMs: 60_000 } });
		limited(command('cymorth', {}, '5'));
		expect(welshReply(limited(command('ffigurau', { ardal: 'Kent' }, '5'))).data.content).toMatch(
			/^Rydych chi wedi gofyn llawer o gwestiynau/,
		);
		expect(welshReply(handle(inWelsh(command('zzz')))).data.content).toMatch(/^Nid yw Signpost yn adnabod/);
	});

	it('autocomplete reads a Welsh command’s options by their English names', () => {
		const response = handle(autocomplete('ffigurau', 'ardal', 'derb')) as Extract<APIInteractionResponse, { type: 8 }>;
		expect(response.data.choices?.[0]).toEqual({ name: 'Derbyshire Constabulary', value: 'derbyshire' });
		const years = handle(autocomplete('ffigurau', 'blwyddyn', '2016', { ardal: 'Derbyshire' })) as Extract<
			APIInteractionResponse,
			{ type: 8 }
		>;
		expect(years.data.choices?.map((c) => c.value)).toContain('2016/17');
	});
});
