import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { renderResponse } from '../render-response.js';

describe('renderResponse', () => {
	it('shows content, then each embed with its title, fields and footer', () => {
		const text = renderResponse({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: {
				content: 'Help: Childline 0800 1111',
				flags: MessageFlags.Ephemeral,
				embeds: [
					{
						title: 'Derbyshire',
						description: 'Recorded offences',
						fields: [{ name: '2016/17', value: '1,066' }],
						footer: { text: 'NSPCC Helpline 0808 800 5000' },
					},
				],
			},
		});
		expect(text.split('\n')[0]).toBe('(only you can see this)');
		const order = [
			'Help: Childline 0800 1111',
			'**Derbyshire**',
			'Recorded offences',
			'2016/17',
			'1,066',
			'0808 800 5000',
		];
		const positions = order.map((part) => text.indexOf(part));
		expect(positions.every((position) => position >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	it('lists autocomplete choices, and says PONG to a ping', () => {
		const text = renderResponse({
			type: InteractionResponseType.ApplicationCommandAutocompleteResult,
			data: { choices: [{ name: 'Derbyshire', value: 'derbyshire' }] },
		});
		expect(text).toBe('• Derbyshire → derbyshire');
		expect(renderResponse({ type: InteractionResponseType.Pong })).toBe('PONG');
	});
});
