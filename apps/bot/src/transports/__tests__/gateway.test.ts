import { Events } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { attachGatewayHandler, createGatewayClient, GATEWAY_INTENTS } from '../gateway.js';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.js';
import { areaAutocompleteInteraction, figuresInteraction, HELP_NUMBERS } from './support/interactions.js';

let fake: FakeDiscord;
let client: ReturnType<typeof createGatewayClient>;

async function until(condition: () => boolean): Promise<void> {
	for (let attempt = 0; attempt < 200 && !condition(); attempt += 1) {
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	if (!condition()) throw new Error('the fake Discord never received the request');
}

beforeEach(async () => {
	fake = await startFakeDiscord();
	client = createGatewayClient();
	client.rest.setToken('not-a-real-token');
	client.rest.options.api = `${fake.url}/api`;
	attachGatewayHandler(client, { handler: createInteractionHandler() });
});

afterEach(async () => {
	await client.destroy();
	await fake.close();
});

function dispatch(d: unknown): void {
	// What the WebSocket shard emits for a gateway dispatch; discord.js re-emits every packet as Events.Raw.
	client.emit(Events.Raw, { op: 0, s: 1, t: 'INTERACTION_CREATE', d });
}

describe('gateway transport', () => {
	it('asks for the Guilds intent only', () => {
		expect(GATEWAY_INTENTS).toEqual([1]);
		expect(client.options.intents.bitfield).toBe(1);
	});

	it('answers an injected /figures through the REST callback endpoint, with both help numbers', async () => {
		const interaction = figuresInteraction('Derbyshire', '2016/17');
		dispatch(interaction);
		await until(() => fake.requests.length === 1);
		const [request] = fake.requests;
		expect(request?.method).toBe('POST');
		expect(request?.path).toBe(`/api/v10/interactions/${interaction.id}/${interaction.token}/callback`);
		const body = request?.body as { type: number; data: { content: string } };
		expect(body.type).toBe(4);
		for (const number of HELP_NUMBERS) expect(body.data.content).toContain(number);
	});

	it('answers an injected autocomplete with choices', async () => {
		dispatch(areaAutocompleteInteraction('Derb'));
		await until(() => fake.requests.length === 1);
		const body = fake.requests[0]?.body as { type: number; data: { choices: unknown[] } };
		expect(body.type).toBe(8);
		expect(body.data.choices.length).toBeLessThanOrEqual(25);
	});

	it('ignores other dispatches', async () => {
		client.emit(Events.Raw, { op: 0, s: 2, t: 'GUILD_CREATE', d: { id: '1' } });
		dispatch(figuresInteraction('Staffordshire'));
		await until(() => fake.requests.length >= 1);
		expect(fake.requests).toHaveLength(1);
	});
});
