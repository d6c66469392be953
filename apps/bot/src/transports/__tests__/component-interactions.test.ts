import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { figuresInteraction, press } from '../../__tests__/support/interactions.js';
import { findButton } from '../../console/find-button.js';
import { bothTransportsForFile, type SendSigned } from './support/both-transports.js';
import { makeKeys, signBody } from './support/signing.js';

type Reply = {
	type: number;
	data: {
		content: string;
		flags?: number;
		embeds?: { title?: string; footer?: { text: string } }[];
		components?: unknown[];
	};
};

const keys = makeKeys();
const otherKeys = makeKeys();

const transports: Record<string, SendSigned> = bothTransportsForFile(keys.publicKeyHex);

for (const name of ['HTTP server', 'Worker']) {
	describe(`${name}: signed button presses (interaction type 3)`, () => {
		const send = async (payload: unknown, signer = keys) => {
			const body = JSON.stringify(payload);
			const send = transports[name];
			if (!send) throw new Error('no transport');
			return send(body, signBody(signer, body));
		};

		it('answers /figures with buttons, then a press on Sources with UPDATE_MESSAGE (7) carrying both help numbers', async () => {
			const first = (await (await send(figuresInteraction('Derbyshire', '2016/17'))).json()) as Reply;
			expect(first.type).toBe(4);
			const sources = findButton(first as never, 'sources');
			expect(sources).toBeDefined();
			const response = await send(press(sources?.customId));
			expect(response.status).toBe(200);
			const reply = (await response.json()) as Reply;
			expect(reply.type).toBe(7);
			expect(reply.data.embeds?.[0]?.title).toBe('Sources: Derbyshire Constabulary, 2016/17');
			for (const number of HELP_NUMBERS) {
				expect(reply.data.content).toContain(number);
				expect(reply.data.embeds?.[0]?.footer?.text).toContain(number);
			}
			// The page it updated to has its own buttons, answered the same way: back to the answer.
			const back = (await (await send(press(findButton(reply as never, 'answer')?.customId))).json()) as Reply;
			expect(back.type).toBe(7);
			expect(back.data.embeds?.[0]?.title).toBe('Derbyshire Constabulary, 2016/17');
		});

		it('answers a press in a DM (no guild) and a forged custom_id privately, with the help lines', async () => {
			const first = (await (await send(figuresInteraction('Kent'))).json()) as Reply;
			const caveats = (await (
				await send(press(findButton(first as never, 'caveats')?.customId, { dm: true }))
			).json()) as Reply;
			expect(caveats.type).toBe(7);
			const forged = (await (await send(press('sp1:fa0:0:zzzzzz:::'))).json()) as Reply;
			expect(forged.type).toBe(4);
			expect(forged.data.flags).toBe(64);
			for (const number of HELP_NUMBERS) expect(forged.data.content).toContain(number);
		});

		it('refuses a press signed with another key with 401', async () => {
			const response = await send(press('sp1:fs0:0::::'), otherKeys);
			expect(response.status).toBe(401);
		});
	});
}
